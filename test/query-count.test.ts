// What a list costs the database: the commands the API sends for one request listing 5 rows
// and for one listing 50, counted with the driver's command monitoring on the API's own
// connection (as test/panel-query-cost.test.ts does). The per-request loaders
// (api/src/graphql/loaders.ts) batch every row's contact, response and follow-ups, so the
// count must not grow with the rows.
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SalesCandidatesDocument } from '../plugin-ui/src/gql/graphql';
import { graphql } from './__generated__';
import { FOLLOW_UP_CREATE } from './support/closed-loop-operations';
import { startCountingServer, type CountingServer } from './support/command-counting';
import { RECORD_RESPONSE, npsInput } from './support/operations';

const WORKSPACE = 'acme';
const PROMOTERS = 50;
const DETRACTORS = 10;

/**
 * What the panel asks of a contact, per row: recommendations, survey eligibility, open follow-ups.
 * @public Read by codegen: the list queries spread this fragment by name.
 */
export const CONTACT_AS_THE_PANEL_READS_IT = graphql(`
  fragment QueryCountContactRow on Contact {
    id
    name
    loyalty {
      category
      latestScore
      answeredAt
    }
    recommendedActions {
      kind
    }
    surveyEligibility {
      eligible
      reasons {
        blocker
      }
    }
    openFollowUps: followUps(status: OPEN, first: 20) {
      totalCount
      edges {
        node {
          id
          kind
        }
      }
    }
  }
`);

const FOLLOW_UP_LIST = graphql(`
  query QueryCountFollowUps($first: Int!) {
    followUps(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          status
          overdue
          contact {
            ...QueryCountContactRow
          }
          response {
            id
            score
          }
        }
      }
    }
  }
`);

/** The sales page's own query (plugin-ui SalesCandidates), as the browser sends it. */
const SALES_VIEW = SalesCandidatesDocument;

const SALES_WITH_PANEL_FIELDS = graphql(`
  query QueryCountSalesCandidates($first: Int!) {
    salesCandidates(first: $first) {
      edges {
        node {
          reason
          contact {
            ...QueryCountContactRow
          }
        }
      }
    }
  }
`);

const FOLLOW_UPS_WITH_PEOPLE = graphql(`
  query QueryCountFollowUpPeople($first: Int!) {
    followUps(first: $first) {
      edges {
        node {
          id
          assignee {
            displayName
          }
          createdByPerson {
            displayName
          }
          closedByPerson {
            displayName
          }
        }
      }
    }
  }
`);

type ContactRow = ResultOf<typeof CONTACT_AS_THE_PANEL_READS_IT>;

let server: CountingServer;

beforeAll(async () => {
  server = await startCountingServer(WORKSPACE, 'admin');

  // 50 promoters with an open THANK follow-up and 10 detractors with an open RECOVER one,
  // interleaved (every sixth a detractor, the newest too), answers a minute apart.
  const now = Date.now();
  const total = PROMOTERS + DETRACTORS;
  for (let i = 0; i < total; i += 1) {
    const detractor = i % 6 === 5;
    const recorded = await server.execute(RECORD_RESPONSE, {
      input: npsInput({
        score: detractor ? 3 : 9 + (i % 2),
        sourceId: `qc-${i}`,
        contact: { externalId: `qc-${i}`, email: `qc-${i}@example.com`, name: `Contact ${i}` },
        answeredAt: new Date(now - (total - i) * 60_000).toISOString(),
      }),
    });
    await server.execute(FOLLOW_UP_CREATE, {
      input: { contactId: recorded.responseRecord.contact.id, kind: detractor ? 'RECOVER' : 'THANK' },
    });
  }
});

afterAll(async () => {
  await server?.stop();
});

/** The request's answer and the database commands it sent, as sorted `command collection`. */
async function measured<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<{ data: TResult; sent: string[] }> {
  const { data, sent } = await server.measured(document, variables);
  return { data, sent: sent.sort() };
}

/** Each row's contact reads as its follow-ups say: recoveries block surveys, open ones are not recommended. */
function expectPanelFields(contact: ContactRow, openKind: string): void {
  expect(contact.openFollowUps.totalCount).toBe(1);
  expect(contact.openFollowUps.edges.map(({ node }) => node.kind)).toEqual([openKind]);
  expect(contact.recommendedActions.map(({ kind }) => kind)).not.toContain(openKind);
  const blockers = contact.surveyEligibility.reasons.map(({ blocker }) => blocker);
  if (openKind === 'RECOVER') expect(blockers).toContain('OPEN_RECOVERY');
  else expect(blockers).not.toContain('OPEN_RECOVERY');
}

const ASSIGN_THEN_COMPLETE = graphql(`
  mutation QueryCountAssignThenComplete($id: ID!) {
    assigned: followUpAssign(input: { id: $id, assigneeId: "agent-7" }) {
      followUp {
        contact {
          openFollowUps: followUps(status: OPEN, first: 20) {
            totalCount
          }
        }
      }
    }
    completed: followUpComplete(input: { id: $id, outcome: "Asked what went wrong" }) {
      followUp {
        contact {
          openFollowUps: followUps(status: OPEN, first: 20) {
            totalCount
          }
        }
      }
    }
  }
`);

describe('list query cost', () => {
  test('listing-50-follow-ups-with-their-contacts-costs-the-commands-of-5', async () => {
    const few = await measured(FOLLOW_UP_LIST, { first: 5 });
    const many = await measured(FOLLOW_UP_LIST, { first: 50 });

    expect(few.data.followUps.edges).toHaveLength(5);
    expect(many.data.followUps.edges).toHaveLength(50);
    const kinds = new Set(many.data.followUps.edges.map(({ node }) => node.kind));
    expect(kinds).toEqual(new Set(['THANK', 'RECOVER']));
    for (const { node } of many.data.followUps.edges) {
      // The follow-up's response is the answer it was opened for: the contact's latest.
      expect(node.response?.score).toBe(node.contact.loyalty.latestScore);
      expectPanelFields(node.contact, node.kind);
    }

    // The rate-limit counters (credential and workspace), the workspace (authentication),
    // the page of follow-ups and its count (an aggregate), then one batch each: the rows' contacts, their
    // responses, and the contacts' open and recently closed follow-ups.
    expect(few.sent).toEqual(
      [
        'findAndModify rate_limits',
        'findAndModify rate_limits',
        'find workspaces',
        'find follow_ups',
        'aggregate follow_ups',
        'find contacts',
        'find responses',
        'find follow_ups',
      ].sort(),
    );
    expect(many.sent).toEqual(few.sent);
  });

  test('listing-50-sales-candidates-costs-the-commands-of-5', async () => {
    const viewFew = await measured(SALES_VIEW, { first: 5 });
    const viewMany = await measured(SALES_VIEW, { first: 50 });
    const panelFew = await measured(SALES_WITH_PANEL_FIELDS, { first: 5 });
    const panelMany = await measured(SALES_WITH_PANEL_FIELDS, { first: 50 });

    expect(viewFew.data.salesCandidates.edges).toHaveLength(5);
    expect(viewMany.data.salesCandidates.edges).toHaveLength(50);
    expect(panelMany.data.salesCandidates.edges).toHaveLength(50);
    for (const { node } of panelMany.data.salesCandidates.edges) expectPanelFields(node.contact, 'THANK');

    // The sales page: rate limits, the workspace, the contacts in recovery (left out) and the
    // page of candidates, whose contacts come with it.
    expect(viewFew.sent).toEqual(
      [
        'findAndModify rate_limits',
        'findAndModify rate_limits',
        'find workspaces',
        'find follow_ups',
        'find contacts',
      ].sort(),
    );
    expect(viewMany.sent).toEqual(viewFew.sent);
    // The panel's fields on every candidate: one more batch, the candidates' follow-ups.
    expect(panelFew.sent).toEqual([...viewFew.sent, 'find follow_ups'].sort());
    expect(panelMany.sent).toEqual(panelFew.sent);
  });

  test('naming-the-people-of-50-follow-ups-costs-one-query-as-for-5', async () => {
    const few = await measured(FOLLOW_UPS_WITH_PEOPLE, { first: 5 });
    const many = await measured(FOLLOW_UPS_WITH_PEOPLE, { first: 50 });

    expect(many.data.followUps.edges).toHaveLength(50);
    // Nobody here was seen with a name: every person shows as their user id.
    expect(new Set(many.data.followUps.edges.map(({ node }) => node.createdByPerson.displayName))).toEqual(
      new Set(['test-admin']),
    );
    // Rate limits, the workspace, the page of follow-ups, then one batch of people for all of them.
    expect(few.sent).toEqual(
      [
        'findAndModify rate_limits',
        'findAndModify rate_limits',
        'find workspaces',
        'find follow_ups',
        'find people',
      ].sort(),
    );
    expect(many.sent).toEqual(few.sent);
  });

  test('a-later-mutation-of-one-request-reads-after-its-write-not-from-the-loaders-cache', async () => {
    const { followUps } = await server.execute(FOLLOW_UP_LIST, { first: 1 });
    const contactId = followUps.edges[0]!.node.contact.id;
    const created = await server.execute(FOLLOW_UP_CREATE, {
      input: { contactId, kind: 'PROBE' },
    });
    const { assigned, completed } = await server.execute(ASSIGN_THEN_COMPLETE, {
      id: created.followUpCreate.followUp.id,
    });
    // The contact's follow-ups were loaded for the first payload; the second write closed one.
    expect(assigned.followUp.contact.openFollowUps.totalCount).toBe(2);
    expect(completed.followUp!.contact.openFollowUps.totalCount).toBe(1);
  });
});
