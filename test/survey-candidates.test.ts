import type { VariablesOf } from '@graphql-typed-document-node/core';
import { parse } from 'csv-parse/sync';
import { FollowUpModel } from '../api/src/modules/follow-up/follow-up.model';
import { SURVEY_CANDIDATE_COLUMNS } from '../api/src/modules/survey-candidate/survey-candidate.export';
import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { graphql } from './__generated__';
import type {
  ContactUpsertInput,
  SurveyMetric,
  SurveyPolicyUpdateInput,
  SurveySentInput,
} from './__generated__/graphql';
import { FOLLOW_UP_CREATE } from './support/closed-loop-operations';
import { clearContactData, storedState } from './support/db-state';
import { RECORD_RESPONSE, UPSERT_CONTACT, npsInput } from './support/operations';
import { startTestServer, type Caller, type TestServer } from './support/test-server';

// Survey tools ask whom they may survey now (per metric, under the workspace policy) and
// report the surveys they send.

let server: TestServer;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'other'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await Promise.all([
    clearContactData(),
    FollowUpModel.deleteMany({}).exec(),
    WorkspaceModel.updateMany({}, { $set: { surveyPolicy: null } }).exec(),
  ]);
});

const CANDIDATES = graphql(`
  query TestSurveyCandidates($metric: SurveyMetric!, $first: Int, $after: String, $filter: SurveyCandidateFilter) {
    surveyCandidates(metric: $metric, first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          eligibleSince
          contact {
            id
            externalId
          }
        }
      }
    }
  }
`);

const SURVEY_SENT = graphql(`
  mutation TestSurveySent($input: SurveySentInput!) {
    surveySent(input: $input) {
      contact {
        externalId
        surveyEligibility(metric: NPS) {
          eligible
        }
      }
      surveyActivity {
        metric
        lastSentAt
        lastAnsweredAt
      }
    }
  }
`);

const POLICY_UPDATE = graphql(`
  mutation SurveyCandidatesPolicyUpdate($input: SurveyPolicyUpdateInput!) {
    surveyPolicyUpdate(input: $input) {
      surveyPolicy {
        minDaysAfterSignup
      }
    }
  }
`);

const CONTACT_SURVEYS = graphql(`
  query TestContactSurveys($externalId: String) {
    contact(externalId: $externalId) {
      surveyActivity {
        metric
        lastSentAt
        lastAnsweredAt
      }
    }
  }
`);

const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

/** A contact signed up `signedUpDaysAgo` days ago (unknown when null); returns its signup date. */
async function contact(
  externalId: string,
  signedUpDaysAgo: number | null,
  details: Partial<ContactUpsertInput> = {},
  workspaceId = 'acme',
): Promise<string | null> {
  const result = await server.execute(
    UPSERT_CONTACT,
    {
      input: {
        externalId,
        email: `${externalId}@example.com`,
        signedUpAt: signedUpDaysAgo === null ? null : daysAgo(signedUpDaysAgo),
        ...details,
      },
    },
    { workspaceId },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.contactUpsert.contact.signedUpAt ?? null;
}

/** An answer of `metric` given `days` days ago; returns its time. */
async function answer(externalId: string, metric: SurveyMetric, days: number): Promise<string> {
  const answeredAt = daysAgo(days);
  const result = await server.execute(RECORD_RESPONSE, {
    input: npsInput({
      contact: { externalId },
      metric,
      score: metric === 'NPS' ? 9 : 4,
      scaleMax: metric === 'NPS' ? null : 5,
      sourceId: `${externalId}-${metric}-${days}`,
      answeredAt,
    }),
  });
  expect(result.errors).toBeUndefined();
  return answeredAt;
}

async function surveySent(input: SurveySentInput, as: Caller = 'agent') {
  return server.execute(SURVEY_SENT, { input }, { as });
}

async function candidatePage(variables: VariablesOf<typeof CANDIDATES>, as: Caller = 'agent') {
  return server.execute(CANDIDATES, { first: 100, ...variables }, { as });
}

/** The external ids of the metric's candidates, in the order served. */
async function candidates(
  metric: SurveyMetric,
  variables: Omit<VariablesOf<typeof CANDIDATES>, 'metric'> = {},
  as: Caller = 'agent',
) {
  const result = await candidatePage({ metric, ...variables }, as);
  expect(result.errors).toBeUndefined();
  return result.data?.surveyCandidates.edges.map((edge) => edge.node.contact.externalId) ?? [];
}

async function setPolicy(input: SurveyPolicyUpdateInput): Promise<void> {
  const result = await server.execute(POLICY_UPDATE, { input }, { as: 'admin' });
  expect(result.errors).toBeUndefined();
}

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

describe('surveyCandidates', () => {
  test('successful-candidates-respect-signup-last-survey-open-ticket-and-open-recovery', async () => {
    const oldSignup = await contact('old-signup', 400);
    await contact('fresh-signup', 29);
    await contact('unknown-signup', null);
    await contact('nps-recently', 400);
    await answer('nps-recently', 'NPS', 89);
    await contact('nps-long-ago', 400);
    const longAgo = await answer('nps-long-ago', 'NPS', 91);
    await contact('open-ticket', 400, { hasOpenTicket: true });
    await contact('in-recovery', 400);
    const inRecovery = await server.execute(
      graphql(`
        query SurveyCandidatesInRecovery {
          contact(externalId: "in-recovery") {
            id
          }
        }
      `),
      {},
    );
    await server.execute(FOLLOW_UP_CREATE, { input: { contactId: inRecovery.data!.contact!.id, kind: 'RECOVER' } });

    const result = await candidatePage({ metric: 'NPS' });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.surveyCandidates.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => [node.contact.externalId, node.eligibleSince])).toEqual([
      ['old-signup', plusDays(oldSignup ?? '', 30)],
      ['unknown-signup', null],
      ['nps-long-ago', plusDays(longAgo, 90)],
    ]);
  });

  test('successful-csat-answer-after-a-ticket-does-not-block-the-nps-survey', async () => {
    await contact('ticket-csat', 400);
    await answer('ticket-csat', 'CSAT', 1);
    expect(await candidates('NPS')).toEqual(['ticket-csat']);
    expect(await candidates('CSAT')).toEqual([]);
    expect(await candidates('CES')).toEqual(['ticket-csat']);
  });

  test('successful-each-metric-follows-its-own-policy', async () => {
    await setPolicy({ metrics: [{ metric: 'CSAT', minDaysAfterSignup: 0, minDaysBetweenSurveys: 7 }] });
    await contact('new', 1);
    await contact('csat-6-days', 400);
    await answer('csat-6-days', 'CSAT', 6);
    await contact('csat-8-days', 400);
    await answer('csat-8-days', 'CSAT', 8);
    await contact('nps-60-days', 400);
    await answer('nps-60-days', 'NPS', 60);

    expect(await candidates('CSAT')).toEqual(['new', 'csat-8-days', 'nps-60-days']);
    expect(await candidates('NPS')).toEqual(['csat-6-days', 'csat-8-days']);
    expect(await candidates('CES')).toEqual(['csat-6-days', 'csat-8-days', 'nps-60-days']);

    await setPolicy({ minDaysBetweenSurveys: 30 });
    expect(await candidates('NPS')).toEqual(['csat-6-days', 'csat-8-days', 'nps-60-days']);
  });

  test('successful-candidates-are-filtered-by-segment', async () => {
    await contact('emea-pro', 400, { plan: 'pro', region: 'EMEA', tags: ['vip'] });
    await contact('amer-pro', 400, { plan: 'pro', region: 'AMER' });
    await contact('emea-free', 400, { plan: 'free', region: 'EMEA' });
    expect(await candidates('NPS', { filter: { plan: 'pro' } })).toEqual(['emea-pro', 'amer-pro']);
    expect(await candidates('NPS', { filter: { region: 'EMEA' } })).toEqual(['emea-pro', 'emea-free']);
    expect(await candidates('NPS', { filter: { tag: 'vip' } })).toEqual(['emea-pro']);
  });

  test('successful-pages-follow-a-stable-order-while-surveys-are-sent', async () => {
    const names = ['c1', 'c2', 'c3', 'c4', 'c5'];
    for (const name of names) await contact(name, 400);
    const seen: (string | null)[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof candidatePage>> = await candidatePage({ metric: 'NPS', first: 2, after });
      expect(page.errors).toBeUndefined();
      const edges = page.data?.surveyCandidates.edges ?? [];
      // A survey tool records each send as it goes: that must not shift the next page.
      for (const edge of edges) {
        seen.push(edge.node.contact.externalId);
        expect(
          (await surveySent({ contact: { externalId: edge.node.contact.externalId }, metric: 'NPS' })).errors,
        ).toBe(undefined);
      }
      pages += 1;
      after = page.data?.surveyCandidates.pageInfo.hasNextPage ? page.data.surveyCandidates.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(names);
    expect(pages).toBe(3);
    expect(await candidates('NPS')).toEqual([]);
  });

  test('successful-empty-list-has-no-next-page', async () => {
    const result = await candidatePage({ metric: 'CES' });
    expect(result.data?.surveyCandidates).toEqual({ pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  test('successful-candidates-never-show-another-workspace', async () => {
    await contact('mine', 400);
    await contact('theirs', 400, {}, 'other');
    expect(await candidates('NPS')).toEqual(['mine']);
    expect(await candidates('NPS', {}, 'admin')).toEqual(['mine']);
  });

  test.each(['agent', 'admin'] as const)('successful-candidates-as-%s', async (role) => {
    await contact('someone', 400);
    expect(await candidates('NPS', {}, role)).toEqual(['someone']);
  });

  test.each([
    ['as sales', { metric: 'NPS' }, 'sales', 'FORBIDDEN'],
    ['anonymously', { metric: 'NPS' }, 'anonymous', 'UNAUTHENTICATED'],
    // Not a metric of the schema, on purpose: variable coercion refuses it.
    ['with an unknown metric', { metric: 'CSI' as SurveyMetric }, 'agent', 'BAD_USER_INPUT'],
    ['with a cursor that is not one', { metric: 'NPS', after: 'not-a-cursor' }, 'agent', 'BAD_USER_INPUT'],
    [
      'with a cursor of another list',
      { metric: 'NPS', after: Buffer.from(JSON.stringify([1, 2, 'x'])).toString('base64url') },
      'agent',
      'BAD_USER_INPUT',
    ],
    ['with more than 100 per page', { metric: 'NPS', first: 101 }, 'agent', 'BAD_USER_INPUT'],
    ['with an empty page', { metric: 'NPS', first: 0 }, 'agent', 'BAD_USER_INPUT'],
  ] as const)('failing-candidates-%s', async (_name, variables, role, code) => {
    await contact('someone', 400);
    const result = await candidatePage(variables, role);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data?.surveyCandidates).toBeUndefined();
  });
});

describe('surveySent', () => {
  test('successful-survey-sent-holds-the-contact-back-from-that-metric-until-the-interval-passes', async () => {
    await contact('kim', 400);
    const sent = await surveySent({ contact: { externalId: 'kim' }, metric: 'NPS' });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.surveySent.contact).toEqual({ externalId: 'kim', surveyEligibility: { eligible: false } });
    expect(sent.data?.surveySent.surveyActivity).toMatchObject({ metric: 'NPS', lastAnsweredAt: null });
    expect(Math.abs(Date.parse(sent.data?.surveySent.surveyActivity.lastSentAt ?? '') - Date.now())).toBeLessThan(
      MINUTE_MS,
    );
    expect(await candidates('NPS')).toEqual([]);
    expect(await candidates('CSAT')).toEqual(['kim']);

    // The policy's 90 days have passed for a send reported 90 days and a minute ago.
    await contact('lee', 400);
    await surveySent({ contact: { email: 'LEE@example.com' }, metric: 'NPS', sentAt: daysAgo(90 + 1 / 1440) });
    await contact('max', 400);
    await surveySent({ contact: { externalId: 'max' }, metric: 'NPS', sentAt: daysAgo(89) });
    expect(await candidates('NPS')).toEqual(['lee']);
  });

  test('successful-repeated-or-late-reports-never-move-the-time-backward', async () => {
    await contact('kim', 400);
    const recent = daysAgo(10);
    const first = await surveySent({ contact: { externalId: 'kim' }, metric: 'CSAT', sentAt: recent });
    expect(first.data?.surveySent.surveyActivity.lastSentAt).toBe(recent);
    const again = await surveySent({ contact: { externalId: 'kim' }, metric: 'CSAT', sentAt: recent });
    expect(again.data?.surveySent.surveyActivity.lastSentAt).toBe(recent);
    const late = await surveySent({ contact: { externalId: 'kim' }, metric: 'CSAT', sentAt: daysAgo(100) });
    expect(late.errors).toBeUndefined();
    expect(late.data?.surveySent.surveyActivity.lastSentAt).toBe(recent);
    expect(await candidates('CSAT')).toEqual([]);
  });

  test('successful-contact-shows-survey-activity-per-metric', async () => {
    await contact('kim', 400);
    const answeredAt = await answer('kim', 'CES', 3);
    const sentAt = daysAgo(4);
    await surveySent({ contact: { externalId: 'kim' }, metric: 'CES', sentAt });
    const result = await server.execute(CONTACT_SURVEYS, { externalId: 'kim' });
    expect(result.data?.contact.surveyActivity).toEqual([
      { metric: 'NPS', lastSentAt: null, lastAnsweredAt: null },
      { metric: 'CSAT', lastSentAt: null, lastAnsweredAt: null },
      { metric: 'CES', lastSentAt: sentAt, lastAnsweredAt: answeredAt },
    ]);
  });

  test('successful-survey-sent-as-admin', async () => {
    await contact('kim', 400);
    const result = await surveySent({ contact: { externalId: 'kim' }, metric: 'NPS' }, 'admin');
    expect(result.errors).toBeUndefined();
  });

  test.each([
    ['as sales', { contact: { externalId: 'kim' }, metric: 'NPS' }, 'sales', 'FORBIDDEN'],
    ['anonymously', { contact: { externalId: 'kim' }, metric: 'NPS' }, 'anonymous', 'UNAUTHENTICATED'],
    ['for an unknown contact', { contact: { externalId: 'nobody' }, metric: 'NPS' }, 'agent', 'NOT_FOUND'],
    ['without a contact', { contact: {}, metric: 'NPS' }, 'agent', 'BAD_USER_INPUT'],
    // Not a metric of the schema, on purpose: variable coercion refuses it.
    [
      'with an unknown metric',
      { contact: { externalId: 'kim' }, metric: 'CSI' as SurveyMetric },
      'agent',
      'BAD_USER_INPUT',
    ],
    [
      'with a time in the future',
      { contact: { externalId: 'kim' }, metric: 'NPS', sentAt: new Date(Date.now() + DAY_MS).toISOString() },
      'agent',
      'BAD_USER_INPUT',
    ],
  ] as const)('failing-survey-sent-%s-changes-nothing', async (_name, input, role, code) => {
    await contact('kim', 400);
    const before = await storedState();
    const result = await surveySent(input, role);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(await storedState()).toBe(before);
    expect(await candidates('NPS')).toEqual(['kim']);
  });

  test('failing-survey-sent-for-a-contact-of-another-workspace-is-not-found', async () => {
    await contact('theirs', 400, {}, 'other');
    const before = await storedState();
    const result = await surveySent({ contact: { externalId: 'theirs' }, metric: 'NPS' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await storedState()).toBe(before);
  });
});

describe('GET /export/survey-candidates.csv', () => {
  async function download(query: string, as: Caller = 'admin') {
    const token = as === 'anonymous' ? undefined : server.tokenFor(as);
    return fetch(`${server.baseUrl}/export/survey-candidates.csv?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  test('successful-export-lists-the-candidates-of-the-query', async () => {
    const signedUpAt = await contact('kim', 400, {
      name: '=HYPERLINK("http://evil.example")',
      company: 'Initech, "Inc."',
      plan: 'pro',
      region: 'EMEA',
      tags: ['vip', 'beta'],
    });
    await contact('lee', null);
    const answeredAt = await answer('lee', 'NPS', 100);
    const sentAt = daysAgo(95);
    await surveySent({ contact: { externalId: 'lee' }, metric: 'NPS', sentAt });
    await contact('recent', 400);
    await answer('recent', 'NPS', 5);
    await contact('theirs', 400, {}, 'other');

    const response = await download('metric=NPS');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="survey-candidates-acme-NPS.csv"');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...SURVEY_CANDIDATE_COLUMNS]);
    const ids = (await candidatePage({ metric: 'NPS' })).data?.surveyCandidates.edges.map(
      (edge) => edge.node.contact.id,
    );
    expect(rows.map((row) => row.contact_id)).toEqual(ids);
    expect(rows).toEqual([
      {
        contact_id: ids?.[0],
        external_id: 'kim',
        email: 'kim@example.com',
        name: '\'=HYPERLINK("http://evil.example")',
        company: 'Initech, "Inc."',
        plan: 'pro',
        region: 'EMEA',
        tags: 'vip;beta',
        signed_up_at: signedUpAt,
        last_sent_at: '',
        last_answered_at: '',
        eligible_since: plusDays(signedUpAt ?? '', 30),
      },
      {
        contact_id: ids?.[1],
        external_id: 'lee',
        email: 'lee@example.com',
        name: '',
        company: '',
        plan: '',
        region: '',
        tags: '',
        signed_up_at: '',
        last_sent_at: sentAt,
        last_answered_at: answeredAt,
        eligible_since: plusDays(sentAt, 90),
      },
    ]);
  });

  test('successful-export-follows-the-metric-and-segment', async () => {
    await contact('pro', 400, { plan: 'pro' });
    await answer('pro', 'CSAT', 1);
    await contact('free', 400, { plan: 'free' });
    const externalIds = async (query: string) =>
      (parse(await (await download(query)).text(), { columns: true }) as Record<string, string>[]).map(
        (row) => row.external_id,
      );
    expect(await externalIds('metric=NPS')).toEqual(['pro', 'free']);
    expect(await externalIds('metric=CSAT')).toEqual(['free']);
    expect(await externalIds('metric=NPS&plan=pro')).toEqual(['pro']);
  });

  test('successful-empty-export-is-just-the-header', async () => {
    const response = await download('metric=CES');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`${SURVEY_CANDIDATE_COLUMNS.join(',')}\n`);
  });

  test.each([
    ['as an agent', 'metric=NPS', 'agent', 403, 'FORBIDDEN'],
    ['as sales', 'metric=NPS', 'sales', 403, 'FORBIDDEN'],
    ['anonymously', 'metric=NPS', 'anonymous', 401, 'UNAUTHENTICATED'],
    ['without a metric', '', 'admin', 400, 'BAD_USER_INPUT'],
    ['with an unknown metric', 'metric=CSI', 'admin', 400, 'BAD_USER_INPUT'],
  ] as const)('failing-export-%s', async (_name, query, as, status, code) => {
    await contact('kim', 400);
    const before = await storedState();
    const response = await download(query, as);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe(code);
    if (code === 'BAD_USER_INPUT') expect(body.errors[0]?.message).toMatch(/^metric/);
    expect(await storedState()).toBe(before);
  });
});
