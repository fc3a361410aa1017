import { DEMO_CONTACTS, DEMO_PEOPLE } from '../api/src/demo/demo-data';
import { demoYear } from '../api/src/demo/demo-year';
import { seedDemoData } from '../api/src/demo/seed';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { graphql } from './__generated__';
import type { ReportSegmentDimension } from './__generated__/graphql';
import { FULL_REPORT } from './report-operations';
import { clearContactData } from './support/db-state';
import { GET_CONTACT } from './support/operations';
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
    const now = new Date();
    const year = demoYear(now);
    const contacts = DEMO_CONTACTS.length + year.contacts.length;
    const answers = DEMO_CONTACTS.reduce((sum, contact) => sum + contact.npsHistory.length, 0) + year.answers.length;
    const first = await seedDemoData(now);
    expect(first).toEqual({ contacts, responsesCreated: answers, responsesAlreadyPresent: 0 });
    // Someone edits a demo contact between two starts: the edit survives re-seeding.
    await ContactModel.updateOne({ workspaceId: 'demo', externalId: 'zd-1002' }, { $set: { name: 'Tom B.' } });

    // A day later: the same answers, however their times have moved.
    const second = await seedDemoData(new Date(now.getTime() + 86_400_000));
    expect(second).toEqual({ contacts, responsesCreated: 0, responsesAlreadyPresent: answers });
    expect(await ContactModel.countDocuments({ workspaceId: 'demo' })).toBe(contacts);
    expect(await ResponseModel.countDocuments({ workspaceId: 'demo' })).toBe(answers);
    expect((await ContactModel.findOne({ workspaceId: 'demo', externalId: 'zd-1002' }).lean())?.name).toBe('Tom B.');
    expect((await verifyAggregates('demo')).differences).toEqual([]);
  });

  test('successful-demo-year-gives-the-report-and-sales-views-something-to-say', async () => {
    const now = new Date();
    await seedDemoData(now);
    const from = new Date(now.getTime() - 366 * 86_400_000).toISOString().slice(0, 10);
    const to = now.toISOString().slice(0, 10);
    const segmentsBy = async (segmentBy: ReportSegmentDimension) => {
      const result = await server.execute(
        FULL_REPORT,
        { input: { from, to, granularity: 'MONTH', segmentBy, timeZone: 'UTC' }, first: 100 },
        { as: 'admin', workspaceId: 'demo' },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.npsReport;
    };
    const byPlan = await segmentsBy('PLAN');
    expect(byPlan.overall.responses).toBeGreaterThan(1000);
    expect(byPlan.segments?.edges.map(({ node }) => node.value).sort()).toEqual(['enterprise', 'growth', 'starter']);
    // Every month of the year has answers.
    expect(byPlan.buckets.filter((bucket) => bucket.figure.responses > 0).length).toBeGreaterThanOrEqual(12);
    for (const [dimension, atLeast] of [
      ['REGION', 3],
      ['CHANNEL', 2],
      ['AGENT', 8],
      ['TAG', 5],
    ] as const) {
      expect((await segmentsBy(dimension)).segments?.edges.length).toBeGreaterThanOrEqual(atLeast);
    }
    // Detractors who recover, and some who do not.
    const recovery = byPlan.closedLoop!.detractorRecovery;
    expect(recovery.recovered).toBeGreaterThan(0);
    expect(recovery.recovered).toBeLessThan(recovery.answeredAgain);

    const candidates = await server.execute(
      graphql(`
        query SalesCandidatesSeeded {
          salesCandidates(first: 20) {
            edges {
              node {
                contact {
                  id
                }
              }
            }
          }
        }
      `),
      {},
      { as: 'sales', workspaceId: 'demo' },
    );
    expect(candidates.errors).toBeUndefined();
    expect(candidates.data?.salesCandidates.edges.length).toBe(20);
  });

  test.each([
    ['zd-1001', 'PROMOTER', 10, 'RISE', 'THANK'],
    ['zd-1002', 'PASSIVE', 8, 'STEADY', 'PROBE'],
    ['zd-1003', 'DETRACTOR', 3, 'FALL', 'ESCALATE'],
  ])('successful-demo-contact-%s-is-a-%s', async (externalId, category, score, movement, firstAction) => {
    await seedDemoData();
    const result = await server.execute(GET_CONTACT, { externalId, first: 10 }, { as: 'agent', workspaceId: 'demo' });
    const demo = DEMO_CONTACTS.find((contact) => contact.externalId === externalId);
    expect(result.data?.contact).toMatchObject({
      name: demo?.name,
      loyalty: { category, latestScore: score, movement, responseCount: demo?.npsHistory.length },
    });
    expect(result.data?.contact?.responses.edges.map((edge) => edge.node.score).reverse()).toEqual(
      demo?.npsHistory.map((answer) => answer.score),
    );
    expect(result.data?.contact?.recommendedActions[0]?.kind).toBe(firstAction);
  });

  test.each(['agent', 'sales', 'admin'] as const)(
    'successful-demo-session-signs-in-the-%s-by-the-name-the-pages-and-the-people-directory-show',
    async (role) => {
      await seedDemoData();
      const response = await fetch(`${server.baseUrl}/demo/session?role=${role}`);
      const session = (await response.json()) as { token: string; apiUrl: string; name: string; role: string };
      expect(session).toEqual({ token: expect.any(String), apiUrl: '/graphql', name: DEMO_PEOPLE[role], role });
      const result = await server.execute(
        graphql(`
          query TestDemoSessionViewer {
            viewer {
              userId
              role
              workspace {
                id
              }
            }
          }
        `),
        {},
        { token: session.token },
      );
      expect(result.data?.viewer).toEqual({
        userId: `demo-${role}`,
        role: role.toUpperCase(),
        workspace: { id: 'demo' },
      });

      // Whoever the demo agent assigns or closes a follow-up for is named, not a raw user id.
      const people = await server.execute(
        graphql(`
          query TestDemoPeople {
            people(first: 10) {
              edges {
                node {
                  id
                  displayName
                  role
                }
              }
            }
          }
        `),
        {},
        { as: 'admin', workspaceId: 'demo' },
      );
      expect(people.data?.people.edges.map(({ node }) => node)).toContainEqual({
        id: `demo-${role}`,
        displayName: DEMO_PEOPLE[role],
        role: role.toUpperCase(),
      });
    },
  );

  test('successful-demo-ticket-page-is-served', async () => {
    const response = await fetch(`${server.baseUrl}/demo/ticket`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('/panel/nps-desk.js');
  });
});
