import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { graphql } from './__generated__';
import type {
  PlaybookActionInput,
  PlaybookRuleInput,
  SurveyMetric,
  SurveyPolicyUpdateInput,
} from './__generated__/graphql';
import { CONTACT_LOOP } from './support/closed-loop-operations';
import { clearContactData } from './support/db-state';
import { RECORD_RESPONSE, UPSERT_CONTACT, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearContactData();
  await WorkspaceModel.updateOne({ _id: 'acme' }, { $set: { playbook: null, surveyPolicy: null } }).exec();
});

const PLAYBOOK = graphql(`
  query TestPlaybook {
    playbook {
      isDefault
      updatedBy
      placeholders
      rules {
        trigger
        actions {
          kind
          title
          scriptTemplate
          priority
          dueInHours
          requiresCompany
        }
      }
    }
  }
`);

const PLAYBOOK_UPDATE = graphql(`
  mutation TestPlaybookUpdate($input: PlaybookUpdateInput!) {
    playbookUpdate(input: $input) {
      errors {
        field
        message
      }
      playbook {
        isDefault
        updatedBy
        rules {
          trigger
          actions {
            kind
            title
            priority
            dueInHours
          }
        }
      }
    }
  }
`);

const SURVEY_POLICY_UPDATE = graphql(`
  mutation TestSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {
    surveyPolicyUpdate(input: $input) {
      errors {
        field
        message
      }
      surveyPolicy {
        minDaysAfterSignup
        minDaysBetweenSurveys
      }
    }
  }
`);

const SURVEY_POLICY = graphql(`
  query TestSurveyPolicy {
    surveyPolicy {
      minDaysAfterSignup
      minDaysBetweenSurveys
      metrics {
        metric
        minDaysAfterSignup
        minDaysBetweenSurveys
      }
    }
  }
`);

const METRIC_ELIGIBILITY = graphql(`
  query TestMetricEligibility($id: ID!) {
    contact(id: $id) {
      nps: surveyEligibility {
        eligible
        reasons {
          blocker
          message
        }
      }
      csat: surveyEligibility(metric: CSAT) {
        eligible
        reasons {
          blocker
          message
        }
      }
    }
  }
`);

async function workspaceSettings(): Promise<string> {
  const workspace = await WorkspaceModel.findById('acme').lean().exec();
  return JSON.stringify({ playbook: workspace?.playbook, surveyPolicy: workspace?.surveyPolicy });
}

async function detractorContactId(): Promise<string> {
  const result = await server.execute(RECORD_RESPONSE, {
    input: npsInput({ score: 2, sourceId: 'd1', answeredAt: new Date(Date.now() - 3600_000).toISOString() }),
  });
  return result.data?.responseRecord.contact.id ?? '';
}

const recoverIn4Hours: PlaybookActionInput = {
  kind: 'RECOVER',
  title: 'Call {firstName} within 4 h',
  scriptTemplate: 'Hi {firstName}, this is the {company} success team. We saw your {score}.',
  priority: 'URGENT',
  dueInHours: 4,
};
const shortRecovery: PlaybookRuleInput = { trigger: 'DETRACTOR', actions: [recoverIn4Hours] };

describe('playbook', () => {
  test('successful-default-playbook-is-readable-by-every-role', async () => {
    for (const role of ['agent', 'sales', 'admin'] as const) {
      const result = await server.execute(PLAYBOOK, {}, { as: role });
      expect(result.errors).toBeUndefined();
      expect(result.data?.playbook.isDefault).toBe(true);
      expect(result.data?.playbook.placeholders).toEqual(expect.arrayContaining(['firstName', 'company', 'score']));
      const detractor = result.data?.playbook.rules.find((rule) => rule.trigger === 'DETRACTOR');
      expect(detractor?.actions.find((action) => action.kind === 'RECOVER')?.dueInHours).toBe(48);
    }
  });

  test('successful-playbook-edit-changes-the-next-recommendation', async () => {
    const contactId = await detractorContactId();
    const before = await server.execute(CONTACT_LOOP, { id: contactId });
    expect(before.data?.contact.recommendedActions.find((action) => action.kind === 'RECOVER')?.priority).toBe('HIGH');

    const updated = await server.execute(PLAYBOOK_UPDATE, { input: { rules: [shortRecovery] } }, { as: 'admin' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.playbookUpdate.playbook).toMatchObject({ isDefault: false, updatedBy: 'test-admin' });

    const after = await server.execute(CONTACT_LOOP, { id: contactId });
    const actions = after.data?.contact.recommendedActions ?? [];
    const recover = actions.find((action) => action.kind === 'RECOVER');
    expect(recover).toMatchObject({ title: 'Call Ada within 4 h', priority: 'URGENT' });
    expect(recover?.script).toBe('Hi Ada, this is the Analytical Engines success team. We saw your 2.');
    // The detractor rule now has only RECOVER: the default root-cause action is gone.
    expect(actions.map((action) => action.kind)).not.toContain('SOLVE_ROOT_CAUSE');

    const reset = await server.execute(
      graphql(`
        mutation TestPlaybookReset {
          playbookReset {
            playbook {
              isDefault
            }
          }
        }
      `),
      {},
      { as: 'admin' },
    );
    expect(reset.data?.playbookReset.playbook?.isDefault).toBe(true);
  });

  test.each<[string, PlaybookRuleInput, RegExp]>([
    [
      'an unknown placeholder',
      { ...shortRecovery, actions: [{ ...recoverIn4Hours, scriptTemplate: 'Hi {nickname}' }] },
      /nickname/,
    ],
    ['a negative deadline', { ...shortRecovery, actions: [{ ...recoverIn4Hours, dueInHours: -1 }] }, /dueInHours/],
    ['a kind listed twice', { ...shortRecovery, actions: [recoverIn4Hours, recoverIn4Hours] }, /RECOVER/],
    [
      'sales outreach as a recommendation',
      { ...shortRecovery, actions: [{ ...recoverIn4Hours, kind: 'SALES_OUTREACH' }] },
      /SALES_OUTREACH/,
    ],
  ])('failing-playbook-with-%s-is-refused-and-changes-nothing', async (_name, rule, message) => {
    const before = await workspaceSettings();
    const result = await server.execute(PLAYBOOK_UPDATE, { input: { rules: [rule] } }, { as: 'admin' });
    // A form mutation: invalid rules come back as data (`errors`), the playbook null.
    expect(result.errors).toBeUndefined();
    expect(result.data?.playbookUpdate.playbook).toBeNull();
    expect(result.data?.playbookUpdate.errors.map((error) => error.message).join('; ')).toMatch(message);
    expect(result.data?.playbookUpdate.errors[0]?.field).toMatch(/^input\.rules/);
    expect(await workspaceSettings()).toBe(before);
  });

  test.each(['agent', 'sales'] as const)('failing-playbook-edit-as-%s-is-forbidden', async (role) => {
    const before = await workspaceSettings();
    const result = await server.execute(PLAYBOOK_UPDATE, { input: { rules: [shortRecovery] } }, { as: role });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await workspaceSettings()).toBe(before);
  });
});

describe('survey eligibility', () => {
  async function contactWith(signedUpDaysAgo: number | null, answeredDaysAgo: number | null, hasOpenTicket = false) {
    const upsert = await server.execute(UPSERT_CONTACT, {
      input: {
        externalId: 'zd-elig',
        signedUpAt: signedUpDaysAgo === null ? null : new Date(Date.now() - signedUpDaysAgo * DAY_MS).toISOString(),
        hasOpenTicket,
      },
    });
    const contactId = upsert.data?.contactUpsert.contact.id ?? '';
    if (answeredDaysAgo !== null) {
      await server.execute(RECORD_RESPONSE, {
        input: npsInput({
          contact: { externalId: 'zd-elig' },
          score: 9,
          sourceId: 'elig',
          answeredAt: new Date(Date.now() - answeredDaysAgo * DAY_MS).toISOString(),
        }),
      });
    }
    const loop = await server.execute(CONTACT_LOOP, { id: contactId });
    expect(loop.errors).toBeUndefined();
    return loop.data?.contact.surveyEligibility;
  }

  const MINUTE_IN_DAYS = 1 / (24 * 60);

  test.each([
    ['day 29 after signup', 29, null, false, ['TOO_SOON_AFTER_SIGNUP']],
    ['day 30 after signup', 30 + MINUTE_IN_DAYS, null, true, []],
    ['day 89 after the last answer', 400, 89, false, ['SURVEYED_RECENTLY']],
    ['day 90 after the last answer', 400, 90 + MINUTE_IN_DAYS, true, []],
    ['both too soon', 10, 10, false, ['TOO_SOON_AFTER_SIGNUP', 'SURVEYED_RECENTLY']],
  ])('eligibility-on-%s', async (_name, signedUp, answered, eligible, blockers) => {
    const eligibility = await contactWith(signedUp, answered);
    expect(eligibility?.eligible).toBe(eligible);
    expect(eligibility?.reasons.map((reason) => reason.blocker)).toEqual(blockers);
  });

  test('eligibility-gives-the-next-eligible-date', async () => {
    const eligibility = await contactWith(20, null);
    const expected = Date.now() + 10 * DAY_MS;
    expect(Math.abs(Date.parse(eligibility?.nextEligibleAt ?? '') - expected)).toBeLessThan(60_000);
    expect(eligibility?.reasons[0]?.message).toMatch(/30 days/);
  });

  test('eligibility-blocked-by-an-open-ticket', async () => {
    const eligibility = await contactWith(400, null, true);
    expect(eligibility).toMatchObject({ eligible: false, nextEligibleAt: null });
    expect(eligibility?.reasons.map((reason) => reason.blocker)).toEqual(['OPEN_TICKET']);
  });

  test('successful-admin-policy-change-moves-the-boundary', async () => {
    const updated = await server.execute(SURVEY_POLICY_UPDATE, { input: { minDaysAfterSignup: 7 } }, { as: 'admin' });
    expect(updated.data?.surveyPolicyUpdate.surveyPolicy).toEqual({ minDaysAfterSignup: 7, minDaysBetweenSurveys: 90 });
    expect((await contactWith(8, null))?.eligible).toBe(true);
  });

  test.each([
    ['as an agent', { minDaysAfterSignup: 7 }, 'agent', 'FORBIDDEN'],
    ['with a negative number of days', { minDaysAfterSignup: -1 }, 'admin', 'USER_ERROR'],
    ['with more than two years between surveys', { minDaysBetweenSurveys: 1000 }, 'admin', 'USER_ERROR'],
  ] as const)('failing-policy-change-%s', async (_name, input, role, code) => {
    const before = await workspaceSettings();
    const result = await server.execute(SURVEY_POLICY_UPDATE, { input }, { as: role });
    if (code === 'USER_ERROR') {
      // A form mutation: a value out of range is data (`errors`), the policy null.
      expect(result.errors).toBeUndefined();
      expect(result.data?.surveyPolicyUpdate.surveyPolicy).toBeNull();
      expect(result.data?.surveyPolicyUpdate.errors.length).toBeGreaterThan(0);
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await workspaceSettings()).toBe(before);
  });
});

describe('survey policy per metric', () => {
  /** Each metric's rules as [metric, days after signup, days between surveys]. */
  async function policyAs(role: 'agent' | 'sales' | 'admin' = 'agent') {
    const result = await server.execute(SURVEY_POLICY, {}, { as: role });
    expect(result.errors).toBeUndefined();
    const policy = result.data?.surveyPolicy;
    return {
      nps: [policy?.minDaysAfterSignup, policy?.minDaysBetweenSurveys],
      metrics: policy?.metrics.map((rules) => [rules.metric, rules.minDaysAfterSignup, rules.minDaysBetweenSurveys]),
    };
  }

  const DEFAULTS = [
    ['NPS', 30, 90],
    ['CSAT', 30, 90],
    ['CES', 30, 90],
  ];

  test.each(['agent', 'sales', 'admin'] as const)('successful-default-policy-for-every-metric-as-%s', async (role) => {
    expect(await policyAs(role)).toEqual({ nps: [30, 90], metrics: DEFAULTS });
  });

  test('successful-metric-rules-change-alone', async () => {
    const result = await server.execute(
      SURVEY_POLICY_UPDATE,
      {
        input: {
          metrics: [
            { metric: 'CSAT', minDaysAfterSignup: 0, minDaysBetweenSurveys: 7 },
            { metric: 'CES', minDaysBetweenSurveys: 30 },
          ],
        },
      },
      { as: 'admin' },
    );
    expect(result.errors).toBeUndefined();
    expect(await policyAs()).toEqual({
      nps: [30, 90],
      metrics: [
        ['NPS', 30, 90],
        ['CSAT', 0, 7],
        ['CES', 30, 30],
      ],
    });
  });

  test('successful-top-level-fields-change-nps-only', async () => {
    await server.execute(SURVEY_POLICY_UPDATE, { input: { minDaysBetweenSurveys: 180 } }, { as: 'admin' });
    expect(await policyAs()).toEqual({
      nps: [30, 180],
      metrics: [
        ['NPS', 30, 180],
        ['CSAT', 30, 90],
        ['CES', 30, 90],
      ],
    });
    await server.execute(
      SURVEY_POLICY_UPDATE,
      { input: { metrics: [{ metric: 'NPS', minDaysAfterSignup: 14 }] } },
      { as: 'admin' },
    );
    expect((await policyAs()).nps).toEqual([14, 180]);
  });

  test('successful-policy-stored-before-per-metric-rules-applies-to-every-metric', async () => {
    await WorkspaceModel.updateOne(
      { _id: 'acme' },
      { $set: { surveyPolicy: { minDaysAfterSignup: 7, minDaysBetweenSurveys: 60 } } },
    ).exec();
    expect(await policyAs()).toEqual({
      nps: [7, 60],
      metrics: [
        ['NPS', 7, 60],
        ['CSAT', 7, 60],
        ['CES', 7, 60],
      ],
    });
  });

  test('eligibility-counts-only-answers-of-the-same-metric', async () => {
    const upsert = await server.execute(UPSERT_CONTACT, {
      input: { externalId: 'zd-csat', signedUpAt: new Date(Date.now() - 400 * DAY_MS).toISOString() },
    });
    await server.execute(RECORD_RESPONSE, {
      input: npsInput({
        contact: { externalId: 'zd-csat' },
        metric: 'CSAT',
        score: 2,
        scaleMax: 5,
        sourceId: 'csat-after-ticket',
        answeredAt: new Date(Date.now() - DAY_MS).toISOString(),
      }),
    });
    const result = await server.execute(METRIC_ELIGIBILITY, {
      id: upsert.data!.contactUpsert.contact.id,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.contact.nps).toEqual({ eligible: true, reasons: [] });
    expect(result.data?.contact.csat).toEqual({
      eligible: false,
      reasons: [
        {
          blocker: 'SURVEYED_RECENTLY',
          message: 'Last CSAT survey answered 1 day ago; the CSAT policy asks for 90 days between surveys',
        },
      ],
    });
  });

  test.each<[string, SurveyPolicyUpdateInput, RegExp]>([
    [
      'with negative days for a metric',
      { metrics: [{ metric: 'CES', minDaysBetweenSurveys: -1 }] },
      /CES minDaysBetweenSurveys/,
    ],
    [
      'with too many days after signup for a metric',
      { metrics: [{ metric: 'CSAT', minDaysAfterSignup: 366 }] },
      /CSAT minDaysAfterSignup/,
    ],
    [
      'with a metric listed twice',
      {
        metrics: [
          { metric: 'CSAT', minDaysAfterSignup: 1 },
          { metric: 'CSAT', minDaysBetweenSurveys: 2 },
        ],
      },
      /CSAT is listed twice/,
    ],
    [
      'with NPS given twice',
      { minDaysAfterSignup: 1, metrics: [{ metric: 'NPS', minDaysBetweenSurveys: 2 }] },
      /NPS rules are given both/,
    ],
    // Not a metric of the schema, on purpose: variable coercion refuses it.
    ['with an unknown metric', { metrics: [{ metric: 'CSI' as SurveyMetric, minDaysAfterSignup: 1 }] }, /CSI/],
  ])('failing-policy-change-%s-changes-nothing', async (_name, input, message) => {
    await server.execute(SURVEY_POLICY_UPDATE, { input: { minDaysAfterSignup: 10 } }, { as: 'admin' });
    const before = await workspaceSettings();
    const result = await server.execute(SURVEY_POLICY_UPDATE, { input }, { as: 'admin' });
    const payload = result.data?.surveyPolicyUpdate;
    if (payload) {
      // Refused by the service: data (`errors`), the policy null.
      expect(payload.surveyPolicy).toBeNull();
      expect(payload.errors.map((error) => error.message).join('; ')).toMatch(message);
    } else {
      // Not a value of the schema's enum (variable coercion): still a thrown BAD_USER_INPUT.
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await workspaceSettings()).toBe(before);
  });

  test('failing-metric-policy-change-as-sales-is-forbidden', async () => {
    const before = await workspaceSettings();
    const result = await server.execute(
      SURVEY_POLICY_UPDATE,
      { input: { metrics: [{ metric: 'CSAT', minDaysBetweenSurveys: 7 }] } },
      { as: 'sales' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await workspaceSettings()).toBe(before);
  });
});
