import { useRef, useState, type ReactNode } from 'react';
import { SURVEY_ARXIV_ID } from '../../data/survey';
import type { YearRow } from '../../lib/chart-series';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { valueLabel } from '../../lib/value-label';
import { backboneColor } from '../../components/backbone-colors';
import { ChartDataTable } from './chart-data-table';
import './charts.css';

interface Props {
  /** Base of the download file names, e.g. `models-per-year`. */
  slug: string;
  title: string;
  controls?: ReactNode;
  children: ReactNode;
  aside?: ReactNode;
  /** The plotted numbers: counts, and shares when the chart draws them. */
  table: {
    rows: readonly YearRow[];
    shares?: readonly YearRow[];
    /** Every row per year when a filter is on: the cells then read `n of N`. */
    ghost?: readonly YearRow[] | null;
    backbones: readonly string[];
  };
}

/**
 * A download button's label, `Download PNG`, with its verb in a span that narrow figures hide
 * from sight only (charts.css): the button reads `PNG` and is still named `Download PNG`.
 */
function DownloadLabel({ label }: { label: string }) {
  const at = label.lastIndexOf(' ');
  if (at < 0) return label;
  return (
    <>
      <span className="chart-figure__verb">{label.slice(0, at)}</span> {label.slice(at + 1)}
    </>
  );
}

/**
 * A chart as a figure: caption and controls on one line, the drawing, its numbers and its
 * downloads. The legend is the panel's, shared by both figures (charts-panel.tsx).
 */
export function ChartFigure({ slug, title, controls, children, aside, table }: Props) {
  const t = useT();
  const [showData, setShowData] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  const filters = useAppStore((s) => s.filters);

  const download = async (format: 'png' | 'svg') => {
    const svg = canvas.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    const { exportChart } = await import('./chart-image');
    await exportChart(svg, format, {
      title,
      fileBase: slug,
      filters,
      legend: table.backbones.map((b) => ({
        label: valueLabel('backbone', b, t),
        color: backboneColor(b, table.backbones),
      })),
      citation: t('export.citation', { id: SURVEY_ARXIV_ID }),
      t,
    });
  };

  return (
    <figure className="chart-figure" aria-labelledby={`${slug}-caption`}>
      <figcaption id={`${slug}-caption`} className="chart-figure__caption">
        {title}
      </figcaption>
      {controls && <div className="chart-figure__controls">{controls}</div>}
      <div className="chart-figure__body">
        <div className="chart-figure__canvas" ref={canvas}>
          {children}
        </div>
        {aside}
      </div>
      <div className="chart-figure__actions">
        <button
          type="button"
          className="button button--small"
          aria-pressed={showData}
          onClick={() => setShowData((v) => !v)}
        >
          {showData ? t('chart.hideData') : t('chart.showData')}
        </button>
        <button type="button" className="button button--small" onClick={() => void download('png')}>
          <DownloadLabel label={t('chart.downloadPng')} />
        </button>
        <button type="button" className="button button--small" onClick={() => void download('svg')}>
          <DownloadLabel label={t('chart.downloadSvg')} />
        </button>
      </div>
      <ChartDataTable
        caption={t(table.shares ? 'chart.dataCaptionPercent' : 'chart.dataCaption')}
        rows={table.rows}
        shares={table.shares}
        ghost={table.ghost}
        backbones={table.backbones}
        visible={showData}
      />
    </figure>
  );
}
