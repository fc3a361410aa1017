// ES module library for React hosts: `npm run build:ui` writes dist/plugin-ui/esm/nps-desk.js
// and nps-desk.css. React, Apollo Client and their runtime dependencies stay external: the
// host brings its own copies, so there is one React and one Apollo cache on the page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

import { PRODUCTION_JSX, precompiledGraphqlDocuments, precompressedAssets } from './vite.shared.mts';

const pluginUiDir = fileURLToPath(new URL('.', import.meta.url));

const HOST_PROVIDED_PACKAGES = ['react', 'react-dom', '@apollo/client', 'graphql', 'rxjs'];

/** True for a host-provided package and its subpaths (`react/jsx-runtime`, `@apollo/client/react`). */
function isHostProvided(id: string): boolean {
  return HOST_PROVIDED_PACKAGES.some((name) => id === name || id.startsWith(`${name}/`));
}

export default defineConfig({
  root: pluginUiDir,
  // Vite compiles the JSX itself (Oxc): no React plugin, no Fast Refresh needed for a library.
  // Always for `react/jsx-runtime`: a host's production React has no `jsxDEV`, whatever
  // NODE_ENV this build ran with.
  oxc: PRODUCTION_JSX,
  // Each component imports its own GraphQL documents, so a host's bundler drops the unused ones.
  plugins: [precompiledGraphqlDocuments(), precompressedAssets()],
  build: {
    outDir: fileURLToPath(new URL('../dist/plugin-ui/esm', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('src/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'nps-desk.js',
      cssFileName: 'nps-desk',
    },
    rolldownOptions: {
      external: isHostProvided,
    },
  },
});
