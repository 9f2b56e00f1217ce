// Which Chromium the tests and the benchmark drive; shared by playwright.config.ts and bench/.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function safe(get) {
  try {
    return get();
  } catch {
    return null;
  }
}

/**
 * CHROME_PATH if set, else Playwright's own download, else a system Chromium; null when none.
 * @returns {string | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const candidates = [
    safe(() => chromium.executablePath()),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((p) => !!p && existsSync(p)) ?? null;
}

export const NO_CHROMIUM_MESSAGE = `No Chromium found for the end-to-end tests.
Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium     (gives /usr/bin/chromium)
  - Playwright's:   npx playwright install chromium      (needs internet access)
  - or point CHROME_PATH at any Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test`;

/** Flags for a closed network and for running as root in a container. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
