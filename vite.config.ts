import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Cross-origin isolation lets containers block on stdin through SharedArrayBuffer.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { port, headers: isolation },
  preview: { port, strictPort: true, headers: isolation },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['simulator/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'lessons/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
