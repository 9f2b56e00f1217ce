import { shareOfAll } from '../../lib/share-of-all';
import type { Share, YearRow } from '../../lib/chart-series';
import { yearsLabel } from '../../lib/years-label';
import { PointerWords } from '../../components/pointer-words';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { deriveGhostTimeline, deriveTimeline, modelsById, type ChartData } from '../../lib/derive';
import type { Span } from '../../lib/release-span';
import { useT } from '../../store/use-t';
import { useChartData, useDerived } from '../../store/derived';
import { useDeferredAbove } from '../../components/use-deferred';
import { useAppStore } from '../../store/store';
import { SegmentedChoice } from '../../components/segmented-choice';
import { BackboneLegend } from './backbone-legend';
import { ChartFigure } from './chart-figure';
import { OverallShare } from './overall-share';
import { ReleaseTimelineDrawing, StackedYearBarsDrawing } from './chart-drawings';
import './charts.css';

interface Actions {
  /** A year tick, a bar segment or a legend entry was pressed. */
  onToggle: (facet: 'year' | 'backbone', value: string) => void;
  /** A model's mark on the timeline was opened. */
  onOpenModel: (id: string) => void;
  /** A span was drawn (or moved, or cleared) on the release timeline. */
  onSpan: (span: Span | null) => void;
}

/** The two figures of the Models view; both draw the rows the table shows. */
export function ChartsPanel(actions: Actions) {
  // What is pressed follows the data: with many rows both arrive the frame after the table's.
  const filters = useAppStore((s) => s.filters);
  const { matched } = useDerived();
  const shown = useDeferredAbove(
    useMemo(() => ({ filters, matched }), [filters, matched]),
    useAppStore((s) => s.models.length),
  );
  const data = useChartData(shown.matched);
  const models = useAppStore((s) => s.models);
  const shareAll = shareOfAll(models, shown.filters, data.years, data.backbones);
  // The charts mark the model the table points at; a low-priority update, it never holds up input.
  const marked = useDeferredValue(
    useAppStore((s) =>
      s.markedModelId === null ? null : (modelsById(s.models).get(s.markedModelId) ?? null),
    ),
  );
  // Held here, not in the content: only the timeline needs the marked model itself, so in bars a
  // pointer moving down the rows of one year redraws nothing.
  const [mode, setMode] = useState<'bars' | 'timeline'>('bars');
  return (
    <ChartsContent
      mode={mode}
      setMode={setMode}
      data={data}
      selectedYears={shown.filters.year}
      selectedBackbones={shown.filters.backbone}
      span={shown.filters.span}
      markedYear={marked ? String(marked.year) : null}
      markedId={mode === 'timeline' ? (marked?.id ?? null) : null}
      shareAll={shareAll}
      {...actions}
    />
  );
}

interface ContentProps extends Actions {
  mode: 'bars' | 'timeline';
  setMode: (mode: 'bars' | 'timeline') => void;
  data: ChartData;
  selectedYears: readonly string[];
  selectedBackbones: readonly string[];
  span: Span | null;
  markedYear: string | null;
  markedId: string | null;
  /** With backbones picked, each year's share of all its models (lib/share-of-all.ts). */
  shareAll: { counts: YearRow[]; percent: YearRow[]; overall: Share[] } | null;
}

// Memoised on the chart data: a click repaints the table at once, the charts when their data is ready.
const ChartsContent = memo(function ChartsContent({
  data,
  selectedYears,
  selectedBackbones,
  onToggle,
  onOpenModel,
  onSpan,
  span,
  markedYear,
  markedId,
  mode,
  setMode,
  shareAll,
}: ContentProps) {
  const t = useT();
  // The share chart opens on shares: in counts it would look like the chart beside it.
  const [scale, setScale] = useState<'count' | 'percent'>('percent');
  const perYearTitle = t('chart.perYear');
  const shareTitle = t('chart.share');
  const percent = scale === 'percent';
  const barActions = {
    ghost: data.ghost,
    markedYear,
    selectedYears,
    onYearClick: (year: string) => onToggle('year', year),
    onSegmentClick: (backbone: string) => onToggle('backbone', backbone),
  };

  return (
    <section className="charts-panel" aria-label={`${perYearTitle} · ${shareTitle}`}>
      <div className="charts-panel__figures">
        <ChartFigure
          slug={mode === 'bars' ? 'models-per-year' : 'release-timeline'}
          title={perYearTitle}
          table={{ rows: data.perYear, ghost: data.ghost, backbones: data.backbones }}
          controls={
            <SegmentedChoice
              label={t('chart.mode')}
              value={mode}
              onChange={setMode}
              options={[
                { value: 'bars', label: t('chart.modeBars') },
                { value: 'timeline', label: t('chart.modeTimeline') },
              ]}
            />
          }
        >
          {mode === 'bars' ? (
            <StackedYearBarsDrawing
              rows={data.perYear}
              backbones={data.backbones}
              totalLabel={(n, of) =>
                of === undefined ? String(n) : t('chart.nOf', { count: n, total: of })
              }
              title={perYearTitle}
              {...barActions}
            />
          ) : (
            <ReleaseTimelineDrawing
              points={deriveTimeline(data.rows)}
              ghost={data.ghost ? deriveGhostTimeline(data.all) : null}
              years={data.years}
              backbones={data.backbones}
              onOpenModel={onOpenModel}
              span={span}
              onSpan={onSpan}
              markedId={markedId}
            />
          )}
        </ChartFigure>
        <ChartFigure
          slug={percent ? 'backbone-share-percent' : 'backbone-share'}
          title={shareTitle}
          // The numbers of what is drawn: with backbones picked, the shares of all the year's models.
          table={
            percent && shareAll
              ? {
                  rows: shareAll.counts,
                  ghost: null,
                  shares: shareAll.percent,
                  backbones: data.backbones,
                }
              : {
                  rows: data.perYear,
                  ghost: data.ghost,
                  shares: percent ? data.sharePercent : undefined,
                  backbones: data.backbones,
                }
          }
          controls={
            <SegmentedChoice
              label={t('chart.scale')}
              value={scale}
              onChange={setScale}
              options={[
                { value: 'percent', label: t('chart.scalePercent') },
                { value: 'count', label: t('chart.scaleCount') },
              ]}
            />
          }
          aside={
            <OverallShare
              // Filtered, the panel names the years its shares are of: "2023", "2022–2023".
              title={
                data.ghost
                  ? yearsLabel(
                      (shareAll?.counts ?? data.perYear)
                        .filter((r) => r.total > 0)
                        .map((r) => r.year),
                    ) || t('chart.overall')
                  : t('chart.overall')
              }
              shares={shareAll?.overall ?? data.overall}
              backbones={data.backbones}
            />
          }
        >
          {percent && shareAll ? (
            // Backbones picked: each year stays the share of all its models, the picked ones in
            // full, the rest faint; over each bar, how many of the year's models were picked.
            <StackedYearBarsDrawing
              rows={shareAll.percent}
              backbones={data.backbones}
              percent
              dimmed={data.backbones.filter((b) => !selectedBackbones.includes(b))}
              totalLabel={(all, picked) => t('chart.yearNOf', { count: picked ?? 0, total: all })}
              title={shareTitle}
              {...barActions}
              // In Percent the ghost is only read by the labels: here, each year's picked count.
              ghost={data.perYear}
            />
          ) : (
            <StackedYearBarsDrawing
              rows={percent ? data.sharePercent : data.perYear}
              backbones={data.backbones}
              percent={percent}
              // Over a 100% bar, the n it stands for: three models are not a trend.
              totalLabel={
                percent
                  ? (n, of) =>
                      of === undefined
                        ? t('chart.yearN', { count: n })
                        : t('chart.yearNOf', { count: n, total: of })
                  : undefined
              }
              title={shareTitle}
              {...barActions}
            />
          )}
        </ChartFigure>
      </div>
      {/* One legend for both figures: the same colours, the same filter. */}
      <BackboneLegend
        backbones={data.backbones}
        selected={selectedBackbones}
        onToggle={(b) => onToggle('backbone', b)}
      />
      <p className="charts-panel__hint">
        <PointerWords mouse={t('chart.clickHint')} touch={t('chart.clickHintTouch')} />
        {data.ghost && <> {t('chart.ghostKey')}</>}
      </p>
    </section>
  );
});
