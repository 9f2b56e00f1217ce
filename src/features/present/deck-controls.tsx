import { useT } from '../../store/use-t';

interface Props {
  index: number;
  count: number;
  counter: string;
  presenter: boolean;
  typed: string;
  blocked: boolean;
  onPresenter: () => void;
  onKeys: () => void;
  onPdf: () => void;
  onPowerPoint: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onExit: () => void;
}

/**
 * The deck's bar, below the stage (never over it): progress, the go-to number and the buttons. On
 * a narrow screen (a phone held sideways) only the steps and Exit stay; the rest have their keys.
 */
export function DeckControls(p: Props) {
  const t = useT();
  return (
    <div className="presentation__bar">
      <div className="presentation__progress" aria-hidden="true">
        <span style={{ width: `${((p.index + 1) / p.count) * 100}%` }} />
      </div>
      <div className="presentation__controls">
        {p.blocked && (
          <p role="alert" className="presentation__alert">
            {t('present.popupBlocked')}
          </p>
        )}
        {p.typed && (
          <span className="presentation__goto" aria-live="polite">
            {t('present.goTo', { n: p.typed })}
          </span>
        )}
        {!p.presenter && (
          <button type="button" className="button presentation__extra" onClick={p.onPresenter}>
            {t('present.openPresenter')}
          </button>
        )}
        <button type="button" className="button presentation__extra" onClick={p.onKeys}>
          {t('present.keys')}
        </button>
        {!p.presenter && (
          <>
            <button type="button" className="button presentation__extra" onClick={p.onPdf}>
              {t('present.savePdf')}
            </button>
            <button type="button" className="button presentation__extra" onClick={p.onPowerPoint}>
              {t('present.savePptx')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button"
          onClick={p.onPrevious}
          // aria-disabled, not disabled: the focused button keeps focus at either end.
          aria-disabled={p.index === 0}
        >
          {t('present.previous')}
        </button>
        <span className="presentation__counter" aria-live="polite">
          {p.counter}
        </span>
        <button
          type="button"
          className="button"
          onClick={p.onNext}
          aria-disabled={p.index === p.count - 1}
        >
          {t('present.next')}
        </button>
        {!p.presenter && (
          <button type="button" className="button" onClick={p.onExit}>
            {t('present.exit')}
          </button>
        )}
      </div>
    </div>
  );
}
