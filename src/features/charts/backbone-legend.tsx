import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/store';
import { valueLabel } from '../../i18n/value-label';
import { swatchStyle } from '../../components/backbone-colors';
import { isNotStated } from '../../data/backbones';

/** The charts' legend, as toggle buttons: each one filters the table by its backbone. */
export function BackboneLegend({ backbones }: { backbones: readonly string[] }) {
  const t = useT();
  const selected = useAppStore((s) => s.filters.backbone);
  const toggle = useAppStore((s) => s.toggleFacetValue);
  return (
    <ul className="chart-legend" aria-label={t('chart.legend')}>
      {backbones.map((backbone, i) => (
        <li key={backbone}>
          <button
            type="button"
            aria-pressed={selected.includes(backbone)}
            className="chart-legend__item"
            onClick={() => toggle('backbone', backbone)}
          >
            <span
              className={`chart-legend__swatch${isNotStated(backbone) ? ' is-unstated' : ''}`}
              style={swatchStyle(backbone, i)}
              aria-hidden="true"
            />
            {valueLabel('backbone', backbone, t)}
          </button>
        </li>
      ))}
    </ul>
  );
}
