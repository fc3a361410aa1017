import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { FollowUpModel } from '../api/src/modules/follow-up/follow-up.model';
import { graphql } from './__generated__';
import { CONTACT_LOOP, FOLLOW_UP_CREATE } from './support/closed-loop-operations';
import { clearContactData, storedState } from './support/db-state';
import { RECORD_RESPONSE, UPSERT_CONTACT, npsInput } from './support/operations';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

let server: TestServer;
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await Promise.all([clearContactData(), FollowUpModel.deleteMany({}).exec()]);
});

const CANDIDATES = graphql(`
  query TestSalesCandidates($first: Int, $after: String, $filter: SalesCandidateFilter) {
    salesCandidates(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          reason
          positiveCsat
          lastContactedAt
          contact {
            id
            externalId
          }
        }
      }
    }
  }
`);

const MARK_CONTACTED = graphql(`
  mutation TestMarkContacted($input: SalesCandidateMarkContactedInput!) {
    salesCandidateMarkContacted(input: $input) {
      errors {
        field
        message
      }
      followUp {
        kind
        status
        outcome
        closedBy
      }
      candidate {
        lastContactedAt
        contact {
          id
        }
      }
    }
  }
`);

async function contact(
  externalId: string,
  details: { accountValue?: number | null; plan?: string; region?: string; tags?: string[] },
  score: number,
  daysAgo: number,
): Promise<string> {
  const upsert = await server.execute(UPSERT_CONTACT, {
    input: { externalId, name: `Contact ${externalId}`, company: 'Initech', ...details },
  });
  await server.execute(RECORD_RESPONSE, {
    input: npsInput({
      contact: { externalId },
      score,
      sourceId: `${externalId}-nps`,
      answeredAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
    }),
  });
  return upsert.data?.contactUpsert.contact.id ?? '';
}

async function candidateIds(
  variables: VariablesOf<typeof CANDIDATES> = {},
  as: 'sales' | 'admin' = 'sales',
): Promise<(string | null)[]> {
  const result = await server.execute(CANDIDATES, { first: 50, ...variables }, { as });
  expect(result.errors).toBeUndefined();
  return result.data?.salesCandidates.edges.map((edge) => edge.node.contact.externalId) ?? [];
}

describe('sales candidates', () => {
  beforeEach(async () => {
    await contact('big', { accountValue: 48000, plan: 'enterprise', region: 'EMEA', tags: ['vip'] }, 10, 3);
    await contact('mid-recent', { accountValue: 12000, plan: 'growth', region: 'AMER' }, 9, 1);
    await contact('mid-older', { accountValue: 12000, plan: 'growth', region: 'EMEA' }, 10, 20);
    await contact('unknown-value', { accountValue: null, plan: 'growth', region: 'EMEA' }, 9, 2);
    await contact('passive', { accountValue: 90000 }, 8, 1);
    await contact('stale-promoter', { accountValue: 99000 }, 10, 200);
    const inRecovery = await contact('in-recovery', { accountValue: 70000 }, 9, 1);
    await server.execute(FOLLOW_UP_CREATE, { input: { contactId: inRecovery, kind: 'RECOVER' } });
  });

  test('successful-candidates-are-recent-promoters-without-open-recovery-ranked-by-value-then-recency', async () => {
    expect(await candidateIds()).toEqual(['big', 'mid-recent', 'mid-older', 'unknown-value']);
    expect(await candidateIds({}, 'admin')).toEqual(['big', 'mid-recent', 'mid-older', 'unknown-value']);
  });

  test('successful-candidates-page-through-ties-and-unknown-values', async () => {
    const seen: (string | null)[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<ResultOf<typeof CANDIDATES>> = await server.execute(
        CANDIDATES,
        { first: 1, after },
        { as: 'sales' },
      );
      seen.push(...(page.data?.salesCandidates.edges.map((edge) => edge.node.contact.externalId) ?? []));
      after = page.data?.salesCandidates.pageInfo.hasNextPage ? page.data.salesCandidates.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['big', 'mid-recent', 'mid-older', 'unknown-value']);
  });

  test.each([
    [{ plan: 'growth' }, ['mid-recent', 'mid-older', 'unknown-value']],
    [{ region: 'EMEA' }, ['big', 'mid-older', 'unknown-value']],
    [{ tag: 'vip' }, ['big']],
    [{ maxAgeDays: 365 }, ['stale-promoter', 'big', 'mid-recent', 'mid-older', 'unknown-value']],
  ])('successful-candidates-filtered-by-%j', async (filter, expected) => {
    expect(await candidateIds({ filter })).toEqual(expected);
  });

  test('successful-positive-csat-marks-the-best-advocacy-candidates', async () => {
    await server.execute(RECORD_RESPONSE, {
      input: npsInput({
        contact: { externalId: 'mid-recent' },
        metric: 'CSAT',
        score: 5,
        scaleMax: 5,
        sourceId: 'csat-1',
      }),
    });
    const result = await server.execute(CANDIDATES, { first: 10 }, { as: 'sales' });
    const flags = Object.fromEntries(
      result.data?.salesCandidates.edges.map((edge) => [edge.node.contact.externalId, edge.node.positiveCsat]) ?? [],
    );
    expect(flags).toEqual({ big: false, 'mid-recent': true, 'mid-older': false, 'unknown-value': false });
    expect(result.data?.salesCandidates.edges[0]?.node.reason).toMatch(
      /Promoter \(10\) 3 days ago, account value 48,000/,
    );
  });

  test('successful-mark-contacted-records-a-done-follow-up', async () => {
    const [first] = (await server.execute(CANDIDATES, { first: 1 }, { as: 'sales' })).data?.salesCandidates.edges ?? [];
    const contactId = first!.node.contact.id;
    const marked = await server.execute(
      MARK_CONTACTED,
      { input: { contactId, note: 'Pitched the analytics add-on; demo booked' } },
      { as: 'sales' },
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.salesCandidateMarkContacted.followUp).toEqual({
      kind: 'SALES_OUTREACH',
      status: 'DONE',
      outcome: 'Pitched the analytics add-on; demo booked',
      closedBy: 'test-sales',
    });
    expect(marked.data?.salesCandidateMarkContacted.candidate!.lastContactedAt).not.toBeNull();
    const again = await server.execute(CANDIDATES, { first: 1 }, { as: 'sales' });
    expect(again.data?.salesCandidates.edges[0]?.node.lastContactedAt).toBe(
      marked.data?.salesCandidateMarkContacted.candidate!.lastContactedAt,
    );
  });

  test('failing-candidates-as-an-agent-are-forbidden', async () => {
    const result = await server.execute(CANDIDATES, { first: 5 }, { as: 'agent' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['as an agent', 'big', 'agent', 'FORBIDDEN'],
    ['for a passive', 'passive', 'sales', 'USER_ERROR'],
  ] as const)('failing-mark-contacted-%s-changes-nothing', async (_name, externalId, role, code) => {
    const ids = await server.execute(
      graphql(`
        query TestSalesContactId($e: String) {
          contact(externalId: $e) {
            id
          }
        }
      `),
      { e: externalId },
    );
    const before = await storedState();
    const followUpsBefore = await FollowUpModel.countDocuments();
    const result = await server.execute(
      MARK_CONTACTED,
      { input: { contactId: ids.data!.contact!.id, note: 'hello' } },
      { as: role },
    );
    if (code === 'USER_ERROR') {
      // A form mutation: no longer a promoter comes back as data, on the contact.
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        salesCandidateMarkContacted: {
          followUp: null,
          candidate: null,
          errors: [{ field: 'input.contactId', message: 'Only promoters are sales candidates' }],
        },
      });
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await storedState()).toBe(before);
    expect(await FollowUpModel.countDocuments()).toBe(followUpsBefore);
  });

  test('eligibility-blocked-by-an-open-recovery', async () => {
    const ids = await server.execute(
      graphql(`
        query TestSalesInRecovery {
          contact(externalId: "in-recovery") {
            id
          }
        }
      `),
      {},
    );
    const loop = await server.execute(CONTACT_LOOP, { id: ids.data!.contact!.id });
    expect(loop.data?.contact!.surveyEligibility.reasons.map((reason) => reason.blocker)).toContain('OPEN_RECOVERY');
  });
});
