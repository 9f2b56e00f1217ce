import { isNotStated } from '../../data/backbones';
import { swatchStyle } from '../../components/backbone-colors';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import './charts.css';

interface Props {
  backbones: readonly string[];
  selected: readonly string[];
  onToggle: (backbone: string) => void;
}

/** The charts' legend, as toggle buttons: what a press does is the caller's choice. */
export function BackboneLegend({ backbones, selected, onToggle }: Props) {
  const t = useT();
  return (
    <ul className="chart-legend" aria-label={t('chart.legend')}>
      {backbones.map((backbone) => (
        <li key={backbone}>
          <button
            type="button"
            aria-pressed={selected.includes(backbone)}
            className="chart-legend__item"
            onClick={() => onToggle(backbone)}
          >
            <span
              className={`chart-legend__swatch${isNotStated(backbone) ? ' is-unstated' : ''}`}
              style={swatchStyle(backbone, backbones)}
              aria-hidden="true"
            />
            {valueLabel('backbone', backbone, t)}
          </button>
        </li>
      ))}
    </ul>
  );
}
