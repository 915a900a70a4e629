import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API listens here in development; it also serves the built SPA from web/dist at `/`.
const apiOrigin = process.env.SALESGRAPH_API ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': apiOrigin,
      '/auth': apiOrigin,
      '/healthz': apiOrigin,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~1 MB minified (~330 kB gzipped); an admin SPA on an intranet accepts that.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // antd components are heavy to mount in jsdom on a 2-core machine; this is a ceiling, not a timing assertion.
    testTimeout: 20_000,
  },
});
