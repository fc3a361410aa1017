// Helpers of test/authorization-matrix.test.ts: the entry points the schema and the HTTP app
// declare (so the matrix cannot miss a new one), callers of every role, a fingerprint of the
// whole database, and answers normalised for "exactly equal" comparisons.
import { createHash } from 'node:crypto';
import {
  buildASTSchema,
  concatAST,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  parse,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import mongoose from 'mongoose';
import { loadTypeDefs } from '../../api/src/graphql/schema';
import { API_KEY_ROLES, roleCan, type Action, type Role } from '../../api/src/auth/permissions';
import { ApiKeyModel } from '../../api/src/modules/api-key/api-key.model';
import { PersonModel } from '../../api/src/modules/person/person.model';
import { graphql } from '../__generated__';

/** The schema as the app builds it (same SDL files, same loader). */
export function loadSchema(): GraphQLSchema {
  return buildASTSchema(concatAST(loadTypeDefs().map((sdl) => parse(sdl))));
}

/** Whether an input type holds an `ID` anywhere (through input objects and lists). */
function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsId(field.type, seen));
}

/**
 * The GraphQL entry points the matrix must cover: every Mutation field, and every field of
 * any other object type (Query, Contact, ...) taking an argument that holds an `ID`.
 */
export function schemaEntryPoints(schema: GraphQLSchema): string[] {
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Subscriptions run over WebSocket only: test/live-updates.test.ts refuses each caller there.
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      const isMutation = type === schema.getMutationType();
      if (isMutation || field.args.some((arg) => holdsId(arg.type))) keys.push(`${type.name}.${field.name}`);
    }
  }
  return keys.sort();
}

interface RouterLayer {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

/**
 * Every HTTP entry point of the app, from its router stack: `GET /export/contacts/:id` for a
 * route, `USE /panel` for middleware mounted on a path that answers by itself (static files,
 * the GraphQL endpoint). Global middleware (mounted on `/`) is not an entry point.
 */
export function httpEntryPoints(app: { router: { stack: RouterLayer[] } }): string[] {
  const found = new Set<string>();
  const walk = (stack: RouterLayer[], prefix: string) => {
    const mountsWithRouter = new Set<string>();
    const mounts = new Set<string>();
    for (const layer of stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          if (method !== '_all') found.add(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
        }
      } else if (layer.handle.stack) {
        mountsWithRouter.add(mount);
        walk(layer.handle.stack, prefix + mount);
      } else if (mount) {
        mounts.add(mount);
      }
    }
    // A path whose middleware answers by itself (static files, the GraphQL endpoint).
    for (const mount of mounts) if (!mountsWithRouter.has(mount)) found.add(`USE ${prefix}${mount}`);
  };
  walk(app.router.stack, '');
  return [...found].sort();
}

/** Who calls: nobody, a person's JWT of each role, or an API key of the `integration` role. */
export type MatrixCaller = 'anonymous' | Role;
export const CALLERS: readonly MatrixCaller[] = ['anonymous', ...API_KEY_ROLES];

/** The roles allowed to use an entry point: those having every action it checks. */
export function rolesAllowed(actions: readonly Action[]): Role[] {
  return API_KEY_ROLES.filter((role) => actions.every((action) => roleCan(role, action)));
}

/**
 * A fingerprint of every document of every collection, per collection, except what changes
 * legitimately on any request: the rate-limit counters, API keys' `lastUsedAt` and the people
 * directory (a valid credential with a name is recorded whatever it then asks for).
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('mongoose is not connected');
  const { EJSON } = mongoose.mongo.BSON;
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map(({ name }) => name)
    .filter(
      (name) => !['rate_limits', PersonModel.collection.collectionName].includes(name) && !name.startsWith('system.'),
    )
    .sort();
  const fingerprint: Record<string, string> = {};
  for (const name of collections) {
    const documents = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    if (name === ApiKeyModel.collection.collectionName) for (const document of documents) delete document.lastUsedAt;
    const hash = createHash('sha256');
    for (const document of documents) hash.update(EJSON.stringify(document, { relaxed: false })).update('\n');
    fingerprint[name] = `${documents.length}:${hash.digest('hex').slice(0, 16)}`;
  }
  return fingerprint;
}

/** An answer (status and JSON body) with the per-request parts removed: `requestId`s. */
export function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'requestId')
      .map(([key, nested]) => [key, normalised(nested)]),
  );
}

/**
 * Every way to put an extra field into the input objects of `variables` (named as the root
 * field's arguments): for each input object value reached, each of `names` its type does not
 * define. Yields the path (`input.contact`), the name and a copy of the variables with it.
 */
export function* extraFieldVariants(
  schema: GraphQLSchema,
  rootType: 'Query' | 'Mutation',
  fieldName: string,
  variables: Record<string, unknown>,
  names: readonly string[],
  value: unknown = 'other',
): Generator<{ path: string; name: string; variables: Record<string, unknown> }> {
  const root = rootType === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[fieldName];
  if (!field) throw new Error(`${rootType}.${fieldName} is not in the schema`);
  const targets: { path: string[]; known: Set<string> }[] = [];
  const walk = (type: GraphQLInputType, given: unknown, path: string[]) => {
    const bare = getNullableType(type);
    if (isListType(bare)) {
      if (Array.isArray(given))
        given.forEach((item, index) => walk(bare.ofType as GraphQLInputType, item, [...path, String(index)]));
      return;
    }
    if (!isInputObjectType(bare) || given === null || typeof given !== 'object') return;
    const fields = bare.getFields();
    targets.push({ path, known: new Set(Object.keys(fields)) });
    for (const [key, nested] of Object.entries(given as Record<string, unknown>)) {
      const inner = fields[key];
      if (inner) walk(inner.type, nested, [...path, key]);
    }
  };
  for (const arg of field.args) if (arg.name in variables) walk(arg.type, variables[arg.name], [arg.name]);
  for (const target of targets) {
    for (const name of names) {
      if (target.known.has(name)) continue;
      const copy = structuredClone(variables);
      let object = copy as Record<string, unknown>;
      for (const step of target.path) object = object[step] as Record<string, unknown>;
      object[name] = value;
      yield { path: target.path.join('.'), name, variables: copy };
    }
  }
}

/**
 * Every scalar leaf of `variables` (strings, numbers, booleans, in objects and lists) replaced,
 * one at a time, by a MongoDB operator object such as `{ $ne: null }`.
 */
export function* operatorVariants(
  variables: Record<string, unknown>,
  operator: Record<string, unknown> = { $ne: null },
): Generator<{ path: string; variables: Record<string, unknown> }> {
  const leaves: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, nested] of Object.entries(value)) walk(nested, [...path, key]);
    } else if (value !== null && value !== undefined) leaves.push(path);
  };
  walk(variables, []);
  for (const path of leaves) {
    const copy = structuredClone(variables);
    let object = copy as Record<string, unknown>;
    for (const step of path.slice(0, -1)) object = object[step] as Record<string, unknown>;
    object[path.at(-1) as string] = operator;
    yield { path: path.join('.'), variables: copy };
  }
}

// What the matrix's setup stores in each workspace, as an admin: typed documents, unlike the
// entries' operations, which are built from the schema at run time.
export const MATRIX_RECORD = graphql(`
  mutation MatrixRecord($input: ResponseRecordInput!) {
    responseRecord(input: $input) {
      contact {
        id
      }
    }
  }
`);
export const MATRIX_UPSERT = graphql(`
  mutation MatrixUpsert($input: ContactUpsertInput!) {
    contactUpsert(input: $input) {
      contact {
        id
      }
    }
  }
`);
export const MATRIX_FOLLOW_UP = graphql(`
  mutation MatrixFollowUp($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        id
      }
    }
  }
`);
export const MATRIX_ENDPOINT = graphql(`
  mutation MatrixEndpoint($input: AlertEndpointAddInput!) {
    alertEndpointAdd(input: $input) {
      endpoint {
        id
      }
    }
  }
`);
export const MATRIX_ENDPOINT_TEST = graphql(`
  mutation MatrixEndpointTest($input: AlertEndpointTestInput!) {
    alertEndpointTest(input: $input) {
      delivery {
        id
      }
    }
  }
`);
export const MATRIX_KEY = graphql(`
  mutation MatrixKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`);
export const MATRIX_SECRET = graphql(`
  mutation MatrixSecret($input: WebhookSecretAddInput!) {
    webhookSecretAdd(input: $input) {
      secret
      webhookSecret {
        id
      }
    }
  }
`);
