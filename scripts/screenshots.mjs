// Screenshots for a person to look at: node scripts/screenshots.mjs [baseUrl] [query...]
// Writes .screenshots/<width>-<theme>-<lang><suffix>.png for 1440, 1024 and 390 px.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const queries = process.argv.slice(3);
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = ['--disable-background-networking', '--no-sandbox', '--disable-component-update'];
mkdirSync('.screenshots', { recursive: true });

const browser = await chromium.launch({ executablePath, args });
for (const query of queries.length ? queries : ['']) {
  for (const width of [1440, 1024, 390]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'zh']) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        const sep = query.includes('?') ? '&' : '?';
        await page.goto(`${base}${query}${lang === 'zh' ? `${sep}lang=zh` : ''}`);
        await page.waitForTimeout(400);
        const suffix = query ? '-' + query.replace(/[^a-z0-9]+/gi, '_').slice(0, 40) : '';
        await page.screenshot({
          path: `.screenshots/${width}-${scheme}-${lang}${suffix}.png`,
          fullPage: process.env.FULL === '1',
        });
        await page.close();
      }
    }
  }
}
await browser.close();
