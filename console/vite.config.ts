import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is built once (`npm run build:console`) into `console/dist` and served by
 * `tariff serve` at `/console/`; it talks to the same server's `/v1` API.
 */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:4000' },
  },
});
