import type { Backbone } from '../../data/schema';
import { useT } from '../../i18n/use-t';

const SLUG: Record<Backbone, string> = {
  Diffusion: 'diffusion',
  'Auto-regressive': 'autoregressive',
  'Masked Vision Models': 'masked',
  '-': 'none',
};

/** The backbone with its series colour; the paper's `-` reads as "not stated". */
export function BackboneBadge({ backbone }: { backbone: Backbone }) {
  const t = useT();
  return (
    <span className={`backbone backbone--${SLUG[backbone]}`}>
      <span className="backbone__swatch" aria-hidden="true" />
      {backbone === '-' ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="backbone__unstated">{t('backbone.notStated')}</span>
        </>
      ) : (
        backbone
      )}
    </span>
  );
}
