import type { SurveyMetric } from './scales';
import {
  DEFAULT_SURVEY_POLICY,
  DEFAULT_SURVEY_RULES,
  SURVEY_BLOCKERS,
  SURVEY_POLICY_LIMITS,
  surveyDateBounds,
  surveyEligibility,
  surveyPolicyProblems,
  surveyRulesProblems,
  surveyWaitEndsAt,
  type SurveyActivity,
  type SurveyEligibilityState,
  type SurveyPolicy,
  type SurveyRules,
} from './survey-eligibility';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-06-15T12:00:00.000Z');
const METRICS: SurveyMetric[] = ['NPS', 'CSAT', 'CES'];
/** The time `days` days (of 24 h) and `ms` milliseconds before NOW. */
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY - ms);
const at = (time: Date, ms: number) => new Date(time.getTime() + ms);

const nobody: SurveyEligibilityState = {
  signedUpAt: null,
  surveys: {},
  hasOpenTicket: false,
  hasOpenRecovery: false,
};
const stateWith = (change: Partial<SurveyEligibilityState>): SurveyEligibilityState => ({ ...nobody, ...change });
/** Survey activity of one metric (NPS unless said). */
const surveys = (activity: Partial<SurveyActivity>, metric: SurveyMetric = 'NPS') => ({
  [metric]: { lastSentAt: null, lastAnsweredAt: null, ...activity },
});
const answered = (lastAnsweredAt: Date, metric: SurveyMetric = 'NPS') => surveys({ lastAnsweredAt }, metric);
const rules = (minDaysAfterSignup: number, minDaysBetweenSurveys: number): SurveyRules => ({
  minDaysAfterSignup,
  minDaysBetweenSurveys,
});
/** The same rules for every metric. */
const policy = (afterSignup: number, between: number): SurveyPolicy => ({
  NPS: rules(afterSignup, between),
  CSAT: rules(afterSignup, between),
  CES: rules(afterSignup, between),
});
/** NPS eligibility at NOW under the default policy unless said. */
const check = (
  state: SurveyEligibilityState,
  options: { metric?: SurveyMetric; policy?: SurveyPolicy; now?: Date } = {},
) => surveyEligibility(state, options.metric ?? 'NPS', options.policy ?? DEFAULT_SURVEY_POLICY, options.now ?? NOW);
const blockers = (state: SurveyEligibilityState, options: Parameters<typeof check>[1] = {}) =>
  check(state, options).reasons.map((reason) => reason.blocker);

describe('DEFAULT_SURVEY_POLICY', () => {
  test('waits 30 days after signup and 90 days between surveys, for every metric', () => {
    expect(DEFAULT_SURVEY_RULES).toEqual({ minDaysAfterSignup: 30, minDaysBetweenSurveys: 90 });
    expect(DEFAULT_SURVEY_POLICY).toEqual(policy(30, 90));
  });

  test('is frozen, rules included, so one workspace cannot change it for all', () => {
    expect(Object.isFrozen(DEFAULT_SURVEY_POLICY)).toBe(true);
    for (const metric of METRICS) expect(Object.isFrozen(DEFAULT_SURVEY_POLICY[metric])).toBe(true);
  });

  test('has no problems', () => {
    expect(surveyPolicyProblems(DEFAULT_SURVEY_POLICY)).toEqual([]);
  });
});

describe('surveyRulesProblems', () => {
  test('the limits are 365 days after signup and 730 days between surveys', () => {
    expect(SURVEY_POLICY_LIMITS).toEqual({ minDaysAfterSignup: 365, minDaysBetweenSurveys: 730 });
  });

  test.each<[number, number]>([
    [0, 0],
    [1, 1],
    [365, 730],
    [30, 90],
    [0, 730],
    [365, 0],
  ])('accepts %i days after signup and %i days between surveys', (afterSignup, between) => {
    expect(surveyRulesProblems(rules(afterSignup, between))).toEqual([]);
  });

  test.each<[string, unknown, string]>([
    ['366', 366, '366'],
    ['-1', -1, '-1'],
    ['1.5', 1.5, '1.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a numeric string', '30', '"30"'],
    ['null', null, 'null'],
    ['missing', undefined, 'undefined'],
  ])('minDaysAfterSignup %s is refused, naming the field and the range', (_case, value, shown) => {
    const bad = { ...DEFAULT_SURVEY_RULES, minDaysAfterSignup: value } as unknown as SurveyRules;
    expect(surveyRulesProblems(bad)).toEqual([
      `minDaysAfterSignup must be a whole number of days from 0 to 365, got ${shown}`,
    ]);
  });

  test.each<[unknown, string]>([
    [731, '731'],
    [-1, '-1'],
    [89.9, '89.9'],
    ['90', '"90"'],
    [null, 'null'],
  ])('minDaysBetweenSurveys %p is refused, naming the field and the range', (value, shown) => {
    const bad = { ...DEFAULT_SURVEY_RULES, minDaysBetweenSurveys: value } as unknown as SurveyRules;
    expect(surveyRulesProblems(bad)).toEqual([
      `minDaysBetweenSurveys must be a whole number of days from 0 to 730, got ${shown}`,
    ]);
  });

  test('366 between surveys is fine: only signup stops at 365', () => {
    expect(surveyRulesProblems(rules(30, 366))).toEqual([]);
  });

  test('reports both fields when both are wrong, signup first', () => {
    expect(surveyRulesProblems(rules(400, 800))).toEqual([
      'minDaysAfterSignup must be a whole number of days from 0 to 365, got 400',
      'minDaysBetweenSurveys must be a whole number of days from 0 to 730, got 800',
    ]);
  });
});

describe('surveyPolicyProblems', () => {
  test('names the metric of each problem, in NPS, CSAT, CES order', () => {
    const bad: SurveyPolicy = { NPS: rules(30, 90), CSAT: rules(-1, 90), CES: rules(30, 800) };
    expect(surveyPolicyProblems(bad)).toEqual([
      'CSAT minDaysAfterSignup must be a whole number of days from 0 to 365, got -1',
      'CES minDaysBetweenSurveys must be a whole number of days from 0 to 730, got 800',
    ]);
  });

  test('a metric without rules is a problem', () => {
    const partial = { NPS: rules(30, 90), CSAT: rules(0, 7) } as unknown as SurveyPolicy;
    expect(surveyPolicyProblems(partial)).toEqual(['CES rules are missing']);
  });

  test('each metric may have rules of its own', () => {
    expect(surveyPolicyProblems({ NPS: rules(30, 90), CSAT: rules(0, 7), CES: rules(365, 730) })).toEqual([]);
  });
});

describe('surveyEligibility after signup (default policy: 30 days)', () => {
  test.each<[string, Date, boolean]>([
    ['signed up just now', NOW, false],
    ['signed up 1 day ago', ago(1), false],
    ['signed up 29 days ago', ago(29), false],
    ['signed up 29 days 23 h ago', ago(29, 23 * 60 * 60 * 1000), false],
    ['1 ms short of 30 days ago', ago(30, -1), false],
    ['signed up exactly 30 days ago', ago(30), true],
    ['signed up 30 days and 1 ms ago', ago(30, 1), true],
    ['signed up 31 days ago', ago(31), true],
    ['signed up 5 years ago', ago(5 * 365), true],
  ])('%s: eligible %p for every metric', (_case, signedUpAt, eligible) => {
    for (const metric of METRICS) {
      const result = check(stateWith({ signedUpAt }), { metric });
      expect(result.eligible).toBe(eligible);
      expect(result.reasons.map((reason) => reason.blocker)).toEqual(eligible ? [] : ['TOO_SOON_AFTER_SIGNUP']);
    }
  });

  test('day 29: blocked until exactly 30 days after signup, in plain words', () => {
    const signedUpAt = ago(29);
    expect(check(stateWith({ signedUpAt }))).toEqual({
      eligible: false,
      reasons: [
        {
          blocker: 'TOO_SOON_AFTER_SIGNUP',
          message: 'Signed up 29 days ago; the NPS policy waits 30 days after signup',
          until: at(signedUpAt, 30 * DAY),
        },
      ],
      nextEligibleAt: at(signedUpAt, 30 * DAY),
    });
  });

  test('1 ms before the boundary: blocked until the boundary, 1 ms away', () => {
    const result = check(stateWith({ signedUpAt: ago(30, -1) }));
    expect(result.nextEligibleAt).toEqual(at(NOW, 1));
    expect(result.reasons[0]?.until).toEqual(at(NOW, 1));
  });

  test('day 30: eligible now', () => {
    expect(check(stateWith({ signedUpAt: ago(30) }))).toEqual({ eligible: true, reasons: [], nextEligibleAt: NOW });
  });

  test('an unknown signup date does not block', () => {
    expect(check(nobody)).toEqual({ eligible: true, reasons: [], nextEligibleAt: NOW });
  });

  test.each<[string, Date, string]>([
    ['less than a day', ago(0, 60 * 1000), 'Signed up less than a day ago'],
    ['one day', ago(1, 1), 'Signed up 1 day ago'],
    ['two days', ago(2), 'Signed up 2 days ago'],
    ['a future date', at(NOW, DAY), 'Signed up in the future'],
  ])('the message counts whole days: %s', (_case, signedUpAt, start) => {
    const [reason] = check(stateWith({ signedUpAt })).reasons;
    expect(reason?.message).toBe(`${start}; the NPS policy waits 30 days after signup`);
  });

  test('a future signup date blocks until N days after that date', () => {
    const signedUpAt = at(NOW, 2 * DAY);
    expect(check(stateWith({ signedUpAt })).nextEligibleAt).toEqual(at(signedUpAt, 30 * DAY));
  });

  test('a one-day policy says "1 day"', () => {
    const [reason] = check(stateWith({ signedUpAt: ago(0, 5) }), { policy: policy(1, 90) }).reasons;
    expect(reason?.message).toBe('Signed up less than a day ago; the NPS policy waits 1 day after signup');
  });

  test.each<[number, number, boolean]>([
    [7, 6, false],
    [7, 7, true],
    [365, 364, false],
    [365, 365, true],
  ])('a %i-day policy, signed up %i days ago: eligible %p', (wait, daysAgo, eligible) => {
    expect(check(stateWith({ signedUpAt: ago(daysAgo) }), { policy: policy(wait, 90) }).eligible).toBe(eligible);
  });
});

describe('surveyEligibility between surveys (default policy: 90 days)', () => {
  test.each<[string, Date, boolean]>([
    ['just now', NOW, false],
    ['1 day ago', ago(1), false],
    ['89 days ago', ago(89), false],
    ['1 ms short of 90 days ago', ago(90, -1), false],
    ['exactly 90 days ago', ago(90), true],
    ['90 days and 1 ms ago', ago(90, 1), true],
    ['91 days ago', ago(91), true],
  ])('answered or sent %s: eligible %p, for every metric', (_case, when, eligible) => {
    for (const metric of METRICS) {
      for (const activity of [{ lastAnsweredAt: when }, { lastSentAt: when }]) {
        const result = check(stateWith({ surveys: surveys(activity, metric) }), { metric });
        expect(result.eligible).toBe(eligible);
        expect(result.reasons.map((reason) => reason.blocker)).toEqual(eligible ? [] : ['SURVEYED_RECENTLY']);
        expect(result.nextEligibleAt).toEqual(eligible ? NOW : at(when, 90 * DAY));
      }
    }
  });

  test('day 89 after an answer: blocked until exactly 90 days after it, in plain words', () => {
    const lastAnsweredAt = ago(89);
    expect(check(stateWith({ surveys: answered(lastAnsweredAt) }))).toEqual({
      eligible: false,
      reasons: [
        {
          blocker: 'SURVEYED_RECENTLY',
          message: 'Last NPS survey answered 89 days ago; the NPS policy asks for 90 days between surveys',
          until: at(lastAnsweredAt, 90 * DAY),
        },
      ],
      nextEligibleAt: at(lastAnsweredAt, 90 * DAY),
    });
  });

  test('a survey sent and not answered blocks too, and says so', () => {
    const [reason] = check(stateWith({ surveys: surveys({ lastSentAt: ago(3) }, 'CSAT') }), { metric: 'CSAT' }).reasons;
    expect(reason).toEqual({
      blocker: 'SURVEYED_RECENTLY',
      message: 'Last CSAT survey sent 3 days ago; the CSAT policy asks for 90 days between surveys',
      until: at(ago(3), 90 * DAY),
    });
  });

  test.each<[string, Partial<SurveyActivity>, Date, string]>([
    ['sent after the last answer: the send counts', { lastAnsweredAt: ago(80), lastSentAt: ago(10) }, ago(10), 'sent'],
    [
      'answered after the last send: the answer counts',
      { lastSentAt: ago(80), lastAnsweredAt: ago(10) },
      ago(10),
      'answered',
    ],
    ['sent and answered at once: the answer', { lastSentAt: ago(10), lastAnsweredAt: ago(10) }, ago(10), 'answered'],
  ])('%s', (_case, activity, from, word) => {
    const [reason] = check(stateWith({ surveys: surveys(activity) })).reasons;
    expect(reason?.until).toEqual(at(from, 90 * DAY));
    expect(reason?.message).toBe(
      `Last NPS survey ${word} 10 days ago; the NPS policy asks for 90 days between surveys`,
    );
  });

  test('1 ms before the boundary: eligible 1 ms later', () => {
    const state = stateWith({ surveys: answered(ago(90, -1)) });
    expect(check(state).nextEligibleAt).toEqual(at(NOW, 1));
    expect(check(state, { now: at(NOW, 1) }).eligible).toBe(true);
  });

  test('never surveyed: not blocked', () => {
    expect(check(stateWith({ signedUpAt: ago(400) })).eligible).toBe(true);
  });

  test('a metric listed without times was never surveyed', () => {
    expect(check(stateWith({ surveys: { NPS: {} } })).eligible).toBe(true);
  });

  test('the message for a 12-day-old answer matches the schema example', () => {
    const [reason] = check(stateWith({ surveys: answered(ago(12)) })).reasons;
    expect(reason?.message).toBe(
      'Last NPS survey answered 12 days ago; the NPS policy asks for 90 days between surveys',
    );
  });

  test('an answer dated in the future says so', () => {
    const [reason] = check(stateWith({ surveys: answered(at(NOW, 1)) })).reasons;
    expect(reason?.message).toBe(
      'Last NPS survey answered in the future; the NPS policy asks for 90 days between surveys',
    );
  });
});

describe('surveyEligibility per metric', () => {
  test('a CSAT answer yesterday does not block the NPS survey', () => {
    const state = stateWith({ signedUpAt: ago(400), surveys: answered(ago(1), 'CSAT') });
    expect(check(state, { metric: 'NPS' })).toEqual({ eligible: true, reasons: [], nextEligibleAt: NOW });
    expect(blockers(state, { metric: 'CSAT' })).toEqual(['SURVEYED_RECENTLY']);
  });

  test.each<[SurveyMetric, SurveyMetric]>(
    METRICS.flatMap((surveyed) =>
      METRICS.filter((asked) => asked !== surveyed).map((asked): [SurveyMetric, SurveyMetric] => [surveyed, asked]),
    ),
  )('a %s survey sent and answered yesterday does not block %s', (surveyed, asked) => {
    const state = stateWith({ surveys: surveys({ lastSentAt: ago(1), lastAnsweredAt: ago(1) }, surveyed) });
    expect(check(state, { metric: asked }).eligible).toBe(true);
    expect(check(state, { metric: surveyed }).eligible).toBe(false);
  });

  test('each metric counts only its own surveys', () => {
    const state = stateWith({
      surveys: { NPS: { lastAnsweredAt: ago(100) }, CSAT: { lastSentAt: ago(2) }, CES: { lastAnsweredAt: ago(89) } },
    });
    expect(check(state, { metric: 'NPS' }).eligible).toBe(true);
    expect(check(state, { metric: 'CSAT' }).nextEligibleAt).toEqual(at(ago(2), 90 * DAY));
    expect(check(state, { metric: 'CES' }).nextEligibleAt).toEqual(at(ago(89), 90 * DAY));
  });

  const perMetric: SurveyPolicy = { NPS: rules(30, 90), CSAT: rules(0, 7), CES: rules(14, 30) };

  test.each<[SurveyMetric, number, boolean]>([
    ['NPS', 89, false],
    ['NPS', 90, true],
    ['CSAT', 6, false],
    ['CSAT', 7, true],
    ['CES', 29, false],
    ['CES', 30, true],
  ])('each metric has its own interval: %s answered %i days ago, eligible %p', (metric, daysAgo, eligible) => {
    const state = stateWith({ surveys: answered(ago(daysAgo), metric) });
    expect(check(state, { metric, policy: perMetric }).eligible).toBe(eligible);
  });

  test.each<[SurveyMetric, number, boolean]>([
    ['NPS', 29, false],
    ['NPS', 30, true],
    ['CSAT', 0, true],
    ['CES', 13, false],
    ['CES', 14, true],
  ])('each metric has its own signup wait: %s, signed up %i days ago, eligible %p', (metric, daysAgo, eligible) => {
    expect(check(stateWith({ signedUpAt: ago(daysAgo) }), { metric, policy: perMetric }).eligible).toBe(eligible);
  });

  test('messages name the metric and its own numbers', () => {
    const state = stateWith({ signedUpAt: ago(3), surveys: answered(ago(2), 'CES') });
    expect(check(state, { metric: 'CES', policy: perMetric }).reasons.map((reason) => reason.message)).toEqual([
      'Signed up 3 days ago; the CES policy waits 14 days after signup',
      'Last CES survey answered 2 days ago; the CES policy asks for 30 days between surveys',
    ]);
  });
});

describe('surveyEligibility with both date rules', () => {
  test.each<[number, number]>([
    [29, 89],
    [10, 5],
    [1, 80],
    [0, 0],
  ])(
    'signed up %i and answered %i days ago: both reasons, in schema order, and the later boundary',
    (signupDays, answerDays) => {
      const signedUpAt = ago(signupDays);
      const lastAnsweredAt = ago(answerDays);
      const result = check(stateWith({ signedUpAt, surveys: answered(lastAnsweredAt) }));
      const signupUntil = at(signedUpAt, 30 * DAY);
      const answerUntil = at(lastAnsweredAt, 90 * DAY);
      expect(result.eligible).toBe(false);
      expect(result.reasons).toEqual([
        expect.objectContaining({ blocker: 'TOO_SOON_AFTER_SIGNUP', until: signupUntil }),
        expect.objectContaining({ blocker: 'SURVEYED_RECENTLY', until: answerUntil }),
      ]);
      expect(result.nextEligibleAt).toEqual(signupUntil > answerUntil ? signupUntil : answerUntil);
    },
  );

  test('day 29 and day 89 at once: both reported; the later boundary (1 ms later) sets the next date', () => {
    const state = stateWith({ signedUpAt: ago(29, 1), surveys: answered(ago(89)) });
    const result = check(state);
    expect(result.reasons.map((reason) => reason.message)).toEqual([
      'Signed up 29 days ago; the NPS policy waits 30 days after signup',
      'Last NPS survey answered 89 days ago; the NPS policy asks for 90 days between surveys',
    ]);
    expect(result.nextEligibleAt).toEqual(at(NOW, DAY));
    expect(blockers(state, { now: at(NOW, DAY - 1) })).toEqual(['SURVEYED_RECENTLY']);
    expect(check(state, { now: at(NOW, DAY) }).eligible).toBe(true);
  });

  test('the later boundary is chosen whichever rule it belongs to', () => {
    const signupLater = check(stateWith({ signedUpAt: ago(1), surveys: answered(ago(80)) }));
    expect(signupLater.nextEligibleAt).toEqual(at(ago(1), 30 * DAY));
    const answerLater = check(stateWith({ signedUpAt: ago(29), surveys: answered(ago(2)) }));
    expect(answerLater.nextEligibleAt).toEqual(at(ago(2), 90 * DAY));
  });

  test('only the rule still blocking is reported', () => {
    expect(blockers(stateWith({ signedUpAt: ago(30), surveys: answered(ago(89)) }))).toEqual(['SURVEYED_RECENTLY']);
  });

  test('both boundaries reached exactly: eligible', () => {
    expect(check(stateWith({ signedUpAt: ago(30), surveys: answered(ago(90)) }))).toEqual({
      eligible: true,
      reasons: [],
      nextEligibleAt: NOW,
    });
  });
});

describe('surveyEligibility with an open ticket or recovery', () => {
  test.each<[string, Partial<SurveyEligibilityState>, string[]]>([
    ['an open ticket', { hasOpenTicket: true }, ['OPEN_TICKET']],
    ['an open recovery', { hasOpenRecovery: true }, ['OPEN_RECOVERY']],
    ['both', { hasOpenTicket: true, hasOpenRecovery: true }, ['OPEN_TICKET', 'OPEN_RECOVERY']],
    [
      'both and a recent signup',
      { hasOpenTicket: true, hasOpenRecovery: true, signedUpAt: ago(3) },
      ['TOO_SOON_AFTER_SIGNUP', 'OPEN_TICKET', 'OPEN_RECOVERY'],
    ],
    [
      'every rule at once',
      { hasOpenTicket: true, hasOpenRecovery: true, signedUpAt: ago(3), surveys: answered(ago(2)) },
      ['TOO_SOON_AFTER_SIGNUP', 'SURVEYED_RECENTLY', 'OPEN_TICKET', 'OPEN_RECOVERY'],
    ],
    [
      'an open ticket, dates long past',
      { hasOpenTicket: true, signedUpAt: ago(400), surveys: answered(ago(200)) },
      ['OPEN_TICKET'],
    ],
  ])('%s: not eligible for any metric, no next date, blockers %j', (_case, change, expected) => {
    for (const metric of METRICS) {
      const result = check(stateWith(change), { metric });
      expect(result.eligible).toBe(false);
      expect(result.reasons.map((reason) => reason.blocker)).toEqual(
        metric === 'NPS' ? expected : expected.filter((blocker) => blocker !== 'SURVEYED_RECENTLY'),
      );
      expect(result.nextEligibleAt).toBeNull();
    }
  });

  test('the ticket and recovery reasons have no until and say what they wait for', () => {
    expect(check(stateWith({ hasOpenTicket: true, hasOpenRecovery: true })).reasons).toEqual([
      { blocker: 'OPEN_TICKET', message: 'Has an open helpdesk ticket; surveys wait until it is closed', until: null },
      {
        blocker: 'OPEN_RECOVERY',
        message: 'Has an open recovery follow-up; surveys wait until it is done or dismissed',
        until: null,
      },
    ]);
  });

  test('a date rule blocking next to a ticket keeps its own until', () => {
    const signedUpAt = ago(3);
    const [signup] = check(stateWith({ signedUpAt, hasOpenTicket: true })).reasons;
    expect(signup).toMatchObject({ blocker: 'TOO_SOON_AFTER_SIGNUP', until: at(signedUpAt, 30 * DAY) });
  });

  test('a zero-day policy does not lift a ticket or recovery', () => {
    const state = stateWith({ hasOpenRecovery: true, surveys: answered(NOW) });
    expect(blockers(state, { policy: policy(0, 0) })).toEqual(['OPEN_RECOVERY']);
  });
});

describe('surveyEligibility with zero-day policies', () => {
  test('0 days after signup: a contact who signed up just now may be surveyed', () => {
    expect(check(stateWith({ signedUpAt: NOW }), { policy: policy(0, 90) }).eligible).toBe(true);
  });

  test('0 days between surveys: a contact who answered just now may be surveyed again', () => {
    expect(check(stateWith({ surveys: answered(NOW) }), { policy: policy(30, 0) }).eligible).toBe(true);
  });

  test('both 0: nothing but tickets and recoveries blocks', () => {
    expect(check(stateWith({ signedUpAt: NOW, surveys: answered(NOW) }), { policy: policy(0, 0) })).toEqual({
      eligible: true,
      reasons: [],
      nextEligibleAt: NOW,
    });
  });

  test('a 0-day rule is off, even for a date a little in the future (clock skew)', () => {
    const soon = at(NOW, 1000);
    const state = stateWith({ signedUpAt: soon, surveys: surveys({ lastSentAt: soon, lastAnsweredAt: soon }) });
    expect(check(state, { policy: policy(0, 0) }).eligible).toBe(true);
  });

  test('one rule at 0 does not switch off the other', () => {
    expect(blockers(stateWith({ signedUpAt: NOW, surveys: answered(ago(10)) }), { policy: policy(0, 90) })).toEqual([
      'SURVEYED_RECENTLY',
    ]);
  });

  test("one metric at 0 does not switch off another metric's rules", () => {
    const csatOff: SurveyPolicy = { ...DEFAULT_SURVEY_POLICY, CSAT: rules(0, 0) };
    const state = stateWith({ signedUpAt: NOW, surveys: { ...answered(NOW, 'CSAT'), ...answered(NOW, 'NPS') } });
    expect(check(state, { metric: 'CSAT', policy: csatOff }).eligible).toBe(true);
    expect(blockers(state, { metric: 'NPS', policy: csatOff })).toEqual(['TOO_SOON_AFTER_SIGNUP', 'SURVEYED_RECENTLY']);
  });
});

describe('surveyWaitEndsAt', () => {
  test('is the later of the signup and last-survey boundaries of the metric', () => {
    const state = stateWith({ signedUpAt: ago(400), surveys: answered(ago(100)) });
    expect(surveyWaitEndsAt(state, 'NPS', DEFAULT_SURVEY_POLICY)).toEqual(at(ago(100), 90 * DAY));
    expect(surveyWaitEndsAt(stateWith({ signedUpAt: ago(400) }), 'NPS', DEFAULT_SURVEY_POLICY)).toEqual(
      at(ago(400), 30 * DAY),
    );
  });

  test('is the same date surveyEligibility names while the contact is blocked', () => {
    const state = stateWith({ signedUpAt: ago(29), surveys: answered(ago(2)) });
    expect(surveyWaitEndsAt(state, 'NPS', DEFAULT_SURVEY_POLICY)).toEqual(check(state).nextEligibleAt);
  });

  test('counts only the metric asked about, with its own rules', () => {
    const state = stateWith({ surveys: { ...answered(ago(100), 'NPS'), ...surveys({ lastSentAt: ago(5) }, 'CSAT') } });
    const perMetric: SurveyPolicy = { ...DEFAULT_SURVEY_POLICY, CSAT: rules(30, 7) };
    expect(surveyWaitEndsAt(state, 'NPS', perMetric)).toEqual(at(ago(100), 90 * DAY));
    expect(surveyWaitEndsAt(state, 'CSAT', perMetric)).toEqual(at(ago(5), 7 * DAY));
  });

  test.each<[string, Partial<SurveyEligibilityState>, SurveyPolicy]>([
    ['signup unknown and never surveyed', {}, DEFAULT_SURVEY_POLICY],
    ['surveyed with another metric only', { surveys: answered(ago(1), 'CES') }, DEFAULT_SURVEY_POLICY],
    ['every rule off', { signedUpAt: ago(1), surveys: answered(ago(1)) }, policy(0, 0)],
  ])('is null when no date rule applies: %s', (_case, change, given) => {
    expect(surveyWaitEndsAt(stateWith(change), 'NPS', given)).toBeNull();
  });
});

describe('surveyDateBounds', () => {
  test('are now minus each rule of the metric', () => {
    const perMetric: SurveyPolicy = { ...DEFAULT_SURVEY_POLICY, CSAT: rules(3, 7) };
    expect(surveyDateBounds('NPS', perMetric, NOW)).toEqual({ signedUpBy: ago(30), lastSurveyBy: ago(90) });
    expect(surveyDateBounds('CSAT', perMetric, NOW)).toEqual({ signedUpBy: ago(3), lastSurveyBy: ago(7) });
  });

  test('a rule set to 0 days has no bound', () => {
    expect(surveyDateBounds('CES', policy(0, 0), NOW)).toEqual({ signedUpBy: null, lastSurveyBy: null });
  });

  // A query built from the bounds must select exactly the contacts surveyEligibility lets through.
  const passes = (state: SurveyEligibilityState, metric: SurveyMetric, given: SurveyPolicy) => {
    const { signedUpBy, lastSurveyBy } = surveyDateBounds(metric, given, NOW);
    const noLaterThan = (date: Date | null | undefined, bound: Date | null) =>
      bound === null || date === null || date === undefined || date.getTime() <= bound.getTime();
    const activity = state.surveys[metric];
    return (
      noLaterThan(state.signedUpAt, signedUpBy) &&
      noLaterThan(activity?.lastSentAt, lastSurveyBy) &&
      noLaterThan(activity?.lastAnsweredAt, lastSurveyBy)
    );
  };
  const dates = [null, NOW, at(NOW, DAY), ago(0, 1), ago(6), ago(7), ago(29), ago(30), ago(30, -1), ago(89), ago(90)];
  const policies: SurveyPolicy[] = [
    DEFAULT_SURVEY_POLICY,
    policy(0, 0),
    policy(7, 0),
    { NPS: rules(30, 90), CSAT: rules(0, 7), CES: rules(7, 30) },
  ];

  test.each(METRICS)('agree with surveyEligibility on every combination of dates (%s)', (metric) => {
    for (const given of policies) {
      for (const signedUpAt of dates) {
        for (const lastSentAt of dates) {
          for (const lastAnsweredAt of dates) {
            const state = stateWith({ signedUpAt, surveys: surveys({ lastSentAt, lastAnsweredAt }, metric) });
            expect(passes(state, metric, given)).toBe(check(state, { metric, policy: given }).eligible);
          }
        }
      }
    }
  });
});

describe('surveyEligibility results and input checks', () => {
  test('nextEligibleAt when eligible is a copy of now, not the caller object', () => {
    const result = check(nobody);
    expect(result.nextEligibleAt).toEqual(NOW);
    expect(result.nextEligibleAt).not.toBe(NOW);
  });

  test('until and nextEligibleAt are separate objects', () => {
    const result = check(stateWith({ surveys: answered(ago(1)) }));
    expect(result.nextEligibleAt).toEqual(result.reasons[0]?.until);
    expect(result.nextEligibleAt).not.toBe(result.reasons[0]?.until);
  });

  test('does not change the dates it is given', () => {
    const signedUpAt = ago(3);
    const lastAnsweredAt = ago(2);
    check(stateWith({ signedUpAt, surveys: answered(lastAnsweredAt) }));
    expect(signedUpAt).toEqual(ago(3));
    expect(lastAnsweredAt).toEqual(ago(2));
  });

  test('the blockers are those of the schema, in its order', () => {
    expect(SURVEY_BLOCKERS).toEqual(['TOO_SOON_AFTER_SIGNUP', 'SURVEYED_RECENTLY', 'OPEN_TICKET', 'OPEN_RECOVERY']);
  });

  test.each<[string, unknown]>([
    ['an invalid date', new Date(Number.NaN)],
    ['a timestamp', NOW.getTime()],
  ])('throws TypeError when now is %s', (_case, now) => {
    expect(() => check(nobody, { now: now as Date })).toThrow('now must be a valid Date');
    expect(() => surveyDateBounds('NPS', DEFAULT_SURVEY_POLICY, now as Date)).toThrow('now must be a valid Date');
  });

  test.each<[string, Partial<SurveyEligibilityState>, string]>([
    ['an invalid signup date', { signedUpAt: new Date(Number.NaN) }, 'signedUpAt'],
    ['a signup date as text', { signedUpAt: '2025-01-01' as unknown as Date }, 'signedUpAt'],
    ['an invalid answer date', { surveys: answered(new Date(Number.NaN)) }, 'NPS lastAnsweredAt'],
    ['a sent date as a number', { surveys: surveys({ lastSentAt: 0 as unknown as Date }) }, 'NPS lastSentAt'],
  ])('throws TypeError on %s', (_case, change, field) => {
    expect(() => check(stateWith(change))).toThrow(new TypeError(`${field} must be a valid Date or null`));
    expect(() => surveyWaitEndsAt(stateWith(change), 'NPS', DEFAULT_SURVEY_POLICY)).toThrow(TypeError);
  });

  test('an invalid date of another metric is not looked at', () => {
    expect(check(stateWith({ surveys: answered(new Date(Number.NaN), 'CES') })).eligible).toBe(true);
  });

  test('throws RangeError on an invalid policy, with its problems', () => {
    const bad: SurveyPolicy = { ...DEFAULT_SURVEY_POLICY, CSAT: rules(-1, 90) };
    expect(() => check(nobody, { policy: bad })).toThrow(RangeError);
    expect(() => check(nobody, { policy: bad })).toThrow(
      'Invalid survey policy: CSAT minDaysAfterSignup must be a whole number of days from 0 to 365, got -1',
    );
    expect(() => surveyDateBounds('NPS', bad, NOW)).toThrow(RangeError);
    expect(() => surveyWaitEndsAt(nobody, 'NPS', bad)).toThrow(RangeError);
  });

  test('throws RangeError on an unknown metric', () => {
    expect(() => check(nobody, { metric: 'CSI' as SurveyMetric })).toThrow(
      new RangeError('metric must be one of NPS, CSAT, CES, got "CSI"'),
    );
  });
});
