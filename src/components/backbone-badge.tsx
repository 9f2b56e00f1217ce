import { useT } from '../store/use-t';
import { useBackbones } from '../store/derived';
import { swatchStyle } from './backbone-colors';
import { isNotStated } from '../data/backbones';
import './backbone-badge.css';

/** The backbone with its series colour; the paper's `-` reads as "not stated". */
export function BackboneBadge({ backbone }: { backbone: string }) {
  const t = useT();
  const backbones = useBackbones();
  return (
    <span className={`backbone${isNotStated(backbone) ? ' backbone--none' : ''}`}>
      <span
        className="backbone__swatch"
        aria-hidden="true"
        style={swatchStyle(backbone, backbones)}
      />
      {isNotStated(backbone) ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="backbone__unstated">{t('backbone.notStated')}</span>
        </>
      ) : (
        // In an element of its own: WebKit paints no search mark on text that is a flex item.
        <span>{backbone}</span>
      )}
    </span>
  );
}
