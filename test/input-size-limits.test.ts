import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { AlertEndpointModel } from '../api/src/modules/alert/alert.model';
import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { graphql } from './__generated__';
import type {
  AlertEndpointAddInput,
  AlertEvent,
  ContactUpsertInput,
  PlaybookActionInput,
  PlaybookRuleInput,
  SurveyMetric,
} from './__generated__/graphql';
import { clearContactData, storedState } from './support/db-state';
import { ALERT_ENDPOINT_ADD } from './support/alert-operations';
import { RECORD_RESPONSE, UPSERT_CONTACT, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 10 item 8: a size limit on every stored text and list. Each case: at the limit the
// input is stored, one over it is refused with BAD_USER_INPUT naming the field, and nothing
// is written.

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

const text = (length: number) => 'x'.repeat(length);
const tags = (count: number, length = 10) =>
  Array.from({ length: count }, (_, index) => `${String(index).padStart(4, '0')}${text(length - 4)}`);

/** A form mutation's refusal: its payload's `errors` name `input.<field>`, its object is null, nothing changed. */
async function expectUserErrorUnchanged<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  field: string,
  as: 'agent' | 'admin' = 'agent',
) {
  const before = await storedState();
  const workspace = JSON.stringify(await WorkspaceModel.findById('acme').lean().exec());
  const result = await server.execute(document, variables, { as });
  expect(result.errors).toBeUndefined();
  // The mutation's one payload, whichever form mutation it is: its `errors` and its object.
  const [payload]: ({ errors?: unknown } | undefined)[] = Object.values(result.data ?? {});
  expect(payload?.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: `input.${field}` })]));
  for (const [key, value] of Object.entries(payload ?? {})) if (key !== 'errors') expect(value).toBeNull();
  expect(await storedState()).toBe(before);
  expect(JSON.stringify(await WorkspaceModel.findById('acme').lean().exec())).toBe(workspace);
}

async function expectRefusedUnchanged<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  field: string,
  as: 'agent' | 'admin' = 'agent',
) {
  const before = await storedState();
  const workspace = JSON.stringify(await WorkspaceModel.findById('acme').lean().exec());
  const result = await server.execute(document, variables, { as });
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await storedState()).toBe(before);
  expect(JSON.stringify(await WorkspaceModel.findById('acme').lean().exec())).toBe(workspace);
}

async function expectStored<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  as: 'agent' | 'admin' = 'agent',
) {
  const result = await server.execute(document, variables, { as });
  expect(result.errors).toBeUndefined();
}

describe('answers', () => {
  test.each([
    ['comment', { comment: text(5000) }, { comment: text(5001) }, 'comment'],
    ['tag count', { tags: tags(20) }, { tags: tags(21) }, 'tags'],
    ['tag length', { tags: [text(50)] }, { tags: [text(51)] }, 'tags.0'],
    ['campaign', { campaign: text(200) }, { campaign: text(201) }, 'campaign'],
    ['channel', { channel: text(100) }, { channel: text(101) }, 'channel'],
    ['team', { team: text(100) }, { team: text(101) }, 'team'],
    ['agent id', { agentId: text(200) }, { agentId: text(201) }, 'agentId'],
    ['source id', { sourceId: text(200) }, { sourceId: text(201) }, 'sourceId'],
  ])('answer-%s-at-the-limit-is-stored-one-over-is-refused', async (_name, atLimit, over, field) => {
    await expectStored(RECORD_RESPONSE, { input: npsInput({ sourceId: 'at-limit', ...atLimit }) });
    await expectRefusedUnchanged(RECORD_RESPONSE, { input: npsInput({ sourceId: 'over', ...over }) }, field);
  });
});

describe('contacts', () => {
  const contact = (fields: Partial<ContactUpsertInput>) => ({ input: { externalId: 'zd-size', ...fields } });
  test.each([
    ['tag count', { tags: tags(50) }, { tags: tags(51) }, 'tags'],
    ['tag length', { tags: [text(50)] }, { tags: [text(51)] }, 'tags.0'],
    ['name', { name: text(200) }, { name: text(201) }, 'name'],
    ['company', { company: text(200) }, { company: text(201) }, 'company'],
    ['plan', { plan: text(100) }, { plan: text(101) }, 'plan'],
    ['region', { region: text(100) }, { region: text(101) }, 'region'],
    ['external id', { externalId: text(200) }, { externalId: text(201) }, 'externalId'],
  ])('contact-%s-at-the-limit-is-stored-one-over-is-refused', async (_name, atLimit, over, field) => {
    await expectStored(UPSERT_CONTACT, contact(atLimit));
    await clearContactData();
    await expectRefusedUnchanged(UPSERT_CONTACT, contact(over), field);
  });
});

describe('playbook', () => {
  const PLAYBOOK_UPDATE = graphql(`
    mutation SizePlaybookUpdate($input: PlaybookUpdateInput!) {
      playbookUpdate(input: $input) {
        errors {
          field
          message
        }
        playbook {
          isDefault
        }
      }
    }
  `);
  const action = (fields: Partial<PlaybookActionInput> = {}): PlaybookActionInput => ({
    kind: 'THANK',
    title: 'Thank {firstName}',
    scriptTemplate: 'Thanks for the {score}!',
    priority: 'LOW',
    ...fields,
  });
  const update = (
    actions: PlaybookActionInput[],
    extraRules: PlaybookRuleInput[] = [],
  ): VariablesOf<typeof PLAYBOOK_UPDATE> => ({
    input: { rules: [{ trigger: 'PROMOTER', actions }, ...extraRules] },
  });

  test('a-script-of-2000-characters-is-stored-2001-is-refused', async () => {
    await expectStored(PLAYBOOK_UPDATE, update([action({ scriptTemplate: text(2000) })]), 'admin');
    await expectUserErrorUnchanged(
      PLAYBOOK_UPDATE,
      update([action({ scriptTemplate: text(2001) })]),
      'rules.0.actions.0.scriptTemplate',
      'admin',
    );
  });

  test('a-title-of-120-characters-is-stored-121-is-refused', async () => {
    await expectStored(PLAYBOOK_UPDATE, update([action({ title: text(120) })]), 'admin');
    await expectUserErrorUnchanged(
      PLAYBOOK_UPDATE,
      update([action({ title: text(121) })]),
      'rules.0.actions.0.title',
      'admin',
    );
  });

  test('more-actions-than-20-or-more-rules-than-triggers-are-refused', async () => {
    await expectUserErrorUnchanged(
      PLAYBOOK_UPDATE,
      update(Array.from({ length: 21 }, () => action())),
      'rules.0.actions',
      'admin',
    );
    const nine = Array.from({ length: 8 }, (): PlaybookRuleInput => ({ trigger: 'PASSIVE', actions: [] }));
    await expectUserErrorUnchanged(PLAYBOOK_UPDATE, update([action()], nine), 'rules', 'admin');
  });
});

describe('survey policy', () => {
  const SURVEY_POLICY_UPDATE = graphql(`
    mutation SizeSurveyPolicyUpdate($input: SurveyPolicyUpdateInput!) {
      surveyPolicyUpdate(input: $input) {
        errors {
          field
          message
        }
        surveyPolicy {
          minDaysAfterSignup
        }
      }
    }
  `);
  test('at-most-one-entry-per-metric-a-longer-list-is-refused', async () => {
    const entry = (metric: SurveyMetric) => ({ metric, minDaysAfterSignup: 10 });
    await expectStored(
      SURVEY_POLICY_UPDATE,
      { input: { metrics: (['NPS', 'CSAT', 'CES'] as const).map(entry) } },
      'admin',
    );
    await expectUserErrorUnchanged(
      SURVEY_POLICY_UPDATE,
      { input: { metrics: (['NPS', 'CSAT', 'CES', 'NPS'] as const).map(entry) } },
      'metrics',
      'admin',
    );
  });
});

describe('alert endpoints', () => {
  const EVENTS: AlertEvent[] = ['DETRACTOR_ANSWER', 'FALL_TO_DETRACTOR', 'RECOVERY_OVERDUE'];
  const endpoint = (fields: Partial<AlertEndpointAddInput>): { input: AlertEndpointAddInput } => ({
    input: { kind: 'STANDARD_WEBHOOK', name: 'n', url: 'https://hooks.example.com/nps', events: EVENTS, ...fields },
  });
  test.each<[string, Partial<AlertEndpointAddInput>, Partial<AlertEndpointAddInput>, string]>([
    ['name', { name: text(120) }, { name: text(121) }, 'name'],
    ['url', { url: `https://h.example.com/${text(1978)}` }, { url: `https://h.example.com/${text(1979)}` }, 'url'],
    ['event list', { events: EVENTS }, { events: [...EVENTS, 'DETRACTOR_ANSWER'] }, 'events'],
  ])('endpoint-%s-at-the-limit-is-stored-one-over-is-refused', async (_name, atLimit, over, field) => {
    await AlertEndpointModel.deleteMany({}).exec();
    await expectStored(ALERT_ENDPOINT_ADD, endpoint(atLimit), 'admin');
    const count = await AlertEndpointModel.countDocuments().exec();
    await expectRefusedUnchanged(ALERT_ENDPOINT_ADD, endpoint(over), field, 'admin');
    expect(await AlertEndpointModel.countDocuments().exec()).toBe(count);
  });
});

describe('webhook secrets', () => {
  const ADD = graphql(`
    mutation SizeWebhookSecretAdd($input: WebhookSecretAddInput!) {
      webhookSecretAdd(input: $input) {
        secret
      }
    }
  `);
  test('a-label-of-100-characters-is-stored-101-is-refused', async () => {
    await expectStored(ADD, { input: { provider: 'STANDARD', label: text(100) } }, 'admin');
    await expectRefusedUnchanged(ADD, { input: { provider: 'STANDARD', label: text(101) } }, 'label', 'admin');
  });
});

describe('segment filters', () => {
  const CANDIDATES = graphql(`
    query SizeCandidates($filter: SurveyCandidateFilter) {
      surveyCandidates(metric: NPS, first: 1, filter: $filter) {
        pageInfo {
          hasNextPage
        }
      }
    }
  `);
  test.each([
    ['plan', { plan: text(100) }, { plan: text(101) }],
    ['region', { region: text(100) }, { region: text(101) }],
    ['tag', { tag: text(50) }, { tag: text(51) }],
  ])('a-%s-filter-longer-than-any-stored-value-is-refused', async (name, atLimit, over) => {
    const ok = await server.execute(CANDIDATES, { filter: atLimit });
    expect(ok.errors).toBeUndefined();
    const refused = await server.execute(CANDIDATES, { filter: over });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${name}` });
  });
});
