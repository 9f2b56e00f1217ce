/**
 * The processes an engine run starts (preview server, Xvfb, WebKitWebDriver): each in its own
 * process group, so that stopping it also stops what it started (MiniBrowser under the driver), and
 * all of them stopped when this script ends, however it ends.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set();

const killGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`engines: ${signal}, stopping the browsers and servers`);
    process.exit(130);
  });
}

/** Starts `command` in a process group of its own; output goes to `log` (an array of lines). */
export function start(command, args, { env, stdio = ['ignore', 'pipe', 'pipe'], log = [] } = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk) => log.push(...String(chunk).trimEnd().split('\n')));
  child.log = log;
  return child;
}

/** Stops a started process group: TERM, then KILL if it is still there after `graceMs`. */
export async function stop(child, graceMs = 5_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // What the leader started may outlive it: the group goes too.
  killGroup(child, 'SIGKILL');
}

/** A port free on the loopback now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers (any HTTP status), or rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(
        `${child.spawnfile} exited (${child.exitCode}): ${child.log.slice(-5).join(' | ')}`,
      );
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Rejects with `label` if `promise` has not settled within `ms`. */
export function within(ms, label, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
