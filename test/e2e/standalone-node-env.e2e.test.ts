// The standalone scripts work whatever NODE_ENV the build ran with: `NODE_ENV=development npm
// start` used to build a panel that died with "jsxDEV is not a function" (Vite compiled JSX for
// React's development runtime while the bundle carried React's production build). Here the
// three scripts are built under NODE_ENV=development into a directory of their own, and the
// demo pages, served by the real API, get them instead of dist/ (Playwright routes /panel/*).
// A build under NODE_ENV=production beside it must be the same, byte for byte.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { useDemoBrowser } from '../support/browser';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPTS = ['nps-desk.js', 'nps-desk-sales.js', 'nps-desk-report.js'];

let outDir: string;
let productionOutDir: string;

/** Builds the standalone scripts into a new temporary directory with NODE_ENV set to `nodeEnv`. */
async function buildStandaloneScripts(nodeEnv: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `nps-desk-${nodeEnv}-build-`));
  await promisify(execFile)(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'plugin-ui/vite.standalone.config.mts',
      '--outDir',
      dir,
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: nodeEnv } },
  );
  return dir;
}

beforeAll(async () => {
  outDir = await buildStandaloneScripts('development');
  productionOutDir = await buildStandaloneScripts('production');
});

afterAll(() => {
  for (const dir of [outDir, productionOutDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

/** Opens a demo page with the NODE_ENV=development build: its uncaught errors and the scripts it loaded. */
async function openWithDevelopmentBuild(pagePath: string): Promise<{ errors: Error[]; served: string[] }> {
  const errors: Error[] = [];
  suite.page.on('pageerror', (error) => errors.push(error));
  const served: string[] = [];
  await suite.page.route(/\/panel\/[\w-]+\.js$/, async (route) => {
    const fileName = path.basename(new URL(route.request().url()).pathname);
    served.push(fileName);
    await route.fulfill({ path: path.join(outDir, fileName), contentType: 'text/javascript' });
  });
  await suite.page.goto(`${suite.server.baseUrl}${pagePath}`);
  return { errors, served };
}

describe('standalone scripts built under NODE_ENV=development', () => {
  test('successful-build-is-the-production-build', () => {
    for (const script of SCRIPTS) {
      const code = readFileSync(path.join(outDir, script), 'utf8');
      expect(code).not.toContain('jsxDEV');
      // Production JSX, export conditions and `process.env.NODE_ENV`: nothing differs (compared
      // as one boolean: a diff of two minified scripts would say nothing).
      expect(code === readFileSync(path.join(productionOutDir, script), 'utf8')).toBe(true);
    }
  });

  test('successful-ticket-panel-shows-data', async () => {
    const { errors } = await openWithDevelopmentBuild('/demo/ticket?requester=zd-1003');
    await suite.page.getByTestId('nps-panel-ready').waitFor();
    expect(await suite.page.getByTestId('nps-category').textContent()).toMatch(/Detractor/);
    expect(errors).toEqual([]);
  });

  test('successful-sales-page-lists-candidates', async () => {
    const { errors } = await openWithDevelopmentBuild('/demo/sales');
    await suite.page.getByRole('list', { name: 'Sales candidates' }).waitFor();
    expect(errors).toEqual([]);
  });

  test('successful-report-page-shows-the-report', async () => {
    const { errors } = await openWithDevelopmentBuild('/demo/report');
    await suite.page.getByTestId('nps-report-ready').waitFor();
    expect(errors).toEqual([]);
  });

  test('successful-ticket-script-loads-the-sales-view-on-demand', async () => {
    const { errors, served } = await openWithDevelopmentBuild('/demo/ticket');
    await suite.page.getByTestId('nps-panel-ready').waitFor();
    // A page with only the ticket panel's scripts asks for the sales view: the script beside them is loaded.
    await suite.page.evaluate(async () => {
      const session = (await (await fetch('/demo/session?role=sales')).json()) as { token: string; apiUrl: string };
      const host = document.body.appendChild(document.createElement('div'));
      host.id = 'on-demand-sales';
      const npsDesk = (window as unknown as { NpsDesk: { mountSalesCandidates(e: Element, o: object): unknown } })
        .NpsDesk;
      npsDesk.mountSalesCandidates(host, session);
    });
    await suite.page.locator('#on-demand-sales').getByRole('list', { name: 'Sales candidates' }).waitFor();
    // The page's own two scripts (in whichever order they arrive), then the sales view's.
    expect([...served.slice(0, 2)].sort()).toEqual(['nps-desk-preload.js', 'nps-desk.js']);
    expect(served.slice(2)).toEqual(['nps-desk-sales.js']);
    expect(errors).toEqual([]);
  });
});
