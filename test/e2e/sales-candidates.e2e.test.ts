// The demo sales page in Chromium against the real API: a sales rep sees the seeded year's
// promoters, highest account value first, narrows the list to find the demo ticket's
// promoter and marks her contacted; the outreach is stored as a done follow-up.
import { graphql } from '../__generated__';
import { useDemoBrowser } from '../support/browser';

const FOLLOW_UPS = graphql(`
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
`);

// As narrow as a helpdesk sidebar: the list must still fit.
const suite = useDemoBrowser({ viewport: { width: 320, height: 800 } });

describe('demo sales page in Chromium', () => {
  test('successful-sales-rep-sees-the-promoter-and-marks-her-contacted', async () => {
    await suite.page.goto(`${suite.server.baseUrl}/demo/sales`);
    const list = suite.page.getByRole('list', { name: 'Sales candidates' });
    await list.waitFor();
    // A page of the year's promoters, highest account value first, and more behind it.
    const values = (await list.getByRole('listitem').allInnerTexts()).map((text) =>
      Number(/account value ([\d,]+)/.exec(text)?.[1]?.replaceAll(',', '')),
    );
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await suite.page.getByRole('button', { name: 'Load more' }).waitFor();

    // Narrowed to her plan and region, then paged until she shows.
    await suite.page.getByLabel('Plan').fill('enterprise');
    await suite.page.getByLabel('Region').fill('EMEA');
    await suite.page.getByRole('button', { name: 'Filter', exact: true }).click();
    // The filtered list, not the empty one shown while it loads.
    await suite.page.waitForFunction(() => {
      const items = [...document.querySelectorAll('.npsdesk-candidate')];
      return items.length > 0 && items.every((item) => item.textContent?.includes('EMEA'));
    });
    const maya = list.getByRole('listitem').filter({ has: suite.page.getByRole('heading', { name: 'Maya Patel' }) });
    const loadMore = suite.page.getByRole('button', { name: 'Load more' });
    while ((await maya.count()) === 0 && (await loadMore.count()) > 0) {
      const shown = await list.getByRole('listitem').count();
      await loadMore.click();
      await suite.page.waitForFunction(
        (count) => document.querySelectorAll('.npsdesk-candidate').length > count,
        shown,
      );
    }
    const text = await maya.innerText();
    expect(text).toContain('Northwind Traders');
    expect(text).toMatch(/10\s*\/10/);
    expect(text).toContain('account value 48,000');
    expect(text).toContain('Not contacted yet');
    for (const other of await list.getByRole('listitem').allInnerTexts()) {
      expect(other).toMatch(/enterprise/i);
    }

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

    const stored = await suite.server.execute(
      FOLLOW_UPS,
      { filter: { kind: 'SALES_OUTREACH' } },
      { as: 'sales', workspaceId: 'demo' },
    );
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.followUps.edges.map((edge) => edge.node)).toEqual([
      { kind: 'SALES_OUTREACH', status: 'DONE', outcome: note, closedBy: 'demo-sales' },
    ]);

    // A plan nobody has leaves the list empty.
    await suite.page.getByLabel('Plan').fill('platinum');
    await suite.page.getByRole('button', { name: 'Filter', exact: true }).click();
    await suite.page.getByText('No candidates match. Try fewer filters.').waitFor();
    await suite.page.getByRole('button', { name: 'Clear filters' }).click();
    // The first page again.
    await suite.page.waitForFunction(
      (count) => document.querySelectorAll('.npsdesk-candidate').length === count,
      values.length,
    );
  });

  test('failing-demo-session-refuses-an-unknown-role', async () => {
    // Admin is a demo role too, for the report page (see demo.routes.ts and report-suite.page.e2e.test.ts).
    const response = await fetch(`${suite.server.baseUrl}/demo/session?role=owner`);
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({
      errors: [
        {
          message: 'role must be one of: agent, sales, admin',
          extensions: { code: 'BAD_USER_INPUT', field: 'role' },
        },
      ],
    });
  });

  test('successful-demo-session-hands-a-sales-token-to-the-sales-page', async () => {
    const session = (await (await fetch(`${suite.server.baseUrl}/demo/session?role=sales`)).json()) as {
      token: string;
    };
    const result = await suite.server.execute(
      graphql(`
        query E2eSalesSessionViewer {
          viewer {
            role
            canWorkSalesCandidates
            canManageFollowUps
          }
        }
      `),
      {},
      { token: session.token },
    );
    expect(result.data?.viewer).toEqual({ role: 'SALES', canWorkSalesCandidates: true, canManageFollowUps: false });
  });
});
