import { CartesianGrid, Scatter, ScatterChart } from 'recharts';
import { CHART_HEIGHT, type TimelinePoint } from '../../lib/chart-series';
import type { Span } from '../../lib/release-span';
import {
  labelAnchor,
  placeMarks,
  timelineAxis,
  type PlacedMark,
} from '../../lib/timeline-geometry';
import { groupAndTask, modelBrief } from '../../lib/model-brief';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import { backboneColor } from '../../components/backbone-colors';
import { PlotProbe } from './plot-probe';
import { TimelineAxes } from './timeline-axes';
import { TimelineBand } from './timeline-band';
import { GhostMark, TimelineMark } from './timeline-marks';
import { useSpanDrag } from './use-span-drag';
import './charts.css';

interface Props {
  points: readonly TimelinePoint[];
  years: readonly string[];
  backbones: readonly string[];
  /** What a click or Enter on a model's mark does. */
  onOpenModel: (id: string) => void;
  /** Every row, drawn faintly behind the filtered ones when a filter is on; null otherwise. */
  ghost: readonly TimelinePoint[] | null;
  /** The release span in force, drawn as a band; a drag draws a new one or moves it. */
  span: Span | null;
  onSpan: (span: Span | null) => void;
  /** The model the table points at (hovered or focused), ringed. */
  markedId: string | null;
}

// Each mark is a focusable button: past this many the chart would stop being readable or quick.
const MAX_MARKS = 500;

/** One mark per model, by the month of its first arXiv version, or hollow where only the year is known. */
export function ReleaseTimeline({
  points: all,
  ghost,
  years,
  backbones,
  onOpenModel,
  span,
  onSpan,
  markedId,
}: Props) {
  const t = useT();
  const points = all.length > MAX_MARKS ? [] : all;
  const axis = timelineAxis(years);
  const placed = placeMarks(points, backbones).map((p) => ({
    ...p,
    label: label(p),
    about: groupAndTask(p, t),
    anchor: labelAnchor(p.x, axis),
    marked: p.id === markedId,
  }));
  const shown = new Set(points.map((p) => p.id));
  const faint =
    ghost && ghost.length <= MAX_MARKS
      ? placeMarks(ghost, backbones).filter((p) => !shown.has(p.id))
      : [];
  const { plot, canvas, band, handlers } = useSpanDrag(axis, span, onSpan);

  function label(p: PlacedMark) {
    return t('chart.timelineMark', {
      brief: modelBrief(p, t),
      backbone: valueLabel('backbone', p.backbone, t),
      when:
        p.precision === 'month'
          ? t('chart.timelineMonth', { when: p.when })
          : t('chart.timelineYear', { when: p.when }),
    });
  }

  return (
    <div>
      <div ref={canvas} className="timeline-canvas" {...handlers}>
        <ScatterChart
          accessibilityLayer={false}
          responsive
          style={{ width: '100%', height: CHART_HEIGHT }}
          margin={{ top: 28, right: 16, bottom: 8, left: 8 }}
        >
          <PlotProbe intoRef={plot} />
          <CartesianGrid stroke="var(--chart-grid)" />
          <TimelineAxes axis={axis} backbones={backbones} />
          {band && <TimelineBand band={band} axis={axis} />}
          {faint.length > 0 && (
            <Scatter
              data={faint}
              shape={<GhostMark />}
              isAnimationActive={false}
              legendType="none"
              tooltipType="none"
            />
          )}
          {backbones.map((b, i) => (
            <Scatter
              key={b}
              name={valueLabel('backbone', b, t)}
              data={placed.filter((p) => p.lane === i)}
              fill={backboneColor(b, backbones)}
              shape={<TimelineMark backbones={backbones} onOpen={onOpenModel} />}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </div>
      {all.length > MAX_MARKS && (
        <p className="timeline-key">{t('chart.timelineTooMany', { max: MAX_MARKS })}</p>
      )}
      <p className="timeline-key">
        <span>● {t('chart.timelineLegendMonth')}</span>{' '}
        <span>◌ {t('chart.timelineLegendYear')}</span>
      </p>
      <p className="timeline-key">
        {t('span.hint')}{' '}
        {span && (
          <button type="button" className="button button--small" onClick={() => onSpan(null)}>
            {t('span.clear')}
          </button>
        )}
      </p>
    </div>
  );
}
