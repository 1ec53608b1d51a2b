import { defineConfig } from 'vite';

// The dashboard is static: built into dist/web, served by the Node server and by Workers static assets.
export default defineConfig({
  root: 'web',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // No inline <script>/<style> (the CSP forbids them) and no base64-inlined assets that would need them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
