import { useEffect, useRef, useState } from 'react';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import './filters.css';

const DEBOUNCE_MS = 180;

/** Search as you type: debounced, but the last keystroke always lands (and at once on Enter or blur). */
export function SearchBox() {
  const t = useT();
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  const [text, setText] = useState(q);
  const timer = useRef<number | undefined>(undefined);

  // Follow the store when the query changes elsewhere (Back, Clear filters, a link).
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    setText(q);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    setQuery(value);
  };

  return (
    <div className="search-box">
      <label htmlFor="model-search">{t('filters.search')}</label>
      <input
        id="model-search"
        type="search"
        value={text}
        placeholder={t('filters.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setQuery(value), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
        }}
        onBlur={() => commit(text)}
      />
    </div>
  );
}
