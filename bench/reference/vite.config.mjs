import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built by npm run bench into bench/.reference-dist (not kept in git).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: '../.reference-dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
