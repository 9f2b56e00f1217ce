import { useEffect, useState } from 'react';
import { useDeferredAbove } from '../../components/use-deferred';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import './filters.css';

/**
 * Search as you type: each keystroke searches at once; with many rows (lib/deferral.ts), the
 * search follows the words typed once a frame has shown them, so typing stays smooth. Enter and
 * leaving the box search at once.
 */
export function SearchBox() {
  const t = useT();
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  const [text, setText] = useState(q);

  // Follow the store when the query changes elsewhere (Back, Clear filters, a link).
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    setText(q);
  }

  const typed = useDeferredAbove(
    text,
    useAppStore((s) => s.models.length),
  );
  useEffect(() => {
    // Only what the reader typed searches: a query set elsewhere is already in the store.
    if (typed !== useAppStore.getState().filters.q) setQuery(typed);
  }, [typed, setQuery]);

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
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setQuery(text);
        }}
        onBlur={() => setQuery(text)}
      />
    </div>
  );
}
