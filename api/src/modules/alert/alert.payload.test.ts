import { Types } from 'mongoose';
import type { ContactDoc } from '../contact/contact.model';
import type { FollowUpDoc } from '../follow-up/follow-up.model';
import type { ResponseDoc } from '../response/response.model';
import { retryDelayAfter } from './alert.dispatcher';
import {
  alertDeliveryIdOf,
  answerAlertPayload,
  overdueAlertPayload,
  slackMessageOf,
  testAlertPayload,
} from './alert.payload';

const NOW = new Date('2026-11-02T12:00:00.000Z');

const contact = {
  _id: new Types.ObjectId('65f000000000000000000001'),
  externalId: 'zd-1',
  email: 'kim@example.com',
  name: 'Kim Lee',
  company: 'Acme',
  loyalty: {
    category: 'DETRACTOR',
    latestScore: 2,
    latestComment: 'Nobody called back',
    answeredAt: new Date('2026-11-02T10:00:00.000Z'),
    previousCategory: 'PROMOTER',
    previousScore: 9,
    movement: 'FALL',
    responseCount: 2,
    latestResponseId: new Types.ObjectId('65f000000000000000000002'),
  },
} as unknown as ContactDoc;

const response = {
  _id: new Types.ObjectId('65f000000000000000000002'),
  workspaceId: 'acme',
  score: 2,
  comment: 'Nobody called back',
  channel: 'email',
  campaign: null,
  ticketId: 'T-9',
  answeredAt: new Date('2026-11-02T10:00:00.000Z'),
} as unknown as ResponseDoc;

describe('alertDeliveryIdOf', () => {
  test('is the same for the same event and endpoint, different for anything else', () => {
    const id = alertDeliveryIdOf('acme', 'DETRACTOR_ANSWER', 'r1', 'e1');
    expect(id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(alertDeliveryIdOf('acme', 'DETRACTOR_ANSWER', 'r1', 'e1')).toBe(id);
    expect(
      new Set([
        id,
        alertDeliveryIdOf('globex', 'DETRACTOR_ANSWER', 'r1', 'e1'),
        alertDeliveryIdOf('acme', 'FALL_TO_DETRACTOR', 'r1', 'e1'),
        alertDeliveryIdOf('acme', 'DETRACTOR_ANSWER', 'r2', 'e1'),
        alertDeliveryIdOf('acme', 'DETRACTOR_ANSWER', 'r1', 'e2'),
      ]).size,
    ).toBe(5);
  });
});

describe('retryDelayAfter', () => {
  const delays = [30_000, 120_000];

  test('follows the schedule, adding at most 20 % jitter', () => {
    expect(retryDelayAfter(1, delays, () => 0)).toBe(30_000);
    expect(retryDelayAfter(1, delays, () => 0.999)).toBe(35_994);
    expect(retryDelayAfter(2, delays, () => 0.5)).toBe(132_000);
  });

  test('answers null once every attempt is spent', () => {
    expect(retryDelayAfter(3, delays, () => 0)).toBeNull();
    expect(retryDelayAfter(1, [], () => 0)).toBeNull();
  });
});

describe('slackMessageOf', () => {
  test('a fall names the contact, both scores, the comment and the action', () => {
    const payload = answerAlertPayload(
      'FALL_TO_DETRACTOR',
      response,
      contact,
      { kind: 'ESCALATE', title: 'Escalate: fell to detractor' },
      NOW,
    );
    expect(slackMessageOf(payload)).toEqual({
      text:
        'Fell to detractor from promoter (9/10): Kim Lee (Acme) scored 2/10. "Nobody called back". ' +
        'Recommended: Escalate: fell to detractor',
      blocks: [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*Fell to detractor from promoter (9/10): Kim Lee (Acme)*' },
          fields: [
            { type: 'mrkdwn', text: '*Score*\n2/10' },
            { type: 'mrkdwn', text: '*Answered*\n2026-11-02 10:00 UTC' },
          ],
        },
        { type: 'section', text: { type: 'mrkdwn', text: '> Nobody called back' } },
        { type: 'section', text: { type: 'mrkdwn', text: '*Recommended: Escalate: fell to detractor*' } },
      ],
    });
  });

  test('an overdue follow-up shows its due time and the contact latest answer', () => {
    const followUp = {
      _id: new Types.ObjectId('65f000000000000000000003'),
      workspaceId: 'acme',
      kind: 'RECOVER',
      title: 'Recover: contact within 48 h',
      dueAt: new Date('2026-11-04T10:00:00.000Z'),
      assigneeId: null,
      createdAt: NOW,
    } as unknown as FollowUpDoc;
    const message = slackMessageOf(overdueAlertPayload(followUp, contact, NOW));
    expect(message.text).toBe(
      'Recovery overdue: Kim Lee (Acme) scored 2/10. "Nobody called back". Recommended: Recover: contact within 48 h',
    );
    expect(message.blocks[0]).toMatchObject({
      fields: [
        { type: 'mrkdwn', text: '*Score*\n2/10' },
        { type: 'mrkdwn', text: '*Due*\n2026-11-04 10:00 UTC' },
      ],
    });
  });

  test('escapes mrkdwn control characters and cuts long comments', () => {
    const unnamed = { ...contact, name: '<!channel> & co', company: null };
    const long = { ...response, comment: 'x'.repeat(600) } as ResponseDoc;
    const message = slackMessageOf(answerAlertPayload('DETRACTOR_ANSWER', long, unnamed, null, NOW));
    expect(message.blocks[0]).toMatchObject({
      text: { text: '*Detractor answer: &lt;!channel&gt; &amp; co*' },
    });
    expect(message.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `> ${'x'.repeat(499)}…` } });
    expect(message.blocks).toHaveLength(2);
    expect(message.text).not.toContain('<!channel>');
  });

  test('a test event is a one-line message', () => {
    expect(slackMessageOf(testAlertPayload('acme', 'e1', NOW))).toEqual({
      text: 'Test alert from NPS Desk: this endpoint receives alerts.',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Test alert from NPS Desk: this endpoint receives alerts.' } },
      ],
    });
  });
});
