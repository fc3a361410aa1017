import { GET_CONTACT, LIST_CONTACTS, RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';
import { normalised } from './support/authorization';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'globex'] });
});
afterAll(async () => {
  await server.stop();
});

describe('workspace isolation', () => {
  test('another workspace never reads or writes acme data, and its ids answer like missing ones', async () => {
    const acme = await server.execute(
      RECORD_RESPONSE,
      { input: npsInput({ score: 2, sourceId: 'shared-id' }) },
      { as: 'admin', workspaceId: 'acme' },
    );
    const acmeContactId = acme.data?.responseRecord.contact.id;
    expect(acmeContactId).toBeDefined();

    const foreign = await server.execute(GET_CONTACT, { id: acmeContactId! }, { as: 'admin', workspaceId: 'globex' });
    const missing = await server.execute(
      GET_CONTACT,
      { id: '64b7f0c2a1b2c3d4e5f60718' },
      { as: 'admin', workspaceId: 'globex' },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Alike but for each answer's own request id.
    expect(normalised(foreign)).toEqual(normalised(missing));

    for (const lookup of [{ externalId: 'zd-42' }, { email: 'ada@example.com' }]) {
      const result = await server.execute(GET_CONTACT, lookup, { as: 'admin', workspaceId: 'globex' });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const list = await server.execute(LIST_CONTACTS, { first: 10 }, { as: 'admin', workspaceId: 'globex' });
    expect(list.data?.contacts.edges).toEqual([]);

    // The same source id and contact in globex are globex's own: a new response and contact.
    const globex = await server.execute(
      RECORD_RESPONSE,
      { input: npsInput({ score: 10, sourceId: 'shared-id' }) },
      { as: 'admin', workspaceId: 'globex' },
    );
    expect(globex.data?.responseRecord.duplicate).toBe(false);
    expect(globex.data?.responseRecord.contact.id).not.toBe(acmeContactId);
    expect(globex.data?.responseRecord.contact.loyalty.category).toBe('PROMOTER');

    const acmeAgain = await server.execute(GET_CONTACT, { id: acmeContactId! }, { as: 'agent', workspaceId: 'acme' });
    expect(acmeAgain.data?.contact?.loyalty).toMatchObject({ category: 'DETRACTOR', responseCount: 1 });
  });
});
