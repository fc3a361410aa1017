// `npm run zendesk:package -- --api-url https://nps.example.com --workspace acme` writes the
// Zendesk Support app an admin uploads (Admin Center > Apps > Zendesk Support apps > Upload
// private app): dist/zendesk/nps-desk-<workspace>.zip. See docs/embedding.md.
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError } from 'commander';
import { ZipFile } from 'yazl';
import { WORKSPACE_ID_PATTERN } from '../../api/src/modules/workspace/workspace.admin';
import { zendeskAppFiles, zendeskAppProblems } from './zendesk-app';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

function httpsUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url?.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
    throw new InvalidArgumentError('must be the https address of NPS Desk, such as https://nps.example.com');
  }
  return url.origin;
}

function workspaceId(value: string): string {
  if (!WORKSPACE_ID_PATTERN.test(value)) throw new InvalidArgumentError('must be a workspace id such as acme');
  return value;
}

const options = new Command('zendesk:package')
  .description('Writes the NPS Desk app for Zendesk Support (ticket sidebar) as a zip to upload.')
  .requiredOption('--api-url <url>', "NPS Desk's public https address", httpsUrl)
  .requiredOption('--workspace <id>', 'the workspace whose panel the app shows', workspaceId)
  .option('--author-email <email>', 'where the app’s users send support requests', 'support@example.com')
  .option('--out <file>', 'the zip to write (default dist/zendesk/nps-desk-<workspace>.zip)')
  .parse()
  .opts<{ apiUrl: string; workspace: string; authorEmail: string; out?: string }>();

async function main(): Promise<void> {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const files = zendeskAppFiles({
    apiUrl: options.apiUrl,
    workspaceId: options.workspace,
    version,
    authorEmail: options.authorEmail,
  });
  const problems = zendeskAppProblems(files);
  if (problems.length > 0) throw new Error(`The app would not pass Zendesk's checks:\n  ${problems.join('\n  ')}`);
  const out = path.resolve(
    options.out ?? path.join(PROJECT_ROOT, 'dist', 'zendesk', `nps-desk-${options.workspace}.zip`),
  );
  mkdirSync(path.dirname(out), { recursive: true });
  const zip = new ZipFile();
  for (const [name, bytes] of files) zip.addBuffer(bytes, name);
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(out)));
  process.stdout.write(`${out}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
