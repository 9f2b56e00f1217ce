import { memo, useState } from 'react';
import type { ChartData } from '../../lib/derive';
import { useT } from '../../i18n/use-t';
import { useDeferredChartData } from '../../store/derived';
import { valueLabel } from '../../i18n/value-label';
import { swatchStyle } from '../../components/backbone-colors';
import { ChartFigure } from './chart-figure';
import { SegmentedChoice } from '../../components/segmented-choice';
import { StackedYearBars } from '../../components/charts/stacked-year-bars';
import { ReleaseTimeline } from './release-timeline';

/** The two figures of the Models view; both draw the rows the table shows. */
export function ChartsPanel() {
  return <ChartsContent data={useDeferredChartData()} />;
}

// Memoised on the chart data: a click repaints the table at once, the charts when their data is ready.
const ChartsContent = memo(function ChartsContent({ data }: { data: ChartData }) {
  const t = useT();
  const [mode, setMode] = useState<'bars' | 'timeline'>('bars');
  const [scale, setScale] = useState<'count' | 'percent'>('count');
  const perYearTitle = t('chart.perYear');
  const shareTitle = t('chart.share');
  const percent = scale === 'percent';

  return (
    <section className="charts-panel" aria-label={`${perYearTitle} · ${shareTitle}`}>
      <ChartFigure
        slug={mode === 'bars' ? 'models-per-year' : 'release-timeline'}
        title={perYearTitle}
        table={{ rows: data.perYear, backbones: data.backbones }}
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
          <StackedYearBars
            rows={data.perYear}
            backbones={data.backbones}
            totals
            title={perYearTitle}
          />
        ) : (
          <ReleaseTimeline points={data.timeline} years={data.years} backbones={data.backbones} />
        )}
      </ChartFigure>
      <ChartFigure
        slug={percent ? 'backbone-share-percent' : 'backbone-share'}
        title={shareTitle}
        table={{
          rows: percent ? data.sharePercent : data.perYear,
          backbones: data.backbones,
          percent,
        }}
        controls={
          <SegmentedChoice
            label={t('chart.scale')}
            value={scale}
            onChange={setScale}
            options={[
              { value: 'count', label: t('chart.scaleCount') },
              { value: 'percent', label: t('chart.scalePercent') },
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
        <StackedYearBars
          rows={percent ? data.sharePercent : data.perYear}
          backbones={data.backbones}
          percent={percent}
          title={shareTitle}
        />
      </ChartFigure>
      <p className="charts-panel__hint">{t('chart.clickHint')}</p>
    </section>
  );
});
