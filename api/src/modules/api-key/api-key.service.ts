import { createHash, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { z } from 'zod';
import { API_KEY_ROLES, type Role } from '../../auth/permissions';
import { assertCan, type Viewer } from '../../auth/viewer';
import { conflict, notFound } from '../../errors';
import { idKeyset, keysetFilter, keysetSort, paginate, type Connection } from '../../graphql/pagination';
import { parseInput, requiredText } from '../../validation';
import { ApiKeyModel, type ApiKeyDoc } from './api-key.model';

// Keys look like `npsk_<id>_<secret>`: `npsk_` says what it is (secret scanners can match it),
// <id> is 12 random hex digits shown in lists (the `prefix`, `npsk_<id>`), <secret> is 32 bytes
// (256 bits) from the CSPRNG in base64url. The id is not part of the secret's 256 bits.
//
// Stored: SHA-256 of the whole key, looked up through a unique index. A fast, unsalted hash is
// right for such keys, unlike for passwords: slow salted hashes (bcrypt, scrypt, argon2) exist
// to make guessing low-entropy secrets expensive, but nobody can enumerate 2^256 secrets at any
// hash speed, and a copy of the database still reveals no usable key. A deterministic hash is
// also what lets each request find its key with one indexed read instead of trying them all,
// and a slow one would cost tens of milliseconds of CPU on every request.

export const API_KEY_PREFIX = 'npsk_';
const KEY_PATTERN = /^npsk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const SECRET_BYTES = 32;
const ID_BYTES = 6;
/** Keys a workspace may have active at once. */
export const MAX_ACTIVE_API_KEYS = 50;
/** lastUsedAt is written at most this often per key, so using a key is not a write per request. */
export const LAST_USED_PRECISION_MS = 60 * 1000;

const apiKeyCreateSchema = z.object({
  name: requiredText(100),
  // Role values arrive as the stored roles (the enum resolver maps them).
  role: z.enum(API_KEY_ROLES),
});
const apiKeyIdSchema = z.object({ id: z.string().min(1, 'must not be empty') });

export interface ApiKeyCreated {
  apiKey: ApiKeyDoc;
  /** The whole key, returned this once: it is stored only as a hash. */
  secret: string;
}

function hashOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether a bearer credential is meant as an API key (rather than a JWT). */
export function isApiKeyCredential(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/**
 * Stores a new key for the workspace and returns it in full. Used by `apiKeyCreate` and by
 * `npm run workspace -- key`, which mints the first admin key. The caller checks that the
 * workspace exists.
 */
export async function issueApiKey(
  workspaceId: string,
  fields: { name: string; role: Role; createdBy: string },
): Promise<ApiKeyCreated> {
  const active = await ApiKeyModel.countDocuments({ workspaceId, revokedAt: null }).exec();
  if (active >= MAX_ACTIVE_API_KEYS) {
    throw conflict(`At most ${MAX_ACTIVE_API_KEYS} API keys may be active in a workspace: revoke one first`);
  }
  const prefix = `${API_KEY_PREFIX}${randomBytes(ID_BYTES).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
  const created = await ApiKeyModel.create({
    workspaceId,
    name: fields.name,
    role: fields.role,
    prefix,
    secretHash: hashOf(secret),
    createdBy: fields.createdBy,
    createdAt: new Date(),
  });
  return { apiKey: created.toObject<ApiKeyDoc>(), secret };
}

/** Parses `apiKeyCreate`'s input; throws BAD_USER_INPUT naming the field. */
export function parseApiKeyInput(input: { name: string; role: string }): { name: string; role: Role } {
  return parseInput(apiKeyCreateSchema, input);
}

/** Creates a key in the caller's workspace (admins only). */
export async function createApiKey(viewer: Viewer, input: { name: string; role: string }): Promise<ApiKeyCreated> {
  const { workspaceId, userId } = assertCan(viewer, 'apiKey:manage');
  const { name, role } = parseApiKeyInput(input);
  return issueApiKey(workspaceId, { name, role, createdBy: userId });
}

async function findKey(workspaceId: string, id: string): Promise<ApiKeyDoc> {
  // A malformed id is simply not found: ids are opaque to clients.
  const key = Types.ObjectId.isValid(id)
    ? await ApiKeyModel.findOne({ _id: id, workspaceId }).lean<ApiKeyDoc>().exec()
    : null;
  if (!key) throw notFound('No API key matches in this workspace');
  return key;
}

/** Revokes a key: the next request that carries it is refused. Revoking again changes nothing. */
export async function revokeApiKey(viewer: Viewer, input: { id: string }): Promise<ApiKeyDoc> {
  const { workspaceId, userId } = assertCan(viewer, 'apiKey:manage');
  const { id } = parseInput(apiKeyIdSchema, input);
  const key = await findKey(workspaceId, id);
  if (key.revokedAt) return key;
  const revoked = await ApiKeyModel.findOneAndUpdate(
    { _id: key._id, workspaceId, revokedAt: null },
    { $set: { revokedAt: new Date(), revokedBy: userId } },
    { returnDocument: 'after' },
  )
    .lean<ApiKeyDoc>()
    .exec();
  // Null when a concurrent revoke won: read what it wrote.
  return revoked ?? findKey(workspaceId, id);
}

const KEYS_KEYSET = idKeyset(-1, (key: ApiKeyDoc) => key._id);

/** The workspace's keys, newest first; revoked ones only when asked for. Never the keys themselves. */
export async function listApiKeys(
  viewer: Viewer,
  args: { first: number; after?: string | null; includeRevoked?: boolean | null },
): Promise<Connection<ApiKeyDoc>> {
  const { workspaceId } = assertCan(viewer, 'apiKey:manage');
  const scope: Record<string, unknown> = { workspaceId };
  if (!args.includeRevoked) scope.revokedAt = null;
  return paginate(KEYS_KEYSET, args, ({ after, limit }) =>
    ApiKeyModel.find(keysetFilter(KEYS_KEYSET, scope, after))
      .sort(keysetSort(KEYS_KEYSET))
      .limit(limit)
      .lean<ApiKeyDoc[]>()
      .exec(),
  );
}

export type ApiKeyCheck = { ok: true; key: ApiKeyDoc } | { ok: false; reason: string };

/** Checks made for a request, by request: the rate limit and the caller's context ask alike. */
const checksOfRequest = new WeakMap<object, Map<string, Promise<ApiKeyCheck>>>();

/**
 * The active key a bearer credential names, read from the database on every request so that a
 * revocation takes effect at once; once per `request` when it is given (the rate limit, then
 * the caller's context, check the same key). `reason` says why a credential is refused.
 */
export function findActiveApiKey(credential: string, request?: object): Promise<ApiKeyCheck> {
  if (!request) return readActiveApiKey(credential);
  let checks = checksOfRequest.get(request);
  if (!checks) checksOfRequest.set(request, (checks = new Map()));
  let check = checks.get(credential);
  if (!check) checks.set(credential, (check = readActiveApiKey(credential)));
  return check;
}

async function readActiveApiKey(credential: string): Promise<ApiKeyCheck> {
  if (!KEY_PATTERN.test(credential)) return { ok: false, reason: 'Malformed API key' };
  const key = await ApiKeyModel.findOne({ secretHash: hashOf(credential) })
    .lean<ApiKeyDoc>()
    .exec();
  if (!key) return { ok: false, reason: 'Unknown API key' };
  if (key.revokedAt) return { ok: false, reason: 'API key revoked' };
  return { ok: true, key };
}

/** Records a use of the key, unless one was recorded less than a minute ago. */
export async function markApiKeyUsed(key: ApiKeyDoc, at: Date): Promise<void> {
  const staleBefore = new Date(at.getTime() - LAST_USED_PRECISION_MS);
  if (key.lastUsedAt && key.lastUsedAt > staleBefore) return;
  // The filter makes concurrent requests write it once.
  await ApiKeyModel.updateOne(
    { _id: key._id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lte: staleBefore } }] },
    { $set: { lastUsedAt: at } },
  ).exec();
}
