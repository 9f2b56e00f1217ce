import type { Model } from '../../data/schema';
import { useDerived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';

/**
 * Previous and Next through the rows as the table shows them (its sort and filters), with the
 * place in that order. A model opened from elsewhere (a summary's link) that the filters hide
 * has no place: the buttons then say so and do nothing.
 */
export function StepThrough({ model }: { model: Model }) {
  const t = useT();
  const { rows } = useDerived();
  const openModel = useAppStore((s) => s.openModel);
  const index = rows.indexOf(model);
  const previous = index > 0 ? rows[index - 1] : undefined;
  const next = index >= 0 ? rows[index + 1] : undefined;
  const step = (to: Model | undefined) => to && openModel(to.id);
  return (
    <nav className="model-steps" aria-label={t('detail.steps')}>
      <StepButton direction="previous" to={previous} onStep={step} />
      <span className="model-steps__place" aria-live="polite">
        {index >= 0
          ? t('detail.place', { index: index + 1, count: rows.length })
          : t('detail.notInView')}
      </span>
      <StepButton direction="next" to={next} onStep={step} />
    </nav>
  );
}

/** ArrowLeft and ArrowRight press these (model-dialog.tsx finds them by `data-step`). */
function StepButton({
  direction,
  to,
  onStep,
}: {
  direction: 'previous' | 'next';
  to: Model | undefined;
  onStep: (to: Model | undefined) => void;
}) {
  const t = useT();
  const previous = direction === 'previous';
  return (
    // aria-disabled, not disabled: the focused button keeps focus at either end.
    <button
      type="button"
      className="button button--small"
      data-step={direction}
      aria-disabled={!to}
      aria-keyshortcuts={previous ? 'ArrowLeft' : 'ArrowRight'}
      onClick={() => onStep(to)}
    >
      {previous && <span aria-hidden="true">← </span>}
      {t(previous ? 'detail.previous' : 'detail.next')}
      {!previous && <span aria-hidden="true"> →</span>}
    </button>
  );
}
