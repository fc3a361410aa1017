// Standalone scripts for any page: `npm run build:ui` writes, into dist/plugin-ui/standalone/,
//   nps-desk.js         the ticket panel: `NpsDesk.mount` and `<nps-desk-panel>`;
//   nps-desk-sales.js   the sales candidates list: `NpsDesk.mountSalesCandidates`;
//   nps-desk-report.js  the report page: `NpsDesk.mountReport`;
//   nps-desk-embed.js   the panel in a helpdesk's frame (Zendesk, Chatwoot): docs/embedding.md.
// Each is one IIFE with Preact (as React, see reactAsPreact), Apollo Client and its CSS inside
// (injected as a <style> element on first mount), so a page loads the one script its view needs.
// nps-desk.js also answers `mountSalesCandidates` and `mountReport` by loading the other script
// on demand.
// An IIFE cannot be code-split, so each script is an environment of its own, built one after
// the other by `vite build --config plugin-ui/vite.standalone.config.mts`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';

import { printPanelContactQuery } from './src/panel-query.ts';
import { PRODUCTION_JSX, precompiledGraphqlDocuments, precompressedAssets } from './vite.shared.mts';

/** Build environment -> the script it writes and its entry module (in plugin-ui/src), in build order. */
const STANDALONE_SCRIPTS = {
  panel: { fileName: 'nps-desk.js', entry: 'standalone.ts' },
  sales: { fileName: 'nps-desk-sales.js', entry: 'standalone-sales.ts' },
  report: { fileName: 'nps-desk-report.js', entry: 'standalone-report.ts' },
  // The helpdesk iframe page (/embed/<workspace>/<host>): the panel with its host adapters.
  embed: { fileName: 'nps-desk-embed.js', entry: 'hosts/embed-entry.tsx' },
  // `NpsDesk.preload`: the panel's contact query sent from a page's <head> (no React, no Apollo Client).
  preload: { fileName: 'nps-desk-preload.js', entry: 'standalone-preload.ts' },
} as const;

/**
 * React inside the standalone scripts is Preact's compat layer: with it in place of React DOM the
 * ticket panel went from 131 to 71 kB gzip. The panel and Apollo Client's hooks use only
 * what compat implements (hooks, context, useSyncExternalStore); standalone-react.ts adds
 * React's page-unique useId() and createRoot's identifierPrefix. The e2e tests run the panel
 * on these scripts in Chromium; the jsdom tests and React hosts (vite.config.mts) run real React.
 */
function reactAsPreact(): Plugin {
  const REACT_MODULE = '\0nps-desk:react-as-preact';
  const additions = fileURLToPath(new URL('src/standalone-react.ts', import.meta.url));
  return {
    name: 'nps-desk:react-as-preact',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'react' || id === 'react-dom/client') return REACT_MODULE;
      if (id === 'react/jsx-runtime') return this.resolve('preact/compat/jsx-runtime');
      return null;
    },
    load(id) {
      if (id !== REACT_MODULE) return null;
      // A named export wins over `export *`: compat's useId gives way to ours, and createRoot is
      // ours (compat/client's takes no options). `export *` leaves out the default export, which
      // libraries that `import React from 'react'` (react-i18next) read.
      return `export * from 'preact/compat';\nexport { default } from 'preact/compat';\nexport { createRoot, useId } from ${JSON.stringify(additions)};\n`;
    },
  };
}

/**
 * Package export conditions: Apollo's `production` entries (`__DEV__ = false`), never
 * `development`. Set on each environment: a named environment does not inherit the top-level
 * `resolve.conditions` (only `client` does) and would pick `development` under NODE_ENV=development.
 */
const PRODUCTION_CONDITIONS = ['module', 'browser', 'production'];

function scriptEnvironment(fileName: string, entry: string): EnvironmentOptions {
  return {
    consumer: 'client',
    resolve: { conditions: PRODUCTION_CONDITIONS },
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
  // 2. `process.env.NODE_ENV` in the libraries' code (graphql's), which picks their production paths;
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    // The panel's contact query, printed once here (panel-preload.ts).
    __NPS_DESK_PANEL_CONTACT_QUERY__: JSON.stringify(printPanelContactQuery()),
  },
  // 3. package export conditions: PRODUCTION_CONDITIONS, in each environment (scriptEnvironment).
  plugins: [reactAsPreact(), precompiledGraphqlDocuments(), precompressedAssets()],
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
