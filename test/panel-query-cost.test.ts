// What the panel's contact query costs the database: the commands the API sends for one
// request, counted with the driver's command monitoring on the API's own connection. The
// count must not grow with a contact's history (no read per answer or per follow-up).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NpsPanelContactDocument } from '../plugin-ui/src/gql/graphql';
import { FOLLOW_UP_COMPLETE, FOLLOW_UP_CREATE, FOLLOW_UP_DISMISS } from './support/closed-loop-operations';
import { startCountingServer, type CountingServer } from './support/command-counting';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import type { RecommendedActionKind } from './__generated__/graphql';
import { PANEL_CONTACT_DOCUMENT } from './support/panel-query';

/** The panel's own query (plugin-ui NpsPanel), as the browser sends it. */
const PANEL_QUERY = NpsPanelContactDocument;

const WORKSPACE = 'acme';
const EXTERNAL_ID = 'zd-cost';
const HOUR_MS = 60 * 60 * 1000;

let server: CountingServer;

beforeAll(async () => {
  server = await startCountingServer(WORKSPACE, 'agent');
});

afterAll(async () => {
  await server?.stop();
});

/** The database commands one request sends, as `command collection`, in order. */
async function commandsOf<TVariables>(
  document: TypedDocumentNode<{ contact?: object | null }, TVariables>,
  variables: TVariables,
): Promise<string[]> {
  return (await measuredPanelQuery(document, variables)).sent;
}

async function measuredPanelQuery<TVariables>(
  document: TypedDocumentNode<{ contact?: object | null }, TVariables>,
  variables: TVariables,
): Promise<{ sent: string[]; rounds: number }> {
  const { data, sent, rounds } = await server.measured(document, variables);
  expect(data?.contact).toBeTruthy();
  return { sent, rounds };
}

let answers = 0;

/** Records `count` NPS answers of a contact, a minute apart, the latest a detractor's. */
async function answer(count: number, externalId = EXTERNAL_ID): Promise<string> {
  let contactId = '';
  for (let i = count; i > 0; i -= 1) {
    answers += 1;
    const data = await server.execute(RECORD_RESPONSE, {
      input: npsInput({
        score: i === 1 ? 3 : 9,
        sourceId: `cost-${answers}`,
        contact: { externalId, name: 'Ada Lovelace', company: 'Analytical Engines' },
        answeredAt: new Date(Date.now() - (i * HOUR_MS) / 60).toISOString(),
      }),
    });
    contactId = data.responseRecord.contact.id;
  }
  return contactId;
}

/** Follow-ups about the contact of the three kinds given: left open, done and dismissed. */
async function followUps(
  contactId: string,
  kinds: [RecommendedActionKind, RecommendedActionKind, RecommendedActionKind],
): Promise<void> {
  const created: string[] = [];
  for (const kind of kinds) {
    const data = await server.execute(FOLLOW_UP_CREATE, { input: { contactId, kind } });
    created.push(data.followUpCreate.followUp.id);
  }
  await server.execute(FOLLOW_UP_COMPLETE, { input: { id: created[1]!, outcome: 'Called back' } });
  await server.execute(FOLLOW_UP_DISMISS, { input: { id: created[2]!, reason: 'Handled in the ticket' } });
}

describe('panel contact query cost', () => {
  test('successful-panel-queries-send-the-same-commands-however-long-the-history', async () => {
    const contactId = await answer(1);
    const benchFew = await commandsOf(PANEL_CONTACT_DOCUMENT, { externalId: EXTERNAL_ID });
    const panelFew = await commandsOf(PANEL_QUERY, { externalId: EXTERNAL_ID });

    await answer(30);
    await followUps(contactId, ['RECOVER', 'ESCALATE', 'SOLVE_ROOT_CAUSE']);
    await followUps(contactId, ['PROBE', 'THANK', 'ASK_REVIEW']);
    const benchMany = await commandsOf(PANEL_CONTACT_DOCUMENT, { externalId: EXTERNAL_ID });
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
    // Once the contact has follow-ups, one batch of the people named on them (however many).
    expect([...panelMany].sort()).toEqual([...panelFew, 'find people'].sort());
    // The panel's own query adds the count of its answers and the done and dismissed follow-up
    // pages (a find and a count each); its open follow-ups, recommendations and survey
    // eligibility (of every metric) share the one batch of follow-ups (api/src/graphql/loaders.ts).
    expect(panelFew).toHaveLength(11);
  });

  test('successful-panel-query-waits-for-the-database-once-per-step', async () => {
    const contactId = await answer(2, 'zd-rounds');
    await followUps(contactId, ['RECOVER', 'ESCALATE', 'SOLVE_ROOT_CAUSE']);

    const { rounds } = await measuredPanelQuery(PANEL_QUERY, { externalId: 'zd-rounds' });

    // The rate-limit counters; the workspace; the contact; then together its answers, its
    // follow-ups and the counts of both lists (asked for, so counted beside their pages); last,
    // the people the follow-ups name. Each round trip is felt by an agent opening a ticket.
    expect(rounds).toBe(5);
  });
});
