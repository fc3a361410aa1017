import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { CONTACT_LOOP, type ContactLoopResult } from './support/closed-loop-operations';
import { clearContactData } from './support/db-state';
import { RECORD_RESPONSE, UPSERT_CONTACT, npsInput, type RecordResponseResult } from './support/operations';
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

const PLAYBOOK = /* GraphQL */ `
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
`;

const PLAYBOOK_UPDATE = /* GraphQL */ `
  mutation TestPlaybookUpdate($input: PlaybookUpdateInput!) {
    playbookUpdate(input: $input) {
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
`;

const SURVEY_POLICY_UPDATE = /* GraphQL */ `
  mutation TestSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {
    surveyPolicyUpdate(input: $input) {
      surveyPolicy {
        minDaysAfterSignup
        minDaysBetweenSurveys
      }
    }
  }
`;

async function workspaceSettings(): Promise<string> {
  const workspace = await WorkspaceModel.findById('acme').lean().exec();
  return JSON.stringify({ playbook: workspace?.playbook, surveyPolicy: workspace?.surveyPolicy });
}

async function detractorContactId(): Promise<string> {
  const result = await server.execute<RecordResponseResult>(RECORD_RESPONSE, {
    input: npsInput({ score: 2, sourceId: 'd1', answeredAt: new Date(Date.now() - 3600_000).toISOString() }),
  });
  return result.data?.responseRecord.contact.id ?? '';
}

const shortRecovery = {
  trigger: 'DETRACTOR',
  actions: [
    {
      kind: 'RECOVER',
      title: 'Call {firstName} within 4 h',
      scriptTemplate: 'Hi {firstName}, this is the {company} success team. We saw your {score}.',
      priority: 'URGENT',
      dueInHours: 4,
    },
  ],
};

describe('playbook', () => {
  test('successful-default-playbook-is-readable-by-every-role', async () => {
    for (const role of ['agent', 'sales', 'admin'] as const) {
      const result = await server.execute<{
        playbook: {
          isDefault: boolean;
          rules: { trigger: string; actions: { kind: string; dueInHours: number | null }[] }[];
          placeholders: string[];
        };
      }>(PLAYBOOK, {}, { as: role });
      expect(result.errors).toBeUndefined();
      expect(result.data?.playbook.isDefault).toBe(true);
      expect(result.data?.playbook.placeholders).toEqual(expect.arrayContaining(['firstName', 'company', 'score']));
      const detractor = result.data?.playbook.rules.find((rule) => rule.trigger === 'DETRACTOR');
      expect(detractor?.actions.find((action) => action.kind === 'RECOVER')?.dueInHours).toBe(48);
    }
  });

  test('successful-playbook-edit-changes-the-next-recommendation', async () => {
    const contactId = await detractorContactId();
    const before = await server.execute<ContactLoopResult>(CONTACT_LOOP, { id: contactId });
    expect(before.data?.contact.recommendedActions.find((action) => action.kind === 'RECOVER')?.priority).toBe('HIGH');

    const updated = await server.execute<{ playbookUpdate: { playbook: { isDefault: boolean; updatedBy: string } } }>(
      PLAYBOOK_UPDATE,
      { input: { rules: [shortRecovery] } },
      { as: 'admin' },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.playbookUpdate.playbook).toMatchObject({ isDefault: false, updatedBy: 'test-admin' });

    const after = await server.execute<ContactLoopResult>(CONTACT_LOOP, { id: contactId });
    const actions = after.data?.contact.recommendedActions ?? [];
    const recover = actions.find((action) => action.kind === 'RECOVER');
    expect(recover).toMatchObject({ title: 'Call Ada within 4 h', priority: 'URGENT' });
    expect(recover?.script).toBe('Hi Ada, this is the Analytical Engines success team. We saw your 2.');
    // The detractor rule now has only RECOVER: the default root-cause action is gone.
    expect(actions.map((action) => action.kind)).not.toContain('SOLVE_ROOT_CAUSE');

    const reset = await server.execute<{ playbookReset: { playbook: { isDefault: boolean } } }>(
      'mutation { playbookReset { playbook { isDefault } } }',
      {},
      { as: 'admin' },
    );
    expect(reset.data?.playbookReset.playbook.isDefault).toBe(true);
  });

  test.each([
    [
      'an unknown placeholder',
      { ...shortRecovery, actions: [{ ...shortRecovery.actions[0], scriptTemplate: 'Hi {nickname}' }] },
      /nickname/,
    ],
    [
      'a negative deadline',
      { ...shortRecovery, actions: [{ ...shortRecovery.actions[0], dueInHours: -1 }] },
      /dueInHours/,
    ],
    [
      'a kind listed twice',
      { ...shortRecovery, actions: [shortRecovery.actions[0], shortRecovery.actions[0]] },
      /RECOVER/,
    ],
    [
      'sales outreach as a recommendation',
      { ...shortRecovery, actions: [{ ...shortRecovery.actions[0], kind: 'SALES_OUTREACH' }] },
      /SALES_OUTREACH/,
    ],
  ])('failing-playbook-with-%s-is-refused-and-changes-nothing', async (_name, rule, message) => {
    const before = await workspaceSettings();
    const result = await server.execute(PLAYBOOK_UPDATE, { input: { rules: [rule] } }, { as: 'admin' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
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
    const upsert = await server.execute<{ contactUpsert: { contact: { id: string } } }>(UPSERT_CONTACT, {
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
    const loop = await server.execute<ContactLoopResult>(CONTACT_LOOP, { id: contactId });
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
    const updated = await server.execute<{
      surveyPolicyUpdate: { surveyPolicy: { minDaysAfterSignup: number; minDaysBetweenSurveys: number } };
    }>(SURVEY_POLICY_UPDATE, { input: { minDaysAfterSignup: 7 } }, { as: 'admin' });
    expect(updated.data?.surveyPolicyUpdate.surveyPolicy).toEqual({ minDaysAfterSignup: 7, minDaysBetweenSurveys: 90 });
    expect((await contactWith(8, null))?.eligible).toBe(true);
  });

  test.each([
    ['as an agent', { minDaysAfterSignup: 7 }, 'agent', 'FORBIDDEN'],
    ['with a negative number of days', { minDaysAfterSignup: -1 }, 'admin', 'BAD_USER_INPUT'],
    ['with more than two years between surveys', { minDaysBetweenSurveys: 1000 }, 'admin', 'BAD_USER_INPUT'],
  ] as const)('failing-policy-change-%s', async (_name, input, role, code) => {
    const before = await workspaceSettings();
    const result = await server.execute(SURVEY_POLICY_UPDATE, { input }, { as: role });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(await workspaceSettings()).toBe(before);
  });
});
