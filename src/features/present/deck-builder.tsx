import { useRef, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../store/use-t';
import { buildSlides, DECK_PARTS, DEFAULT_DECK, type DeckPart } from '../../lib/slides';
import { useDerived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { partLabel } from './part-label';
import './deck-builder.css';

/**
 * Chooses the talk: which parts, in which order. The choice is the link's `deck=` and is
 * remembered for the next visit; the default is one button away.
 */
function DeckBuilderDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const deck = useAppStore((s) => s.deck);
  const choose = useAppStore((s) => s.chooseDeck);
  const rowCount = useDerived().rows.length;
  const dialog = useRef<{ close: () => void }>(null);
  const list: DeckPart[] = [...deck, ...DECK_PARTS.filter((p) => !deck.includes(p))];
  const move = (part: DeckPart, by: -1 | 1) => {
    const order = [...deck];
    const i = order.indexOf(part);
    const j = i + by;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j]!, order[i]!];
    choose(order);
  };
  const toggle = (part: DeckPart) => {
    const next = deck.includes(part)
      ? deck.filter((p) => p !== part)
      : DECK_PARTS.filter((p) => deck.includes(p) || p === part);
    if (next.length) choose(next);
  };
  const slides = buildSlides(deck, rowCount, 7).length;
  return (
    <ModalDialog
      ref={dialog}
      className="deck-builder"
      labelledBy="deck-builder-title"
      onClose={onClose}
    >
      <h2 id="deck-builder-title">{t('present.builderTitle')}</h2>
      <p className="deck-builder__count" role="status">
        {t('present.builderCount', { count: slides })}
      </p>
      <ol className="deck-builder__list">
        {list.map((part) => {
          const on = deck.includes(part);
          const label = partLabel(part, locale, t);
          const at = deck.indexOf(part);
          return (
            <li key={part} className={on ? undefined : 'is-off'}>
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={on && deck.length === 1}
                  onChange={() => toggle(part)}
                />{' '}
                {label}
              </label>
              {on && (
                <span className="deck-builder__move">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('present.moveUp', { part: label })}
                    disabled={at === 0}
                    onClick={() => move(part, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('present.moveDown', { part: label })}
                    disabled={at === deck.length - 1}
                    onClick={() => move(part, 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="deck-builder__actions">
        <button type="button" className="button" onClick={() => choose(DEFAULT_DECK)}>
          {t('present.builderDefault')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => dialog.current?.close()}
        >
          {t('present.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** `Choose slides`: opens the deck builder. */
export function DeckBuilderButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button deck-builder-button" onClick={() => setOpen(true)}>
        {t('present.choose')}
      </button>
      {open && <DeckBuilderDialog onClose={() => setOpen(false)} />}
    </>
  );
}
