// Standalone scripts for any page: `npm run build:ui` writes, into dist/plugin-ui/standalone/,
//   nps-desk.js         the ticket panel: `NpsDesk.mount` and `<nps-desk-panel>`;
//   nps-desk-sales.js   the sales candidates list: `NpsDesk.mountSalesCandidates`;
//   nps-desk-report.js  the report page: `NpsDesk.mountReport`.
// Each is one IIFE with React, Apollo Client and its CSS inside (injected as a <style> element
// on first mount), so a page loads the one script its view needs. nps-desk.js also answers
// `mountSalesCandidates` and `mountReport` by loading the other script on demand.
// An IIFE cannot be code-split, so each script is an environment of its own, built one after
// the other by `vite build --config plugin-ui/vite.standalone.config.mts`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

import { PRODUCTION_JSX, precompiledGraphqlDocuments } from './vite.shared.mts';

/** Build environment -> the script it writes and its entry module (in plugin-ui/src), in build order. */
const STANDALONE_SCRIPTS = {
  panel: { fileName: 'nps-desk.js', entry: 'standalone.ts' },
  sales: { fileName: 'nps-desk-sales.js', entry: 'standalone-sales.ts' },
  report: { fileName: 'nps-desk-report.js', entry: 'standalone-report.ts' },
} as const;

function scriptEnvironment(fileName: string, entry: string): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      lib: {
        entry: fileURLToPath(new URL(`src/${entry}`, import.meta.url)),
        // The entries export nothing: they install `window.NpsDesk` (and the custom element).
        name: 'NpsDeskStandalone',
        formats: ['iife'],
        fileName: () => fileName,
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // A production bundle whatever NODE_ENV the shell has (`NODE_ENV=development npm start`
  // included): Vite derives three things from NODE_ENV, and each must say production here.
  mode: 'production',
  // 1. the JSX transform: `jsx()` of react/jsx-runtime, never `jsxDEV()`;
  oxc: PRODUCTION_JSX,
  // 2. `process.env.NODE_ENV` in React's and Apollo's code, which picks their production builds;
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // 3. package export conditions: Apollo's `production` entries (`__DEV__ = false`), never `development`.
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [precompiledGraphqlDocuments()],
  build: {
    outDir: fileURLToPath(new URL('../dist/plugin-ui/standalone', import.meta.url)),
    // Emptied once below, not by each environment (they share the directory).
    emptyOutDir: false,
  },
  environments: Object.fromEntries(
    Object.entries(STANDALONE_SCRIPTS).map(([name, { fileName, entry }]) => [name, scriptEnvironment(fileName, entry)]),
  ),
  builder: {
    async buildApp(builder) {
      rmSync(builder.config.build.outDir, { recursive: true, force: true });
      for (const name of Object.keys(STANDALONE_SCRIPTS)) {
        const environment = builder.environments[name];
        if (!environment) throw new Error(`no build environment ${name}`);
        await builder.build(environment);
      }
    },
  },
});
