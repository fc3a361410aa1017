import { FollowUpModel } from '../api/src/modules/follow-up/follow-up.model';
import type { FollowUpCreateInput } from './__generated__/graphql';
import {
  CONTACT_LOOP,
  FOLLOW_UPS,
  FOLLOW_UP_ASSIGN,
  FOLLOW_UP_COMPLETE,
  FOLLOW_UP_CREATE,
  FOLLOW_UP_DISMISS,
  RECOMMENDED_ACTION_COMPLETE,
  RECOMMENDED_ACTION_DISMISS,
} from './support/closed-loop-operations';
import { clearContactData } from './support/db-state';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;
const HOUR_MS = 60 * 60 * 1000;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'globex'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await Promise.all([clearContactData(), FollowUpModel.deleteMany({}).exec()]);
});

async function followUpState(): Promise<string> {
  return JSON.stringify(await FollowUpModel.find().sort({ _id: 1 }).lean().exec());
}

/** Records an NPS answer `hoursAgo` hours ago and returns the contact id. */
async function answer(score: number, hoursAgo: number, sourceId: string, externalId = 'zd-42'): Promise<string> {
  const result = await server.execute(RECORD_RESPONSE, {
    input: npsInput({
      score,
      sourceId,
      contact: { externalId, name: 'Ada Lovelace' },
      answeredAt: new Date(Date.now() - hoursAgo * HOUR_MS).toISOString(),
    }),
  });
  expect(result.errors).toBeUndefined();
  return result.data?.responseRecord.contact.id ?? '';
}

async function loop(contactId: string, as: 'agent' | 'sales' | 'admin' = 'agent') {
  const result = await server.execute(CONTACT_LOOP, { id: contactId }, { as });
  expect(result.errors).toBeUndefined();
  return result.data?.contact;
}

async function create(input: FollowUpCreateInput, as: 'agent' | 'sales' | 'admin' = 'agent') {
  return server.execute(FOLLOW_UP_CREATE, { input }, { as });
}

describe('follow-ups', () => {
  test('successful-recovery-follow-up-lifecycle-create-assign-complete', async () => {
    const contactId = await answer(3, 1, 'r1');
    const created = await create({ contactId, kind: 'RECOVER', note: 'Call about the double charge' });
    expect(created.errors).toBeUndefined();
    const followUp = created.data?.followUpCreate.followUp;
    expect(followUp).toMatchObject({
      kind: 'RECOVER',
      title: 'Recover: contact within 48 h',
      status: 'OPEN',
      overdue: false,
      note: 'Call about the double charge',
      createdBy: 'test-agent',
      contact: { id: contactId },
      response: { score: 3 },
    });
    // Due 48 h after the answer, as recommended.
    expect(Date.parse(followUp?.dueAt ?? '')).toBeGreaterThan(Date.now() + 46 * HOUR_MS);

    // Open: no longer recommended.
    expect((await loop(contactId))?.recommendedActions.map((action) => action.kind)).not.toContain('RECOVER');

    const assigned = await server.execute(FOLLOW_UP_ASSIGN, {
      input: { id: followUp!.id, assigneeId: 'agent-7' },
    });
    expect(assigned.data?.followUpAssign.followUp.assigneeId).toBe('agent-7');

    const completed = await server.execute(FOLLOW_UP_COMPLETE, {
      input: { id: followUp!.id, outcome: 'Refunded; she is happy again' },
    });
    expect(completed.data?.followUpComplete.followUp).toMatchObject({
      status: 'DONE',
      outcome: 'Refunded; she is happy again',
      closedBy: 'test-agent',
      overdue: false,
    });
    expect(completed.data?.followUpComplete.followUp!.closedAt).not.toBeNull();
  });

  test('failing-second-open-follow-up-of-the-same-kind-is-a-conflict', async () => {
    const contactId = await answer(3, 1, 'r1');
    await create({ contactId, kind: 'RECOVER' });
    const before = await followUpState();
    const second = await create({ contactId, kind: 'RECOVER' });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await followUpState()).toBe(before);
  });

  test('successful-a-closed-follow-up-leaves-room-for-the-next-one-of-its-kind', async () => {
    const contactId = await answer(3, 1, 'r1');
    const first = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    const completed = await server.execute(FOLLOW_UP_COMPLETE, { input: { id: first, outcome: 'Called back' } });
    expect(completed.errors).toBeUndefined();
    const second = await create({ contactId, kind: 'RECOVER' });
    expect(second.errors).toBeUndefined();
    expect(second.data!.followUpCreate.followUp).toMatchObject({ status: 'OPEN' });
    expect(second.data!.followUpCreate.followUp.id).not.toBe(first);
  });

  test('failing-completing-a-closed-follow-up-is-a-conflict-and-changes-nothing', async () => {
    const contactId = await answer(3, 1, 'r1');
    const id = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    await server.execute(FOLLOW_UP_DISMISS, { input: { id, reason: 'Customer asked not to be called' } });
    const before = await followUpState();
    const again = await server.execute(FOLLOW_UP_COMPLETE, { input: { id, outcome: 'late' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await followUpState()).toBe(before);
  });

  test('failing-concurrent-completions-close-once', async () => {
    const contactId = await answer(3, 1, 'r1');
    const id = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((outcome) =>
        server.execute(FOLLOW_UP_COMPLETE, {
          input: { id, outcome },
        }),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(3);
    // No loser's outcome overwrote the winner's.
    const stored = await FollowUpModel.findById(id).lean().exec();
    expect(stored?.outcome).toBe(winners[0]?.data?.followUpComplete.followUp!.outcome);
  });

  type Ids = { id: string; contactId: string };
  const sales = { as: 'sales' } as const;
  test.each<[string, (ids: Ids) => Promise<GraphQLResponse<unknown>>]>([
    ['creates', ({ contactId }) => server.execute(FOLLOW_UP_CREATE, { input: { contactId, kind: 'THANK' } }, sales)],
    ['assigns', ({ id }) => server.execute(FOLLOW_UP_ASSIGN, { input: { id, assigneeId: 'me' } }, sales)],
    ['completes', ({ id }) => server.execute(FOLLOW_UP_COMPLETE, { input: { id, outcome: 'x' } }, sales)],
    ['dismisses', ({ id }) => server.execute(FOLLOW_UP_DISMISS, { input: { id, reason: 'x' } }, sales)],
    [
      'logs a recommended action',
      ({ contactId }) =>
        server.execute(RECOMMENDED_ACTION_COMPLETE, { input: { contactId, kind: 'RECOVER', outcome: 'x' } }, sales),
    ],
  ])('failing-sales-%s-is-forbidden-and-changes-nothing', async (_name, send) => {
    const contactId = await answer(3, 1, 'r1');
    const id = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    const before = await followUpState();
    const result = await send({ id, contactId });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await followUpState()).toBe(before);
  });

  test.each<[string, string, (id: string) => Promise<GraphQLResponse<object>>]>([
    ['an empty outcome', 'outcome', (id) => server.execute(FOLLOW_UP_COMPLETE, { input: { id, outcome: '   ' } })],
    ['an empty dismiss reason', 'reason', (id) => server.execute(FOLLOW_UP_DISMISS, { input: { id, reason: '' } })],
  ])('failing-close-with-%s-answers-a-user-error', async (_name, field, send) => {
    const contactId = await answer(3, 1, 'r1');
    const id = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    const before = await followUpState();
    const result = await send(id);
    // A form mutation: the problem the agent can fix is data, not a GraphQL error.
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {})).toEqual([
      { followUp: null, errors: [{ field: `input.${field}`, message: 'must not be empty' }] },
    ]);
    expect(await followUpState()).toBe(before);
  });

  test.each<[string, string, (contactId: string) => Promise<GraphQLResponse<object>>, string]>([
    [
      'complete',
      'outcome',
      (contactId) =>
        server.execute(RECOMMENDED_ACTION_COMPLETE, {
          input: { contactId, kind: 'RECOVER', outcome: 'x'.repeat(2001) },
        }),
      'must be at most 2000 characters',
    ],
    [
      'dismiss',
      'reason',
      (contactId) => server.execute(RECOMMENDED_ACTION_DISMISS, { input: { contactId, kind: 'RECOVER', reason: ' ' } }),
      'must not be empty',
    ],
  ])(
    'failing-recommended-action-%s-with-a-bad-text-answers-a-user-error-on-its-field',
    async (_name, field, send, message) => {
      const contactId = await answer(3, 1, 'r1');
      const before = await followUpState();
      const result = await send(contactId);
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {})).toEqual([
        { followUp: null, contact: null, errors: [{ field: `input.${field}`, message }] },
      ]);
      expect(await followUpState()).toBe(before);
    },
  );

  test('failing-another-workspace-cannot-see-or-close-acme-follow-ups', async () => {
    const contactId = await answer(3, 1, 'r1');
    const id = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    const before = await followUpState();
    const close = await server.execute(
      FOLLOW_UP_COMPLETE,
      { input: { id, outcome: 'x' } },
      { as: 'admin', workspaceId: 'globex' },
    );
    expect(close.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const create2 = await create({ contactId, kind: 'THANK' }, 'admin');
    expect(create2.errors).toBeUndefined();
    const foreignCreate = await server.execute(
      FOLLOW_UP_CREATE,
      { input: { contactId, kind: 'RECOVER' } },
      { as: 'admin', workspaceId: 'globex' },
    );
    expect(foreignCreate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await server.execute(FOLLOW_UPS, {}, { as: 'admin', workspaceId: 'globex' });
    expect(list.data?.followUps.totalCount).toBe(0);
    expect(JSON.parse(await followUpState())).toHaveLength(JSON.parse(before).length + 1);
  });

  test('successful-overdue-follow-ups-are-marked-and-listed-most-overdue-first', async () => {
    // Detractors who answered 100 h and 60 h ago: their 48 h recoveries are overdue by 52 h and 12 h.
    const older = await answer(2, 100, 'o1', 'zd-old');
    const newer = await answer(4, 60, 'o2', 'zd-new');
    const fresh = await answer(5, 1, 'o3', 'zd-fresh');
    for (const contactId of [newer, fresh, older]) await create({ contactId, kind: 'RECOVER' });

    const overdue = await server.execute(FOLLOW_UPS, { filter: { overdue: true }, first: 10 });
    expect(overdue.data?.followUps.totalCount).toBe(2);
    expect(overdue.data?.followUps.edges.map((edge) => edge.node.contact.id)).toEqual([older, newer]);
    expect(overdue.data?.followUps.edges.every((edge) => edge.node.overdue)).toBe(true);

    const all = await server.execute(FOLLOW_UPS, { first: 10 });
    const freshOne = all.data?.followUps.edges.find((edge) => edge.node.contact.id === fresh);
    expect(freshOne?.node.overdue).toBe(false);
  });

  test('successful-recommended-action-done-is-not-recommended-again-until-the-next-answer', async () => {
    const contactId = await answer(3, 1, 'r1');
    expect((await loop(contactId))?.recommendedActions.map((action) => action.kind)).toContain('RECOVER');

    const done = await server.execute(RECOMMENDED_ACTION_COMPLETE, {
      input: { contactId, kind: 'RECOVER', outcome: 'Called her, refund issued' },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.recommendedActionComplete.followUp).toMatchObject({
      kind: 'RECOVER',
      status: 'DONE',
      outcome: 'Called her, refund issued',
      closedBy: 'test-agent',
      response: { score: 3 },
    });
    expect(done.data?.recommendedActionComplete.contact!.recommendedActions.map((action) => action.kind)).not.toContain(
      'RECOVER',
    );

    const dismissed = await server.execute(RECOMMENDED_ACTION_DISMISS, {
      input: { contactId, kind: 'SOLVE_ROOT_CAUSE', reason: 'Known billing bug, fixed' },
    });
    expect(dismissed.data?.recommendedActionDismiss.followUp).toMatchObject({
      status: 'DISMISSED',
      dismissReason: 'Known billing bug, fixed',
    });

    // The contact answers again, still a detractor: the loop starts over, and nothing is lost.
    await answer(5, 0, 'r2');
    const after = await loop(contactId);
    expect(after?.recommendedActions.map((action) => action.kind)).toContain('RECOVER');
    expect(after?.followUps.totalCount).toBe(2);
    expect(after?.followUps.edges.map((edge) => edge.node.status).sort()).toEqual(['DISMISSED', 'DONE']);
    expect(after?.followUps.edges.find((edge) => edge.node.status === 'DONE')?.node.outcome).toBe(
      'Called her, refund issued',
    );
  });

  test('successful-logging-an-action-closes-its-open-follow-up', async () => {
    const contactId = await answer(3, 1, 'r1');
    const id = (await create({ contactId, kind: 'RECOVER' })).data!.followUpCreate.followUp.id;
    const done = await server.execute(RECOMMENDED_ACTION_COMPLETE, {
      input: { contactId, kind: 'RECOVER', outcome: 'Reached her' },
    });
    expect(done.data?.recommendedActionComplete.followUp).toMatchObject({ id, status: 'DONE', outcome: 'Reached her' });
    expect(await FollowUpModel.countDocuments()).toBe(1);
  });
});

describe('logging a recommended action twice', () => {
  beforeEach(async () => {
    await Promise.all([clearContactData(), FollowUpModel.deleteMany({}).exec()]);
  });

  test('failing-second-log-for-the-same-answer-is-a-conflict', async () => {
    const contactId = await answer(3, 1, 'r1');
    const first = await server.execute(RECOMMENDED_ACTION_COMPLETE, {
      input: { contactId, kind: 'RECOVER', outcome: 'Called' },
    });
    expect(first.errors).toBeUndefined();
    const before = await followUpState();
    const second = await server.execute(RECOMMENDED_ACTION_DISMISS, {
      input: { contactId, kind: 'RECOVER', reason: 'second tab' },
    });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await followUpState()).toBe(before);
  });

  test('failing-concurrent-logs-from-two-tabs-record-one', async () => {
    const contactId = await answer(3, 1, 'r1');
    const results = await Promise.all(
      ['tab 1', 'tab 2', 'tab 3'].map((outcome) =>
        server.execute(RECOMMENDED_ACTION_COMPLETE, {
          input: { contactId, kind: 'RECOVER', outcome },
        }),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    const stored = await FollowUpModel.find({ kind: 'RECOVER' }).lean().exec();
    expect(stored.map((followUp) => followUp.outcome)).toEqual([
      winners[0]?.data?.recommendedActionComplete.followUp!.outcome,
    ]);
  });
});
