/**
 * Builds the app and its single file unless both builds are newer than every input (as after the
 * Playwright run of `npm test`, whose server builds the same two).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'public', 'build', 'index.html', 'vite.config.ts', 'package-lock.json'];
const OUTPUTS = ['dist/index.html', 'dist-single/index.html'];

/** The newest modification time under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

export function buildIfStale() {
  const inputs = Math.max(...INPUTS.map(newest));
  if (OUTPUTS.every((output) => existsSync(output) && statSync(output).mtimeMs > inputs)) {
    console.log('engines: the builds in dist/ and dist-single/ are up to date');
    return;
  }
  console.log('engines: building the app and its single file');
  const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'];
  execFileSync(process.execPath, vite, { stdio: 'inherit' });
  execFileSync(process.execPath, [...vite, '--mode', 'single'], { stdio: 'inherit' });
}
