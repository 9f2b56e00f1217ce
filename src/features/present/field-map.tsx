import { useMemo } from 'react';
import type { Model } from '../../data/schema';
import { backboneColorVar } from '../../components/backbone-colors';
import { valueLabel } from '../../lib/value-label';
import { useT } from '../../store/use-t';
import { cellKey, fieldMap } from '../../lib/deck-figures';
import './field-map.css';

/** Past this many names a cell shows its count and the first names: imports can bring thousands. */
const NAMES_PER_CELL = 28;

/**
 * The field at a glance: years across, backbones down, every model in view by name in its cell,
 * coloured by backbone. A year's column is as wide as its share of the models.
 */
export function FieldMap({
  rows,
  backbones,
}: {
  rows: readonly Model[];
  backbones: readonly string[];
}) {
  const t = useT();
  const map = useMemo(() => fieldMap(rows, backbones), [rows, backbones]);
  const perYear = map.years.map((y) => rows.filter((m) => m.year === y).length);
  const columns = perYear.map((n) => `minmax(5.5em, ${Math.max(1, Math.sqrt(n)).toFixed(2)}fr)`);
  return (
    <table className="field-map" style={{ gridTemplateColumns: `auto ${columns.join(' ')}` }}>
      <thead>
        <tr>
          <td />
          {map.years.map((y, i) => (
            <th key={y} scope="col">
              {y} <span className="field-map__n">{t('chart.yearN', { count: perYear[i]! })}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {map.backbones.map((b) => (
          <tr
            key={b}
            style={
              {
                '--cell': `var(${backboneColorVar(b, backbones)})`,
              } as React.CSSProperties
            }
          >
            <th scope="row">{valueLabel('backbone', b, t)}</th>
            {map.years.map((y) => {
              const names = map.cells.get(cellKey(b, y))?.names ?? [];
              const more = names.length - NAMES_PER_CELL;
              return (
                <td key={y} className={names.length ? undefined : 'field-map__empty'}>
                  {more > 0 && <strong>{t('present.mapCount', { count: names.length })} </strong>}
                  {names.slice(0, NAMES_PER_CELL).map((name, i) => (
                    <span key={i}>
                      {i > 0 && ' · '}
                      <span className="field-map__name">{name}</span>
                    </span>
                  ))}
                  {more > 0 && ` ${t('present.mapMore', { count: more })}`}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
