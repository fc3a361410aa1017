import { Webhook } from 'standardwebhooks';
import { secretBox, type SecretBox } from '../api/src/auth/secret-box';
import { dispatchDueAlerts, startAlertDispatcher } from '../api/src/modules/alert/alert.dispatcher';
import { enqueueOverdueAlerts } from '../api/src/modules/alert/alert.events';
import { AlertDeliveryModel, AlertEndpointModel, type AlertDeliveryDoc } from '../api/src/modules/alert/alert.model';
import type { AlertPayload, SlackMessage } from '../api/src/modules/alert/alert.payload';
import { FollowUpModel } from '../api/src/modules/follow-up/follow-up.model';
import { graphql } from './__generated__';
import type {
  AlertDeliveryFilter,
  AlertEndpointAddInput,
  AlertEvent,
  RecommendedActionKind,
  ResponseRecordInput,
} from './__generated__/graphql';
import {
  ALERT_DELIVERIES,
  ALERT_ENDPOINTS,
  ALERT_ENDPOINT_ADD,
  ALERT_ENDPOINT_REMOVE,
  ALERT_ENDPOINT_TEST,
  ALERT_ENDPOINT_UPDATE,
} from './support/alert-operations';
import { FOLLOW_UP_CREATE } from './support/closed-loop-operations';
import { clearContactData } from './support/db-state';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

// Alerts out: events stored in the outbox by the recording pipeline and the overdue
// scheduler, sent by the dispatcher to real HTTP receivers on 127.0.0.1.

let server: TestServer;
let box: SecretBox;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'globex'] });
  box = secretBox(server.config.secretsKey);
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await Promise.all([
    clearContactData(),
    FollowUpModel.deleteMany({}).exec(),
    AlertEndpointModel.deleteMany({}).exec(),
    AlertDeliveryModel.deleteMany({}).exec(),
  ]);
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function receiver(answer?: (index: number) => number | 'hang'): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(answer);
  receivers.push(started);
  return started;
}

const ALL_EVENTS: AlertEvent[] = ['DETRACTOR_ANSWER', 'FALL_TO_DETRACTOR', 'RECOVERY_OVERDUE'];

const CAN_MANAGE_ALERTS = graphql(`
  query TestAlertsViewer {
    viewer {
      canManageAlerts
    }
  }
`);

async function addEndpoint(input: Partial<AlertEndpointAddInput> & { url: string }) {
  const result = await server.execute(
    ALERT_ENDPOINT_ADD,
    { input: { kind: 'STANDARD_WEBHOOK', name: 'Support leads', events: ALL_EVENTS, ...input } },
    { as: 'admin' },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.alertEndpointAdd;
}

let answers = 0;
/** Records an NPS answer through GraphQL, as a survey tool does. */
async function record(score: number, overrides: Partial<ResponseRecordInput> = {}) {
  answers += 1;
  const result = await server.execute(RECORD_RESPONSE, {
    input: npsInput({
      score,
      sourceId: `alert-${answers}`,
      comment: 'Waited three days for an answer',
      answeredAt: new Date(Date.now() - 60_000).toISOString(),
      ...overrides,
    }),
  });
  expect(result.errors).toBeUndefined();
  return result.data!.responseRecord;
}

const storedDeliveries = () =>
  AlertDeliveryModel.find().sort({ createdAt: 1, _id: 1 }).lean<AlertDeliveryDoc[]>().exec();

async function deliveries(filter: AlertDeliveryFilter = {}) {
  const result = await server.execute(ALERT_DELIVERIES, { first: 100, filter }, { as: 'admin' });
  expect(result.errors).toBeUndefined();
  return result.data!.alertDeliveries.edges.map((edge) => edge.node);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('endpoints', () => {
  test('successful-standard-webhook-endpoint-shows-its-signing-secret-once', async () => {
    const { endpoint, signingSecret } = await addEndpoint({ url: 'https://hooks.example.com/nps' });
    expect(signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ kind: 'STANDARD_WEBHOOK', url: 'https://hooks.example.com/nps', enabled: true });

    const listed = await server.execute(ALERT_ENDPOINTS, {}, { as: 'admin' });
    expect(listed.errors).toBeUndefined();
    expect(JSON.stringify(listed)).not.toContain(signingSecret!.slice(6));
    const stored = await AlertEndpointModel.findById(endpoint.id).lean().exec();
    expect(JSON.stringify(stored)).not.toContain(signingSecret!.slice(6));
  });

  test('successful-slack-endpoint-hides-its-url-which-is-a-credential', async () => {
    const url = 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX';
    const { endpoint, signingSecret } = await addEndpoint({ kind: 'SLACK', url, events: ['DETRACTOR_ANSWER'] });
    expect(signingSecret).toBeNull();
    expect(endpoint.url).toBe('https://hooks.slack.com/…');
    const listed = await server.execute(ALERT_ENDPOINTS, {}, { as: 'admin' });
    expect(JSON.stringify(listed)).not.toContain('XXXXXXXXXXXXXXXX');
    expect(JSON.stringify(await AlertEndpointModel.findById(endpoint.id).lean().exec())).not.toContain('XXXXXXXX');
  });

  test('successful-slack-url-change-is-sealed-and-used', async () => {
    const hook = await receiver();
    const { endpoint } = await addEndpoint({ kind: 'SLACK', url: 'https://hooks.slack.com/services/T0/B0/old' });
    const updated = await server.execute(
      ALERT_ENDPOINT_UPDATE,
      { input: { id: endpoint.id, url: hook.url } },
      { as: 'admin' },
    );
    expect(updated.data!.alertEndpointUpdate.endpoint.url).toBe(`${new URL(hook.url).origin}/…`);
    const tested = await server.execute(ALERT_ENDPOINT_TEST, { input: { id: endpoint.id } }, { as: 'admin' });
    expect(tested.data!.alertEndpointTest.delivery.status).toBe('SENT');
    expect(hook.received).toHaveLength(1);
  });

  test('successful-update-and-remove', async () => {
    const { endpoint } = await addEndpoint({ url: 'https://hooks.example.com/nps' });
    const updated = await server.execute(
      ALERT_ENDPOINT_UPDATE,
      { input: { id: endpoint.id, name: 'Churn desk', events: ['FALL_TO_DETRACTOR'], enabled: false } },
      { as: 'admin' },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.alertEndpointUpdate.endpoint).toMatchObject({
      name: 'Churn desk',
      url: 'https://hooks.example.com/nps',
      events: ['FALL_TO_DETRACTOR'],
      enabled: false,
    });

    const unchanged = await server.execute(
      ALERT_ENDPOINT_UPDATE,
      { input: { id: endpoint.id, name: null } },
      { as: 'admin' },
    );
    expect(unchanged.data!.alertEndpointUpdate.endpoint).toEqual(updated.data!.alertEndpointUpdate.endpoint);

    const removed = await server.execute(ALERT_ENDPOINT_REMOVE, { input: { id: endpoint.id } }, { as: 'admin' });
    expect(removed.data).toEqual({ alertEndpointRemove: { removedId: endpoint.id } });
    expect(await AlertEndpointModel.countDocuments()).toBe(0);
    const again = await server.execute(ALERT_ENDPOINT_REMOVE, { input: { id: endpoint.id } }, { as: 'admin' });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test.each<[string, Partial<AlertEndpointAddInput>, string]>([
    ['no events', { events: [] }, 'events'],
    ['the TEST event', { events: ['TEST'] }, 'events.0'],
    ['a non-http URL', { url: 'ftp://hooks.example.com/nps' }, 'url'],
    ['a blank name', { name: ' ' }, 'name'],
  ])('failing-endpoint-with-%s-is-refused-and-nothing-stored', async (_case, input, field) => {
    const result = await server.execute(
      ALERT_ENDPOINT_ADD,
      {
        input: {
          kind: 'STANDARD_WEBHOOK',
          name: 'x',
          url: 'https://hooks.example.com/nps',
          events: ALL_EVENTS,
          ...input,
        },
      },
      { as: 'admin' },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await AlertEndpointModel.countDocuments()).toBe(0);
  });

  test.each(['agent', 'sales'] as const)('failing-%s-may-not-manage-alerts', async (role) => {
    const { endpoint } = await addEndpoint({ url: 'https://hooks.example.com/nps' });
    const before = JSON.stringify(await AlertEndpointModel.find().lean().exec());
    const attempts = [
      server.execute(ALERT_ENDPOINTS, {}, { as: role }),
      server.execute(ALERT_DELIVERIES, {}, { as: role }),
      server.execute(
        ALERT_ENDPOINT_ADD,
        { input: { kind: 'SLACK', name: 'x', url: 'https://hooks.slack.com/services/x', events: ALL_EVENTS } },
        { as: role },
      ),
      server.execute(ALERT_ENDPOINT_UPDATE, { input: { id: endpoint.id, enabled: false } }, { as: role }),
      server.execute(ALERT_ENDPOINT_REMOVE, { input: { id: endpoint.id } }, { as: role }),
      server.execute(ALERT_ENDPOINT_TEST, { input: { id: endpoint.id } }, { as: role }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await server.execute(ALERT_ENDPOINTS, {}, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(await AlertEndpointModel.find().lean().exec())).toBe(before);
    expect(await AlertDeliveryModel.countDocuments()).toBe(0);

    const viewer = await server.execute(CAN_MANAGE_ALERTS, {}, { as: role });
    expect(viewer.data!.viewer.canManageAlerts).toBe(false);
    const admin = await server.execute(CAN_MANAGE_ALERTS, {}, { as: 'admin' });
    expect(admin.data!.viewer.canManageAlerts).toBe(true);
  });

  test('failing-another-workspace-endpoint-is-not-found', async () => {
    const { endpoint } = await addEndpoint({ url: 'https://hooks.example.com/nps' });
    const result = await server.execute(
      ALERT_ENDPOINT_UPDATE,
      { input: { id: endpoint.id, enabled: false } },
      { as: 'admin', workspaceId: 'globex' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await AlertEndpointModel.findById(endpoint.id).lean().exec())?.enabled).toBe(true);
  });
});

describe('events from answers', () => {
  test('successful-detractor-answer-is-delivered-once-signed-as-standard-webhooks', async () => {
    const hook = await receiver();
    const { endpoint, signingSecret } = await addEndpoint({ url: hook.url });
    const recorded = await record(3);
    expect(await storedDeliveries()).toHaveLength(1);

    // A retried delivery of the same answer stores nothing new.
    const retried = await server.execute(RECORD_RESPONSE, {
      input: npsInput({ score: 3, sourceId: `alert-${answers}` }),
    });
    expect(retried.data!.responseRecord.duplicate).toBe(true);
    const [stored] = await storedDeliveries();
    expect(stored).toMatchObject({ event: 'DETRACTOR_ANSWER', status: 'PENDING', subjectId: recorded.response.id });

    expect(await dispatchDueAlerts(box)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await dispatchDueAlerts(box)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    expect(request!.headers['webhook-id']).toBe(stored!._id);
    const payload = new Webhook(signingSecret!).verify(request!.body, request!.headers) as AlertPayload;
    expect(payload).toMatchObject({
      type: 'response.detractor',
      data: {
        workspaceId: 'acme',
        contact: {
          id: recorded.contact.id,
          externalId: 'zd-42',
          name: 'Ada Lovelace',
          loyalty: { category: 'DETRACTOR' },
        },
        response: { id: recorded.response.id, score: 3, comment: 'Waited three days for an answer' },
        recommendedAction: { kind: 'RECOVER' },
      },
    });
    // Signed with anything else, it does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(request!.body, request!.headers),
    ).toThrow();

    const [listed] = await deliveries();
    expect(listed).toMatchObject({
      id: stored!._id,
      event: 'DETRACTOR_ANSWER',
      status: 'SENT',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      endpoint: { id: endpoint.id },
    });
    expect(listed!.sentAt).not.toBeNull();
  });

  test('successful-promoters-and-passives-raise-no-alert', async () => {
    await addEndpoint({ url: 'https://hooks.example.com/nps' });
    await record(9);
    await record(7, { contact: { externalId: 'zd-43' } });
    expect(await storedDeliveries()).toHaveLength(0);
  });

  test('successful-fall-to-detractor-is-its-own-event-when-the-answer-is-the-latest', async () => {
    const hook = await receiver();
    const { signingSecret } = await addEndpoint({ url: hook.url });
    await record(9, { answeredAt: '2026-11-01T10:00:00.000Z' });
    const fall = await record(2, { answeredAt: '2026-11-02T10:00:00.000Z' });
    // An older detractor answer arriving late is a detractor answer but no fall.
    const late = await record(4, { answeredAt: '2026-10-01T10:00:00.000Z' });

    const stored = await storedDeliveries();
    expect(stored.map(({ event, subjectId }) => [event, subjectId]).sort()).toEqual(
      [
        ['DETRACTOR_ANSWER', fall.response.id],
        ['DETRACTOR_ANSWER', late.response.id],
        ['FALL_TO_DETRACTOR', fall.response.id],
      ].sort(),
    );
    await dispatchDueAlerts(box);
    const payloads = hook.received.map(
      (request) => new Webhook(signingSecret!).verify(request.body, request.headers) as AlertPayload,
    );
    expect(payloads.find((payload) => payload.type === 'contact.fell_to_detractor')).toMatchObject({
      data: {
        response: { score: 2 },
        contact: { loyalty: { category: 'DETRACTOR', previousCategory: 'PROMOTER', movement: 'FALL' } },
        recommendedAction: { kind: 'ESCALATE' },
      },
    });
  });

  test('successful-endpoints-get-only-the-events-they-chose', async () => {
    const detractorsOnly = await addEndpoint({ url: 'https://a.example.com/nps', events: ['DETRACTOR_ANSWER'] });
    const fallsOnly = await addEndpoint({ url: 'https://b.example.com/nps', events: ['FALL_TO_DETRACTOR'] });
    await addEndpoint({ url: 'https://c.example.com/nps', events: ['DETRACTOR_ANSWER'], enabled: false });
    await record(8, { answeredAt: '2026-11-01T10:00:00.000Z' });
    await record(5, { answeredAt: '2026-11-02T10:00:00.000Z' });
    const stored = await storedDeliveries();
    expect(stored.map(({ event, endpointId }) => [event, endpointId.toHexString()]).sort()).toEqual(
      [
        ['DETRACTOR_ANSWER', detractorsOnly.endpoint.id],
        ['FALL_TO_DETRACTOR', fallsOnly.endpoint.id],
      ].sort(),
    );
  });

  test('successful-slack-gets-a-message-with-text-and-blocks', async () => {
    const hook = await receiver();
    await addEndpoint({ kind: 'SLACK', url: hook.url, events: ['DETRACTOR_ANSWER'] });
    await record(3, { comment: 'Refund took <3 weeks> & counting' });
    await dispatchDueAlerts(box);

    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['webhook-signature']).toBeUndefined();
    const message = JSON.parse(request!.body) as SlackMessage;
    expect(Object.keys(message).sort()).toEqual(['blocks', 'text']);
    expect(message.text).toBe(
      'Detractor answer: Ada Lovelace (Analytical Engines) scored 3/10. ' +
        '"Refund took &lt;3 weeks&gt; &amp; counting". Recommended: Recover: contact within 48 h',
    );
    expect(message.blocks).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Detractor answer: Ada Lovelace (Analytical Engines)*' },
        fields: [
          { type: 'mrkdwn', text: '*Score*\n3/10' },
          { type: 'mrkdwn', text: expect.stringMatching(/^\*Answered\*\n\d{4}-\d\d-\d\d \d\d:\d\d UTC$/) },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: '> Refund took &lt;3 weeks&gt; &amp; counting' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Recommended: Recover: contact within 48 h*' } },
    ]);
  });
});

describe('sending', () => {
  test('successful-retry-with-backoff-after-two-500s', async () => {
    const hook = await receiver((index) => (index < 2 ? 500 : 200));
    await addEndpoint({ url: hook.url });
    await record(1);
    const dispatcher = startAlertDispatcher(box, () => undefined, { intervalMs: 20, retryDelaysMs: [150, 300, 300] });
    try {
      const [delivery] = await eventually(deliveries, ([first]) => first?.status === 'SENT');
      expect(delivery).toMatchObject({ status: 'SENT', attempts: 3, lastStatusCode: 200, lastError: null });
    } finally {
      await dispatcher.stop();
    }
    expect(hook.received).toHaveLength(3);
    const [first, second, third] = hook.received;
    expect(new Set(hook.received.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(150);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(300);
  });

  test('failing-delivery-is-given-up-after-the-last-attempt', async () => {
    const hook = await receiver(() => 500);
    await addEndpoint({ url: hook.url });
    await record(1);
    const retryDelaysMs = [200];
    expect(await dispatchDueAlerts(box, { retryDelaysMs })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [retrying] = await deliveries();
    expect(retrying).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500 });
    expect(retrying!.lastError).toBe('HTTP 500: receiver trouble');
    expect(Date.parse(retrying!.nextAttemptAt!)).toBeGreaterThan(Date.parse(retrying!.lastAttemptAt!));

    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await dispatchDueAlerts(box, { retryDelaysMs })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const failures = await deliveries({ status: 'FAILED' });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ attempts: 2, lastStatusCode: 500, nextAttemptAt: null, sentAt: null });
    expect(await deliveries({ status: 'PENDING' })).toEqual([]);
  });

  test('successful-recording-is-neither-failed-nor-slowed-by-a-receiver-that-is-down-or-hangs', async () => {
    const down = await receiver();
    await down.close();
    const hanging = await receiver(() => 'hang');
    await addEndpoint({ url: down.url });
    await addEndpoint({ url: hanging.url });
    const dispatcher = startAlertDispatcher(box, () => undefined, { intervalMs: 20, timeoutMs: 500 });
    try {
      for (let index = 0; index < 5; index += 1) {
        const started = Date.now();
        await record(2, { contact: { externalId: `down-${index}` } });
        expect(Date.now() - started).toBeLessThan(1_000);
      }
      const settled = await eventually(deliveries, (listed) => listed.every((delivery) => delivery.attempts > 0));
      expect(settled).toHaveLength(10);
      for (const delivery of settled) expect(delivery.status).toMatch(/^(PENDING|SENDING)$/);
      const refused = settled.filter((delivery) => delivery.lastError?.includes('ECONNREFUSED'));
      expect(refused).toHaveLength(5);
    } finally {
      await dispatcher.stop();
    }
    const timedOut = await deliveries({ status: 'PENDING' });
    expect(timedOut.filter((delivery) => delivery.lastError === 'no answer within 500 ms')).toHaveLength(5);
  });

  test('successful-two-dispatchers-at-once-deliver-each-exactly-once', async () => {
    const hook = await receiver();
    await addEndpoint({ url: hook.url, events: ['DETRACTOR_ANSWER'] });
    for (let index = 0; index < 12; index += 1) await record(0, { contact: { externalId: `pair-${index}` } });
    const [one, two] = await Promise.all([dispatchDueAlerts(box), dispatchDueAlerts(box)]);
    expect(one.sent + two.sent).toBe(12);
    expect(hook.received).toHaveLength(12);
    expect(new Set(hook.received.map((request) => request.headers['webhook-id'])).size).toBe(12);
    expect(await AlertDeliveryModel.countDocuments({ status: 'SENT', attempts: 1 })).toBe(12);
  });

  test('successful-claim-of-a-dead-process-expires-and-is-taken-over', async () => {
    const hook = await receiver();
    await addEndpoint({ url: hook.url });
    await record(2);
    await record(2, { contact: { externalId: 'zd-43' } });
    const [expired, live] = await storedDeliveries();
    const claimed = { status: 'SENDING', attempts: 1, claimId: 'dead-process' };
    await AlertDeliveryModel.updateOne(
      { _id: expired!._id },
      { $set: { ...claimed, nextAttemptAt: new Date(Date.now() - 1) } },
    ).exec();
    await AlertDeliveryModel.updateOne(
      { _id: live!._id },
      { $set: { ...claimed, nextAttemptAt: new Date(Date.now() + 60_000) } },
    ).exec();

    expect(await dispatchDueAlerts(box)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(hook.received.map((request) => request.headers['webhook-id'])).toEqual([expired!._id]);
    expect(await AlertDeliveryModel.findById(expired!._id).lean().exec()).toMatchObject({
      status: 'SENT',
      attempts: 2,
    });
    expect(await AlertDeliveryModel.findById(live!._id).lean().exec()).toMatchObject({ status: 'SENDING' });
  });

  test('successful-disabled-or-removed-endpoint-gives-up-what-waits-for-it', async () => {
    const hook = await receiver();
    const disabled = await addEndpoint({ url: hook.url, name: 'Disabled' });
    const removed = await addEndpoint({ url: hook.url, name: 'Removed' });
    await record(2);
    await server.execute(
      ALERT_ENDPOINT_UPDATE,
      { input: { id: disabled.endpoint.id, enabled: false } },
      { as: 'admin' },
    );
    await server.execute(ALERT_ENDPOINT_REMOVE, { input: { id: removed.endpoint.id } }, { as: 'admin' });
    await dispatchDueAlerts(box);

    expect(hook.received).toHaveLength(0);
    const failures = await deliveries({ status: 'FAILED' });
    expect(failures.map(({ lastError, endpoint }) => [lastError, endpoint?.name ?? null]).sort()).toEqual([
      ['the endpoint is disabled', 'Disabled'],
      ['the endpoint was removed', null],
    ]);
  });

  test('successful-test-event-is-sent-now-even-to-a-disabled-endpoint', async () => {
    const hook = await receiver();
    const { endpoint, signingSecret } = await addEndpoint({ url: hook.url, enabled: false });
    const result = await server.execute(ALERT_ENDPOINT_TEST, { input: { id: endpoint.id } }, { as: 'admin' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.alertEndpointTest.delivery).toMatchObject({
      event: 'TEST',
      status: 'SENT',
      attempts: 1,
      lastStatusCode: 200,
      endpoint: { id: endpoint.id },
    });
    expect(hook.received).toHaveLength(1);
    const payload = new Webhook(signingSecret!).verify(hook.received[0]!.body, hook.received[0]!.headers);
    expect(payload).toMatchObject({ type: 'alert.test', data: { workspaceId: 'acme', endpointId: endpoint.id } });
  });

  test('failing-test-to-an-unreachable-endpoint-answers-the-error', async () => {
    const down = await receiver();
    await down.close();
    const { endpoint } = await addEndpoint({ url: down.url });
    const result = await server.execute(ALERT_ENDPOINT_TEST, { input: { id: endpoint.id } }, { as: 'admin' });
    expect(result.data!.alertEndpointTest.delivery).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: null,
      lastError: 'could not reach the endpoint: ECONNREFUSED',
    });
  });
});

describe('overdue recovery follow-ups', () => {
  async function followUp(contactId: string, kind: RecommendedActionKind, dueInMs: number): Promise<string> {
    const result = await server.execute(FOLLOW_UP_CREATE, {
      input: { contactId, kind, dueAt: new Date(Date.now() + dueInMs).toISOString() },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.followUpCreate.followUp.id;
  }

  test('successful-overdue-alert-is-stored-once-however-often-and-wherever-the-scheduler-runs', async () => {
    const hook = await receiver();
    const { signingSecret } = await addEndpoint({ url: hook.url, events: ['RECOVERY_OVERDUE'] });
    const { contact } = await record(2);
    const overdue = await followUp(contact.id, 'RECOVER', -60_000);
    await followUp(contact.id, 'SOLVE_ROOT_CAUSE', 60 * 60_000); // not due yet
    await followUp(contact.id, 'THANK', -60_000); // overdue, but no recovery

    expect(await enqueueOverdueAlerts()).toBe(1);
    expect(await enqueueOverdueAlerts()).toBe(0);
    expect(await Promise.all([enqueueOverdueAlerts(), enqueueOverdueAlerts()])).toEqual([0, 0]);

    // Two "processes" finding a newly overdue follow-up at the same moment store it once.
    const { contact: other } = await record(1, { contact: { externalId: 'zd-77', name: 'Grace Hopper' } });
    const alsoOverdue = await followUp(other.id, 'ESCALATE', -1);
    const both = await Promise.all([enqueueOverdueAlerts(), enqueueOverdueAlerts()]);
    expect(both[0] + both[1]).toBe(1);

    const stored = await storedDeliveries();
    expect(stored.map(({ event, subjectId }) => [event, subjectId]).sort()).toEqual(
      [
        ['RECOVERY_OVERDUE', overdue],
        ['RECOVERY_OVERDUE', alsoOverdue],
      ].sort(),
    );
    await dispatchDueAlerts(box);
    const payloads = hook.received.map(
      (request) => new Webhook(signingSecret!).verify(request.body, request.headers) as AlertPayload,
    );
    expect(
      payloads.find((payload) => payload.type === 'follow_up.recovery_overdue' && payload.data.followUp.id === overdue),
    ).toMatchObject({
      data: {
        contact: { id: contact.id, loyalty: { latestScore: 2 } },
        followUp: { kind: 'RECOVER' },
        recommendedAction: { kind: 'RECOVER' },
      },
    });
  });
});

describe('the deliveries list', () => {
  test('successful-pages-newest-first-with-a-page-size-limit', async () => {
    await addEndpoint({ url: 'https://hooks.example.com/nps', events: ['DETRACTOR_ANSWER'] });
    for (let index = 0; index < 3; index += 1) await record(index, { contact: { externalId: `page-${index}` } });
    const first = await server.execute(ALERT_DELIVERIES, { first: 2 }, { as: 'admin' });
    const { edges, pageInfo } = first.data!.alertDeliveries;
    expect(edges).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);
    const rest = await server.execute(ALERT_DELIVERIES, { first: 2, after: pageInfo.endCursor }, { as: 'admin' });
    expect(rest.data!.alertDeliveries.pageInfo.hasNextPage).toBe(false);
    const listed = [...edges, ...rest.data!.alertDeliveries.edges].map((edge) => edge.node);
    const newestFirst = (await storedDeliveries()).reverse().map((delivery) => delivery._id);
    expect(listed.map((delivery) => delivery.id)).toEqual(newestFirst);

    const tooMany = await server.execute(ALERT_DELIVERIES, { first: 101 }, { as: 'admin' });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const otherWorkspace = await server.execute(ALERT_DELIVERIES, {}, { as: 'admin', workspaceId: 'globex' });
    expect(otherWorkspace.data!.alertDeliveries.edges).toEqual([]);
  });
});
