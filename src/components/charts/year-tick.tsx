import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/store';

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string | number };
  large?: boolean;
}

/** An x-axis year that is also a toggle: click or Enter filters the table by that year. */
export function YearTick({ x = 0, y = 0, payload, large }: TickProps) {
  const t = useT();
  const year = String(payload?.value ?? '');
  const pressed = useAppStore((s) => s.filters.year.includes(year));
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle('year', year);
    }
  };
  return (
    <g
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={0}
      aria-pressed={pressed}
      aria-label={t('chart.yearButton', { year })}
      className={`year-tick${pressed ? ' is-pressed' : ''}`}
      onClick={() => toggle('year', year)}
      onKeyDown={onKey}
    >
      <rect
        x={large ? -40 : -26}
        y={2}
        width={large ? 80 : 52}
        height={large ? 38 : 26}
        rx={5}
        className="year-tick__bg"
      />
      <text
        x={0}
        y={large ? 30 : 20}
        textAnchor="middle"
        className={large ? 'year-tick__text year-tick__text--large' : 'year-tick__text'}
      >
        {year}
      </text>
    </g>
  );
}
