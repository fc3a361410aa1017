// The NPS Desk app for Zendesk Support's ticket sidebar: its manifest, files and the checks
// they pass. Zendesk's own check (`zcli apps:validate`) uploads the package to a Zendesk
// account (POST /api/v2/apps/validate) and so cannot run offline: these checks follow the
// manifest reference (developer.zendesk.com, "Manifest reference", framework 2.0) instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { z } from 'zod';

const APP_DIR = path.join(__dirname, 'app');
/** The parameters (app settings) the admin fills in when installing the app. */
export const SHARED_SECRET_SETTING = 'shared_secret';
const EXTERNAL_ID_PREFIX_SETTING = 'external_id_prefix';
/** Zendesk's sizes for the app's icons: the marketplace/admin logo and the small one. */
const LOGOS = { 'assets/logo.png': 320, 'assets/logo-small.png': 128 } as const;
/** NPS Desk's blue. */
const LOGO_COLOUR = [0x09, 0x69, 0xda] as const;

const PARAMETER_TYPES = ['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;

const sidebarLocationSchema = z.union([
  z.string().min(1),
  z.strictObject({
    url: z.string().min(1),
    flexible: z.boolean().optional(),
    autoLoad: z.boolean().optional(),
    autoHide: z.boolean().optional(),
  }),
]);

/** The manifest fields this app uses, as Zendesk documents them (framework 2.0). */
export const manifestSchema = z.strictObject({
  name: z.string().min(1),
  author: z.strictObject({ name: z.string().min(1), email: z.email(), url: z.url().optional() }),
  defaultLocale: z.string().regex(/^[a-z]{2}(-[a-z]{2})?$/i),
  private: z.boolean(),
  location: z.strictObject({
    support: z.strictObject({ ticket_sidebar: sidebarLocationSchema }),
  }),
  version: z.string().regex(/^\d+(\.\d+){0,2}$/),
  frameworkVersion: z.literal('2.0'),
  // Host names (no scheme or path) that secure requests may go to.
  domainWhitelist: z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i)).optional(),
  parameters: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-z0-9_]*$/),
        type: z.enum(PARAMETER_TYPES),
        required: z.boolean().optional(),
        secure: z.boolean().optional(),
        default: z.union([z.string(), z.number(), z.boolean()]).optional(),
      }),
    )
    .optional(),
});

export type ZendeskManifest = z.infer<typeof manifestSchema>;

export interface ZendeskAppOptions {
  /** NPS Desk's public address, e.g. `https://nps.example.com`. */
  apiUrl: string;
  workspaceId: string;
  version: string;
  /** Where the app's users send support requests (the manifest's author email). */
  authorEmail: string;
}

export function zendeskManifest({ apiUrl, workspaceId, version, authorEmail }: ZendeskAppOptions): ZendeskManifest {
  const api = new URL(apiUrl);
  return {
    name: 'NPS Desk',
    author: { name: 'NPS Desk', email: authorEmail, url: api.origin },
    defaultLocale: 'en',
    private: true,
    location: {
      support: {
        ticket_sidebar: { url: new URL(`/embed/${encodeURIComponent(workspaceId)}/zendesk`, api).href, flexible: true },
      },
    },
    version,
    frameworkVersion: '2.0',
    domainWhitelist: [api.host],
    parameters: [
      { name: SHARED_SECRET_SETTING, type: 'text', secure: true, required: true },
      { name: EXTERNAL_ID_PREFIX_SETTING, type: 'text', required: false, default: 'zd-' },
    ],
  };
}

/** A PNG of one colour (8-bit RGB), enough for the icons Zendesk asks every app for. */
function solidPng(size: number, [red, green, blue]: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, no interlace
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [red, green, blue]).flat()),
  ]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every file of the package, by its path inside the zip. */
export function zendeskAppFiles(options: ZendeskAppOptions): Map<string, Buffer> {
  const manifest = zendeskManifest(options);
  const files = new Map<string, Buffer>([
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)],
    ['translations/en.json', readFileSync(path.join(APP_DIR, 'translations', 'en.json'))],
  ]);
  for (const [name, size] of Object.entries(LOGOS)) files.set(name, solidPng(size, LOGO_COLOUR));
  return files;
}

/** Width and height of a PNG, or null when the bytes are not one. */
function pngSize(bytes: Buffer | undefined): { width: number; height: number } | null {
  if (!bytes || bytes.length < 24 || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The problems of a package's files against the manifest reference, none when it is fine:
 * the manifest's fields and types, a translation file for the default locale with a label
 * for every parameter, an https sidebar URL whose host secure requests may reach, and the
 * two icons at Zendesk's sizes.
 */
export function zendeskAppProblems(files: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  let manifest: ZendeskManifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(files.get('manifest.json')?.toString('utf8') ?? 'null'));
    if (!parsed.success)
      return parsed.error.issues.map((issue) => `manifest.json ${issue.path.join('.')}: ${issue.message}`);
    manifest = parsed.data;
  } catch {
    return ['manifest.json is missing or not JSON'];
  }
  const sidebar = manifest.location.support.ticket_sidebar;
  const url = new URL(typeof sidebar === 'string' ? sidebar : sidebar.url);
  if (url.protocol !== 'https:') problems.push('the ticket sidebar URL must be https');
  if (!manifest.domainWhitelist?.includes(url.host)) problems.push(`domainWhitelist must name ${url.host}`);
  const names = (manifest.parameters ?? []).map((parameter) => parameter.name);
  if (new Set(names).size !== names.length) problems.push('parameter names must be unique');
  const translation = files.get(`translations/${manifest.defaultLocale}.json`);
  if (!translation) {
    problems.push(`translations/${manifest.defaultLocale}.json is missing`);
  } else {
    const app = (JSON.parse(translation.toString('utf8')) as { app?: Record<string, unknown> }).app;
    const labels = (app?.['parameters'] ?? {}) as Record<string, { label?: unknown }>;
    for (const name of names) {
      if (typeof labels[name]?.label !== 'string') problems.push(`translations: no label for parameter ${name}`);
    }
  }
  for (const [name, size] of Object.entries(LOGOS)) {
    const found = pngSize(files.get(name));
    if (found?.width !== size || found.height !== size) problems.push(`${name} must be a ${size}x${size} PNG`);
  }
  return problems;
}
