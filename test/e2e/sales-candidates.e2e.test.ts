// The demo sales page in Chromium against the real API: a sales rep sees the seeded
// promoter as a candidate and marks her contacted; the outreach is stored as a done follow-up.
import { useDemoBrowser } from '../support/browser';

const FOLLOW_UPS = /* GraphQL */ `
  query E2eSalesFollowUps($filter: FollowUpFilter) {
    followUps(first: 20, filter: $filter) {
      edges {
        node {
          kind
          status
          outcome
          closedBy
        }
      }
    }
  }
`;

interface FollowUpsResult {
  followUps: { edges: { node: { kind: string; status: string; outcome: string | null; closedBy: string | null } }[] };
}

// As narrow as a helpdesk sidebar: the list must still fit.
const suite = useDemoBrowser({ viewport: { width: 320, height: 800 } });

describe('demo sales page in Chromium', () => {
  test('successful-sales-rep-sees-the-promoter-and-marks-her-contacted', async () => {
    await suite.page.goto(`${suite.server.baseUrl}/demo/sales`);
    const list = suite.page.getByRole('list', { name: 'Sales candidates' });
    await list.waitFor();

    const maya = list.getByRole('listitem').filter({ has: suite.page.getByRole('heading', { name: 'Maya Patel' }) });
    const text = await maya.innerText();
    expect(text).toContain('Northwind Traders');
    expect(text).toMatch(/10\s*\/10/);
    expect(text).toContain('account value 48,000');
    expect(text).toContain('Not contacted yet');
    // Only the promoter is a candidate in the demo seed.
    await expect(list.getByRole('listitem').count()).resolves.toBe(1);

    const width = await suite.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);

    await maya.getByRole('button', { name: 'Mark contacted' }).click();
    const note = 'Talked about adding five seats; quote sent.';
    await maya.getByLabel('Note').fill(note);
    await maya.getByRole('button', { name: 'Mark contacted' }).click();
    await maya.getByText('Last contacted just now').waitFor();

    const stored = await suite.server.execute<FollowUpsResult>(
      FOLLOW_UPS,
      { filter: { kind: 'SALES_OUTREACH' } },
      { as: 'sales', workspaceId: 'demo' },
    );
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.followUps.edges.map((edge) => edge.node)).toEqual([
      { kind: 'SALES_OUTREACH', status: 'DONE', outcome: note, closedBy: 'demo-sales' },
    ]);

    // Filters narrow the list; a plan nobody has leaves it empty.
    await suite.page.getByLabel('Plan').fill('starter');
    await suite.page.getByRole('button', { name: 'Filter' }).click();
    await suite.page.getByText('No candidates match. Try fewer filters.').waitFor();
    await suite.page.getByRole('button', { name: 'Clear filters' }).click();
    await list.waitFor();
    await expect(maya.innerText()).resolves.toContain('Last contacted just now');
  });

  test('failing-demo-session-refuses-an-unknown-role', async () => {
    // Admin is a demo role too, for the report page (see demo.routes.ts and report-suite.page.e2e.test.ts).
    const response = await fetch(`${suite.server.baseUrl}/demo/session?role=owner`);
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({ error: 'role must be one of: agent, sales, admin' });
  });

  test('successful-demo-session-hands-a-sales-token-to-the-sales-page', async () => {
    const session = (await (await fetch(`${suite.server.baseUrl}/demo/session?role=sales`)).json()) as {
      token: string;
    };
    const result = await suite.server.execute<{ viewer: { role: string; canWorkSalesCandidates: boolean } }>(
      'query { viewer { role canWorkSalesCandidates canManageFollowUps } }',
      {},
      { token: session.token },
    );
    expect(result.data?.viewer).toEqual({ role: 'SALES', canWorkSalesCandidates: true, canManageFollowUps: false });
  });
});
