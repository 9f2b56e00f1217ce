/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './build/csp.ts';
import { inlineFirstStylesheet } from './build/inline-css.ts';
import { prerenderDefaultView } from './build/prerender.ts';

// `--mode single` writes dist-single/index.html: scripts, styles and data inlined, for file:// use.
export default defineConfig(({ mode }) => ({
  // Relative base so the built app also works from a sub-path or a copied folder.
  base: './',
  // The CSP plugin comes last: it hashes the script the single-file plugin has inlined.
  plugins: [
    react(),
    prerenderDefaultView(),
    ...(mode === 'single' ? [viteSingleFile()] : [inlineFirstStylesheet()]),
    contentSecurityPolicy(mode),
  ],
  build: mode === 'single' ? { outDir: 'dist-single', emptyOutDir: true } : {},
  publicDir: mode === 'single' ? false : 'public',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    // Sized for a busy 2-core machine: the property tests take seconds even when it is idle.
    testTimeout: 30_000,
    // CI sums this report with Playwright's into its one summary line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'reports/vitest.json' }]]
      : ['default'],
  },
}));
