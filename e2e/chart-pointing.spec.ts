import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('pointing at the charts', () => {
  test('the bar tooltip names the models behind it, each with its group and task', async ({
    page,
  }) => {
    await page.goto('/?year=2024');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    const tooltip = perYear.locator('.chart-tooltip');
    // Segments are pointed at through their hit areas (pointer only: the legend does it by key).
    await perYear.locator('[data-hit="2024 Diffusion"]').hover();
    await expect(tooltip).toContainText('LGVI — PKU, NTU · Editing');
    await expect(tooltip).toContainText('Sora — OpenAI · Generation, Editing');

    await page.goto('/');
    // A 2023 segment: its models only, by name, group and task.
    await perYear.locator('[data-hit="2023 Masked Vision Models"]').hover();
    await expect(tooltip).toContainText('2023 · 33 models');
    await expect(tooltip).toContainText('Masked Vision Models (2)');
    await expect(tooltip).toContainText('MAGVIT — Google · Generation');
    await expect(tooltip).not.toContainText('Diffusion');
    // The tallest segment names a few and counts the rest.
    await perYear.locator('[data-hit="2023 Diffusion"]').hover();
    await expect(tooltip).toContainText('Gen-1 — RunwayML · Generation, Editing');
    await expect(tooltip).toContainText('+18 more');

    // From the keyboard: the chart takes focus and the arrow keys move through the years.
    await page.mouse.move(0, 0);
    await expect(tooltip).toHaveCount(0);
    await perYear.getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/— \S.* · (Generation|Editing|Prediction)/);
  });

  test('every target in both figures is at least 24 by 24 px (WCAG 2.5.8)', async ({ page }) => {
    await page.goto('/?year=2022,2023');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    const share = page.getByRole('figure', { name: 'Backbone share by year' });
    const measure = async (targets: Locator, what: string, atLeast = 1) => {
      const boxes = await targets.evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return {
            name: el.getAttribute('aria-label') ?? el.getAttribute('data-hit') ?? el.textContent,
            width: box.width,
            height: box.height,
          };
        }),
      );
      expect(boxes.length, what).toBeGreaterThanOrEqual(atLeast);
      for (const box of boxes) {
        expect(box.width, `${what} ${box.name}: width`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${what} ${box.name}: height`).toBeGreaterThanOrEqual(24);
      }
    };
    const measureFigure = async (figure: Locator) => {
      await expect(figure.locator('[data-hit]').first()).toBeAttached();
      await measure(figure.getByRole('button', { name: /^Year \d{4}/ }), 'year', 3);
      // Segment hit areas are pointer only (aria-hidden), found by their data attribute: as wide
      // as a bar, and each holds its own drawing's middle (charts.spec.ts clicks a 6 px one). A
      // stack of thin segments by the axis has no room for 24 px each without taking another's
      // drawing: there the legend's and the years' buttons (measured above) are WCAG 2.5.8's
      // equivalent targets.
      const hits = await figure
        .locator('[data-hit]')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
      expect(hits.length).toBeGreaterThanOrEqual(7);
      for (const width of hits) expect(width).toBeGreaterThanOrEqual(24);
    };
    // One legend serves both figures.
    await measure(page.getByRole('list', { name: /^Backbones/ }).getByRole('button'), 'legend', 4);
    await measureFigure(perYear);
    // The share figure in both its scales.
    await measureFigure(share);
    await share.getByRole('radio', { name: 'Count' }).check();
    await expect(share.getByText('100%', { exact: true })).toHaveCount(0);
    await measureFigure(share);
    await perYear.getByRole('radio', { name: 'Release timeline' }).check();
    const marks = perYear.getByRole('button', {
      name: /; (Diffusion|Auto-regressive|Masked Vision Models|Not stated),/,
    });
    await expect(marks).toHaveCount(42);
    // Each mark's hit circle, drawn below every mark so a dot is always its own.
    await expect(perYear.locator('[data-hit]')).toHaveCount(42);
    await measure(perYear.locator('[data-hit]'), 'timeline mark', 42);
  });
});
