import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLocale } from '../../lib/load-locale';
import { useAppStore } from '../../store/store';
import { ChartFigure } from './chart-figure';

const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../../lib/download', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

const initial = useAppStore.getInitialState();
beforeEach(() => {
  useAppStore.setState(initial, true);
  downloads.length = 0;
});

const rows = [{ year: '2024', counts: { Diffusion: 2, '-': 1 }, total: 3, models: {} }];

function Figure() {
  return (
    <ChartFigure
      slug="backbone-share"
      title={useAppStore((s) =>
        s.locale === 'zh' ? '各年份主干架构占比' : 'Backbone share by year',
      )}
      table={{ rows, backbones: ['Diffusion', '-'] }}
    >
      <svg className="recharts-surface">
        <rect width="10" height="10" />
      </svg>
    </ChartFigure>
  );
}

describe('a chart figure’s image export', () => {
  it('downloads a standalone SVG named after the filters, with title, legend and filters', async () => {
    useAppStore.setState({ filters: { ...initial.filters, year: ['2024'] } });
    render(<Figure />);
    await userEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const { blob, name } = downloads[0]!;
    expect(name).toBe('backbone-share-2024.svg');
    const svg = await blob.text();
    expect(svg).toContain('Backbone share by year');
    expect(svg).toContain('Filters: Year: 2024');
    expect(svg).toContain('Not stated');
  });

  it('writes every label in Chinese when the page is in Chinese', async () => {
    await loadLocale('zh');
    useAppStore.setState({ locale: 'zh', filters: { ...initial.filters, source: ['imported'] } });
    render(<Figure />);
    await userEvent.click(screen.getByRole('button', { name: '下载 SVG' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const svg = await downloads[0]!.blob.text();
    expect(svg).toContain('各年份主干架构占比');
    expect(svg).toContain('筛选：来源：已导入');
    expect(svg).toContain('未注明');
    expect(svg).not.toMatch(/imported|Not stated/);
  });
});
