import type { ContactUpsertInput } from './__generated__/graphql';
import { clearContactData, storedState } from './support/db-state';
import { GET_CONTACT, LIST_CONTACTS, RECORD_RESPONSE, UPSERT_CONTACT, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearContactData();
});

async function upsert(input: ContactUpsertInput, as: 'agent' | 'admin' | 'sales' = 'agent') {
  return server.execute(UPSERT_CONTACT, { input }, { as });
}

describe('contactUpsert', () => {
  test('successful-upsert-creates-then-updates-by-email-case-insensitively', async () => {
    const created = await upsert({
      email: 'Grace.Hopper@Example.com',
      name: 'Grace Hopper',
      company: 'Navy',
      plan: 'enterprise',
      region: 'AMER',
      tags: ['vip'],
      accountValue: 25000,
      signedUpAt: '2025-01-15T00:00:00.000Z',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.contactUpsert).toMatchObject({
      created: true,
      contact: {
        email: 'grace.hopper@example.com',
        externalId: null,
        name: 'Grace Hopper',
        plan: 'enterprise',
        tags: ['vip'],
        accountValue: 25000,
        signedUpAt: '2025-01-15T00:00:00.000Z',
        loyalty: { category: null, latestScore: null, movement: 'NONE', responseCount: 0 },
      },
    });

    const updated = await upsert({ email: 'GRACE.HOPPER@example.com', externalId: 'zd-7', company: 'US Navy' });
    expect(updated.data?.contactUpsert).toMatchObject({
      created: false,
      contact: {
        id: created.data?.contactUpsert.contact.id,
        externalId: 'zd-7',
        company: 'US Navy',
        name: 'Grace Hopper',
        tags: ['vip'],
      },
    });
  });

  test('successful-upsert-matches-external-id-before-email', async () => {
    const first = await upsert({ externalId: 'zd-1', email: 'one@example.com' });
    await upsert({ externalId: 'zd-2', email: 'two@example.com' });
    const result = await upsert({ externalId: 'zd-1', name: 'Renamed' });
    expect(result.data?.contactUpsert).toMatchObject({
      created: false,
      contact: { id: first.data?.contactUpsert.contact.id, email: 'one@example.com', name: 'Renamed' },
    });
  });

  test('successful-contacts-without-email-or-external-id-coexist', async () => {
    const a = await upsert({ externalId: 'only-ext-a' });
    const b = await upsert({ externalId: 'only-ext-b' });
    const c = await upsert({ email: 'only-email-c@example.com' });
    const d = await upsert({ email: 'only-email-d@example.com' });
    for (const result of [a, b, c, d]) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.contactUpsert.created).toBe(true);
    }
  });

  test.each([
    ['no identifier', { name: 'Nobody' }, /externalId or email/],
    ['a malformed email', { email: 'nope' }, /email/],
    ['a negative account value', { email: 'x@example.com', accountValue: -5 }, /accountValue/],
    ['a 300-character name', { email: 'x@example.com', name: 'n'.repeat(300) }, /name/],
  ])('failing-upsert-with-%s', async (_name, input, message) => {
    await upsert({ externalId: 'keep', email: 'keep@example.com' });
    const before = await storedState();
    const result = await upsert(input);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await storedState()).toBe(before);
  });

  test('failing-upsert-taking-another-contacts-email-is-a-conflict', async () => {
    await upsert({ externalId: 'zd-1', email: 'one@example.com' });
    await upsert({ externalId: 'zd-2', email: 'two@example.com' });
    const before = await storedState();
    const result = await upsert({ externalId: 'zd-2', email: 'one@example.com' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await storedState()).toBe(before);
  });

  test('successful-an-email-and-helpdesk-id-moved-off-a-contact-are-free-for-another', async () => {
    const first = await upsert({ externalId: 'zd-1', email: 'old@example.com' });
    const id = first.data?.contactUpsert.contact.id;
    const moved = await upsert({ email: 'old@example.com', externalId: 'zd-1-new' });
    expect(moved.errors).toBeUndefined();
    const renamed = await upsert({ externalId: 'zd-1-new', email: 'new@example.com' });
    expect(renamed.data?.contactUpsert.contact).toMatchObject({ id, email: 'new@example.com' });
    const other = await upsert({ externalId: 'zd-1', email: 'old@example.com' });
    expect(other.errors).toBeUndefined();
    expect(other.data?.contactUpsert).toMatchObject({ created: true, contact: { email: 'old@example.com' } });
    expect(other.data?.contactUpsert.contact.id).not.toBe(id);
  });

  test('failing-upsert-as-sales-is-forbidden', async () => {
    const before = await storedState();
    const result = await upsert({ externalId: 'zd-9' }, 'sales');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await storedState()).toBe(before);
  });
});

describe('contact lookup', () => {
  let contactId: string;
  beforeEach(async () => {
    const recorded = await server.execute(RECORD_RESPONSE, {
      input: npsInput({ score: 3, comment: 'Slow answers' }),
    });
    contactId = recorded.data?.responseRecord.contact.id ?? '';
  });

  test.each([
    ['id', () => ({ id: contactId })],
    ['externalId', () => ({ externalId: 'zd-42' })],
    ['email, case-insensitively', () => ({ email: 'ADA@example.com' })],
  ])('successful-lookup-by-%s', async (_name, variables) => {
    for (const role of ['agent', 'sales', 'admin'] as const) {
      const result = await server.execute(GET_CONTACT, variables(), { as: role });
      expect(result.errors).toBeUndefined();
      expect(result.data?.contact).toMatchObject({
        id: contactId,
        name: 'Ada Lovelace',
        loyalty: { category: 'DETRACTOR', latestScore: 3, latestComment: 'Slow answers', responseCount: 1 },
      });
    }
  });

  test('successful-detractor-gets-a-recovery-action-with-a-script', async () => {
    const result = await server.execute(GET_CONTACT, { id: contactId });
    const actions = result.data?.contact?.recommendedActions ?? [];
    const recover = actions.find((action) => action.kind === 'RECOVER');
    expect(recover).toBeDefined();
    expect(recover?.script).toContain('Ada');
    // Recovery is due 48 h after the answer.
    expect(recover?.dueAt).toBe('2026-11-03T10:00:00.000Z');
    // The answer is weeks old: the recovery deadline passed, so escalation comes first.
    expect(actions[0]?.kind).toBe('ESCALATE');
  });

  test.each([
    ['an unknown id', { id: '64b7f0c2a1b2c3d4e5f60718' }],
    ['a malformed id', { id: 'not-an-id' }],
    ['an unknown external id', { externalId: 'zd-404' }],
    ['an unknown email', { email: 'nobody@example.com' }],
  ])('failing-lookup-of-%s-is-not-found', async (_name, variables) => {
    const result = await server.execute(GET_CONTACT, variables);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('successful-lookup-falls-back-from-an-unknown-external-id-to-the-email', async () => {
    const result = await server.execute(GET_CONTACT, {
      externalId: 'zd-other',
      email: 'ada@example.com',
    });
    expect(result.data?.contact?.id).toBe(contactId);
  });

  test.each([
    ['id and email', () => ({ id: contactId, email: 'ada@example.com' })],
    ['nothing', () => ({})],
  ])('failing-lookup-by-%s-is-bad-input', async (_name, variables) => {
    const result = await server.execute(GET_CONTACT, variables());
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test.each([0, 101])('failing-history-page-size-%i-is-bad-input', async (first) => {
    const result = await server.execute(GET_CONTACT, { id: contactId, first });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('failing-history-with-a-garbage-cursor-is-bad-input', async () => {
    const result = await server.execute(GET_CONTACT, { id: contactId, after: 'garbage' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('contacts list', () => {
  test('successful-list-pages-newest-first-and-filters-by-category', async () => {
    const scores = [10, 3, 8, 9, 1];
    for (const [index, score] of scores.entries()) {
      await server.execute(RECORD_RESPONSE, {
        input: npsInput({ score, sourceId: `c${index}`, contact: { externalId: `c${index}` } }),
      });
    }
    const firstPage = await server.execute(LIST_CONTACTS, { first: 3 });
    expect(firstPage.data?.contacts.edges.map((edge) => edge.node.externalId)).toEqual(['c4', 'c3', 'c2']);
    expect(firstPage.data?.contacts.pageInfo.hasNextPage).toBe(true);
    const secondPage = await server.execute(LIST_CONTACTS, {
      first: 3,
      after: firstPage.data?.contacts.pageInfo.endCursor,
    });
    expect(secondPage.data?.contacts.edges.map((edge) => edge.node.externalId)).toEqual(['c1', 'c0']);
    expect(secondPage.data?.contacts.pageInfo.hasNextPage).toBe(false);

    const detractors = await server.execute(LIST_CONTACTS, {
      first: 10,
      filter: { category: 'DETRACTOR' },
    });
    expect(detractors.data?.contacts.edges.map((edge) => edge.node.externalId)).toEqual(['c4', 'c1']);
  });
});
