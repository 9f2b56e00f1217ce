/**
 * Firefox (Debian's firefox-esr) over WebDriver BiDi, through puppeteer-core. Puppeteer starts the
 * browser in a fresh profile and its own process group; close() ends it, also after a failure.
 */
import puppeteer from 'puppeteer-core';
import { within } from './processes.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export async function openFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The window's own size, not setViewport: Puppeteer's viewport also overrides the screen's
    // orientation, a BiDi command Firefox 140 ESR does not know (it arrived in a later release).
    defaultViewport: null,
    args: ['--width=1440', '--height=900'],
    timeout: 120_000,
    protocolTimeout: 90_000,
  });
  const close = async () => {
    const child = browser.process();
    await within(30_000, 'closing Firefox', browser.close()).catch(() => {});
    if (child && child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    const [page = await browser.newPage()] = await browser.pages();
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(60_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return {
      version: await browser.version(),
      errors,
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      run: (expr) => page.evaluate(expr),
      element: async (expr) => {
        const handle = await page.evaluateHandle(expr);
        const element = handle.asElement();
        if (!element) await handle.dispose();
        return element;
      },
      click: (element) => element.click(),
      upload: (element, file) => element.uploadFile(file),
      press: (key) => page.keyboard.press(key),
      reload: () => page.reload({ waitUntil: 'load' }),
      screenshot: () => page.screenshot(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
