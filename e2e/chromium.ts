import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the tests drive: CHROME_PATH if set, else Playwright's own download, else a
 * system Chromium. Returns null when there is none.
 */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const candidates = [
    safe(() => chromium.executablePath()),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

function safe(get: () => string): string | null {
  try {
    return get();
  } catch {
    return null;
  }
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
