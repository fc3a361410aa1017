// What the panel's contact query costs the database: the commands the API sends for one
// request, counted with the driver's command monitoring on the API's own connection. The
// count must not grow with a contact's history (no read per answer or per follow-up).
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import type { CommandStartedEvent } from 'mongodb';
import mongoose from 'mongoose';
import { createApp, type App } from '../api/src/app';
import { signToken } from '../api/src/auth/jwt';
import { loadConfig } from '../api/src/config';
import { MONGO_CLIENT_OPTIONS } from '../api/src/db/client-options';
import { ensureWorkspace } from '../api/src/modules/workspace/workspace.service';
import { NpsPanelContactDocument } from '../plugin-ui/src/gql/graphql';
import { FOLLOW_UP_COMPLETE, FOLLOW_UP_CREATE, FOLLOW_UP_DISMISS } from './support/closed-loop-operations';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { PANEL_CONTACT_QUERY } from './support/panel-query';

/** The panel's own query (plugin-ui NpsPanel), as the browser sends it. */
const PANEL_QUERY = print(NpsPanelContactDocument);

const WORKSPACE = 'acme';
const EXTERNAL_ID = 'zd-cost';
const HOUR_MS = 60 * 60 * 1000;

let app: App;
let baseUrl: string;
let token: string;
let dbName: string;
const commands: CommandStartedEvent[] = [];

beforeAll(async () => {
  const uri = process.env.NPS_TEST_MONGODB_URI;
  if (!uri) throw new Error('NPS_TEST_MONGODB_URI is not set: run the tests through jest (global setup)');
  dbName = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  // As connectDatabase does, plus command monitoring (only a new client can turn it on).
  await mongoose.connect(uri, { ...MONGO_CLIENT_OPTIONS, dbName, monitorCommands: true });
  for (const name of mongoose.modelNames()) await mongoose.model(name).createIndexes();
  mongoose.connection.getClient().on('commandStarted', (event) => {
    if (event.databaseName === dbName) commands.push(event);
  });
  await ensureWorkspace(WORKSPACE, 'Workspace acme');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NPS_DEMO: 'false' });
  app = await createApp(config);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  token = signToken(config.jwt, { userId: 'test-agent', workspaceId: WORKSPACE, role: 'agent' }, 600);
});

afterAll(async () => {
  await app?.apollo.stop();
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
});

async function execute(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The database commands one request sends, as `command collection`, in order. */
async function commandsOf(query: string, variables: Record<string, unknown>): Promise<string[]> {
  commands.length = 0;
  const data = await execute(query, variables);
  expect(data?.contact).toBeTruthy();
  return commands.map((event) => `${event.commandName} ${String(event.command[event.commandName])}`);
}

let answers = 0;

/** Records `count` NPS answers of the contact, an hour apart, the latest a detractor's. */
async function answer(count: number): Promise<string> {
  let contactId = '';
  for (let i = count; i > 0; i -= 1) {
    answers += 1;
    const data = await execute(RECORD_RESPONSE, {
      input: npsInput({
        score: i === 1 ? 3 : 9,
        sourceId: `cost-${answers}`,
        contact: { externalId: EXTERNAL_ID, name: 'Ada Lovelace', company: 'Analytical Engines' },
        answeredAt: new Date(Date.now() - (i * HOUR_MS) / 60).toISOString(),
      }),
    });
    contactId = (data?.responseRecord as { contact: { id: string } }).contact.id;
  }
  return contactId;
}

/** Follow-ups about the contact of the three kinds given: left open, done and dismissed. */
async function followUps(contactId: string, kinds: [string, string, string]): Promise<void> {
  const created: string[] = [];
  for (const kind of kinds) {
    const data = await execute(FOLLOW_UP_CREATE, { input: { contactId, kind } });
    created.push((data?.followUpCreate as { followUp: { id: string } }).followUp.id);
  }
  await execute(FOLLOW_UP_COMPLETE, { input: { id: created[1], outcome: 'Called back' } });
  await execute(FOLLOW_UP_DISMISS, { input: { id: created[2], reason: 'Handled in the ticket' } });
}

describe('panel contact query cost', () => {
  test('successful-panel-queries-send-the-same-commands-however-long-the-history', async () => {
    const contactId = await answer(1);
    const benchFew = await commandsOf(PANEL_CONTACT_QUERY, { externalId: EXTERNAL_ID });
    const panelFew = await commandsOf(PANEL_QUERY, { externalId: EXTERNAL_ID });

    await answer(30);
    await followUps(contactId, ['RECOVER', 'ESCALATE', 'SOLVE_ROOT_CAUSE']);
    await followUps(contactId, ['PROBE', 'THANK', 'ASK_REVIEW']);
    const benchMany = await commandsOf(PANEL_CONTACT_QUERY, { externalId: EXTERNAL_ID });
    const panelMany = await commandsOf(PANEL_QUERY, { externalId: EXTERNAL_ID });

    // The rate-limit counters of the credential and the workspace (api/src/http/rate-limit.ts),
    // the workspace (authentication), the contact, its last answers and the follow-ups the
    // recommendations depend on: one command each.
    expect([...benchFew].sort()).toEqual(
      [
        'findAndModify rate_limits',
        'findAndModify rate_limits',
        'find contacts',
        'find follow_ups',
        'find responses',
        'find workspaces',
      ].sort(),
    );
    expect([...benchMany].sort()).toEqual([...benchFew].sort());
    expect([...panelMany].sort()).toEqual([...panelFew].sort());
    expect(panelFew).toHaveLength(14);
  });
});
