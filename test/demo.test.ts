import { DEMO_CONTACTS } from '../api/src/demo/demo-data';
import { seedDemoData } from '../api/src/demo/seed';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { clearContactData } from './support/db-state';
import { GET_CONTACT, type GetContactResult } from './support/operations';
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

describe('demo workspace', () => {
  test('successful-seed-twice-neither-duplicates-nor-loses-data', async () => {
    const first = await seedDemoData();
    expect(first).toEqual({ contacts: 3, responsesCreated: 7, responsesAlreadyPresent: 0 });
    // Someone edits a demo contact between two starts: the edit survives re-seeding.
    await ContactModel.updateOne({ workspaceId: 'demo', externalId: 'zd-1002' }, { $set: { name: 'Tom B.' } });

    const second = await seedDemoData();
    expect(second).toEqual({ contacts: 3, responsesCreated: 0, responsesAlreadyPresent: 7 });
    expect(await ContactModel.countDocuments({ workspaceId: 'demo' })).toBe(3);
    expect(await ResponseModel.countDocuments({ workspaceId: 'demo' })).toBe(7);
    expect((await ContactModel.findOne({ workspaceId: 'demo', externalId: 'zd-1002' }).lean())?.name).toBe('Tom B.');
  });

  test.each([
    ['zd-1001', 'PROMOTER', 10, 'RISE', 'THANK'],
    ['zd-1002', 'PASSIVE', 8, 'STEADY', 'PROBE'],
    ['zd-1003', 'DETRACTOR', 3, 'FALL', 'ESCALATE'],
  ])('successful-demo-contact-%s-is-a-%s', async (externalId, category, score, movement, firstAction) => {
    await seedDemoData();
    const result = await server.execute<GetContactResult>(
      GET_CONTACT,
      { externalId, first: 10 },
      { as: 'agent', workspaceId: 'demo' },
    );
    const demo = DEMO_CONTACTS.find((contact) => contact.externalId === externalId);
    expect(result.data?.contact).toMatchObject({
      name: demo?.name,
      loyalty: { category, latestScore: score, movement, responseCount: demo?.npsHistory.length },
    });
    expect(result.data?.contact.responses.edges.map((edge) => edge.node.score).reverse()).toEqual(
      demo?.npsHistory.map((answer) => answer.score),
    );
    expect(result.data?.contact.recommendedActions[0]?.kind).toBe(firstAction);
  });

  test('successful-demo-session-hands-out-a-working-agent-token', async () => {
    await seedDemoData();
    const session = (await (await fetch(`${server.baseUrl}/demo/session`)).json()) as { token: string; apiUrl: string };
    expect(session.apiUrl).toBe('/graphql');
    const result = await server.execute<{ viewer: { role: string; workspace: { id: string } } }>(
      'query { viewer { role workspace { id } } }',
      {},
      { token: session.token },
    );
    expect(result.data?.viewer).toEqual({ role: 'AGENT', workspace: { id: 'demo' } });
  });

  test('successful-demo-ticket-page-is-served', async () => {
    const response = await fetch(`${server.baseUrl}/demo/ticket`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('/panel/nps-desk.js');
  });
});
