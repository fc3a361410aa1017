import { print } from 'graphql';
import { FollowUpModel } from '../api/src/modules/follow-up/follow-up.model';
import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { graphql } from './__generated__';
import type { PlaybookRuleInput, RecommendedActionKind } from './__generated__/graphql';
import { CONTACT_LOOP, FOLLOW_UP_CREATE, RECOMMENDED_ACTION_COMPLETE } from './support/closed-loop-operations';
import { clearContactData } from './support/db-state';
import { startExtraApp } from './support/extra-app';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// The default playbook, the reasons of recommended actions and the default titles of new
// follow-ups speak the caller's language (Accept-Language: en or zh-CN); the rules an admin
// wrote are the workspace's own words and read as written in every language.

let server: TestServer;
const HOUR_MS = 60 * 60 * 1000;
/** Any Chinese character. */
const HAN = /\p{Script=Han}/u;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await Promise.all([
    clearContactData(),
    FollowUpModel.deleteMany({}).exec(),
    WorkspaceModel.updateOne({ _id: 'acme' }, { $set: { playbook: null } }).exec(),
  ]);
});

const PLAYBOOK = graphql(`
  query TestPlaybookInLocale {
    playbook {
      isDefault
      rules {
        trigger
        actions {
          kind
          title
          scriptTemplate
        }
      }
    }
  }
`);

const SALES_OUTREACH = graphql(`
  mutation TestSalesOutreachInLocale($input: SalesCandidateMarkContactedInput!) {
    salesCandidateMarkContacted(input: $input) {
      followUp {
        kind
        title
      }
    }
  }
`);

const PLAYBOOK_UPDATE = graphql(`
  mutation TestPlaybookUpdateInLocale($input: PlaybookUpdateInput!) {
    playbookUpdate(input: $input) {
      errors {
        message
      }
      playbook {
        isDefault
      }
    }
  }
`);

/** The headers of a caller whose host asks for `language`; none at all for undefined. */
const asking = (language: string | undefined): Record<string, string> =>
  language === undefined ? {} : { 'accept-language': language };

/** A contact who fell from 9 to a 2 answered an hour ago: ESCALATE, RECOVER and SOLVE_ROOT_CAUSE are due. */
async function fallenDetractor(): Promise<string> {
  let contactId = '';
  for (const [score, hoursAgo] of [
    [9, 24 * 30],
    [2, 1],
  ] as const) {
    const result = await server.execute(RECORD_RESPONSE, {
      input: npsInput({
        contact: { externalId: 'zd-42', name: 'Ada Lovelace', company: 'Analytical Engines' },
        score,
        sourceId: `nps-${score}`,
        answeredAt: new Date(Date.now() - hoursAgo * HOUR_MS).toISOString(),
      }),
    });
    expect(result.errors).toBeUndefined();
    contactId = result.data?.responseRecord.contact.id ?? '';
  }
  return contactId;
}

/** The contact's recommended actions for a caller asking for `language`, of the kinds expected. */
async function recommendedActions(
  contactId: string,
  language: string | undefined,
  kinds = ['ESCALATE', 'RECOVER', 'SOLVE_ROOT_CAUSE'],
) {
  const result = await server.execute(CONTACT_LOOP, { id: contactId }, { headers: asking(language) });
  expect(result.errors).toBeUndefined();
  const actions = result.data?.contact.recommendedActions ?? [];
  expect(actions.map((action) => action.kind)).toEqual(kinds);
  return actions;
}

async function playbookRules(language: string | undefined, as: 'agent' | 'admin' = 'agent') {
  const result = await server.execute(PLAYBOOK, {}, { as, headers: asking(language) });
  expect(result.errors).toBeUndefined();
  return result.data?.playbook.rules ?? [];
}

const ruleOf = (rules: Awaited<ReturnType<typeof playbookRules>>, trigger: string) =>
  rules.find((rule) => rule.trigger === trigger)?.actions ?? [];

describe('the default playbook in the caller language', () => {
  test.each(['zh-CN', 'zh', 'zh-Hans-CN', 'zh-SG', 'fr, zh-CN;q=0.5'])(
    'successful-detractor-actions-come-in-chinese-with-accept-language-%s',
    async (language) => {
      const contactId = await fallenDetractor();
      const actions = await recommendedActions(contactId, language);
      for (const action of actions) {
        expect(action.title).toMatch(HAN);
        expect(action.script).toMatch(HAN);
        expect(action.reason).toMatch(HAN);
      }
      const recover = actions.find((action) => action.kind === 'RECOVER');
      expect(recover?.title).toBe('挽回：48小时内联系客户');
      expect(recover?.script).toMatch(/^尊敬的Ada Lovelace，您好！.*2分（满分10分）/);
      expect(recover?.reason).toBe('最新评分 2 分（贬损者），由 9 分（推荐者）下降');
      expect(actions.find((action) => action.kind === 'ESCALATE')?.reason).toBe(
        '流失风险，降为贬损者：最新评分 2 分（贬损者），由 9 分（推荐者）下降',
      );
      expect(actions.find((action) => action.kind === 'SOLVE_ROOT_CAUSE')?.script).toContain('Analytical Engines');
    },
  );

  test.each([
    ['en', 'en'],
    ['no header', undefined],
    ['fr', 'fr'],
    ['en-GB preferred to zh', 'en-GB, zh-CN;q=0.5'],
    ['any language', '*'],
    ['traditional Chinese', 'zh-TW'],
  ])('successful-detractor-actions-come-in-english-with-%s', async (_case, language) => {
    const contactId = await fallenDetractor();
    const actions = await recommendedActions(contactId, language);
    for (const action of actions) expect(`${action.title} ${action.script} ${action.reason}`).not.toMatch(HAN);
    const recover = actions.find((action) => action.kind === 'RECOVER');
    expect(recover?.title).toBe('Recover: contact within 48 h');
    expect(recover?.script).toMatch(/^Hi Ada, .* a 2 out of 10/);
    expect(recover?.reason).toBe('Latest answer 2 (detractor), down from 9 (promoter)');
    expect(actions.find((action) => action.kind === 'ESCALATE')?.reason).toBe(
      'Churn risk, fell to detractor: latest answer 2 (detractor), down from 9 (promoter)',
    );
  });

  test('successful-untouched-default-playbook-reads-in-the-caller-language', async () => {
    const chinese = await playbookRules('zh-CN');
    const english = await playbookRules('en');
    expect(chinese.map((rule) => rule.actions.map((action) => action.kind))).toEqual(
      english.map((rule) => rule.actions.map((action) => action.kind)),
    );
    for (const action of chinese.flatMap((rule) => rule.actions)) {
      expect(action.title).toMatch(HAN);
      expect(action.scriptTemplate).toMatch(HAN);
    }
    for (const action of english.flatMap((rule) => rule.actions)) {
      expect(`${action.title} ${action.scriptTemplate}`).not.toMatch(HAN);
    }
  });
});

describe('rules an admin wrote', () => {
  const ownRecovery: PlaybookRuleInput = {
    trigger: 'DETRACTOR',
    actions: [
      {
        kind: 'RECOVER',
        title: 'Call {firstName} within 4 h',
        scriptTemplate: '{name}您好，我是 {company} 的客户成功经理。We saw your {score}.',
        priority: 'URGENT',
        dueInHours: 4,
      },
    ],
  };

  test('successful-edited-rule-reads-exactly-as-written-whatever-the-language', async () => {
    const contactId = await fallenDetractor();
    // Written by an admin whose panel speaks Chinese: the English title is kept, not translated.
    const updated = await server.execute(
      PLAYBOOK_UPDATE,
      { input: { rules: [ownRecovery] } },
      { as: 'admin', headers: asking('zh-CN') },
    );
    expect(updated.data?.playbookUpdate).toEqual({ errors: [], playbook: { isDefault: false } });

    for (const language of ['zh-CN', 'en', undefined, 'fr']) {
      const chinese = language === 'zh-CN';
      // The own detractor rule has no root-cause action: only the rule as written counts.
      const actions = await recommendedActions(contactId, language, ['ESCALATE', 'RECOVER']);
      expect(actions.find((action) => action.kind === 'RECOVER')).toMatchObject({
        title: 'Call Ada within 4 h',
        script: 'Ada Lovelace您好，我是 Analytical Engines 的客户成功经理。We saw your 2.',
        priority: 'URGENT',
      });
      // The situations nobody edited still follow the caller's language.
      const escalate = actions.find((action) => action.kind === 'ESCALATE');
      expect(HAN.test(`${escalate?.title}`)).toBe(chinese);

      const rules = await playbookRules(language);
      expect(ruleOf(rules, 'DETRACTOR')).toEqual([
        {
          kind: 'RECOVER',
          title: ownRecovery.actions[0]?.title,
          scriptTemplate: ownRecovery.actions[0]?.scriptTemplate,
        },
      ]);
      expect(HAN.test(`${ruleOf(rules, 'PROMOTER')[0]?.title}`)).toBe(chinese);
    }
  });
});

describe('follow-ups opened from a recommended action', () => {
  test('successful-follow-up-keeps-the-title-the-agent-saw-in-any-language-later', async () => {
    const contactId = await fallenDetractor();
    const shown = await recommendedActions(contactId, 'zh-CN');
    const titleOf = (kind: string) => shown.find((action) => action.kind === kind)?.title;

    const logged = await server.execute(
      RECOMMENDED_ACTION_COMPLETE,
      { input: { contactId, kind: 'RECOVER', outcome: '已电话联系' } },
      { headers: asking('zh-CN') },
    );
    expect(logged.data?.recommendedActionComplete.followUp?.title).toBe(titleOf('RECOVER'));
    const created = await server.execute(
      FOLLOW_UP_CREATE,
      { input: { contactId, kind: 'SOLVE_ROOT_CAUSE' } },
      { headers: asking('zh-CN') },
    );
    expect(created.data?.followUpCreate.followUp.title).toBe(titleOf('SOLVE_ROOT_CAUSE'));

    // Read later by an agent in English: the stored titles are not translated.
    const later = await server.execute(CONTACT_LOOP, { id: contactId }, { headers: asking('en') });
    const titles = later.data?.contact.followUps.edges.map(({ node }) => [node.kind, node.title]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['RECOVER', titleOf('RECOVER')],
        ['SOLVE_ROOT_CAUSE', titleOf('SOLVE_ROOT_CAUSE')],
      ]),
    );
    expect(titleOf('RECOVER')).toMatch(HAN);
  });

  test('successful-follow-up-for-a-kind-not-recommended-keeps-the-kind-in-the-caller-words', async () => {
    const contactId = await fallenDetractor();
    // A detractor is recommended no PROBE nor THANK: their titles are the kind in words.
    await recommendedActions(contactId, 'zh-CN');
    const opened = async (kind: RecommendedActionKind, language: string | undefined) => {
      const result = await server.execute(
        FOLLOW_UP_CREATE,
        { input: { contactId, kind } },
        { headers: asking(language) },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.followUpCreate.followUp.title;
    };
    await expect(opened('PROBE', 'zh-CN')).resolves.toBe('询问改进建议');
    await expect(opened('THANK', undefined)).resolves.toBe('Thank');

    // Read later by an agent in the other language: the stored titles are not translated.
    for (const language of ['en', 'zh-CN']) {
      const later = await server.execute(CONTACT_LOOP, { id: contactId }, { headers: asking(language) });
      const titles = later.data?.contact.followUps.edges.map(({ node }) => [node.kind, node.title]);
      expect(titles).toEqual(
        expect.arrayContaining([
          ['PROBE', '询问改进建议'],
          ['THANK', 'Thank'],
        ]),
      );
    }
  });
});

describe('sales outreach logged by a rep', () => {
  test.each([
    ['zh-CN', '销售拓展（追加销售或转介绍）'],
    ['en', 'Sales outreach (upsell or referral)'],
  ])('successful-outreach-logged-with-accept-language-%s-is-titled-in-that-language', async (language, title) => {
    const recorded = await server.execute(RECORD_RESPONSE, {
      input: npsInput({ score: 10, answeredAt: new Date(Date.now() - HOUR_MS).toISOString() }),
    });
    expect(recorded.errors).toBeUndefined();
    const contactId = recorded.data?.responseRecord.contact.id ?? '';
    const logged = await server.execute(
      SALES_OUTREACH,
      { input: { contactId, note: 'Talked about the analytics add-on' } },
      { as: 'sales', headers: asking(language) },
    );
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.salesCandidateMarkContacted.followUp).toEqual({ kind: 'SALES_OUTREACH', title });
  });
});

describe('shared caches', () => {
  /** The names in an answer's Vary header, lower-cased. */
  const varyOf = (response: Response) =>
    (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());

  test('successful-graphql-answers-vary-by-accept-language-and-keep-the-cors-vary-origin', async () => {
    // A server with a CORS allowlist, whose middleware sets `Vary: Origin` itself.
    const helpdesk = 'https://helpdesk.example';
    const allowlisted = await startExtraApp({ CORS_ORIGINS: helpdesk });
    try {
      for (const [baseUrl, origin] of [
        [server.baseUrl, undefined],
        [allowlisted.baseUrl, helpdesk],
      ] as const) {
        const answers = await Promise.all(
          ['en', 'zh-CN'].map(async (language) => {
            const response = await fetch(`${baseUrl}/graphql`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${server.tokenFor('agent')}`,
                ...asking(language),
                ...(origin ? { origin } : {}),
              },
              body: JSON.stringify({ query: print(PLAYBOOK) }),
            });
            expect(response.status).toBe(200);
            expect(varyOf(response)).toContain('accept-language');
            if (origin) expect(varyOf(response)).toContain('origin');
            return response.text();
          }),
        );
        // What the header warns caches of: the same request, another language, another answer.
        const [english, chinese] = answers;
        expect(english).not.toMatch(HAN);
        expect(chinese).toMatch(HAN);
      }
    } finally {
      await allowlisted.stop();
    }
  });
});
