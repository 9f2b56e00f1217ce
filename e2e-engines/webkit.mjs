/**
 * WebKitGTK (Safari's engine), through Debian's WebKitWebDriver and its MiniBrowser, under Xvfb.
 * Classic WebDriver over HTTP is a handful of endpoints, so they are called with fetch directly.
 */
import { execFileSync } from 'node:child_process';
import { freePort, start, stop, waitForHttp, within } from './processes.mjs';

const which = (name) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};
export const WEBKIT_DRIVER = which('WebKitWebDriver');
export const XVFB = which('Xvfb');

// WebDriver's codes for the keys the journey presses.
const KEYS = { Escape: '\uE00C', Enter: '\uE007', ArrowRight: '\uE014', ArrowLeft: '\uE012' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Xvfb on a display it picks itself (-displayfd), so that no number is guessed. */
async function startXvfb() {
  const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const display = await within(
    30_000,
    'Xvfb starting',
    new Promise((resolve, reject) => {
      let text = '';
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
      xvfb.once('exit', (code) =>
        reject(new Error(`Xvfb exited (${code}): ${xvfb.log.join(' | ')}`)),
      );
    }),
  );
  return { xvfb, display };
}

export async function openWebKit() {
  const { xvfb, display } = await startXvfb();
  let driver;
  let session;
  const call = async (method, path, body) => {
    const response = await fetch(`${driver.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(90_000),
    });
    const { value } = await response.json();
    if (!response.ok)
      throw new Error(`${value?.error ?? response.status}: ${value?.message ?? ''}`);
    return value;
  };
  const command = (method, path, body) => call(method, `/session/${session}${path}`, body);
  const close = async () => {
    if (session)
      await within(30_000, 'ending the session', call('DELETE', `/session/${session}`)).catch(
        () => {},
      );
    await stop(driver);
    await stop(xvfb);
  };
  try {
    const port = await freePort();
    driver = start(WEBKIT_DRIVER, [`--port=${port}`], { env: { DISPLAY: display } });
    driver.url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${driver.url}/status`, 60_000, driver);
    const created = await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { args: ['--automation'] },
          timeouts: { pageLoad: 60_000, script: 60_000, implicit: 0 },
        },
      },
    });
    session = created.sessionId;
    await command('POST', '/window/rect', { width: 1440, height: 900 });
    const element = (value) => value?.[ELEMENT] ?? null;
    return {
      version: `${created.capabilities.browserName} ${created.capabilities.browserVersion}`,
      errors: null,
      goto: (url) => command('POST', '/url', { url }),
      run: (expr) => command('POST', '/execute/sync', { script: `return ${expr};`, args: [] }),
      element: async (expr) =>
        element(await command('POST', '/execute/sync', { script: `return ${expr};`, args: [] })),
      click: (id) => command('POST', `/element/${id}/click`, {}),
      upload: (id, file) => command('POST', `/element/${id}/value`, { text: file }),
      press: async (key) => {
        const value = KEYS[key];
        if (!value) throw new Error(`no WebDriver code for the key ${key}`);
        const keys = [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ];
        await command('POST', '/actions', {
          actions: [{ type: 'key', id: 'keyboard', actions: keys }],
        });
        await command('DELETE', '/actions');
      },
      reload: () => command('POST', '/refresh', {}),
      screenshot: async () => Buffer.from(await command('GET', '/screenshot'), 'base64'),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
