import type { KeyboardEvent } from 'react';
import { useT } from '../../store/use-t';
import './charts.css';

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string | number };
  large?: boolean;
  /** Years shown as pressed (the ones the table is filtered by). */
  selected?: readonly string[];
  /** What a click or Enter on the year does; without it the year is plain text. */
  onToggle?: (year: string) => void;
}

/** An x-axis year; given `onToggle`, also a toggle button (click, Enter or Space). */
export function YearTick({ x = 0, y = 0, payload, large, selected, onToggle }: TickProps) {
  const t = useT();
  const year = String(payload?.value ?? '');
  const text = (
    <text
      x={0}
      y={large ? 30 : 20}
      textAnchor="middle"
      className={large ? 'year-tick__text year-tick__text--large' : 'year-tick__text'}
    >
      {year}
    </text>
  );
  if (!onToggle) return <g transform={`translate(${x},${y})`}>{text}</g>;
  const pressed = selected?.includes(year) ?? false;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(year);
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
      onClick={() => onToggle(year)}
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
      {text}
    </g>
  );
}
