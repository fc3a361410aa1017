// Standalone script for any page: `npm run build:ui` writes dist/plugin-ui/standalone/nps-desk.js,
// one IIFE with React, Apollo Client and the panel's CSS inside (the CSS is injected as a
// <style> element on first mount, so no separate stylesheet is emitted).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  // React and Apollo pick their production builds from this; library mode leaves it alone otherwise.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../dist/plugin-ui/standalone', import.meta.url)),
    emptyOutDir: true,
    lib: {
      entry: fileURLToPath(new URL('src/standalone.ts', import.meta.url)),
      // The entry exports nothing: it installs `window.NpsDesk` and `<nps-desk-panel>` itself.
      name: 'NpsDeskStandalone',
      formats: ['iife'],
      fileName: () => 'nps-desk.js',
    },
  },
});
