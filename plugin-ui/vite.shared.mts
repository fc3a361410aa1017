// What both panel builds (vite.config.mts, vite.standalone.config.mts) share.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Plugin, UserConfig } from 'vite';

const GQL_DIR = fileURLToPath(new URL('src/gql/', import.meta.url));

/**
 * JSX compiled for React's production runtime (`react/jsx-runtime`), whatever NODE_ENV the
 * shell has: under NODE_ENV=development Vite would emit `jsxDEV` calls from
 * `react/jsx-dev-runtime`, whose production build (the one a production bundle or host
 * resolves) has no `jsxDEV`, so the panel failed with "jsxDEV is not a function".
 */
export const PRODUCTION_JSX: UserConfig['oxc'] = { jsx: { runtime: 'automatic', development: false } };

/**
 * `graphql(\`…\`)` from the codegen client preset looks documents up in a map of every
 * document in the project (src/gql/gql.ts), so whichever view calls it pulls in all the
 * others' documents too. At build time each call becomes an import of its own document from
 * src/gql/graphql.ts, which the bundler keeps only where used: what the preset's Babel/SWC
 * plugin does. Type checking and jest still see the plain `graphql()` call.
 */
export function precompiledGraphqlDocuments(): Plugin {
  let documentsBySource: Map<string, string> | undefined;
  const load = () => {
    const gqlSource = readFileSync(`${GQL_DIR}gql.ts`, 'utf8');
    const block = /const documents(?::\s*Documents)?\s*=\s*\{([\s\S]*?)\n\};/.exec(gqlSource)?.[1];
    if (!block) throw new Error('plugin-ui/src/gql/gql.ts has no documents map: run `npm run codegen`');
    const entries = [...block.matchAll(/^\s*("(?:[^"\\]|\\.)*"):\s*types\.(\w+),?$/gm)];
    return new Map(entries.map(([, key, name]) => [JSON.parse(key!) as string, name!]));
  };
  return {
    name: 'nps-desk:precompiled-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documentsBySource = load();
      this.addWatchFile(`${GQL_DIR}gql.ts`);
    },
    transform: {
      filter: { id: /plugin-ui\/src\/(?!gql\/).*\.tsx?$/, code: 'graphql(`' },
      handler(code, id) {
        documentsBySource ??= load();
        const imported = new Set<string>();
        const replaced = code.replace(
          /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g,
          (call: string, source: string) => {
            const name = documentsBySource!.get(source);
            if (!name) {
              throw new Error(`${id}: a graphql() document unknown to src/gql/gql.ts: run \`npm run codegen\``);
            }
            imported.add(name);
            // As many lines as the call had, so the lines below keep their numbers in source maps.
            return `(__npsDeskDocument_${name}${'\n'.repeat(call.split('\n').length - 1)})`;
          },
        );
        if (imported.size === 0) return null;
        const specifiers = [...imported].map((name) => `${name} as __npsDeskDocument_${name}`).join(', ');
        // Appended, not prepended (imports are hoisted): the module's lines stay where they were.
        const importLine = `import { ${specifiers} } from ${JSON.stringify(`${GQL_DIR}graphql.ts`)};`;
        return { code: `${replaced}\n${importLine}\n`, map: null };
      },
    },
  };
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each script and stylesheet of the build, compressed
 * once at the highest levels, so the API sends them without compressing per request (app.ts).
 */
export function precompressedAssets(): Plugin {
  const compressBrotli = promisify(brotliCompress);
  const compressGzip = promisify(gzip);
  return {
    name: 'nps-desk:precompressed-assets',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      if (!dir) throw new Error('precompressedAssets needs the build to write to a directory');
      const assets = Object.keys(bundle).filter((fileName) => /\.(js|css)$/.test(fileName));
      await Promise.all(
        assets.map(async (fileName) => {
          const file = path.join(dir, fileName);
          const source = await readFile(file);
          const brotliParams = {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: source.length,
          };
          await Promise.all([
            compressBrotli(source, { params: brotliParams }).then((compressed) => writeFile(`${file}.br`, compressed)),
            compressGzip(source, { level: zlib.Z_BEST_COMPRESSION }).then((compressed) =>
              writeFile(`${file}.gz`, compressed),
            ),
          ]);
        }),
      );
    },
  };
}
