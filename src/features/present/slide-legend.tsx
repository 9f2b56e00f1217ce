import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import { swatchStyle } from '../../components/backbone-colors';
import './slides.css';

/** A legend for slides: no buttons, just the colours. */
export function SlideLegend({ backbones }: { backbones: readonly string[] }) {
  const t = useT();
  return (
    <ul className="slide-legend">
      {backbones.map((b) => (
        <li key={b}>
          <span
            className="slide-legend__swatch"
            style={swatchStyle(b, backbones)}
            aria-hidden="true"
          />
          {valueLabel('backbone', b, t)}
        </li>
      ))}
    </ul>
  );
}
