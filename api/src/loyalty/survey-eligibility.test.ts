import {
  DEFAULT_SURVEY_POLICY,
  SURVEY_BLOCKERS,
  SURVEY_POLICY_LIMITS,
  surveyEligibility,
  surveyPolicyProblems,
  type SurveyEligibilityState,
  type SurveyPolicy,
} from './survey-eligibility';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-06-15T12:00:00.000Z');
/** The time `days` days (of 24 h) and `ms` milliseconds before NOW. */
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY - ms);
const at = (time: Date, ms: number) => new Date(time.getTime() + ms);

const nobody: SurveyEligibilityState = {
  signedUpAt: null,
  lastAnsweredAt: null,
  hasOpenTicket: false,
  hasOpenRecovery: false,
};
const stateWith = (change: Partial<SurveyEligibilityState>): SurveyEligibilityState => ({ ...nobody, ...change });
const policy = (minDaysAfterSignup: number, minDaysBetweenSurveys: number): SurveyPolicy => ({
  minDaysAfterSignup,
  minDaysBetweenSurveys,
});

describe('DEFAULT_SURVEY_POLICY', () => {
  test('waits 30 days after signup and 90 days between surveys', () => {
    expect(DEFAULT_SURVEY_POLICY).toEqual({ minDaysAfterSignup: 30, minDaysBetweenSurveys: 90 });
  });

  test('is frozen, so one workspace cannot change it for all', () => {
    expect(Object.isFrozen(DEFAULT_SURVEY_POLICY)).toBe(true);
  });

  test('has no problems', () => {
    expect(surveyPolicyProblems(DEFAULT_SURVEY_POLICY)).toEqual([]);
  });
});

describe('surveyPolicyProblems', () => {
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
    expect(surveyPolicyProblems(policy(afterSignup, between))).toEqual([]);
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
    const bad = { ...DEFAULT_SURVEY_POLICY, minDaysAfterSignup: value } as unknown as SurveyPolicy;
    expect(surveyPolicyProblems(bad)).toEqual([
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
    const bad = { ...DEFAULT_SURVEY_POLICY, minDaysBetweenSurveys: value } as unknown as SurveyPolicy;
    expect(surveyPolicyProblems(bad)).toEqual([
      `minDaysBetweenSurveys must be a whole number of days from 0 to 730, got ${shown}`,
    ]);
  });

  test('366 between surveys is fine: only signup stops at 365', () => {
    expect(surveyPolicyProblems(policy(30, 366))).toEqual([]);
  });

  test('reports both fields when both are wrong, signup first', () => {
    expect(surveyPolicyProblems(policy(400, 800))).toEqual([
      'minDaysAfterSignup must be a whole number of days from 0 to 365, got 400',
      'minDaysBetweenSurveys must be a whole number of days from 0 to 730, got 800',
    ]);
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
  ])('%s: eligible %p', (_case, signedUpAt, eligible) => {
    const result = surveyEligibility(stateWith({ signedUpAt }), DEFAULT_SURVEY_POLICY, NOW);
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((reason) => reason.blocker)).toEqual(eligible ? [] : ['TOO_SOON_AFTER_SIGNUP']);
  });

  test('day 29: blocked until exactly 30 days after signup, in plain words', () => {
    const signedUpAt = ago(29);
    expect(surveyEligibility(stateWith({ signedUpAt }), DEFAULT_SURVEY_POLICY, NOW)).toEqual({
      eligible: false,
      reasons: [
        {
          blocker: 'TOO_SOON_AFTER_SIGNUP',
          message: 'Signed up 29 days ago; the policy waits 30 days after signup',
          until: at(signedUpAt, 30 * DAY),
        },
      ],
      nextEligibleAt: at(signedUpAt, 30 * DAY),
    });
  });

  test('1 ms before the boundary: blocked until the boundary, 1 ms away', () => {
    const result = surveyEligibility(stateWith({ signedUpAt: ago(30, -1) }), DEFAULT_SURVEY_POLICY, NOW);
    expect(result.nextEligibleAt).toEqual(at(NOW, 1));
    expect(result.reasons[0]?.until).toEqual(at(NOW, 1));
  });

  test('day 30: eligible now', () => {
    expect(surveyEligibility(stateWith({ signedUpAt: ago(30) }), DEFAULT_SURVEY_POLICY, NOW)).toEqual({
      eligible: true,
      reasons: [],
      nextEligibleAt: NOW,
    });
  });

  test('an unknown signup date does not block', () => {
    expect(surveyEligibility(nobody, DEFAULT_SURVEY_POLICY, NOW)).toEqual({
      eligible: true,
      reasons: [],
      nextEligibleAt: NOW,
    });
  });

  test.each<[string, Date, string]>([
    ['less than a day', ago(0, 60 * 1000), 'Signed up less than a day ago'],
    ['one day', ago(1, 1), 'Signed up 1 day ago'],
    ['two days', ago(2), 'Signed up 2 days ago'],
    ['a future date', at(NOW, DAY), 'Signed up in the future'],
  ])('the message counts whole days: %s', (_case, signedUpAt, start) => {
    const [reason] = surveyEligibility(stateWith({ signedUpAt }), DEFAULT_SURVEY_POLICY, NOW).reasons;
    expect(reason?.message).toBe(`${start}; the policy waits 30 days after signup`);
  });

  test('a future signup date blocks until N days after that date', () => {
    const signedUpAt = at(NOW, 2 * DAY);
    expect(surveyEligibility(stateWith({ signedUpAt }), DEFAULT_SURVEY_POLICY, NOW).nextEligibleAt).toEqual(
      at(signedUpAt, 30 * DAY),
    );
  });

  test('a one-day policy says "1 day"', () => {
    const [reason] = surveyEligibility(stateWith({ signedUpAt: ago(0, 5) }), policy(1, 90), NOW).reasons;
    expect(reason?.message).toBe('Signed up less than a day ago; the policy waits 1 day after signup');
  });

  test.each<[number, number, boolean]>([
    [7, 6, false],
    [7, 7, true],
    [365, 364, false],
    [365, 365, true],
  ])('a %i-day policy, signed up %i days ago: eligible %p', (wait, daysAgo, eligible) => {
    expect(surveyEligibility(stateWith({ signedUpAt: ago(daysAgo) }), policy(wait, 90), NOW).eligible).toBe(eligible);
  });
});

describe('surveyEligibility between surveys (default policy: 90 days)', () => {
  test.each<[string, Date, boolean]>([
    ['answered just now', NOW, false],
    ['answered 1 day ago', ago(1), false],
    ['answered 89 days ago', ago(89), false],
    ['1 ms short of 90 days ago', ago(90, -1), false],
    ['answered exactly 90 days ago', ago(90), true],
    ['answered 90 days and 1 ms ago', ago(90, 1), true],
    ['answered 91 days ago', ago(91), true],
  ])('%s: eligible %p', (_case, lastAnsweredAt, eligible) => {
    const result = surveyEligibility(stateWith({ lastAnsweredAt }), DEFAULT_SURVEY_POLICY, NOW);
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((reason) => reason.blocker)).toEqual(eligible ? [] : ['SURVEYED_RECENTLY']);
    expect(result.nextEligibleAt).toEqual(eligible ? NOW : at(lastAnsweredAt, 90 * DAY));
  });

  test('day 89: blocked until exactly 90 days after the answer, in plain words', () => {
    const lastAnsweredAt = ago(89);
    expect(surveyEligibility(stateWith({ lastAnsweredAt }), DEFAULT_SURVEY_POLICY, NOW)).toEqual({
      eligible: false,
      reasons: [
        {
          blocker: 'SURVEYED_RECENTLY',
          message: 'Answered 89 days ago; the policy asks for 90 days between surveys',
          until: at(lastAnsweredAt, 90 * DAY),
        },
      ],
      nextEligibleAt: at(lastAnsweredAt, 90 * DAY),
    });
  });

  test('1 ms before the boundary: eligible 1 ms later', () => {
    const result = surveyEligibility(stateWith({ lastAnsweredAt: ago(90, -1) }), DEFAULT_SURVEY_POLICY, NOW);
    expect(result.nextEligibleAt).toEqual(at(NOW, 1));
    expect(
      surveyEligibility(stateWith({ lastAnsweredAt: ago(90, -1) }), DEFAULT_SURVEY_POLICY, at(NOW, 1)).eligible,
    ).toBe(true);
  });

  test('never answered: not blocked', () => {
    expect(surveyEligibility(stateWith({ signedUpAt: ago(400) }), DEFAULT_SURVEY_POLICY, NOW).eligible).toBe(true);
  });

  test('the message for a 12-day-old answer matches the schema example', () => {
    const [reason] = surveyEligibility(stateWith({ lastAnsweredAt: ago(12) }), DEFAULT_SURVEY_POLICY, NOW).reasons;
    expect(reason?.message).toBe('Answered 12 days ago; the policy asks for 90 days between surveys');
  });

  test('an answer dated in the future says so', () => {
    const [reason] = surveyEligibility(stateWith({ lastAnsweredAt: at(NOW, 1) }), DEFAULT_SURVEY_POLICY, NOW).reasons;
    expect(reason?.message).toBe('Answered in the future; the policy asks for 90 days between surveys');
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
      const result = surveyEligibility(stateWith({ signedUpAt, lastAnsweredAt }), DEFAULT_SURVEY_POLICY, NOW);
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
    const state = stateWith({ signedUpAt: ago(29, 1), lastAnsweredAt: ago(89) });
    const result = surveyEligibility(state, DEFAULT_SURVEY_POLICY, NOW);
    expect(result.reasons.map((reason) => reason.message)).toEqual([
      'Signed up 29 days ago; the policy waits 30 days after signup',
      'Answered 89 days ago; the policy asks for 90 days between surveys',
    ]);
    expect(result.nextEligibleAt).toEqual(at(NOW, DAY));
    const signupDone = surveyEligibility(state, DEFAULT_SURVEY_POLICY, at(NOW, DAY - 1));
    expect(signupDone.reasons.map((reason) => reason.blocker)).toEqual(['SURVEYED_RECENTLY']);
    expect(surveyEligibility(state, DEFAULT_SURVEY_POLICY, at(NOW, DAY)).eligible).toBe(true);
  });

  test('the later boundary is chosen whichever rule it belongs to', () => {
    const signupLater = surveyEligibility(
      stateWith({ signedUpAt: ago(1), lastAnsweredAt: ago(80) }),
      DEFAULT_SURVEY_POLICY,
      NOW,
    );
    expect(signupLater.nextEligibleAt).toEqual(at(ago(1), 30 * DAY));
    const answerLater = surveyEligibility(
      stateWith({ signedUpAt: ago(29), lastAnsweredAt: ago(2) }),
      DEFAULT_SURVEY_POLICY,
      NOW,
    );
    expect(answerLater.nextEligibleAt).toEqual(at(ago(2), 90 * DAY));
  });

  test('only the rule still blocking is reported', () => {
    const result = surveyEligibility(
      stateWith({ signedUpAt: ago(30), lastAnsweredAt: ago(89) }),
      DEFAULT_SURVEY_POLICY,
      NOW,
    );
    expect(result.reasons.map((reason) => reason.blocker)).toEqual(['SURVEYED_RECENTLY']);
  });

  test('both boundaries reached exactly: eligible', () => {
    const result = surveyEligibility(
      stateWith({ signedUpAt: ago(30), lastAnsweredAt: ago(90) }),
      DEFAULT_SURVEY_POLICY,
      NOW,
    );
    expect(result).toEqual({ eligible: true, reasons: [], nextEligibleAt: NOW });
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
      { hasOpenTicket: true, hasOpenRecovery: true, signedUpAt: ago(3), lastAnsweredAt: ago(2) },
      ['TOO_SOON_AFTER_SIGNUP', 'SURVEYED_RECENTLY', 'OPEN_TICKET', 'OPEN_RECOVERY'],
    ],
    [
      'an open ticket, dates long past',
      { hasOpenTicket: true, signedUpAt: ago(400), lastAnsweredAt: ago(200) },
      ['OPEN_TICKET'],
    ],
  ])('%s: not eligible, no next date, blockers %j', (_case, change, blockers) => {
    const result = surveyEligibility(stateWith(change), DEFAULT_SURVEY_POLICY, NOW);
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((reason) => reason.blocker)).toEqual(blockers);
    expect(result.nextEligibleAt).toBeNull();
  });

  test('the ticket and recovery reasons have no until and say what they wait for', () => {
    const result = surveyEligibility(
      stateWith({ hasOpenTicket: true, hasOpenRecovery: true }),
      DEFAULT_SURVEY_POLICY,
      NOW,
    );
    expect(result.reasons).toEqual([
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
    const [signup] = surveyEligibility(
      stateWith({ signedUpAt, hasOpenTicket: true }),
      DEFAULT_SURVEY_POLICY,
      NOW,
    ).reasons;
    expect(signup).toMatchObject({ blocker: 'TOO_SOON_AFTER_SIGNUP', until: at(signedUpAt, 30 * DAY) });
  });

  test('a zero-day policy does not lift a ticket or recovery', () => {
    const result = surveyEligibility(stateWith({ hasOpenRecovery: true, lastAnsweredAt: NOW }), policy(0, 0), NOW);
    expect(result.reasons.map((reason) => reason.blocker)).toEqual(['OPEN_RECOVERY']);
  });
});

describe('surveyEligibility with zero-day policies', () => {
  test('0 days after signup: a contact who signed up just now may be surveyed', () => {
    expect(surveyEligibility(stateWith({ signedUpAt: NOW }), policy(0, 90), NOW).eligible).toBe(true);
  });

  test('0 days between surveys: a contact who answered just now may be surveyed again', () => {
    expect(surveyEligibility(stateWith({ lastAnsweredAt: NOW }), policy(30, 0), NOW).eligible).toBe(true);
  });

  test('both 0: nothing but tickets and recoveries blocks', () => {
    expect(surveyEligibility(stateWith({ signedUpAt: NOW, lastAnsweredAt: NOW }), policy(0, 0), NOW)).toEqual({
      eligible: true,
      reasons: [],
      nextEligibleAt: NOW,
    });
  });

  test('a 0-day rule is off, even for a date a little in the future (clock skew)', () => {
    const soon = at(NOW, 1000);
    expect(surveyEligibility(stateWith({ signedUpAt: soon, lastAnsweredAt: soon }), policy(0, 0), NOW).eligible).toBe(
      true,
    );
  });

  test('one rule at 0 does not switch off the other', () => {
    const result = surveyEligibility(stateWith({ signedUpAt: NOW, lastAnsweredAt: ago(10) }), policy(0, 90), NOW);
    expect(result.reasons.map((reason) => reason.blocker)).toEqual(['SURVEYED_RECENTLY']);
  });
});

describe('surveyEligibility results and input checks', () => {
  test('nextEligibleAt when eligible is a copy of now, not the caller object', () => {
    const result = surveyEligibility(nobody, DEFAULT_SURVEY_POLICY, NOW);
    expect(result.nextEligibleAt).toEqual(NOW);
    expect(result.nextEligibleAt).not.toBe(NOW);
  });

  test('until and nextEligibleAt are separate objects', () => {
    const result = surveyEligibility(stateWith({ lastAnsweredAt: ago(1) }), DEFAULT_SURVEY_POLICY, NOW);
    expect(result.nextEligibleAt).toEqual(result.reasons[0]?.until);
    expect(result.nextEligibleAt).not.toBe(result.reasons[0]?.until);
  });

  test('does not change the dates it is given', () => {
    const signedUpAt = ago(3);
    const lastAnsweredAt = ago(2);
    surveyEligibility(stateWith({ signedUpAt, lastAnsweredAt }), DEFAULT_SURVEY_POLICY, NOW);
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
    expect(() => surveyEligibility(nobody, DEFAULT_SURVEY_POLICY, now as Date)).toThrow('now must be a valid Date');
  });

  test.each<['signedUpAt' | 'lastAnsweredAt', unknown]>([
    ['signedUpAt', new Date(Number.NaN)],
    ['signedUpAt', '2025-01-01'],
    ['lastAnsweredAt', new Date(Number.NaN)],
    ['lastAnsweredAt', 0],
  ])('throws TypeError when %s is %p', (field, value) => {
    const state = { ...nobody, [field]: value } as unknown as SurveyEligibilityState;
    expect(() => surveyEligibility(state, DEFAULT_SURVEY_POLICY, NOW)).toThrow(`${field} must be a valid Date or null`);
  });

  test('throws RangeError on an invalid policy, with its problems', () => {
    expect(() => surveyEligibility(nobody, policy(-1, 90), NOW)).toThrow(RangeError);
    expect(() => surveyEligibility(nobody, policy(-1, 90), NOW)).toThrow(
      'Invalid survey policy: minDaysAfterSignup must be a whole number of days from 0 to 365, got -1',
    );
  });
});
