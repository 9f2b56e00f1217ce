import { useT } from '../../i18n/use-t';
import { useFacetOptions } from '../../store/derived';
import { swatchStyle } from '../charts/backbone-colors';

/** The backbone with its series colour; the paper's `-` reads as "not stated". */
export function BackboneBadge({ backbone }: { backbone: string }) {
  const t = useT();
  const options = useFacetOptions().backbone;
  const index = Math.max(
    0,
    options.findIndex((o) => o.value === backbone),
  );
  return (
    <span className={`backbone${backbone === '-' ? ' backbone--none' : ''}`}>
      <span className="backbone__swatch" aria-hidden="true" style={swatchStyle(backbone, index)} />
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
