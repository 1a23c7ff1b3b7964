// The client's gallery page: Preact, built by Vite into web/dist, served by the
// API server at the share_url path. `npm run dev:web` serves it with hot reload
// (against the Prism mock by default, or the local server with PIKSEND_API_URL).
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  // Assets are loaded relative to the page, whatever path the share links live under.
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  define: {
    // In development the page is told where the API is; a built page reads its <meta>.
    __PIKSEND_API_URL__: JSON.stringify(process.env.PIKSEND_API_URL ?? ''),
  },
  server: { host: '127.0.0.1', port: Number(process.env.WEB_PORT ?? 5173) },
});
