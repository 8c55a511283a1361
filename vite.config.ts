// Vite builds the viewer (viewer/ -> dist/viewer); Vitest runs the tests in test/ from the project root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${root}viewer`,
  base: './',
  build: {
    outDir: `${root}dist/viewer`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  worker: { format: 'es' },
  test: {
    root,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two projects: `unit` needs nothing but Node and Chromium; `store` starts a Virtuoso server of its own
    // (test/store/global-setup.ts). `npm test` runs both; `npm run test:unit` runs the first alone.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/store/**'] } },
      { extends: true, test: { name: 'store', include: ['test/store/**/*.test.ts'], globalSetup: ['test/store/global-setup.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
