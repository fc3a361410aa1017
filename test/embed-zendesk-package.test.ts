import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { zendeskAppProblems, zendeskManifest } from '../tools/zendesk/zendesk-app';

// Issue 9 item 1: `npm run zendesk:package` writes the ticket sidebar app an admin uploads,
// and it passes the checks of Zendesk's manifest reference (Zendesk's own validator needs a
// Zendesk account online: docs/embedding.md).

const run = promisify(execFile);
const PROJECT_ROOT = path.join(__dirname, '..');
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-zendesk-'));
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** Every file of a zip, by its path. */
async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open)(file, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  const openStream = promisify(zip.openReadStream.bind(zip));
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      openStream(entry)
        .then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        })
        .catch(reject);
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

function packageApp(...args: string[]) {
  return run('npx', ['tsx', 'tools/zendesk/package.ts', ...args], { cwd: PROJECT_ROOT });
}

test('successful-package-is-a-ticket-sidebar-app-passing-the-manifest-reference', async () => {
  const out = path.join(outDir, 'app.zip');
  const { stdout } = await packageApp('--api-url', 'https://nps.example.com', '--workspace', 'acme', '--out', out);
  expect(stdout.trim()).toBe(out);
  const files = await unzip(out);
  expect([...files.keys()].sort()).toEqual([
    'assets/logo-small.png',
    'assets/logo.png',
    'manifest.json',
    'translations/en.json',
  ]);
  expect(zendeskAppProblems(files)).toEqual([]);
  const manifest = JSON.parse(String(files.get('manifest.json')));
  expect(manifest).toMatchObject({
    frameworkVersion: '2.0',
    location: { support: { ticket_sidebar: { url: 'https://nps.example.com/embed/acme/zendesk', flexible: true } } },
    domainWhitelist: ['nps.example.com'],
  });
  // The secret is a secure setting: Zendesk keeps it, the package holds none.
  expect(manifest.parameters).toContainEqual({ name: 'shared_secret', type: 'text', secure: true, required: true });
});

test.each([
  ['an http address', ['--api-url', 'http://nps.example.com', '--workspace', 'acme']],
  ['an address with a path', ['--api-url', 'https://nps.example.com/api', '--workspace', 'acme']],
  ['no workspace', ['--api-url', 'https://nps.example.com']],
  ['a workspace id that is not one', ['--api-url', 'https://nps.example.com', '--workspace', '../x']],
])('failing-package-with-%s-writes-nothing', async (_label, args) => {
  const out = path.join(outDir, 'refused.zip');
  await expect(packageApp(...args, '--out', out)).rejects.toMatchObject({ code: 1 });
  await expect(unzip(out)).rejects.toThrow(/ENOENT/);
});

test('failing-checks-name-what-breaks-the-manifest-reference', () => {
  const manifest = zendeskManifest({
    apiUrl: 'https://nps.example.com',
    workspaceId: 'acme',
    version: '1.0',
    authorEmail: 'support@example.com',
  });
  const broken = {
    ...manifest,
    frameworkVersion: '1.0',
    location: { support: { ticket_sidebar: { url: 'http://nps.example.com/embed/acme/zendesk' } } },
  };
  const files = new Map([['manifest.json', Buffer.from(JSON.stringify(broken))]]);
  expect(zendeskAppProblems(files)).toEqual([expect.stringMatching(/^manifest.json frameworkVersion/)]);
  const httpOnly = new Map([
    ['manifest.json', Buffer.from(JSON.stringify({ ...broken, frameworkVersion: '2.0', domainWhitelist: [] }))],
  ]);
  expect(zendeskAppProblems(httpOnly)).toEqual([
    'the ticket sidebar URL must be https',
    'domainWhitelist must name nps.example.com',
    'translations/en.json is missing',
    'assets/logo.png must be a 320x320 PNG',
    'assets/logo-small.png must be a 128x128 PNG',
  ]);
});
