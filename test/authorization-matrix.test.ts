import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLSchema } from 'graphql';
import jwt from 'jsonwebtoken';
import { createApp } from '../api/src/app';
import type { Action } from '../api/src/auth/permissions';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { importFile } from '../api/src/modules/import/import.service';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { candidatesCsvQuerySchema } from '../api/src/modules/survey-candidate/survey-candidate.input';
import { parseInput } from '../api/src/validation';
import {
  CALLERS,
  databaseFingerprint,
  extraFieldVariants,
  httpEntryPoints,
  loadSchema,
  MATRIX_ENDPOINT,
  MATRIX_ENDPOINT_TEST,
  MATRIX_FOLLOW_UP,
  MATRIX_KEY,
  MATRIX_RECORD,
  MATRIX_SECRET,
  MATRIX_UPSERT,
  normalised,
  operatorVariants,
  rolesAllowed,
  schemaEntryPoints,
  type MatrixCaller,
} from './support/authorization';
import { startTestServer, type TestServer } from './support/test-server';
import { newSurvicateSecret, standardHeaders, survicateHeaders } from './support/webhooks';

// Issue 10 item 4, "Authorization, proven for every entry point". One table, ENTRIES, with
// one entry per Mutation field, per field taking an id and per HTTP route; the first test
// fails when the schema or the app has an entry point the table lacks. For each entry:
// every caller that may not use it is refused (FORBIDDEN, or UNAUTHENTICATED without a
// credential) and nothing in the database changes; another workspace's id answers exactly
// like a missing and a malformed one; inputs cannot carry workspace, role or server-owned
// fields; MongoDB operators cannot pass through any input.

jest.setTimeout(120_000);

const ACME = 'acme';
const OTHER = 'other';
/** A workspace without any webhook endpoint. */
const EMPTY = 'empty';
/** Well formed, never stored. */
const MISSING_ID = '0123456789abcdef01234567';
const MALFORMED_ID = 'not-an-id';

/** The stored things of one workspace the entries point at. */
interface WorkspaceIds {
  contactId: string;
  /** A contact only contactErase targets. */
  eraseContactId: string;
  followUpId: string;
  alertEndpointId: string;
  /** An API key only apiKeyRevoke targets. */
  apiKeyId: string;
  /** A webhook secret only webhookSecretRotate/Revoke target. */
  webhookSecretId: string;
}

type Variables = Record<string, unknown>;

interface GraphQLEntry {
  kind: 'graphql';
  /** Every action the operation checks; the roles allowed are those having them all. */
  actions: Action[];
  document: string;
  /** Valid variables (named as the root field's arguments) for a workspace's data. */
  variables: (ids: WorkspaceIds) => Variables;
  /** For entries taking an id: which of the foreign workspace's ids, and the variables around an id. */
  id?: { of: (ids: WorkspaceIds) => string; variables: (id: string) => Variables };
}

interface HttpEntry {
  kind: 'http';
  actions: Action[];
  /** A GET path with its query string, valid for a workspace's data. */
  path: (ids: WorkspaceIds) => string;
  id?: { of: (ids: WorkspaceIds) => string; path: (id: string) => string };
}

/** Signed webhook deliveries: authenticated by their signature alone, the workspace in the path. */
interface HookEntry {
  kind: 'hook';
  provider: 'standard' | 'survicate';
}

/** Needs no credential and takes no id (health, demo pages, static files, the GraphQL endpoint). */
interface PublicEntry {
  kind: 'public';
  /** A path to GET; null for the GraphQL endpoint, covered by the GraphQL entries. */
  path: string | null;
}

type Entry = GraphQLEntry | HttpEntry | HookEntry | PublicEntry;

const mutation = (field: string, inputType?: string) =>
  inputType
    ? `mutation M($input: ${inputType}!) { ${field}(input: $input) { __typename } }`
    : `mutation M { ${field} { __typename } }`;

/** A mutation whose only input is `{ id }` (plus `extra`), `id` being one of WorkspaceIds. */
function byId(
  field: string,
  inputType: string,
  actions: Action[],
  key: keyof WorkspaceIds,
  extra: Variables = {},
): GraphQLEntry {
  const variables = (id: string) => ({ input: { id, ...extra } });
  return {
    kind: 'graphql',
    actions,
    document: mutation(field, inputType),
    variables: (ids) => variables(ids[key]),
    id: { of: (ids) => ids[key], variables },
  };
}

/** A mutation whose input names a contact by `contactId`. */
function byContactId(field: string, inputType: string, actions: Action[], extra: Variables): GraphQLEntry {
  const variables = (contactId: string) => ({ input: { contactId, ...extra } });
  return {
    kind: 'graphql',
    actions,
    document: mutation(field, inputType),
    variables: (ids) => variables(ids.contactId),
    id: { of: (ids) => ids.contactId, variables },
  };
}

/** A mutation taking no id. */
function plain(field: string, inputType: string | undefined, actions: Action[], input?: Variables): GraphQLEntry {
  return { kind: 'graphql', actions, document: mutation(field, inputType), variables: () => (input ? { input } : {}) };
}

const ENTRIES: Record<string, Entry> = {
  // ── Mutations ──────────────────────────────────────────────────────────────────────────
  'Mutation.alertEndpointAdd': plain('alertEndpointAdd', 'AlertEndpointAddInput', ['alert:manage'], {
    kind: 'SLACK',
    name: 'Leads',
    url: 'https://hooks.slack.com/services/T0/B0/matrix',
    events: ['RECOVERY_OVERDUE'],
  }),
  'Mutation.alertEndpointUpdate': byId(
    'alertEndpointUpdate',
    'AlertEndpointUpdateInput',
    ['alert:manage'],
    'alertEndpointId',
    {
      name: 'Renamed',
    },
  ),
  'Mutation.alertEndpointTest': byId(
    'alertEndpointTest',
    'AlertEndpointTestInput',
    ['alert:manage'],
    'alertEndpointId',
  ),
  'Mutation.alertEndpointRemove': byId(
    'alertEndpointRemove',
    'AlertEndpointRemoveInput',
    ['alert:manage'],
    'alertEndpointId',
  ),
  'Mutation.apiKeyCreate': plain('apiKeyCreate', 'ApiKeyCreateInput', ['apiKey:manage'], {
    name: 'matrix',
    role: 'AGENT',
  }),
  'Mutation.apiKeyRevoke': byId('apiKeyRevoke', 'ApiKeyRevokeInput', ['apiKey:manage'], 'apiKeyId'),
  'Mutation.contactUpsert': plain('contactUpsert', 'ContactUpsertInput', ['contact:write'], {
    externalId: 'zd-upserted',
    name: 'Upserted',
    plan: 'pro',
  }),
  'Mutation.contactErase': byId('contactErase', 'ContactEraseInput', ['contact:erase'], 'eraseContactId'),
  'Mutation.embedSettingsUpdate': plain('embedSettingsUpdate', 'EmbedSettingsUpdateInput', ['settings:write'], {
    origins: ['https://acme.zendesk.com'],
  }),
  'Mutation.zendeskEmbedSettingsSet': plain(
    'zendeskEmbedSettingsSet',
    'ZendeskEmbedSettingsSetInput',
    ['settings:write'],
    {
      sharedSecret: 'a-matrix-zendesk-shared-secret-of-40-chars',
    },
  ),
  'Mutation.chatwootEmbedSettingsSet': plain(
    'chatwootEmbedSettingsSet',
    'ChatwootEmbedSettingsSetInput',
    ['settings:write'],
    {
      baseUrl: 'https://chat.acme.example',
      accountId: 1,
    },
  ),
  'Mutation.embedHostRemove': plain('embedHostRemove', 'EmbedHostRemoveInput', ['settings:write'], { host: 'ZENDESK' }),
  'Mutation.followUpCreate': byContactId('followUpCreate', 'FollowUpCreateInput', ['followUp:manage'], {
    kind: 'PROBE',
    note: 'ask what would make it a 10',
  }),
  'Mutation.followUpAssign': byId('followUpAssign', 'FollowUpAssignInput', ['followUp:manage'], 'followUpId', {
    assigneeId: 'u-2',
  }),
  'Mutation.followUpComplete': byId('followUpComplete', 'FollowUpCompleteInput', ['followUp:manage'], 'followUpId', {
    outcome: 'done',
  }),
  'Mutation.followUpDismiss': byId('followUpDismiss', 'FollowUpDismissInput', ['followUp:manage'], 'followUpId', {
    reason: 'not needed',
  }),
  'Mutation.recommendedActionComplete': byContactId(
    'recommendedActionComplete',
    'RecommendedActionCompleteInput',
    ['followUp:manage'],
    { kind: 'ASK_REFERRAL', outcome: 'referred a colleague' },
  ),
  'Mutation.recommendedActionDismiss': byContactId(
    'recommendedActionDismiss',
    'RecommendedActionDismissInput',
    ['followUp:manage'],
    { kind: 'ASK_REVIEW', reason: 'asked last week' },
  ),
  'Mutation.playbookUpdate': plain('playbookUpdate', 'PlaybookUpdateInput', ['settings:write'], {
    rules: [
      {
        trigger: 'PROMOTER',
        actions: [{ kind: 'THANK', title: 'Thank them', scriptTemplate: 'Thanks {firstName}!', priority: 'HIGH' }],
      },
    ],
  }),
  'Mutation.playbookReset': plain('playbookReset', undefined, ['settings:write']),
  'Mutation.responseRecord': plain('responseRecord', 'ResponseRecordInput', ['response:record', 'contact:write'], {
    contact: { externalId: 'zd-a1', email: 'ada@acme.test' },
    metric: 'NPS',
    score: 9,
    comment: 'fine',
    tags: ['vip'],
    answeredAt: '2026-01-02T10:00:00.000Z',
    source: 'matrix',
    sourceId: 'matrix-new',
  }),
  'Mutation.salesCandidateMarkContacted': byContactId(
    'salesCandidateMarkContacted',
    'SalesCandidateMarkContactedInput',
    ['salesCandidate:work'],
    { note: 'called about the upgrade' },
  ),
  'Mutation.surveySent': plain('surveySent', 'SurveySentInput', ['surveyCandidate:work'], {
    contact: { externalId: 'zd-a1' },
    metric: 'NPS',
  }),
  'Mutation.surveyPolicyUpdate': plain('surveyPolicyUpdate', 'SurveyPolicyUpdateInput', ['settings:write'], {
    minDaysAfterSignup: 10,
    metrics: [{ metric: 'CSAT', minDaysBetweenSurveys: 20 }],
  }),
  'Mutation.webhookSecretAdd': plain('webhookSecretAdd', 'WebhookSecretAddInput', ['webhookSecret:manage'], {
    provider: 'STANDARD',
    label: 'matrix',
  }),
  'Mutation.webhookSecretRotate': byId(
    'webhookSecretRotate',
    'WebhookSecretRotateInput',
    ['webhookSecret:manage'],
    'webhookSecretId',
  ),
  'Mutation.webhookSecretRevoke': byId(
    'webhookSecretRevoke',
    'WebhookSecretRevokeInput',
    ['webhookSecret:manage'],
    'webhookSecretId',
  ),
  'Mutation.workspaceUpdate': plain('workspaceUpdate', 'WorkspaceUpdateInput', ['workspace:manage'], {
    name: 'Acme Inc',
  }),

  // ── Fields taking an id ────────────────────────────────────────────────────────────────
  'Query.contact': {
    kind: 'graphql',
    actions: ['contact:read'],
    document: 'query Q($id: ID) { contact(id: $id) { id } }',
    variables: (ids) => ({ id: ids.contactId }),
    id: { of: (ids) => ids.contactId, variables: (id) => ({ id }) },
  },
  'Query.followUps': {
    kind: 'graphql',
    actions: ['followUp:read'],
    document: 'query Q($filter: FollowUpFilter) { followUps(filter: $filter) { totalCount edges { node { id } } } }',
    variables: (ids) => ({ filter: { contactId: ids.contactId, status: 'OPEN' } }),
    id: { of: (ids) => ids.contactId, variables: (contactId) => ({ filter: { contactId } }) },
  },
  'Query.alertDeliveries': {
    kind: 'graphql',
    actions: ['alert:manage'],
    document: 'query Q($filter: AlertDeliveryFilter) { alertDeliveries(filter: $filter) { edges { node { id } } } }',
    variables: (ids) => ({ filter: { endpointId: ids.alertEndpointId, status: 'FAILED' } }),
    id: { of: (ids) => ids.alertEndpointId, variables: (endpointId) => ({ filter: { endpointId } }) },
  },

  // ── HTTP routes ────────────────────────────────────────────────────────────────────────
  'GET /export/responses.csv': {
    kind: 'http',
    actions: ['report:read'],
    path: () => '/export/responses.csv?from=2026-01-01&to=2026-01-31&timeZone=UTC',
  },
  'GET /export/survey-candidates.csv': {
    kind: 'http',
    actions: ['surveyCandidate:export'],
    path: () => '/export/survey-candidates.csv?metric=NPS',
  },
  'GET /export/contacts/:id': {
    kind: 'http',
    actions: ['contactData:export'],
    path: (ids) => `/export/contacts/${ids.contactId}`,
    id: { of: (ids) => ids.contactId, path: (id) => `/export/contacts/${encodeURIComponent(id)}` },
  },
  'POST /hooks/:workspaceId/standard': { kind: 'hook', provider: 'standard' },
  'POST /hooks/:workspaceId/survicate': { kind: 'hook', provider: 'survicate' },
  'USE /graphql': { kind: 'public', path: null },
  'GET /healthz': { kind: 'public', path: '/healthz' },
  'GET /readyz': { kind: 'public', path: '/readyz' },
  'GET /': { kind: 'public', path: '/' },
  'GET /demo/ticket': { kind: 'public', path: '/demo/ticket' },
  'GET /demo/sales': { kind: 'public', path: '/demo/sales' },
  'GET /demo/report': { kind: 'public', path: '/demo/report' },
  'GET /demo/demo-pages.css': { kind: 'public', path: '/demo/demo-pages.css' },
  'GET /demo/session': { kind: 'public', path: '/demo/session' },
  'USE /panel': { kind: 'public', path: '/panel/nps-panel.js' },
  'USE /panel/esm': { kind: 'public', path: '/panel/esm/index.js' },
  // The helpdesk iframe pages, and the panel sessions: authenticated by the helpdesk's proof
  // (a Zendesk-signed JWT, a Chatwoot access token, a live panel token), whose refusals
  // test/embed-sessions.test.ts proves; here, a GET of each changes nothing.
  'GET /embed/:workspaceId/zendesk': { kind: 'public', path: '/embed/acme/zendesk' },
  'GET /embed/:workspaceId/chatwoot': { kind: 'public', path: '/embed/acme/chatwoot' },
  'POST /embed/:workspaceId/zendesk/session': { kind: 'public', path: '/embed/acme/zendesk/session' },
  'POST /embed/:workspaceId/chatwoot/session': { kind: 'public', path: '/embed/acme/chatwoot/session' },
  'POST /embed/session/renew': { kind: 'public', path: '/embed/session/renew' },
};

type CheckedEntry = GraphQLEntry | HttpEntry;
const checked = Object.entries(ENTRIES).filter((pair): pair is [string, CheckedEntry] =>
  ['graphql', 'http'].includes(pair[1].kind),
);
const withIds = checked.filter(([, entry]) => entry.id);
const graphqlEntries = checked.filter((pair): pair is [string, GraphQLEntry] => pair[1].kind === 'graphql');

/** Entry × caller that may not use it (anonymous included), with the refusal expected. */
const REFUSALS = checked.flatMap(([key, entry]) => {
  const allowed = rolesAllowed(entry.actions);
  return CALLERS.filter((caller) => caller === 'anonymous' || !allowed.includes(caller)).map(
    (caller) => [key, caller] as const,
  );
});
/** Entry × role allowed to use it. */
const ALLOWANCES = checked.flatMap(([key, entry]) =>
  rolesAllowed(entry.actions).map((role) => [key, role as MatrixCaller] as const),
);

/** Fields an input may never set: the workspace, a role, or what the server owns. */
const FOREIGN_FIELDS = ['workspaceId', 'workspace', 'role', 'createdAt', 'createdBy', 'updatedAt', '_id', 'id'];

let server: TestServer;
let schema: GraphQLSchema;
let routes: string[];
const ids: Record<typeof ACME | typeof OTHER, WorkspaceIds> = { acme: {} as WorkspaceIds, other: {} as WorkspaceIds };
let integrationKey: string;
const hookSecrets = { acmeStandard: '', acmeSurvicate: '', otherSurvicate: '' };
let importDir: string;

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
    [key: string]: unknown;
  };
  text: string;
}

function bearerOf(caller: MatrixCaller, workspaceId = ACME): string | undefined {
  if (caller === 'anonymous') return undefined;
  if (caller === 'integration') return integrationKey;
  return server.tokenFor(caller, workspaceId);
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // CSV or HTML: compared by text.
  }
  return { status: response.status, body, text };
}

async function graphql(document: string, variables: Variables, caller: MatrixCaller): Promise<Answer> {
  const bearer = bearerOf(caller);
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  return answerOf(response);
}

async function get(pathAndQuery: string, caller: MatrixCaller = 'anonymous'): Promise<Answer> {
  const bearer = bearerOf(caller);
  const response = await fetch(`${server.baseUrl}${pathAndQuery}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    redirect: 'manual',
  });
  return answerOf(response);
}

async function postHook(pathName: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.baseUrl}${pathName}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return answerOf(response);
}

/** Calls an entry as `caller`, with the variables or path built from `workspace`'s ids. */
function call(entry: CheckedEntry, caller: MatrixCaller, workspace = ids.acme): Promise<Answer> {
  return entry.kind === 'graphql'
    ? graphql(entry.document, entry.variables(workspace), caller)
    : get(entry.path(workspace), caller);
}

/** Calls an id-taking entry as an allowed role with `id` in place. */
function callWithId(entry: CheckedEntry, id: string): Promise<Answer> {
  const caller = rolesAllowed(entry.actions).includes('admin') ? 'admin' : (rolesAllowed(entry.actions)[0] ?? 'admin');
  if (!entry.id) throw new Error('the entry takes no id');
  return entry.kind === 'graphql'
    ? graphql(entry.document, entry.id.variables(id), caller)
    : get((entry.id as NonNullable<HttpEntry['id']>).path(id), caller);
}

/** The other workspace's contacts and answers, to show a delivery or import into acme never touches them. */
async function otherWorkspaceDocuments(): Promise<string> {
  const [contacts, responses] = await Promise.all([
    ContactModel.find({ workspaceId: OTHER }).sort({ _id: 1 }).lean().exec(),
    ResponseModel.find({ workspaceId: OTHER }).sort({ _id: 1 }).lean().exec(),
  ]);
  return JSON.stringify({ contacts, responses });
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** What two answers must share to be "exactly alike": status and JSON body (request ids aside), else the text. */
const comparable = (answer: Answer) =>
  normalised(Object.keys(answer.body).length > 0 ? { status: answer.status, body: answer.body } : answer);

/**
 * The database's fingerprint at the start of each test (or after a step that stores on
 * purpose), compared at its end: every check of this file changes nothing but the rate-limit
 * counters and API keys' last-used times. Taken per test, so a failure is its own.
 */
let before: Record<string, string>;
async function expectNothingChanged(): Promise<void> {
  expect(await databaseFingerprint()).toEqual(before);
}

async function admin<TResult, TVariables>(
  workspaceId: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
) {
  const result = await server.execute(document, variables, { as: 'admin', workspaceId });
  if (result.errors) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** One workspace's data: contacts with answers, a follow-up, an alert endpoint, a key, webhook secrets. */
async function prepare(workspaceId: string, tag: string): Promise<WorkspaceIds> {
  const record = (externalId: string, score: number) =>
    admin(workspaceId, MATRIX_RECORD, {
      input: {
        contact: { externalId, email: `${externalId}@${workspaceId}.test`, name: `Person ${externalId}` },
        metric: 'NPS',
        score,
        answeredAt: '2026-01-05T10:00:00.000Z',
        source: 'matrix',
        sourceId: `${externalId}-answer`,
      },
    });
  const contact = await record(`zd-${tag}1`, 10);
  const erasable = await record(`zd-${tag}9`, 3);
  for (const [externalId, plan] of [
    [`zd-${tag}3`, 'pro'],
    [`zd-${tag}4`, 'basic'],
  ]) {
    await admin(workspaceId, MATRIX_UPSERT, { input: { externalId, plan, signedUpAt: '2020-01-01T00:00:00.000Z' } });
  }
  const contactId = contact.responseRecord.contact.id;
  const followUp = await admin(workspaceId, MATRIX_FOLLOW_UP, {
    input: { contactId, kind: 'THANK' },
  });
  const endpoint = await admin(workspaceId, MATRIX_ENDPOINT, {
    input: {
      kind: 'STANDARD_WEBHOOK',
      name: 'Nowhere',
      url: 'http://127.0.0.1:9/alerts',
      events: ['RECOVERY_OVERDUE'],
    },
  });
  // A delivery of the endpoint (its attempt fails: nothing listens on port 9).
  await server.execute(
    MATRIX_ENDPOINT_TEST,
    { input: { id: endpoint.alertEndpointAdd.endpoint.id } },
    { as: 'admin', workspaceId },
  );
  const key = await admin(workspaceId, MATRIX_KEY, {
    input: { name: 'victim', role: 'AGENT' },
  });
  const secret = await admin(workspaceId, MATRIX_SECRET, {
    input: { provider: 'STANDARD', label: 'victim' },
  });
  return {
    contactId,
    eraseContactId: erasable.responseRecord.contact.id,
    followUpId: followUp.followUpCreate.followUp.id,
    alertEndpointId: endpoint.alertEndpointAdd.endpoint.id,
    apiKeyId: key.apiKeyCreate.apiKey.id,
    webhookSecretId: secret.webhookSecretAdd.webhookSecret.id,
  };
}

beforeAll(async () => {
  server = await startTestServer({ workspaces: [ACME, OTHER, EMPTY] });
  schema = loadSchema();
  const app = await createApp(server.config);
  routes = httpEntryPoints(app.app as unknown as Parameters<typeof httpEntryPoints>[0]);
  await app.apollo.stop();

  ids.acme = await prepare(ACME, 'a');
  ids.other = await prepare(OTHER, 'o');
  const key = await admin(ACME, MATRIX_KEY, {
    input: { name: 'integration', role: 'INTEGRATION' },
  });
  integrationKey = key.apiKeyCreate.secret;
  const standard = await admin(ACME, MATRIX_SECRET, {
    input: { provider: 'STANDARD' },
  });
  hookSecrets.acmeStandard = standard.webhookSecretAdd.secret!;
  hookSecrets.acmeSurvicate = newSurvicateSecret();
  await admin(ACME, MATRIX_SECRET, { input: { provider: 'SURVICATE', secret: hookSecrets.acmeSurvicate } });
  hookSecrets.otherSurvicate = newSurvicateSecret();
  await admin(OTHER, MATRIX_SECRET, { input: { provider: 'SURVICATE', secret: hookSecrets.otherSurvicate } });
  importDir = mkdtempSync(path.join(os.tmpdir(), 'nps-desk-matrix-'));
});
beforeEach(async () => {
  before = await databaseFingerprint();
});
afterAll(async () => {
  await server.stop();
  rmSync(importDir, { recursive: true, force: true });
});

describe('the matrix covers every entry point', () => {
  test('its keys are exactly the schema’s mutations and id-taking fields and the app’s HTTP entry points', () => {
    const graphqlKeys = Object.keys(ENTRIES).filter((key) => /^\w+\.\w+$/.test(key));
    expect(graphqlKeys.sort()).toEqual(schemaEntryPoints(schema));
    const httpKeys = Object.keys(ENTRIES).filter((key) => !/^\w+\.\w+$/.test(key));
    expect(httpKeys.sort()).toEqual(routes);
  });

  test('every GraphQL entry’s document and variables are valid against the schema', async () => {
    for (const [key, entry] of graphqlEntries) {
      // Validation only: an unknown role answers before any resolver with UNAUTHENTICATED.
      const answer = await graphql(entry.document, entry.variables(ids.acme), 'anonymous');
      expect({ key, code: codeOf(answer) }).toEqual({ key, code: 'UNAUTHENTICATED' });
    }
    await expectNothingChanged();
  });
});

describe('each caller that may not use an entry is refused and nothing changes', () => {
  test.each(REFUSALS)('%s as %s', async (key, caller) => {
    const entry = ENTRIES[key] as CheckedEntry;
    const answer = await call(entry, caller);
    const code = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    const status = entry.kind === 'graphql' ? (caller === 'anonymous' ? 401 : 200) : caller === 'anonymous' ? 401 : 403;
    expect({ status: answer.status, code: codeOf(answer), errors: answer.body.errors?.length }).toEqual({
      status,
      code,
      errors: 1,
    });
    if (entry.kind === 'graphql') expect(answer.body.data ?? null).toBeNull();
    await expectNothingChanged();
  });

  test.each(['anonymous', 'agent', 'sales', 'admin', 'integration'] as const)(
    'POST /hooks/:workspaceId/* with the bearer credential of %s and no signature is refused',
    async (caller) => {
      const bearer = bearerOf(caller);
      for (const provider of ['standard', 'survicate']) {
        const answer = await postHook(
          `/hooks/${ACME}/${provider}`,
          JSON.stringify(standardBody('hook-unsigned')),
          bearer ? { authorization: `Bearer ${bearer}` } : {},
        );
        expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 401, code: 'SIGNATURE_MISSING' });
      }
      await expectNothingChanged();
    },
  );

  test('POST /hooks/acme/* signed with another workspace’s secret is refused', async () => {
    const body = JSON.stringify(survicateBody('hook-foreign-secret', { user_id: 'zd-h1' }));
    const answer = await postHook(`/hooks/${ACME}/survicate`, body, survicateHeaders(hookSecrets.otherSurvicate, body));
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 401, code: 'SIGNATURE_INVALID' });
    await expectNothingChanged();
  });
});

describe('another workspace’s id answers exactly like a missing or malformed one, and nothing changes', () => {
  test.each(withIds)('%s', async (key, entry) => {
    const foreign = await callWithId(entry, entry.id?.of(ids.other) ?? '');
    const missing = await callWithId(entry, MISSING_ID);
    const malformed = await callWithId(entry, MALFORMED_ID);
    // The foreign id is real and would be found without the workspace scope.
    expect(entry.id?.of(ids.other)).toMatch(/^[0-9a-f]{24}$/);
    expect(comparable(foreign)).toEqual(comparable(missing));
    expect(comparable(malformed)).toEqual(comparable(missing));
    if (key.startsWith('Query.') && key !== 'Query.contact') {
      // Lists filtered by the id: empty, as for an unknown id.
      expect(foreign.body.errors).toBeUndefined();
      expect(JSON.stringify(foreign.body.data)).toMatch(/"edges":\[\]/);
    } else {
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(foreign.status).toBe(entry.kind === 'http' ? 404 : 200);
    }
    await expectNothingChanged();
  });

  test('contacts named by helpdesk id or email: another workspace’s answer like unknown ones', async () => {
    const lookups: [string, Variables, Variables][] = [
      [
        'query Q($externalId: String) { contact(externalId: $externalId) { id } }',
        { externalId: 'zd-o1' },
        { externalId: 'zd-none' },
      ],
      [
        'query Q($email: String) { contact(email: $email) { id } }',
        { email: 'zd-o1@other.test' },
        { email: 'none@other.test' },
      ],
      [
        mutation('surveySent', 'SurveySentInput'),
        { input: { contact: { externalId: 'zd-o1' }, metric: 'NPS' } },
        { input: { contact: { externalId: 'zd-none' }, metric: 'NPS' } },
      ],
    ];
    for (const [document, foreignVariables, missingVariables] of lookups) {
      const foreign = await graphql(document, foreignVariables, 'admin');
      expect(codeOf(foreign)).toBe('NOT_FOUND');
      expect(comparable(foreign)).toEqual(comparable(await graphql(document, missingVariables, 'admin')));
    }
    await expectNothingChanged();
  });

  test.each(['standard', 'survicate'] as const)(
    'POST /hooks/<workspace>/%s: acme’s signature does not open another workspace’s endpoint; a workspace without one, an unknown and a malformed id answer alike',
    async (provider) => {
      const body = JSON.stringify(
        provider === 'standard' ? standardBody('hook-ids') : survicateBody('hook-ids', { user_id: 'zd-h2' }),
      );
      const headers =
        provider === 'standard'
          ? standardHeaders(hookSecrets.acmeStandard, body)
          : survicateHeaders(hookSecrets.acmeSurvicate, body);
      const foreign = await postHook(`/hooks/${OTHER}/${provider}`, body, headers);
      expect({ status: foreign.status, code: codeOf(foreign) }).toEqual({ status: 401, code: 'SIGNATURE_INVALID' });
      const answers = [];
      for (const workspace of [EMPTY, 'no-such-workspace', '%24ne', '%7B%7D', 'x'.repeat(300)]) {
        answers.push(comparable(await postHook(`/hooks/${workspace}/${provider}`, body, headers)));
      }
      expect(answers[0]).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
      for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
      await expectNothingChanged();
    },
  );
});

describe('inputs cannot set the workspace, a role or server-owned fields', () => {
  test.each(graphqlEntries)('%s refuses every such field in every input object', async (key, entry) => {
    const [rootType, field] = key.split('.') as ['Query' | 'Mutation', string];
    const caller = rolesAllowed(entry.actions).includes('admin') ? 'admin' : 'agent';
    let variants = 0;
    for (const variant of extraFieldVariants(schema, rootType, field, entry.variables(ids.acme), FOREIGN_FIELDS)) {
      variants += 1;
      const answer = await graphql(entry.document, variant.variables, caller);
      expect({ variant: `${variant.path}.${variant.name}`, status: answer.status, code: codeOf(answer) }).toEqual({
        variant: `${variant.path}.${variant.name}`,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
      expect(answer.body.errors?.[0]?.message).toContain(`Field "${variant.name}" is not defined by type`);
    }
    // Entries without an input object (playbookReset, Query.contact) have nothing to try.
    expect(variants).toBe(
      [...extraFieldVariants(schema, rootType, field, entry.variables(ids.acme), FOREIGN_FIELDS)].length,
    );
    await expectNothingChanged();
  });

  test('an inline literal with workspaceId is refused by validation too', async () => {
    const answer = await graphql(
      'mutation { workspaceUpdate(input: { name: "Taken", workspaceId: "other" }) { __typename } }',
      {},
      'admin',
    );
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    await expectNothingChanged();
  });

  test.each([
    ['workspaceId', {}],
    ['workspace', {}],
    ['_id', {}],
    ['createdAt', {}],
    ['role', {}],
    ['workspaceId', { inContact: true }],
    ['_id', { inContact: true }],
  ] as const)('POST /hooks/acme/standard with %s (%j) is refused and stores nothing', async (name, where) => {
    const body = standardBody(`hook-extra-${name}`) as Variables & { contact: Variables };
    if ('inContact' in where) body.contact[name] = name === '_id' ? MISSING_ID : OTHER;
    else body[name] = name === '_id' ? MISSING_ID : OTHER;
    const text = JSON.stringify(body);
    const answer = await postHook(`/hooks/${ACME}/standard`, text, standardHeaders(hookSecrets.acmeStandard, text));
    expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(answer.body.errors?.[0]?.extensions?.field).toBe('inContact' in where ? `contact.${name}` : name);
    await expectNothingChanged();
  });

  test('POST /hooks/acme/survicate: workspace and server fields among the attributes are ignored, the answer is acme’s', async () => {
    const othersBefore = await otherWorkspaceDocuments();
    const givenId = '5f0000000000000000000001';
    const text = JSON.stringify(
      survicateBody('hook-attributes', {
        user_id: 'zd-h3',
        workspaceId: OTHER,
        workspace_id: OTHER,
        workspace: OTHER,
        _id: givenId,
        id: givenId,
        createdAt: '2001-01-01T00:00:00Z',
        role: 'admin',
      }),
    );
    const answer = await postHook(`/hooks/${ACME}/survicate`, text, survicateHeaders(hookSecrets.acmeSurvicate, text));
    expect(answer.status).toBe(200);
    const response = await ResponseModel.findOne({ sourceId: 'hook-attributes' }).lean().exec();
    const contact = await ContactModel.findOne({ externalId: 'zd-h3' }).lean().exec();
    expect(response?.workspaceId).toBe(ACME);
    expect(contact?.workspaceId).toBe(ACME);
    expect(contact?._id.toHexString()).not.toBe(givenId);
    expect(response?._id.toHexString()).not.toBe(givenId);
    expect(Date.now() - (contact?.createdAt?.getTime() ?? 0)).toBeLessThan(60_000);
    for (const document of [response, contact]) {
      for (const name of ['workspace', 'workspace_id', 'role', 'id']) expect(document).not.toHaveProperty(name);
    }
    expect(await otherWorkspaceDocuments()).toEqual(othersBefore);
  });

  test('import: extra workspace fields of a Delighted row are ignored (the rows go to --workspace), an unknown CSV column stops the import', async () => {
    const delighted = path.join(importDir, 'extra.json');
    writeFileSync(
      delighted,
      `${JSON.stringify({
        id: 'imp-extra-1',
        score: 9,
        created_at: 1767261600,
        workspaceId: OTHER,
        workspace_id: OTHER,
        _id: MISSING_ID,
        person: { email: 'imp@example.com', workspaceId: OTHER, _id: MISSING_ID },
        person_properties: { workspaceId: OTHER, Workspace: OTHER, _id: MISSING_ID, role: 'admin' },
      })}\n`,
    );
    const othersBefore = await otherWorkspaceDocuments();
    const summary = await importFile({ workspaceId: ACME, file: delighted, format: 'delighted', batchSize: 10 });
    expect(summary).toMatchObject({ rowsRead: 1, stored: 1, rejected: 0 });
    const stored = await ResponseModel.find({ sourceId: 'imp-extra-1' }).lean().exec();
    expect(stored.map((response) => response.workspaceId)).toEqual([ACME]);
    expect(stored[0]?._id.toHexString()).not.toBe(MISSING_ID);
    const contacts = await ContactModel.find({ email: 'imp@example.com' }).lean().exec();
    expect(contacts.map((contact) => contact.workspaceId)).toEqual([ACME]);
    expect(await otherWorkspaceDocuments()).toEqual(othersBefore);
    before = await databaseFingerprint();

    const csv = path.join(importDir, 'extra.csv');
    writeFileSync(csv, `externalId,score,source,sourceId,workspaceId\nzd-imp2,9,import,imp-extra-2,${OTHER}\n`);
    await expect(importFile({ workspaceId: ACME, file: csv, format: 'csv', batchSize: 10 })).rejects.toThrow(
      /Unknown column "workspaceId"/,
    );
    await expectNothingChanged();
  });
});

describe('MongoDB operators cannot pass through any input', () => {
  test.each(graphqlEntries)('%s: an operator object in place of any scalar variable is refused', async (key, entry) => {
    const caller = rolesAllowed(entry.actions).includes('admin') ? 'admin' : 'agent';
    for (const operator of [{ $ne: null }, { $gt: '' }]) {
      for (const variant of operatorVariants(entry.variables(ids.acme), operator)) {
        const answer = await graphql(entry.document, variant.variables, caller);
        expect({ variant: variant.path, status: answer.status, code: codeOf(answer) }).toEqual({
          variant: variant.path,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
      }
    }
    await expectNothingChanged();
  });

  test.each([
    ['contact.email', (body: Variables & { contact: Variables }) => (body.contact.email = { $ne: null })],
    ['contact.externalId', (body: Variables & { contact: Variables }) => (body.contact.externalId = { $gt: '' })],
    ['sourceId', (body: Variables) => (body.sourceId = { $ne: null })],
    ['source', (body: Variables) => (body.source = { $regex: '.*' })],
    ['score', (body: Variables) => (body.score = { $gt: 0 })],
    ['tags', (body: Variables) => (body.tags = [{ $ne: null }])],
  ] as const)(
    'POST /hooks/acme/standard with %s as an operator object is refused and stores nothing',
    async (field, inject) => {
      const body = standardBody(`hook-operator-${field}`) as Variables & { contact: Variables };
      inject(body);
      const text = JSON.stringify(body);
      const answer = await postHook(`/hooks/${ACME}/standard`, text, standardHeaders(hookSecrets.acmeStandard, text));
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(answer.body.errors?.[0]?.extensions?.field).toMatch(new RegExp(`^${field.replace('.', '\\.')}`));
      await expectNothingChanged();
    },
  );

  test('POST /hooks/acme/survicate: operator objects in the response id or the contact attributes never reach a query', async () => {
    const refused = [
      {
        ...survicateBody('x', { user_id: 'zd-h4' }),
        event: { questionAnswered: { ...questionAnswered('x', { user_id: 'zd-h4' }), responseUuid: { $ne: null } } },
      },
      survicateBody('hook-op-user', { user_id: { $ne: null } }),
    ];
    for (const body of refused) {
      const text = JSON.stringify(body);
      const answer = await postHook(
        `/hooks/${ACME}/survicate`,
        text,
        survicateHeaders(hookSecrets.acmeSurvicate, text),
      );
      expect({ status: answer.status, code: codeOf(answer) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    }
    await expectNothingChanged();
    // An operator object as the email attribute is not an email: the answer is recorded by user_id alone.
    const text = JSON.stringify(survicateBody('hook-op-email', { user_id: 'zd-h5', email: { $ne: null } }));
    const answer = await postHook(`/hooks/${ACME}/survicate`, text, survicateHeaders(hookSecrets.acmeSurvicate, text));
    expect(answer.status).toBe(200);
    const contacts = await ContactModel.find({ externalId: 'zd-h5' }).lean().exec();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]?.email ?? null).toBeNull();
  });

  test('import: operator objects in a Delighted row are not values (the row is rejected)', async () => {
    const file = path.join(importDir, 'operators.json');
    writeFileSync(
      file,
      [
        { id: { $ne: null }, score: 9, person: { email: 'op1@example.com' } },
        { id: 'imp-op-2', score: { $gt: 0 }, person: { email: 'op2@example.com' } },
        { id: 'imp-op-3', score: 9, person: { email: { $ne: null } } },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const summary = await importFile({ workspaceId: ACME, file, format: 'delighted', batchSize: 10 });
    expect(summary).toMatchObject({ rowsRead: 3, stored: 0, rejected: 3 });
    await expectNothingChanged();
  });

  describe('CSV and JSON export query parameters', () => {
    const csvRows = (answer: Answer) => answer.text.trim().split('\n').slice(1).sort();

    test('survey candidates: bracketed names are not operators, repeated parameters are refused', async () => {
      const all = await get('/export/survey-candidates.csv?metric=NPS', 'admin');
      const pro = await get('/export/survey-candidates.csv?metric=NPS&plan=pro', 'admin');
      expect(all.status).toBe(200);
      expect(csvRows(pro).length).toBeGreaterThan(0);
      expect(csvRows(pro).length).toBeLessThan(csvRows(all).length);
      // Express 5's query parser is `simple`: `plan[$ne]=pro` is a parameter named
      // "plan[$ne]", which the export does not know; no object ever reaches a filter.
      for (const query of ['plan[$ne]=pro', 'plan[$regex]=.*', 'plan%5B%24ne%5D=pro', 'tag[$exists]=true']) {
        const answer = await get(`/export/survey-candidates.csv?metric=NPS&${query}`, 'admin');
        expect({ query, status: answer.status }).toEqual({ query, status: 200 });
        expect(csvRows(answer)).toEqual(csvRows(all));
      }
      for (const query of [
        'metric=NPS&plan=pro&plan=basic',
        'metric=NPS&metric=CSAT',
        'metric=NPS&region=a&region=b',
        'metric=NPS&tag=a&tag=b',
        'metric[$ne]=NPS',
        'metric=%7B%22%24ne%22%3Anull%7D',
      ]) {
        const answer = await get(`/export/survey-candidates.csv?${query}`, 'admin');
        expect({ query, status: answer.status, code: codeOf(answer) }).toEqual({
          query,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
      }
      await expectNothingChanged();
    });

    test('responses: operator-shaped and repeated parameters are refused', async () => {
      for (const query of [
        'from[$gt]=&to=2026-01-31',
        'from=2026-01-01&to[$lt]=2030-01-01',
        'from=2026-01-01&from=2026-01-02&to=2026-01-31',
        'from=2026-01-01&to=2026-01-31&to=2026-02-01',
        'from=2026-01-01&to=2026-01-31&timeZone=UTC&timeZone=Europe/Paris',
        'from=%7B%22%24gt%22%3A%22%22%7D&to=2026-01-31',
      ]) {
        const answer = await get(`/export/responses.csv?${query}`, 'admin');
        expect({ query, status: answer.status, code: codeOf(answer) }).toEqual({
          query,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
      }
      const fine = await get('/export/responses.csv?from=2026-01-01&to=2026-01-31&timeZone[$ne]=x', 'admin');
      expect(fine.status).toBe(200);
      await expectNothingChanged();
    });

    test('a contact’s data: an operator-shaped id is just an unknown id', async () => {
      const missing = await get(`/export/contacts/${MISSING_ID}`, 'admin');
      for (const id of ['{"$ne":null}', '[$ne]', '$where']) {
        const answer = await get(`/export/contacts/${encodeURIComponent(id)}`, 'admin');
        expect(comparable(answer)).toEqual(comparable(missing));
      }
      expect(missing.status).toBe(404);
      await expectNothingChanged();
    });

    test('the export schemas refuse the objects and arrays an extended query parser would make', () => {
      for (const query of [
        { metric: 'NPS', plan: { $ne: 'x' } },
        { metric: 'NPS', region: ['a', 'b'] },
        { metric: { $ne: 'NPS' } },
        { metric: 'NPS', tag: { $exists: true } },
      ]) {
        expect(() => parseInput(candidatesCsvQuerySchema, query)).toThrow(
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
        );
      }
    });
  });
});

describe('public entry points need no credential, take no id and change nothing', () => {
  test.each(Object.entries(ENTRIES).filter((pair): pair is [string, PublicEntry] => pair[1].kind === 'public'))(
    '%s',
    async (_key, entry) => {
      if (entry.path === null) {
        // The GraphQL endpoint: every field is checked by the GraphQL entries; `health` is public.
        const answer = await graphql('query { health }', {}, 'anonymous');
        expect(answer.body.data).toEqual({ health: true });
      } else {
        const answer = await get(entry.path);
        expect(answer.status).not.toBe(401);
        expect(answer.status).not.toBe(403);
        expect(answer.status).toBeLessThan(500);
      }
      await expectNothingChanged();
    },
  );

  test('GET /demo/session hands out a demo-workspace token only, whatever the query', async () => {
    const claims = async (query: string) => {
      const answer = await get(`/demo/session${query}`);
      return { status: answer.status, claims: answer.status === 200 ? jwt.decode(String(answer.body.token)) : null };
    };
    for (const query of ['?role=admin&workspaceId=acme&workspace=acme', '?role[$ne]=x', '?workspace[$ne]=demo']) {
      const { status, claims: payload } = await claims(query);
      expect({ query, status }).toEqual({ query, status: 200 });
      expect(payload).toMatchObject({ workspace: 'demo' });
    }
    for (const query of ['?role=integration', '?role=admin&role=agent', '?role=%7B%22%24ne%22%3Anull%7D']) {
      expect({ query, status: (await claims(query)).status }).toEqual({ query, status: 400 });
    }
    await expectNothingChanged();
  });
});

describe('each role allowed to use an entry gets past the permission check', () => {
  // Last: these calls change data (each on its own targets, so later ones still find theirs).
  test.each(ALLOWANCES)('%s as %s', async (key, caller) => {
    const answer = await call(ENTRIES[key] as CheckedEntry, caller);
    expect({ key, caller, code: codeOf(answer) ?? null }).not.toMatchObject({
      code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
    });
    expect(answer.status).not.toBe(401);
    expect(answer.status).not.toBe(403);
  });
});

// ── Webhook bodies ───────────────────────────────────────────────────────────────────────

function standardBody(sourceId: string): Variables {
  return {
    contact: { externalId: `zd-${sourceId}`, email: `${sourceId}@example.com` },
    score: 8,
    source: 'matrix-hook',
    sourceId,
  };
}

function questionAnswered(responseUuid: string, attributes: Variables): Variables {
  return {
    responseUuid,
    type: 'nps',
    timestamp: new Date().toISOString(),
    survey: { name: 'Matrix' },
    respondent: { attributes },
    choice: { id: 9, comment: 'ok' },
  };
}

function survicateBody(responseUuid: string, attributes: Variables): Variables {
  return { event: { questionAnswered: questionAnswered(responseUuid, attributes) } };
}
