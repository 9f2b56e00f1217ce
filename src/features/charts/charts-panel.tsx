import { memo, useState } from 'react';
import { deriveTimeline, type ChartData } from '../../lib/derive';
import { useT } from '../../i18n/use-t';
import { valueLabel } from '../../i18n/value-label';
import { useAfterPaint, useDeferredChartData } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { swatchStyle } from '../../components/backbone-colors';
import { SegmentedChoice } from '../../components/segmented-choice';
import { ChartFigure } from './chart-figure';
import { ReleaseTimelineDrawing, StackedYearBarsDrawing } from './chart-drawings';
import './charts.css';

interface Actions {
  /** A year tick, a bar segment or a legend entry was pressed. */
  onToggle: (facet: 'year' | 'backbone', value: string) => void;
  /** A model's mark on the timeline was opened. */
  onOpenModel: (id: string) => void;
}

/** The two figures of the Models view; both draw the rows the table shows. */
export function ChartsPanel(actions: Actions) {
  // What is pressed follows the data: both arrive the frame after the table has been painted.
  const selectedYears = useAfterPaint(useAppStore((s) => s.filters.year));
  const selectedBackbones = useAfterPaint(useAppStore((s) => s.filters.backbone));
  return (
    <ChartsContent
      data={useDeferredChartData()}
      selectedYears={selectedYears}
      selectedBackbones={selectedBackbones}
      {...actions}
    />
  );
}

interface ContentProps extends Actions {
  data: ChartData;
  selectedYears: readonly string[];
  selectedBackbones: readonly string[];
}

// Memoised on the chart data: a click repaints the table at once, the charts when their data is ready.
const ChartsContent = memo(function ChartsContent({
  data,
  selectedYears,
  selectedBackbones,
  onToggle,
  onOpenModel,
}: ContentProps) {
  const t = useT();
  const [mode, setMode] = useState<'bars' | 'timeline'>('bars');
  // The share chart opens on shares: in counts it would look like the chart beside it.
  const [scale, setScale] = useState<'count' | 'percent'>('percent');
  const perYearTitle = t('chart.perYear');
  const shareTitle = t('chart.share');
  const percent = scale === 'percent';
  const legend = { selected: selectedBackbones, onToggle: (b: string) => onToggle('backbone', b) };
  const barActions = {
    selectedYears,
    onYearClick: (year: string) => onToggle('year', year),
    onSegmentClick: (backbone: string) => onToggle('backbone', backbone),
  };

  return (
    <section className="charts-panel" aria-label={`${perYearTitle} · ${shareTitle}`}>
      <ChartFigure
        slug={mode === 'bars' ? 'models-per-year' : 'release-timeline'}
        title={perYearTitle}
        table={{ rows: data.perYear, backbones: data.backbones }}
        legend={legend}
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
            totalLabel={String}
            title={perYearTitle}
            {...barActions}
          />
        ) : (
          <ReleaseTimelineDrawing
            points={deriveTimeline(data.rows)}
            years={data.years}
            backbones={data.backbones}
            onOpenModel={onOpenModel}
          />
        )}
      </ChartFigure>
      <ChartFigure
        slug={percent ? 'backbone-share-percent' : 'backbone-share'}
        title={shareTitle}
        table={{
          rows: data.perYear,
          shares: percent ? data.sharePercent : undefined,
          backbones: data.backbones,
        }}
        legend={legend}
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
          <div className="overall-share">
            <p className="overall-share__title">{t('chart.overall')}</p>
            <ul>
              {data.overall.map((s, i) => (
                <li key={s.backbone}>
                  <span className="overall-share__bar" aria-hidden="true">
                    <span style={{ ...swatchStyle(s.backbone, i), width: `${s.percent}%` }} />
                  </span>
                  {t('chart.overallShare', {
                    label: valueLabel('backbone', s.backbone, t),
                    percent: s.percent,
                    count: s.count,
                  })}
                </li>
              ))}
            </ul>
          </div>
        }
      >
        <StackedYearBarsDrawing
          rows={percent ? data.sharePercent : data.perYear}
          backbones={data.backbones}
          percent={percent}
          // Over a 100% bar, the n it stands for: three models are not a trend.
          totalLabel={percent ? (n) => t('chart.yearN', { count: n }) : undefined}
          title={shareTitle}
          {...barActions}
        />
      </ChartFigure>
      <p className="charts-panel__hint">{t('chart.clickHint')}</p>
    </section>
  );
});
