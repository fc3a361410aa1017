import { InvalidScoreError, type LoyaltyCategory } from './category';
import {
  ACTION_PRIORITIES,
  DEFAULT_PLAYBOOK,
  DEFAULT_PLAYBOOKS,
  hasNegativeCsatStreak,
  hasPositiveCsat,
  isStale,
  kindInWords,
  NEGATIVE_CSAT_STREAK,
  PLACEHOLDER_FALLBACKS,
  PLAYBOOK_ACTION_KINDS,
  PLAYBOOK_TRIGGERS,
  playbookProblems,
  RECOMMENDED_ACTION_KINDS,
  recommendActions,
  RECOVERY_DEADLINE_HOURS,
  RECOVERY_KINDS,
  renderTemplate,
  STALE_AFTER_DAYS,
  templateProblems,
  withDefaultRules,
  type ActionPriority,
  type ContactLoyaltyState,
  type CsatAnswer,
  type FollowUpContext,
  type Playbook,
  type PlaybookAction,
  type RecommendedAction,
  type RecommendedActionKind,
} from './recommendations';
import { LOCALES } from './locale';
import { EMPTY_SNAPSHOT, snapshotFromLatest, type LoyaltySnapshot } from './snapshot';

const HOUR = 60 * 60 * 1000;
const ANSWERED_AT = new Date('2025-05-01T10:00:00.000Z');
const EARLIER = new Date('2025-02-01T10:00:00.000Z');
const after = (hours: number, from = ANSWERED_AT) => new Date(from.getTime() + hours * HOUR);
const SOON = after(1);

interface StateOptions {
  name?: string | null;
  company?: string | null;
  recentCsat?: readonly CsatAnswer[] | null;
  followUps?: readonly FollowUpContext[] | null;
}

function stateOf(
  latest: number | null,
  previous: number | null = null,
  options: StateOptions = {},
): ContactLoyaltyState {
  const snapshot =
    latest === null
      ? EMPTY_SNAPSHOT
      : snapshotFromLatest(
          { score: latest, answeredAt: ANSWERED_AT },
          previous === null ? null : { score: previous, answeredAt: EARLIER },
          previous === null ? 1 : 2,
        );
  return {
    name: options.name === undefined ? 'Ada Lovelace' : options.name,
    company: options.company === undefined ? 'Acme Ltd' : options.company,
    snapshot,
    recentCsat: options.recentCsat,
    followUps: options.followUps,
  };
}

const kinds = (actions: RecommendedAction[]) => actions.map((action) => action.kind);
const find = (actions: RecommendedAction[], kind: RecommendedActionKind) => {
  const action = actions.find((candidate) => candidate.kind === kind);
  if (!action) throw new Error(`no ${kind} in ${kinds(actions).join(', ')}`);
  return action;
};

const action = (
  kind: RecommendedActionKind,
  priority: ActionPriority,
  extra: Partial<PlaybookAction> = {},
): PlaybookAction => ({
  kind,
  title: `${kind} ${priority}`,
  scriptTemplate: `Script for ${kind}`,
  priority,
  dueInHours: null,
  ...extra,
});

const playbookWith = (lists: Partial<Playbook>): Playbook => ({
  PROMOTER: [],
  PASSIVE: [],
  DETRACTOR: [],
  FALL: [],
  OVERDUE_RECOVERY: [],
  NEGATIVE_CSAT_STREAK: [],
  STALE: [],
  ADVOCATE: [],
  ...lists,
});

const csat = (score: number, daysAgo: number, scaleMax = 5): CsatAnswer => ({
  score,
  scaleMax,
  answeredAt: after(-24 * daysAgo),
});

const PROMOTER_KINDS: RecommendedActionKind[] = [
  'THANK',
  'ASK_REFERRAL',
  'ASK_REVIEW',
  'INVITE_CASE_STUDY',
  'FLAG_UPSELL',
];
const PASSIVE_KINDS: RecommendedActionKind[] = ['PROBE', 'FIX_FEEDBACK', 'RESURVEY_LATER'];
const DETRACTOR_KINDS: RecommendedActionKind[] = ['RECOVER', 'SOLVE_ROOT_CAUSE'];

describe('recommendActions before the first NPS answer', () => {
  test('recommends nothing', () => {
    expect(recommendActions(stateOf(null), SOON)).toEqual([]);
  });

  test('recommends nothing a year later, even with negative CSAT answers', () => {
    const state = stateOf(null, null, { recentCsat: [csat(1, 1), csat(1, 2), csat(1, 3)] });
    expect(recommendActions(state, after(24 * 365))).toEqual([]);
  });
});

describe('recommendActions by latest score, default playbook', () => {
  test.each<[number, RecommendedActionKind[]]>([
    [0, DETRACTOR_KINDS],
    [1, DETRACTOR_KINDS],
    [2, DETRACTOR_KINDS],
    [3, DETRACTOR_KINDS],
    [4, DETRACTOR_KINDS],
    [5, DETRACTOR_KINDS],
    [6, DETRACTOR_KINDS],
    [7, PASSIVE_KINDS],
    [8, PASSIVE_KINDS],
    [9, PROMOTER_KINDS],
    [10, PROMOTER_KINDS],
  ])('a first answer of %i gives %j', (score, expected) => {
    expect(kinds(recommendActions(stateOf(score), SOON))).toEqual(expected);
  });
});

describe('recommendActions for a promoter', () => {
  const actions = recommendActions(stateOf(9), SOON);

  test.each<[RecommendedActionKind, ActionPriority, number | null]>([
    ['THANK', 'MEDIUM', 72],
    ['ASK_REFERRAL', 'MEDIUM', 7 * 24],
    ['ASK_REVIEW', 'MEDIUM', 7 * 24],
    ['INVITE_CASE_STUDY', 'LOW', null],
    ['FLAG_UPSELL', 'LOW', null],
  ])('%s is %s, due %p hours after the answer', (kind, priority, hours) => {
    const recommended = find(actions, kind);
    expect(recommended.priority).toBe(priority);
    expect(recommended.dueAt).toEqual(hours === null ? null : after(hours));
  });

  test('every reason is the latest answer and its category', () => {
    expect(actions.map((recommended) => recommended.reason)).toEqual(Array(5).fill('Latest answer 9 (promoter)'));
  });

  test('the thank-you greets them by first name, quotes the score and names the company', () => {
    const { script } = find(actions, 'THANK');
    expect(script).toMatch(/^Hi Ada, thank you/);
    expect(script).toContain('rating us 9 out of 10');
    expect(script).toContain('Acme Ltd');
  });

  test('the sales flag names the contact in full and their company', () => {
    expect(find(actions, 'FLAG_UPSELL').script).toContain('Ada Lovelace at Acme Ltd rated us 9 out of 10');
  });

  test.each<[string, string | null]>([
    ['null', null],
    ['empty', ''],
    ['blank', '   '],
  ])('is not flagged for upsell when the company is %s (not B2B)', (_case, company) => {
    expect(kinds(recommendActions(stateOf(10, null, { company }), SOON))).toEqual([
      'THANK',
      'ASK_REFERRAL',
      'ASK_REVIEW',
      'INVITE_CASE_STUDY',
    ]);
  });
});

describe('recommendActions for a passive', () => {
  const actions = recommendActions(stateOf(8), SOON);

  test.each<[RecommendedActionKind, ActionPriority, number | null]>([
    ['PROBE', 'MEDIUM', 72],
    ['FIX_FEEDBACK', 'LOW', null],
    ['RESURVEY_LATER', 'LOW', 90 * 24],
  ])('%s is %s, due %p hours after the answer', (kind, priority, hours) => {
    const recommended = find(actions, kind);
    expect(recommended.priority).toBe(priority);
    expect(recommended.dueAt).toEqual(hours === null ? null : after(hours));
  });

  test('the probe asks what would make it a 10', () => {
    expect(find(actions, 'PROBE').script).toContain('make it a 10 for you?');
  });

  test('the fix is thanked by name when it ships', () => {
    const { title, script } = find(actions, 'FIX_FEEDBACK');
    expect(title).toContain('thank them by name when it ships');
    expect(script).toMatch(/^Hi Ada, .*shipped/);
  });

  test('the resurvey asks the NPS question itself', () => {
    expect(find(actions, 'RESURVEY_LATER').script).toContain(
      'how likely are you now to recommend us to a friend or colleague?',
    );
  });
});

describe('recommendActions for a detractor', () => {
  test('recover within 48 h (HIGH), then solve the root cause within a week (MEDIUM)', () => {
    const [recover, solve] = recommendActions(stateOf(3), SOON);
    expect(recover).toMatchObject({
      kind: 'RECOVER',
      priority: 'HIGH',
      dueAt: after(48),
      title: 'Recover: contact within 48 h',
    });
    expect(solve).toMatchObject({ kind: 'SOLVE_ROOT_CAUSE', priority: 'MEDIUM', dueAt: after(7 * 24) });
    expect(solve?.title).toContain('record it');
  });

  test('the recovery script acknowledges the score and asks to talk', () => {
    const { script } = find(recommendActions(stateOf(3), SOON), 'RECOVER');
    expect(script).toMatch(/^Hi Ada, thank you for your honest feedback/);
    expect(script).toContain("I'm sorry");
    expect(script).toContain('a 3 out of 10');
  });

  test('a score of 0 is quoted as 0, not replaced by the fallback', () => {
    expect(find(recommendActions(stateOf(0), SOON), 'RECOVER').script).toContain('a 0 out of 10');
  });

  test('the default recovery deadline is 48 h', () => {
    expect(RECOVERY_DEADLINE_HOURS).toBe(48);
  });

  test('exactly at the deadline nothing is escalated yet', () => {
    expect(kinds(recommendActions(stateOf(3), after(48)))).toEqual(DETRACTOR_KINDS);
  });

  test('1 ms past the deadline an URGENT escalation comes first and recovery stays open', () => {
    const actions = recommendActions(stateOf(3), new Date(after(48).getTime() + 1));
    expect(kinds(actions)).toEqual(['ESCALATE', ...DETRACTOR_KINDS]);
    expect(actions[0]).toEqual({
      kind: 'ESCALATE',
      title: 'Escalate: recovery overdue',
      script: expect.stringContaining('Ada Lovelace rated us 3 out of 10 and the recovery deadline has passed'),
      priority: 'URGENT',
      dueAt: null,
      reason: 'Recovery overdue, it was due within 48 h of the answer: latest answer 3 (detractor)',
    });
  });

  test('a "now" before the answer (clock skew) is not overdue', () => {
    expect(kinds(recommendActions(stateOf(3), after(-1)))).toEqual(DETRACTOR_KINDS);
  });

  test.each([9, 7])('a late answer from a non-detractor (%i) is never escalated as overdue', (score) => {
    expect(kinds(recommendActions(stateOf(score), after(24 * 365)))).not.toContain('ESCALATE');
  });
});

describe('recommendActions after a fall', () => {
  test.each<[number, number, LoyaltyCategory, boolean]>([
    [2, 4, 'DETRACTOR', false],
    [2, 7, 'PASSIVE', false],
    [2, 9, 'PROMOTER', false],
    [8, 4, 'DETRACTOR', true],
    [8, 7, 'PASSIVE', false],
    [8, 9, 'PROMOTER', false],
    [10, 4, 'DETRACTOR', true],
    [10, 7, 'PASSIVE', false],
    [10, 9, 'PROMOTER', false],
  ])('previous %i then %i (%s): escalated %s', (previous, latest, _category, escalated) => {
    const actions = recommendActions(stateOf(latest, previous), SOON);
    expect(actions[0]?.kind === 'ESCALATE').toBe(escalated);
    expect(kinds(actions).includes('ESCALATE')).toBe(escalated);
  });

  test('promoter to detractor: URGENT escalation first, due within 4 h, then recovery', () => {
    const actions = recommendActions(stateOf(3, 9), SOON);
    expect(kinds(actions)).toEqual(['ESCALATE', 'RECOVER', 'SOLVE_ROOT_CAUSE']);
    expect(actions[0]).toMatchObject({
      title: 'Escalate: fell to detractor',
      priority: 'URGENT',
      dueAt: after(4),
      reason: 'Churn risk, fell to detractor: latest answer 3 (detractor), down from 9 (promoter)',
    });
    expect(actions[0]?.script).toContain('Ada Lovelace dropped to 3 out of 10');
  });

  test('passive to detractor: the reason names the passive score', () => {
    expect(recommendActions(stateOf(6, 7), SOON)[0]?.reason).toBe(
      'Churn risk, fell to detractor: latest answer 6 (detractor), down from 7 (passive)',
    );
  });

  test('a fall that is also overdue is escalated once, for the fall', () => {
    const actions = recommendActions(stateOf(3, 9), after(100));
    expect(kinds(actions)).toEqual(['ESCALATE', 'RECOVER', 'SOLVE_ROOT_CAUSE']);
    expect(actions[0]?.title).toBe('Escalate: fell to detractor');
  });

  test('promoter to passive is a fall but not a churn emergency: passive actions only', () => {
    const actions = recommendActions(stateOf(8, 10), SOON);
    expect(kinds(actions)).toEqual(PASSIVE_KINDS);
    expect(actions[0]?.reason).toBe('Latest answer 8 (passive), down from 10 (promoter)');
  });
});

describe('recommendActions reasons', () => {
  test.each<[number, number | null, string]>([
    [9, null, 'Latest answer 9 (promoter)'],
    [7, 3, 'Latest answer 7 (passive), up from 3 (detractor)'],
    [10, 9, 'Latest answer 10 (promoter), previously 9 (promoter)'],
    [2, 5, 'Latest answer 2 (detractor), previously 5 (detractor)'],
    [9, 0, 'Latest answer 9 (promoter), up from 0 (detractor)'],
  ])('latest %i after %p: "%s"', (latest, previous, reason) => {
    const actions = recommendActions(stateOf(latest, previous), SOON);
    expect(actions.length).toBeGreaterThan(0);
    for (const recommended of actions) expect(recommended.reason).toBe(reason);
  });

  test.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'every reason for a %i, even overdue, names the score and category',
    (score) => {
      const category = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
      for (const recommended of recommendActions(stateOf(score), after(24 * 30))) {
        expect(recommended.reason).toContain(`answer ${score} (${category})`);
      }
    },
  );
});

describe('recommendActions with repeated negative CSAT', () => {
  const negatives = [csat(1, 1), csat(2, 5), csat(1, 9)];

  test(`needs ${NEGATIVE_CSAT_STREAK} negative answers in a row`, () => {
    expect(NEGATIVE_CSAT_STREAK).toBe(3);
  });

  test('a detractor with three negative CSAT answers in a row is escalated at once', () => {
    const actions = recommendActions(stateOf(4, null, { recentCsat: negatives }), SOON);
    expect(kinds(actions)).toEqual(['ESCALATE', ...DETRACTOR_KINDS]);
    expect(actions[0]).toMatchObject({
      title: 'Escalate: repeated negative satisfaction',
      priority: 'URGENT',
      dueAt: null,
      reason: 'Churn risk, last 3 CSAT answers negative: latest answer 4 (detractor)',
    });
  });

  test('two negative answers are not a streak yet', () => {
    const state = stateOf(4, null, { recentCsat: negatives.slice(0, 2) });
    expect(kinds(recommendActions(state, SOON))).toEqual(DETRACTOR_KINDS);
  });

  test.each<[string, readonly CsatAnswer[] | null | undefined]>([
    ['omitted', undefined],
    ['null', null],
    ['empty', []],
  ])('CSAT answers %s: no streak', (_case, recentCsat) => {
    expect(kinds(recommendActions(stateOf(4, null, { recentCsat }), SOON))).toEqual(DETRACTOR_KINDS);
  });

  test.each([8, 10])('a non-detractor (%i) with negative CSAT is not escalated', (score) => {
    const state = stateOf(score, null, { recentCsat: negatives });
    expect(kinds(recommendActions(state, SOON))).not.toContain('ESCALATE');
  });

  test('a fall with a CSAT streak is escalated once, for the fall', () => {
    const actions = recommendActions(stateOf(4, 9, { recentCsat: negatives }), SOON);
    expect(kinds(actions).filter((kind) => kind === 'ESCALATE')).toHaveLength(1);
    expect(actions[0]?.title).toBe('Escalate: fell to detractor');
  });
});

describe('hasNegativeCsatStreak', () => {
  test('is true when the three latest answers are negative, on any scale', () => {
    expect(hasNegativeCsatStreak([csat(1, 1, 3), csat(2, 2, 5), csat(2, 3, 10)])).toBe(true);
  });

  test('is false when one of the three latest is not negative', () => {
    expect(hasNegativeCsatStreak([csat(1, 1), csat(3, 2), csat(1, 3)])).toBe(false);
  });

  test('a positive latest answer ends an older streak', () => {
    expect(hasNegativeCsatStreak([csat(5, 1), csat(1, 2), csat(1, 3), csat(1, 4)])).toBe(false);
  });

  test('sorts by answeredAt itself: the caller may pass any order', () => {
    const latestThreeNegative = [csat(5, 30), csat(1, 3), csat(1, 1), csat(2, 2)];
    expect(hasNegativeCsatStreak(latestThreeNegative)).toBe(true);
    const latestPositive = [csat(1, 3), csat(5, 1), csat(1, 2), csat(1, 4)];
    expect(hasNegativeCsatStreak(latestPositive)).toBe(false);
  });

  test('does not reorder the caller’s array', () => {
    const answers = [csat(1, 3), csat(1, 1), csat(1, 2)];
    const before = [...answers];
    hasNegativeCsatStreak(answers);
    expect(answers).toEqual(before);
  });

  test('takes another streak length', () => {
    expect(hasNegativeCsatStreak([csat(1, 1)], 1)).toBe(true);
    expect(hasNegativeCsatStreak([csat(1, 1), csat(1, 2)], 3)).toBe(false);
  });

  test('throws InvalidScoreError on an invalid CSAT answer among the latest', () => {
    expect(() => hasNegativeCsatStreak([csat(9, 1), csat(1, 2), csat(1, 3)])).toThrow(InvalidScoreError);
  });
});

describe('recommendActions order and uniqueness', () => {
  test('sorts URGENT > HIGH > MEDIUM > LOW, keeping playbook order within a priority', () => {
    const playbook = playbookWith({
      PROMOTER: [
        action('THANK', 'LOW'),
        action('ASK_REVIEW', 'URGENT'),
        action('ASK_REFERRAL', 'MEDIUM'),
        action('INVITE_CASE_STUDY', 'LOW'),
        action('FLAG_UPSELL', 'URGENT'),
        action('PROBE', 'HIGH'),
      ],
    });
    expect(kinds(recommendActions(stateOf(10), SOON, playbook))).toEqual([
      'ASK_REVIEW',
      'FLAG_UPSELL',
      'PROBE',
      'ASK_REFERRAL',
      'THANK',
      'INVITE_CASE_STUDY',
    ]);
  });

  test.each<[string, number, number | null, Date]>([
    ['promoter', 9, null, SOON],
    ['passive', 7, 9, SOON],
    ['detractor', 5, null, SOON],
    ['overdue detractor', 5, 5, after(72)],
    ['fallen detractor, overdue', 0, 10, after(72)],
  ])('default actions for a %s are never less urgent than the next one', (_case, latest, previous, now) => {
    const ranks = recommendActions(stateOf(latest, previous), now).map((a) => ACTION_PRIORITIES.indexOf(a.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('a kind in two situations is recommended once, the more urgent one winning', () => {
    const playbook = playbookWith({
      DETRACTOR: [action('RECOVER', 'HIGH'), action('ESCALATE', 'HIGH', { title: 'from detractor list' })],
      FALL: [action('ESCALATE', 'URGENT', { title: 'from fall list' })],
    });
    const actions = recommendActions(stateOf(2, 9), SOON, playbook);
    expect(kinds(actions)).toEqual(['ESCALATE', 'RECOVER']);
    expect(actions[0]?.title).toBe('from fall list');
  });

  test('the more urgent one wins even when it comes from a later situation', () => {
    const playbook = playbookWith({
      DETRACTOR: [action('ESCALATE', 'URGENT', { title: 'from detractor list' })],
      FALL: [action('ESCALATE', 'MEDIUM', { title: 'from fall list' })],
    });
    const actions = recommendActions(stateOf(2, 9), SOON, playbook);
    expect(actions).toHaveLength(1);
    expect(actions[0]?.title).toBe('from detractor list');
  });

  test('a kind listed twice at the same priority keeps the first', () => {
    const playbook = playbookWith({
      PASSIVE: [action('PROBE', 'MEDIUM', { title: 'first' }), action('PROBE', 'MEDIUM', { title: 'second' })],
    });
    expect(recommendActions(stateOf(7), SOON, playbook).map((a) => a.title)).toEqual(['first']);
  });

  test.each([0, 3, 6, 7, 8, 9, 10])(
    'default actions for %i, fallen and overdue where possible, have no repeated kinds',
    (score) => {
      const actions = recommendActions(
        stateOf(score, 10, { recentCsat: [csat(1, 1), csat(1, 2), csat(1, 3)] }),
        after(500),
      );
      expect(new Set(kinds(actions)).size).toBe(actions.length);
    },
  );
});

describe('recommendActions due times', () => {
  test.each<[number | null, Date | null]>([
    [null, null],
    [0, ANSWERED_AT],
    [1.5, after(1.5)],
    [24 * 365, after(24 * 365)],
  ])('dueInHours %p gives dueAt %p', (dueInHours, dueAt) => {
    const playbook = playbookWith({ PROMOTER: [action('THANK', 'MEDIUM', { dueInHours })] });
    expect(recommendActions(stateOf(9), SOON, playbook)[0]?.dueAt).toEqual(dueAt);
  });

  test('due times count from the answer, not from now', () => {
    expect(recommendActions(stateOf(9), after(1))).toEqual(recommendActions(stateOf(9), after(47)));
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError on dueInHours %p', (dueInHours) => {
    const playbook = playbookWith({ PROMOTER: [action('THANK', 'MEDIUM', { dueInHours })] });
    expect(() => recommendActions(stateOf(9), SOON, playbook)).toThrow(RangeError);
  });
});

describe('recommendActions recovery deadline from the playbook', () => {
  const overdue = [action('ESCALATE', 'URGENT')];

  test("is the detractor list's RECOVER due time", () => {
    const playbook = playbookWith({
      DETRACTOR: [action('RECOVER', 'HIGH', { dueInHours: 24 })],
      OVERDUE_RECOVERY: overdue,
    });
    expect(kinds(recommendActions(stateOf(3), after(24), playbook))).toEqual(['RECOVER']);
    const late = recommendActions(stateOf(3), after(25), playbook);
    expect(kinds(late)).toEqual(['ESCALATE', 'RECOVER']);
    expect(late[0]?.reason).toBe('Recovery overdue, it was due within 24 h of the answer: latest answer 3 (detractor)');
  });

  test('without a RECOVER action there is no deadline to miss', () => {
    const playbook = playbookWith({
      DETRACTOR: [action('SOLVE_ROOT_CAUSE', 'HIGH', { dueInHours: 1 })],
      OVERDUE_RECOVERY: overdue,
    });
    expect(kinds(recommendActions(stateOf(3), after(24 * 365), playbook))).toEqual(['SOLVE_ROOT_CAUSE']);
  });

  test('a RECOVER action without a due time has no deadline to miss', () => {
    const playbook = playbookWith({
      DETRACTOR: [action('RECOVER', 'HIGH', { dueInHours: null })],
      OVERDUE_RECOVERY: overdue,
    });
    expect(kinds(recommendActions(stateOf(3), after(24 * 365), playbook))).toEqual(['RECOVER']);
  });
});

describe('recommendActions scripts', () => {
  const situations: [string, number, number | null, Date][] = [
    ['promoter', 10, null, SOON],
    ['passive', 7, null, SOON],
    ['detractor', 0, null, SOON],
    ['fallen, overdue detractor', 2, 9, after(100)],
  ];
  const people: [string, string | null, string | null][] = [
    ['named, with a company', 'Ada Lovelace', 'Acme Ltd'],
    ['without a name', null, 'Acme Ltd'],
    ['without a company', 'Ada Lovelace', null],
    ['with neither', null, null],
    ['with blank values', '  ', ' '],
  ];
  const cases = situations.flatMap(([situation, latest, previous, now]) =>
    people.map(([who, name, company]) => [situation, who, latest, previous, now, name, company] as const),
  );

  test.each(cases)('%s %s: no raw placeholder or brace is left', (_s, _w, latest, previous, now, name, company) => {
    const actions = recommendActions(stateOf(latest, previous, { name, company }), now);
    expect(actions.length).toBeGreaterThan(0);
    for (const recommended of actions) {
      expect(recommended.title).not.toMatch(/[{}]/);
      expect(recommended.script).not.toMatch(/[{}]/);
    }
  });

  test('without a name, scripts greet "there" and notes say "this contact"', () => {
    const promoter = recommendActions(stateOf(9, null, { name: null }), SOON);
    expect(find(promoter, 'THANK').script).toMatch(/^Hi there, thank you/);
    expect(find(promoter, 'FLAG_UPSELL').script).toContain('this contact at Acme Ltd');
  });

  test('without a company, scripts say "your team"', () => {
    const promoter = recommendActions(stateOf(9, null, { company: null }), SOON);
    expect(find(promoter, 'THANK').script).toContain('for your team');
  });

  test('the first name is the first word of the trimmed name', () => {
    const actions = recommendActions(stateOf(9, null, { name: '  Grace   Brewster Hopper ' }), SOON);
    expect(find(actions, 'THANK').script).toMatch(/^Hi Grace, /);
    expect(find(actions, 'FLAG_UPSELL').script).toContain('Grace   Brewster Hopper at Acme Ltd');
  });

  test('a name containing braces is pasted as is, not read as a placeholder', () => {
    const actions = recommendActions(stateOf(9, null, { name: '{company}', company: 'Acme Ltd' }), SOON);
    expect(find(actions, 'FLAG_UPSELL').script).toContain('{company} at Acme Ltd');
  });
});

describe('recommendActions input checks', () => {
  test.each<[string, unknown]>([
    ['an invalid date', new Date(Number.NaN)],
    ['a timestamp', Date.now()],
  ])('throws TypeError when now is %s', (_case, now) => {
    expect(() => recommendActions(stateOf(9), now as Date)).toThrow('now must be a valid Date');
  });

  const base = snapshotFromLatest({ score: 3, answeredAt: ANSWERED_AT }, { score: 9, answeredAt: EARLIER }, 2);
  test.each<[string, Partial<LoyaltySnapshot>, string]>([
    ['a category without a score', { latestScore: null }, 'a category without a score'],
    ['a category that does not match the score', { category: 'PROMOTER' }, 'latest score 3 is not PROMOTER'],
    ['a score without a category', { category: null }, 'latest score 3 is not null'],
    ['a previous category without a score', { previousScore: null }, 'a previous category without a score'],
    ['a previous category that does not match', { previousCategory: 'PASSIVE' }, 'previous score 9 is not PASSIVE'],
    ['a score without a date', { answeredAt: null }, 'a latest score without a valid answeredAt'],
  ])('throws on an inconsistent snapshot: %s', (_case, change, message) => {
    const state: ContactLoyaltyState = { name: 'Ada', company: null, snapshot: { ...base, ...change } };
    expect(() => recommendActions(state, SOON)).toThrow(message);
  });

  test('throws InvalidScoreError on a stored score outside 0-10', () => {
    const state: ContactLoyaltyState = { name: 'Ada', company: null, snapshot: { ...base, latestScore: 11 } };
    expect(() => recommendActions(state, SOON)).toThrow(InvalidScoreError);
  });

  test('uses the scores, not a stale stored movement', () => {
    const state: ContactLoyaltyState = { name: 'Ada', company: 'Acme', snapshot: { ...base, movement: 'STEADY' } };
    expect(recommendActions(state, SOON)[0]?.kind).toBe('ESCALATE');
  });

  test('does not change the state it is given', () => {
    const state = stateOf(3, 9, { recentCsat: [csat(1, 3), csat(1, 1), csat(1, 2)] });
    const copy = structuredClone(state);
    recommendActions(state, after(100));
    expect(state).toEqual(copy);
  });
});

describe('renderTemplate', () => {
  test('fills every placeholder, as often as it appears', () => {
    expect(
      renderTemplate('{firstName}/{name}/{company}/{score}/{firstName}', {
        firstName: 'Ada',
        name: 'Ada Lovelace',
        company: 'Acme',
        score: 9,
      }),
    ).toBe('Ada/Ada Lovelace/Acme/9/Ada');
  });

  test.each<[string, string | number | null | undefined]>([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['blank', '  '],
  ])('a %s value uses the fallback', (_case, value) => {
    expect(
      renderTemplate('{firstName}|{name}|{company}|{score}', {
        firstName: value,
        name: value,
        company: value,
        score: value,
      }),
    ).toBe('there|this contact|your team|a score');
  });

  test('the fallbacks are these words', () => {
    expect(PLACEHOLDER_FALLBACKS.en).toEqual({
      firstName: 'there',
      name: 'this contact',
      company: 'your team',
      score: 'a score',
    });
  });

  test('in zh-CN a missing value uses the Chinese words', () => {
    expect(renderTemplate('{firstName}|{name}|{company}|{score}', { name: ' ' }, 'zh-CN')).toBe(
      '客户|客户|贵公司|若干',
    );
  });

  test('in zh-CN a known value is filled in as it is', () => {
    expect(
      renderTemplate('尊敬的{name}，您好！{company}，{score}分', { name: '张伟', company: 'Acme', score: 0 }, 'zh-CN'),
    ).toBe('尊敬的张伟，您好！Acme，0分');
  });

  test('a score of 0 is a value, not a missing one', () => {
    expect(renderTemplate('{score}', { score: 0 })).toBe('0');
  });

  test('trims values', () => {
    expect(renderTemplate('[{company}]', { company: '  Acme  ' })).toBe('[Acme]');
  });

  test('accepts spaces inside the braces', () => {
    expect(renderTemplate('Hi { firstName },', { firstName: 'Ada' })).toBe('Hi Ada,');
  });

  test('drops an unknown placeholder rather than showing it to a customer', () => {
    expect(renderTemplate('Hi {nickname}!', {})).toBe('Hi !');
  });

  test('is case-sensitive: {FirstName} is unknown', () => {
    expect(renderTemplate('Hi {FirstName}', { firstName: 'Ada' })).toBe('Hi ');
  });

  test('does not read placeholders inside values', () => {
    expect(renderTemplate('{name} / {company}', { name: '{company}', company: 'Acme' })).toBe('{company} / Acme');
  });

  test('leaves text without placeholders alone', () => {
    expect(renderTemplate('Thanks!', {})).toBe('Thanks!');
  });
});

describe('templateProblems', () => {
  test('a template with known placeholders has none', () => {
    expect(templateProblems('Hi {firstName} from {company}, you gave {score}. {name}')).toEqual([]);
  });

  test('names an unknown placeholder and lists the known ones', () => {
    expect(templateProblems('Hi {nickname}')).toEqual([
      'unknown placeholder {nickname}; use {firstName}, {name}, {company}, {score}',
    ]);
  });

  test.each(['Hi {firstName', 'Hi firstName}', 'Hi {{firstName}}', 'Total: {1}'])(
    'reports a stray brace in %p',
    (template) => {
      expect(templateProblems(template)).toContain('a { or } that is not part of a placeholder');
    },
  );
});

describe('DEFAULT_PLAYBOOK', () => {
  test('has no problems', () => {
    expect(playbookProblems(DEFAULT_PLAYBOOK)).toEqual([]);
  });

  test.each<[keyof Playbook, RecommendedActionKind[]]>([
    ['PROMOTER', PROMOTER_KINDS],
    ['PASSIVE', PASSIVE_KINDS],
    ['DETRACTOR', DETRACTOR_KINDS],
    ['FALL', ['ESCALATE']],
    ['OVERDUE_RECOVERY', ['ESCALATE']],
    ['NEGATIVE_CSAT_STREAK', ['ESCALATE']],
    ['STALE', ['RESURVEY_STALE']],
    ['ADVOCATE', ['ASK_REFERRAL', 'INVITE_CASE_STUDY']],
  ])('%s lists %j', (trigger, expected) => {
    expect(DEFAULT_PLAYBOOK[trigger].map((a) => a.kind)).toEqual(expected);
  });

  test('covers every trigger', () => {
    expect(Object.keys(DEFAULT_PLAYBOOK).sort()).toEqual([...PLAYBOOK_TRIGGERS].sort());
  });

  test('escalations are URGENT', () => {
    for (const trigger of ['FALL', 'OVERDUE_RECOVERY', 'NEGATIVE_CSAT_STREAK'] as const) {
      expect(DEFAULT_PLAYBOOK[trigger][0]?.priority).toBe('URGENT');
    }
  });

  test('only the upsell flag needs a company', () => {
    const needsCompany = PLAYBOOK_TRIGGERS.flatMap((t) => DEFAULT_PLAYBOOK[t]).filter((a) => a.requiresCompany);
    expect(needsCompany.map((a) => a.kind)).toEqual(['FLAG_UPSELL']);
  });

  test('is frozen all the way down, so one workspace cannot edit it for all', () => {
    expect(Object.isFrozen(DEFAULT_PLAYBOOK)).toBe(true);
    for (const trigger of PLAYBOOK_TRIGGERS) {
      expect(Object.isFrozen(DEFAULT_PLAYBOOK[trigger])).toBe(true);
      for (const entry of DEFAULT_PLAYBOOK[trigger]) expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  test('a recommended action can be changed without touching the playbook', () => {
    const [first] = recommendActions(stateOf(9), SOON);
    if (!first) throw new Error('expected an action');
    first.title = 'changed';
    expect(recommendActions(stateOf(9), SOON)[0]?.title).toBe('Thank them for the great score');
  });
});

describe('the default playbook in each language', () => {
  const rulesOf = (playbook: Playbook) =>
    PLAYBOOK_TRIGGERS.map((trigger) =>
      playbook[trigger].map(({ title: _title, scriptTemplate: _script, ...rule }) => ({ trigger, ...rule })),
    );
  const HAN = /\p{Script=Han}/u;

  test('there is one for every locale, and the English one is DEFAULT_PLAYBOOK', () => {
    expect(Object.keys(DEFAULT_PLAYBOOKS).sort()).toEqual([...LOCALES].sort());
    expect(DEFAULT_PLAYBOOKS.en).toBe(DEFAULT_PLAYBOOK);
  });

  test.each(LOCALES)('%s has no problems: every title and script uses known placeholders only', (locale) => {
    expect(playbookProblems(DEFAULT_PLAYBOOKS[locale])).toEqual([]);
  });

  test('zh-CN has every rule of the English one: same kinds, priorities, due times and company needs', () => {
    expect(rulesOf(DEFAULT_PLAYBOOKS['zh-CN'])).toEqual(rulesOf(DEFAULT_PLAYBOOK));
  });

  test('every zh-CN title and script is written in Chinese', () => {
    for (const trigger of PLAYBOOK_TRIGGERS) {
      DEFAULT_PLAYBOOKS['zh-CN'][trigger].forEach((translated, index) => {
        const english = DEFAULT_PLAYBOOK[trigger][index];
        expect(translated.title).toMatch(HAN);
        expect(translated.scriptTemplate).toMatch(HAN);
        expect(translated.title).not.toBe(english?.title);
        expect(translated.scriptTemplate).not.toBe(english?.scriptTemplate);
      });
    }
  });

  test('zh-CN is frozen all the way down too', () => {
    const chinese = DEFAULT_PLAYBOOKS['zh-CN'];
    expect(Object.isFrozen(chinese)).toBe(true);
    for (const trigger of PLAYBOOK_TRIGGERS) {
      expect(Object.isFrozen(chinese[trigger])).toBe(true);
      for (const entry of chinese[trigger]) expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  test('recommendActions in zh-CN gives a detractor Chinese titles and scripts with the contact filled in', () => {
    const actions = recommendActions(stateOf(3, 9), SOON, undefined, 'zh-CN');
    expect(kinds(actions)).toEqual(['ESCALATE', 'RECOVER', 'SOLVE_ROOT_CAUSE']);
    expect(find(actions, 'RECOVER').title).toBe(`挽回：${RECOVERY_DEADLINE_HOURS}小时内联系客户`);
    expect(find(actions, 'RECOVER').script).toMatch(/^尊敬的Ada Lovelace，您好！.*3分（满分10分）/);
    expect(find(actions, 'SOLVE_ROOT_CAUSE').script).toContain('Acme Ltd今后');
    expect(find(actions, 'ESCALATE').script).toMatch(/^升级处理：Ada Lovelace上次/);
    // The same actions as in English, only in other words.
    const english = recommendActions(stateOf(3, 9), SOON);
    expect(actions.map(({ title: _t, script: _s, reason: _r, ...rest }) => rest)).toEqual(
      english.map(({ title: _t, script: _s, reason: _r, ...rest }) => rest),
    );
  });

  test('recommendActions in zh-CN fills a missing name and company with the Chinese words', () => {
    const actions = recommendActions(stateOf(9, null, { name: null, company: null }), SOON, undefined, 'zh-CN');
    const thank = find(actions, 'THANK');
    expect(thank.script).toMatch(/^尊敬的客户，您好！/);
    expect(thank.script).toContain('为贵公司提供的服务');
    for (const recommended of actions) {
      expect(`${recommended.title}${recommended.script}`).not.toMatch(/[{}]|there|your team|this contact/);
    }
  });

  test.each<[string, number, number | null, CsatAnswer[]]>([
    ['advocate', 9, null, [csat(5, 1)]],
    ['passive', 8, null, []],
    ['fallen detractor', 2, 9, []],
    ['detractor with negative CSAT', 4, null, [csat(1, 1), csat(1, 2), csat(1, 3)]],
  ])(
    'recommendActions in zh-CN for a stale %s leaves no placeholder or English',
    (_who, latest, previous, recentCsat) => {
      const state = stateOf(latest, previous, { name: ' ', company: null, recentCsat });
      const actions = recommendActions(state, after(24 * 365), undefined, 'zh-CN');
      expect(actions.length).toBeGreaterThan(1);
      for (const recommended of actions) {
        expect(recommended.title).toMatch(HAN);
        expect(recommended.reason).toMatch(HAN);
        expect(`${recommended.title}${recommended.script}${recommended.reason}`).not.toMatch(/[{}]|[A-Za-z]{3,}/);
      }
    },
  );

  test("recommendActions in zh-CN uses a workspace's own rule as written, and the Chinese default elsewhere", () => {
    const own = {
      DETRACTOR: [action('RECOVER', 'URGENT', { title: 'Call {firstName}', scriptTemplate: 'Hi {name}' })],
    };
    const actions = recommendActions(stateOf(3, 9), SOON, own, 'zh-CN');
    expect(find(actions, 'RECOVER')).toMatchObject({ title: 'Call Ada', script: 'Hi Ada Lovelace' });
    expect(find(actions, 'ESCALATE').title).toBe(DEFAULT_PLAYBOOKS['zh-CN'].FALL[0]?.title);
  });
});

describe('playbookProblems', () => {
  test('an empty playbook is valid: a workspace may switch everything off', () => {
    expect(playbookProblems(playbookWith({}))).toEqual([]);
  });

  test.each<[string, Partial<PlaybookAction>, string]>([
    ['an unknown kind', { kind: 'HUG' as RecommendedActionKind }, 'PROMOTER[0]: unknown kind HUG'],
    [
      'an unknown priority',
      { priority: 'SOON' as ActionPriority },
      'PROMOTER[0]: priority must be one of URGENT, HIGH, MEDIUM, LOW',
    ],
    ['an empty title', { title: ' ' }, 'PROMOTER[0]: title must not be empty'],
    ['an empty script', { scriptTemplate: '' }, 'PROMOTER[0]: scriptTemplate must not be empty'],
    [
      'a title placeholder typo',
      { title: 'Thank {fristName}' },
      'PROMOTER[0]: title has unknown placeholder {fristName}; use {firstName}, {name}, {company}, {score}',
    ],
    [
      'a script with a stray brace',
      { scriptTemplate: 'Hi {firstName' },
      'PROMOTER[0]: scriptTemplate has a { or } that is not part of a placeholder',
    ],
    ['a negative due time', { dueInHours: -2 }, 'PROMOTER[0]: dueInHours must be empty or a number of hours from 0'],
    ['a NaN due time', { dueInHours: Number.NaN }, 'PROMOTER[0]: dueInHours must be empty or a number of hours from 0'],
  ])('reports %s', (_case, change, problem) => {
    expect(playbookProblems(playbookWith({ PROMOTER: [{ ...action('THANK', 'LOW'), ...change }] }))).toEqual([problem]);
  });

  test('reports a kind listed twice in one situation, at its position', () => {
    const playbook = playbookWith({
      PASSIVE: [action('PROBE', 'LOW'), action('THANK', 'LOW'), action('PROBE', 'HIGH')],
    });
    expect(playbookProblems(playbook)).toEqual(['PASSIVE[2]: PROBE is already in PASSIVE']);
  });

  test('a kind may appear in several situations', () => {
    const playbook = playbookWith({
      FALL: [action('ESCALATE', 'URGENT')],
      OVERDUE_RECOVERY: [action('ESCALATE', 'URGENT')],
    });
    expect(playbookProblems(playbook)).toEqual([]);
  });

  test('reports a situation that is not a list', () => {
    const playbook = { ...playbookWith({}), FALL: undefined } as unknown as Playbook;
    expect(playbookProblems(playbook)).toEqual(['FALL: must be a list of actions']);
  });

  test('reports every problem, not just the first', () => {
    const playbook = playbookWith({
      PROMOTER: [{ ...action('THANK', 'LOW'), title: '', dueInHours: -1 }],
      DETRACTOR: [{ ...action('RECOVER', 'HIGH'), scriptTemplate: '{x}' }],
    });
    expect(playbookProblems(playbook)).toHaveLength(3);
  });
});

describe('kind and priority lists', () => {
  test('name the thirteen kinds of the schema', () => {
    expect(RECOMMENDED_ACTION_KINDS).toEqual([
      'THANK',
      'ASK_REFERRAL',
      'ASK_REVIEW',
      'INVITE_CASE_STUDY',
      'FLAG_UPSELL',
      'PROBE',
      'FIX_FEEDBACK',
      'RESURVEY_LATER',
      'RECOVER',
      'SOLVE_ROOT_CAUSE',
      'ESCALATE',
      'RESURVEY_STALE',
      'SALES_OUTREACH',
    ]);
  });

  test('order priorities most urgent first', () => {
    expect(ACTION_PRIORITIES).toEqual(['URGENT', 'HIGH', 'MEDIUM', 'LOW']);
  });
});

// ---------------------------------------------------------------------------------------
// Stale scores, advocates, follow-up context and follow-up-only kinds

const STALE_AT = after(24 * STALE_AFTER_DAYS);
const ms = (time: Date, delta: number) => new Date(time.getTime() + delta);
const positive = [csat(5, 1), csat(1, 2), csat(1, 3)];
const followUp = (
  kind: RecommendedActionKind,
  status: FollowUpContext['status'],
  closedAt: Date | null = status === 'OPEN' ? null : SOON,
): FollowUpContext => ({ kind, status, closedAt });

describe('kinds for follow-ups', () => {
  test('RECOVERY_KINDS are recover, root cause and escalate', () => {
    expect(RECOVERY_KINDS).toEqual(['RECOVER', 'SOLVE_ROOT_CAUSE', 'ESCALATE']);
    expect(Object.isFrozen(RECOVERY_KINDS)).toBe(true);
  });

  test('PLAYBOOK_ACTION_KINDS are every kind but SALES_OUTREACH, in the same order', () => {
    expect(PLAYBOOK_ACTION_KINDS).toEqual(RECOMMENDED_ACTION_KINDS.filter((kind) => kind !== 'SALES_OUTREACH'));
    expect(PLAYBOOK_ACTION_KINDS).toContain('RESURVEY_STALE');
    expect(Object.isFrozen(PLAYBOOK_ACTION_KINDS)).toBe(true);
  });

  test('no default rule recommends SALES_OUTREACH', () => {
    const all = PLAYBOOK_TRIGGERS.flatMap((trigger) => DEFAULT_PLAYBOOK[trigger]).map((a) => a.kind);
    expect(all).not.toContain('SALES_OUTREACH');
  });

  test.each(PLAYBOOK_TRIGGERS)('playbookProblems refuses SALES_OUTREACH in %s', (trigger) => {
    expect(playbookProblems(playbookWith({ [trigger]: [action('SALES_OUTREACH', 'LOW')] }))).toEqual([
      `${trigger}[0]: SALES_OUTREACH is logged by sales reps as a follow-up; a playbook cannot recommend it`,
    ]);
  });

  test('playbookProblems accepts RESURVEY_STALE in any situation', () => {
    const playbook = playbookWith({ PASSIVE: [action('RESURVEY_STALE', 'LOW')], STALE: [action('THANK', 'LOW')] });
    expect(playbookProblems(playbook)).toEqual([]);
  });

  test('recommendActions never recommends SALES_OUTREACH, even from an unchecked playbook', () => {
    const playbook = playbookWith({ PROMOTER: [action('SALES_OUTREACH', 'URGENT'), action('THANK', 'LOW')] });
    expect(kinds(recommendActions(stateOf(9), SOON, playbook))).toEqual(['THANK']);
  });
});

describe('isStale', () => {
  test(`a score is stale after ${STALE_AFTER_DAYS} days`, () => {
    expect(STALE_AFTER_DAYS).toBe(180);
  });

  const snapshot = { answeredAt: ANSWERED_AT };
  test.each<[string, Date, boolean]>([
    ['a minute later', after(1 / 60), false],
    ['179 days later', after(24 * 179), false],
    ['1 ms before 180 days', ms(STALE_AT, -1), false],
    ['exactly 180 days later', STALE_AT, false],
    ['1 ms after 180 days', ms(STALE_AT, 1), true],
    ['181 days later', after(24 * 181), true],
    ['two years later', after(24 * 730), true],
    ['a "now" a year before the answer (clock skew)', after(-24 * 365), false],
  ])('%s: %p', (_case, now, stale) => {
    expect(isStale(snapshot, now)).toBe(stale);
  });

  test('counts days of 24 h, not calendar days', () => {
    expect(isStale({ answeredAt: new Date('2025-01-01T00:00:00.000Z') }, new Date('2025-06-30T00:00:00.001Z'))).toBe(
      true,
    );
    expect(isStale({ answeredAt: new Date('2025-01-01T00:00:00.000Z') }, new Date('2025-06-30T00:00:00.000Z'))).toBe(
      false,
    );
  });

  test('a contact who never answered is not stale', () => {
    expect(isStale(EMPTY_SNAPSHOT, after(24 * 10_000))).toBe(false);
  });

  test('takes a whole snapshot', () => {
    expect(isStale(snapshotFromLatest({ score: 9, answeredAt: ANSWERED_AT }, null, 1), ms(STALE_AT, 1))).toBe(true);
  });

  test.each<[string, unknown]>([
    ['an invalid date', new Date(Number.NaN)],
    ['a timestamp', Date.now()],
  ])('throws TypeError when now is %s', (_case, now) => {
    expect(() => isStale(snapshot, now as Date)).toThrow('now must be a valid Date');
  });

  test('throws TypeError on an invalid answeredAt', () => {
    expect(() => isStale({ answeredAt: new Date(Number.NaN) }, SOON)).toThrow(TypeError);
  });
});

describe('hasPositiveCsat', () => {
  test.each<[number, number, boolean]>([
    [3, 3, true],
    [2, 3, false],
    [1, 3, false],
    [5, 5, true],
    [4, 5, true],
    [3, 5, false],
    [1, 5, false],
    [7, 7, true],
    [6, 7, true],
    [5, 7, false],
    [10, 10, true],
    [9, 10, true],
    [8, 10, false],
  ])('a latest answer of %i out of %i: %p', (score, scaleMax, expected) => {
    expect(hasPositiveCsat([csat(score, 1, scaleMax)])).toBe(expected);
  });

  test('no answers: false', () => {
    expect(hasPositiveCsat([])).toBe(false);
  });

  test('only the latest counts: a positive answer after negative ones is enough', () => {
    expect(hasPositiveCsat([csat(1, 3), csat(1, 2), csat(5, 1)])).toBe(true);
  });

  test('only the latest counts: a negative answer after positive ones ends it', () => {
    expect(hasPositiveCsat([csat(5, 3), csat(5, 2), csat(1, 1)])).toBe(false);
  });

  test('the latest is found by answeredAt, whatever the order given', () => {
    expect(hasPositiveCsat([csat(1, 2), csat(5, 0), csat(1, 5)])).toBe(true);
    expect(hasPositiveCsat([csat(5, 2), csat(2, 0), csat(5, 5)])).toBe(false);
  });

  test('of two answers at the same time, the first given counts', () => {
    expect(hasPositiveCsat([csat(5, 1), csat(1, 1)])).toBe(true);
    expect(hasPositiveCsat([csat(1, 1), csat(5, 1)])).toBe(false);
  });

  test('throws InvalidScoreError when the latest answer is invalid', () => {
    expect(() => hasPositiveCsat([csat(6, 1), csat(5, 2)])).toThrow(InvalidScoreError);
  });

  test('does not reorder the answers it is given', () => {
    const answers = [csat(1, 3), csat(5, 1), csat(2, 2)];
    const before = [...answers];
    hasPositiveCsat(answers);
    expect(answers).toEqual(before);
  });
});

describe('recommendActions for a stale score', () => {
  test.each<[number, Date, boolean]>([
    [9, ms(STALE_AT, -1), false],
    [9, STALE_AT, false],
    [9, ms(STALE_AT, 1), true],
    [7, STALE_AT, false],
    [7, ms(STALE_AT, 1), true],
    [3, STALE_AT, false],
    [3, ms(STALE_AT, 1), true],
  ])('a %i answered until %p: asked for a fresh score %p', (score, now, stale) => {
    expect(kinds(recommendActions(stateOf(score), now)).includes('RESURVEY_STALE')).toBe(stale);
  });

  test('asks for a fresh score, LOW, without a due time, saying how old the score is', () => {
    const actions = recommendActions(stateOf(9), ms(STALE_AT, 1));
    expect(find(actions, 'RESURVEY_STALE')).toEqual({
      kind: 'RESURVEY_STALE',
      title: 'Ask for a fresh score',
      script: expect.stringMatching(/^Hi Ada, it has been a while/),
      priority: 'LOW',
      dueAt: null,
      reason: 'Stale score, answered 180 days ago (stale after 180 days): latest answer 9 (promoter)',
    });
  });

  test.each<[number, number]>([
    [181 * 24, 181],
    [200 * 24 - 1, 199],
    [200 * 24, 200],
    [3 * 365 * 24, 1095],
  ])('%i hours after the answer the reason says %i days', (hours, days) => {
    const { reason } = find(recommendActions(stateOf(8, 9), after(hours)), 'RESURVEY_STALE');
    expect(reason).toBe(
      `Stale score, answered ${days} days ago (stale after 180 days): latest answer 8 (passive), down from 9 (promoter)`,
    );
  });

  test('the script asks the NPS question and names the company', () => {
    const { script } = find(recommendActions(stateOf(9), after(24 * 365)), 'RESURVEY_STALE');
    expect(script).toContain('how likely are you to recommend us to a friend or colleague?');
    expect(script).toContain('for Acme Ltd');
  });

  test('keeps the category actions; LOW, it comes before their LOW ones (situation order)', () => {
    expect(kinds(recommendActions(stateOf(9), after(24 * 365)))).toEqual([
      'THANK',
      'ASK_REFERRAL',
      'ASK_REVIEW',
      'RESURVEY_STALE',
      'INVITE_CASE_STUDY',
      'FLAG_UPSELL',
    ]);
    expect(kinds(recommendActions(stateOf(7), after(24 * 365)))).toEqual([
      'PROBE',
      'RESURVEY_STALE',
      'FIX_FEEDBACK',
      'RESURVEY_LATER',
    ]);
  });

  test('a stale detractor is still escalated as overdue, first', () => {
    expect(kinds(recommendActions(stateOf(3), after(24 * 365)))).toEqual([
      'ESCALATE',
      ...DETRACTOR_KINDS,
      'RESURVEY_STALE',
    ]);
  });

  test('takes the STALE rule of the playbook given', () => {
    const playbook = playbookWith({ STALE: [action('PROBE', 'HIGH', { dueInHours: 2 })] });
    const actions = recommendActions(stateOf(9), after(24 * 365), playbook);
    expect(actions).toEqual([expect.objectContaining({ kind: 'PROBE', priority: 'HIGH', dueAt: after(2) })]);
    expect(actions[0]?.reason).toMatch(/^Stale score, answered 365 days ago/);
  });

  test('an empty STALE rule recommends nothing for staleness', () => {
    expect(recommendActions(stateOf(9), after(24 * 365), playbookWith({}))).toEqual([]);
  });
});

describe('recommendActions for an advocate (promoter with positive CSAT)', () => {
  const actions = recommendActions(stateOf(10, null, { recentCsat: positive }), SOON);

  test('asks for a referral first (HIGH), then the case study with the other MEDIUM actions', () => {
    expect(kinds(actions)).toEqual(['ASK_REFERRAL', 'INVITE_CASE_STUDY', 'THANK', 'ASK_REVIEW', 'FLAG_UPSELL']);
  });

  test.each<[RecommendedActionKind, ActionPriority, string]>([
    ['ASK_REFERRAL', 'HIGH', 'Ask for a referral while they are happy'],
    ['INVITE_CASE_STUDY', 'MEDIUM', 'Invite to a case study or testimonial'],
  ])('%s is %s, without a due time, titled "%s"', (kind, priority, title) => {
    expect(find(actions, kind)).toMatchObject({ priority, title, dueAt: null });
  });

  test('the advocacy actions say why: promoter with positive CSAT, best advocacy candidate', () => {
    const reason =
      'Promoter with positive CSAT: best advocacy candidate; latest answer 10 (promoter), latest CSAT 5 out of 5';
    expect(find(actions, 'ASK_REFERRAL').reason).toBe(reason);
    expect(find(actions, 'INVITE_CASE_STUDY').reason).toBe(reason);
    expect(find(actions, 'THANK').reason).toBe('Latest answer 10 (promoter)');
  });

  test('the reason quotes the latest CSAT answer and scale', () => {
    const state = stateOf(9, 10, { recentCsat: [csat(2, 5, 10), csat(9, 1, 10)] });
    expect(find(recommendActions(state, SOON), 'ASK_REFERRAL').reason).toBe(
      'Promoter with positive CSAT: best advocacy candidate; latest answer 9 (promoter), previously 10 (promoter), ' +
        'latest CSAT 9 out of 10',
    );
  });

  test('the scripts greet by first name, quote the score and name the company', () => {
    expect(find(actions, 'ASK_REFERRAL').script).toMatch(/^Hi Ada, thank you for your 10 out of 10/);
    expect(find(actions, 'INVITE_CASE_STUDY').script).toContain('would Acme Ltd be open to a short case study');
  });

  const promoterOnly = ['THANK', 'ASK_REFERRAL', 'ASK_REVIEW', 'INVITE_CASE_STUDY', 'FLAG_UPSELL'];
  test.each<[string, number, readonly CsatAnswer[] | null | undefined, boolean]>([
    ['promoter, latest CSAT positive', 9, positive, true],
    ['promoter, latest CSAT 4 of 5', 9, [csat(4, 1)], true],
    ['promoter, latest CSAT neutral', 9, [csat(3, 1), csat(5, 2)], false],
    ['promoter, latest CSAT negative after positives', 9, [csat(1, 1), csat(5, 2), csat(5, 3)], false],
    ['promoter, no CSAT', 9, [], false],
    ['promoter, CSAT null', 10, null, false],
    ['promoter, CSAT omitted', 10, undefined, false],
  ])('%s: advocate %p', (_case, score, recentCsat, advocate) => {
    const recommended = recommendActions(stateOf(score, null, { recentCsat }), SOON);
    expect(find(recommended, 'ASK_REFERRAL').priority).toBe(advocate ? 'HIGH' : 'MEDIUM');
    expect(kinds(recommended)).toEqual(advocate ? kinds(actions) : promoterOnly);
  });

  test.each([8, 7, 6, 0])('a non-promoter (%i) with positive CSAT is no advocate', (score) => {
    const recommended = recommendActions(stateOf(score, null, { recentCsat: positive }), SOON);
    expect(recommended.map((a) => a.reason).join()).not.toContain('advocacy');
    expect(recommended.filter((a) => a.kind === 'ASK_REFERRAL')).toEqual([]);
  });

  test('without a company the advocate is not flagged for upsell, but still asked for a referral', () => {
    const recommended = recommendActions(stateOf(10, null, { company: null, recentCsat: positive }), SOON);
    expect(kinds(recommended)).toEqual(['ASK_REFERRAL', 'INVITE_CASE_STUDY', 'THANK', 'ASK_REVIEW']);
  });

  test('at the same priority the advocacy version of a kind wins', () => {
    const playbook = playbookWith({
      PROMOTER: [action('THANK', 'MEDIUM', { title: 'from promoter list' })],
      ADVOCATE: [action('THANK', 'MEDIUM', { title: 'from advocate list' })],
    });
    const recommended = recommendActions(stateOf(9, null, { recentCsat: positive }), SOON, playbook);
    expect(recommended.map((a) => a.title)).toEqual(['from advocate list']);
  });

  test('a less urgent advocacy version loses to the promoter one', () => {
    const playbook = playbookWith({
      PROMOTER: [action('ASK_REFERRAL', 'HIGH', { title: 'from promoter list' })],
      ADVOCATE: [action('ASK_REFERRAL', 'LOW', { title: 'from advocate list' })],
    });
    const recommended = recommendActions(stateOf(9, null, { recentCsat: positive }), SOON, playbook);
    expect(recommended.map((a) => a.title)).toEqual(['from promoter list']);
  });

  test('an invalid latest CSAT answer throws InvalidScoreError', () => {
    expect(() => recommendActions(stateOf(9, null, { recentCsat: [csat(6, 1)] }), SOON)).toThrow(InvalidScoreError);
  });
});

describe('recommendActions with follow-ups', () => {
  const justBefore = ms(ANSWERED_AT, -1);

  test.each<[string, FollowUpContext['status'], Date | null, boolean]>([
    ['open', 'OPEN', null, false],
    ['open, with a stray closedAt long ago', 'OPEN', EARLIER, false],
    ['done 1 ms before the answer', 'DONE', justBefore, true],
    ['done exactly at the answer', 'DONE', ANSWERED_AT, false],
    ['done 1 ms after the answer', 'DONE', ms(ANSWERED_AT, 1), false],
    ['done a week after the answer', 'DONE', after(24 * 7), false],
    ['dismissed 1 ms before the answer', 'DISMISSED', justBefore, true],
    ['dismissed exactly at the answer', 'DISMISSED', ANSWERED_AT, false],
    ['dismissed after the answer', 'DISMISSED', after(1), false],
    ['done at the previous answer', 'DONE', EARLIER, true],
  ])('a PROBE follow-up %s: PROBE recommended %p', (_case, status, closedAt, recommended) => {
    const actions = recommendActions(stateOf(7, 3, { followUps: [followUp('PROBE', status, closedAt)] }), SOON);
    expect(kinds(actions).includes('PROBE')).toBe(recommended);
    expect(kinds(actions)).toEqual(recommended ? PASSIVE_KINDS : ['FIX_FEEDBACK', 'RESURVEY_LATER']);
  });

  test.each<[string, readonly FollowUpContext[] | null | undefined]>([
    ['omitted', undefined],
    ['null', null],
    ['empty', []],
  ])('follow-ups %s: nothing counts as handled', (_case, followUps) => {
    expect(recommendActions(stateOf(3, null, { followUps }), after(49))).toEqual(
      recommendActions(stateOf(3), after(49)),
    );
  });

  test('follow-ups of other kinds change nothing', () => {
    const followUps = [followUp('THANK', 'OPEN'), followUp('SALES_OUTREACH', 'DONE'), followUp('ESCALATE', 'OPEN')];
    expect(kinds(recommendActions(stateOf(7, null, { followUps }), SOON))).toEqual(PASSIVE_KINDS);
  });

  test('every handled kind is left out; the rest keep their order and reasons', () => {
    const followUps = [followUp('THANK', 'OPEN'), followUp('ASK_REVIEW', 'DONE'), followUp('FLAG_UPSELL', 'DISMISSED')];
    const actions = recommendActions(stateOf(9, null, { followUps }), SOON);
    expect(kinds(actions)).toEqual(['ASK_REFERRAL', 'INVITE_CASE_STUDY']);
    for (const recommended of actions) expect(recommended.reason).toBe('Latest answer 9 (promoter)');
  });

  test('a newer answer re-enables what was done for the previous one', () => {
    const followUps = [
      followUp('RECOVER', 'DONE', after(24, EARLIER)),
      followUp('SOLVE_ROOT_CAUSE', 'DONE', justBefore),
    ];
    expect(kinds(recommendActions(stateOf(3, 2, { followUps }), SOON))).toEqual(DETRACTOR_KINDS);
  });

  test('an old closed follow-up next to an open one of the same kind: still left out', () => {
    const followUps = [followUp('RECOVER', 'DONE', EARLIER), followUp('RECOVER', 'OPEN')];
    expect(kinds(recommendActions(stateOf(3, null, { followUps }), SOON))).toEqual(['SOLVE_ROOT_CAUSE']);
  });

  test('a stale score whose fresh-score request was sent is not asked again until a new answer', () => {
    const followUps = [followUp('RESURVEY_STALE', 'DONE', after(24 * 200))];
    expect(kinds(recommendActions(stateOf(9, null, { followUps }), after(24 * 365)))).toEqual(PROMOTER_KINDS);
  });

  test('an advocate already asked for a referral is still invited to a case study', () => {
    const followUps = [followUp('ASK_REFERRAL', 'DONE', after(2))];
    const actions = recommendActions(stateOf(10, null, { recentCsat: positive, followUps }), after(3));
    expect(kinds(actions)).toEqual(['INVITE_CASE_STUDY', 'THANK', 'ASK_REVIEW', 'FLAG_UPSELL']);
  });

  test('an open follow-up of a kind is left out even when two situations recommend it', () => {
    const followUps = [followUp('ESCALATE', 'OPEN')];
    const state = stateOf(2, 9, { recentCsat: [csat(1, 1), csat(1, 2), csat(1, 3)], followUps });
    expect(kinds(recommendActions(state, after(100)))).toEqual(DETRACTOR_KINDS);
  });

  test('an escalation done since the answer is not recommended again, even after a fall', () => {
    const followUps = [followUp('ESCALATE', 'DONE', after(3))];
    expect(kinds(recommendActions(stateOf(2, 9, { followUps }), after(100)))).toEqual(DETRACTOR_KINDS);
  });

  test('does not change the follow-ups it is given', () => {
    const followUps = [followUp('RECOVER', 'DONE', after(2)), followUp('PROBE', 'OPEN')];
    const copy = structuredClone(followUps);
    recommendActions(stateOf(3, null, { followUps }), after(100));
    expect(followUps).toEqual(copy);
  });

  test.each<[string, FollowUpContext, string]>([
    ['done without closedAt', followUp('RECOVER', 'DONE', null), 'Inconsistent follow-up: RECOVER is DONE without'],
    [
      'dismissed with an invalid closedAt',
      followUp('PROBE', 'DISMISSED', new Date(Number.NaN)),
      'Inconsistent follow-up: PROBE is DISMISSED without a valid closedAt',
    ],
    [
      'an unknown status',
      { kind: 'THANK', status: 'CLOSED' as FollowUpContext['status'], closedAt: SOON },
      'Inconsistent follow-up: THANK has an unknown status "CLOSED"',
    ],
  ])('throws TypeError on a follow-up %s', (_case, bad, message) => {
    const state = stateOf(7, null, { followUps: [bad] });
    expect(() => recommendActions(state, SOON)).toThrow(TypeError);
    expect(() => recommendActions(state, SOON)).toThrow(message);
  });
});

describe('recommendActions overdue recovery with follow-ups', () => {
  const late = ms(after(RECOVERY_DEADLINE_HOURS), 1);
  const overdueReason = 'Recovery overdue, it was due within 48 h of the answer';

  test.each<[string, FollowUpContext[], RecommendedActionKind[], string | null]>([
    ['no follow-ups', [], ['ESCALATE', 'RECOVER', 'SOLVE_ROOT_CAUSE'], `${overdueReason}: latest answer 3 (detractor)`],
    [
      'recovery open',
      [followUp('RECOVER', 'OPEN')],
      ['ESCALATE', 'SOLVE_ROOT_CAUSE'],
      `${overdueReason} and the recovery follow-up is still open: latest answer 3 (detractor)`,
    ],
    ['recovery done after the answer', [followUp('RECOVER', 'DONE', after(50))], ['SOLVE_ROOT_CAUSE'], null],
    ['recovery done exactly at the answer', [followUp('RECOVER', 'DONE', ANSWERED_AT)], ['SOLVE_ROOT_CAUSE'], null],
    [
      'recovery done 1 ms before the answer (for an earlier one)',
      [followUp('RECOVER', 'DONE', ms(ANSWERED_AT, -1))],
      ['ESCALATE', 'RECOVER', 'SOLVE_ROOT_CAUSE'],
      `${overdueReason}: latest answer 3 (detractor)`,
    ],
    [
      'recovery dismissed after the answer',
      [followUp('RECOVER', 'DISMISSED', after(2))],
      ['ESCALATE', 'SOLVE_ROOT_CAUSE'],
      `${overdueReason} and the recovery follow-up was dismissed: latest answer 3 (detractor)`,
    ],
    [
      'recovery dismissed, then done',
      [followUp('RECOVER', 'DISMISSED', after(2)), followUp('RECOVER', 'DONE', after(30))],
      ['SOLVE_ROOT_CAUSE'],
      null,
    ],
    [
      'recovery done, then reopened',
      [followUp('RECOVER', 'DONE', after(2)), followUp('RECOVER', 'OPEN')],
      ['SOLVE_ROOT_CAUSE'],
      null,
    ],
    [
      'recovery reopened after one done for an earlier answer',
      [followUp('RECOVER', 'DONE', EARLIER), followUp('RECOVER', 'OPEN')],
      ['ESCALATE', 'SOLVE_ROOT_CAUSE'],
      `${overdueReason} and the recovery follow-up is still open: latest answer 3 (detractor)`,
    ],
    [
      'root cause solved, recovery not done',
      [followUp('SOLVE_ROOT_CAUSE', 'DONE', after(10))],
      ['ESCALATE', 'RECOVER'],
      `${overdueReason}: latest answer 3 (detractor)`,
    ],
  ])('%s', (_case, followUps, expected, escalationReason) => {
    const actions = recommendActions(stateOf(3, null, { followUps }), late);
    expect(kinds(actions)).toEqual(expected);
    expect(actions.find((a) => a.kind === 'ESCALATE')?.reason ?? null).toBe(escalationReason);
  });

  test('before the deadline an open recovery escalates nothing', () => {
    const followUps = [followUp('RECOVER', 'OPEN')];
    expect(kinds(recommendActions(stateOf(3, null, { followUps }), after(48)))).toEqual(['SOLVE_ROOT_CAUSE']);
  });

  test('a recovery done ends only the overdue escalation: a fall is still escalated', () => {
    const followUps = [followUp('RECOVER', 'DONE', after(5))];
    const actions = recommendActions(stateOf(3, 9, { followUps }), late);
    expect(kinds(actions)).toEqual(['ESCALATE', 'SOLVE_ROOT_CAUSE']);
    expect(actions[0]?.title).toBe('Escalate: fell to detractor');
  });

  test('a recovery done ends only the overdue escalation: a negative CSAT streak is still escalated', () => {
    const followUps = [followUp('RECOVER', 'DONE', after(5))];
    const state = stateOf(3, null, { followUps, recentCsat: [csat(1, 1), csat(1, 2), csat(1, 3)] });
    const actions = recommendActions(state, late);
    expect(kinds(actions)).toEqual(['ESCALATE', 'SOLVE_ROOT_CAUSE']);
    expect(actions[0]?.title).toBe('Escalate: repeated negative satisfaction');
  });

  test('with the recovery done, a custom overdue rule recommends nothing either', () => {
    const playbook = playbookWith({
      DETRACTOR: [action('RECOVER', 'HIGH', { dueInHours: 1 })],
      OVERDUE_RECOVERY: [action('FIX_FEEDBACK', 'URGENT')],
    });
    const followUps = [followUp('RECOVER', 'DONE', after(3))];
    expect(recommendActions(stateOf(3, null, { followUps }), after(2), playbook)).toEqual([]);
    expect(kinds(recommendActions(stateOf(3), after(2), playbook))).toEqual(['FIX_FEEDBACK', 'RECOVER']);
  });
});

describe('withDefaultRules', () => {
  const { STALE: _stale, ADVOCATE: _advocate, ...older } = playbookWith({ PROMOTER: [action('THANK', 'LOW')] });

  test('fills the situations a stored playbook does not list from the default', () => {
    const complete = withDefaultRules(older);
    expect(complete.STALE).toBe(DEFAULT_PLAYBOOK.STALE);
    expect(complete.ADVOCATE).toBe(DEFAULT_PLAYBOOK.ADVOCATE);
    expect(complete.PROMOTER).toEqual([action('THANK', 'LOW')]);
    expect(complete.DETRACTOR).toEqual([]);
    expect(playbookProblems(complete)).toEqual([]);
  });

  test('fills a situation stored as null', () => {
    const stored = { ...older, STALE: null } as unknown as Partial<Playbook>;
    expect(withDefaultRules(stored).STALE).toBe(DEFAULT_PLAYBOOK.STALE);
  });

  test('keeps empty lists: a workspace may switch a situation off', () => {
    expect(withDefaultRules(playbookWith({}))).toEqual(playbookWith({}));
  });

  test('an empty object is the default playbook', () => {
    expect(withDefaultRules({})).toEqual(DEFAULT_PLAYBOOK);
  });

  test('fills from the default in the locale asked for, keeping the listed situations as written', () => {
    const complete = withDefaultRules(older, 'zh-CN');
    expect(complete.STALE).toBe(DEFAULT_PLAYBOOKS['zh-CN'].STALE);
    expect(complete.PROMOTER).toEqual([action('THANK', 'LOW')]);
  });

  test('does not change the playbook it is given', () => {
    const copy = structuredClone(older);
    withDefaultRules(older);
    expect(older).toEqual(copy);
    expect('STALE' in older).toBe(false);
  });

  test('recommendActions applies a playbook stored before STALE and ADVOCATE existed', () => {
    const stored = older as Playbook;
    expect(kinds(recommendActions(stateOf(9), after(24 * 365), stored))).toEqual(['RESURVEY_STALE', 'THANK']);
    const advocate = recommendActions(stateOf(9, null, { recentCsat: positive }), SOON, stored);
    expect(kinds(advocate)).toEqual(['ASK_REFERRAL', 'INVITE_CASE_STUDY', 'THANK']);
  });
});

describe('recommendActions scripts for the new situations', () => {
  const people: [string, string | null, string | null][] = [
    ['named, with a company', 'Ada Lovelace', 'Acme Ltd'],
    ['with neither name nor company', null, null],
    ['with blank values', ' ', '  '],
  ];
  test.each(people)('a stale advocate %s: no raw placeholder or brace is left', (_who, name, company) => {
    const actions = recommendActions(stateOf(10, 9, { name, company, recentCsat: positive }), after(24 * 400));
    expect(kinds(actions)).toEqual(expect.arrayContaining(['ASK_REFERRAL', 'INVITE_CASE_STUDY', 'RESURVEY_STALE']));
    for (const recommended of actions) {
      expect(recommended.title).not.toMatch(/[{}]/);
      expect(recommended.script).not.toMatch(/[{}]/);
    }
  });

  test('without a name or company the new scripts use the fallbacks', () => {
    const actions = recommendActions(stateOf(10, null, { name: null, company: null, recentCsat: positive }), SOON);
    expect(find(actions, 'ASK_REFERRAL').script).toMatch(/^Hi there, /);
    expect(find(actions, 'INVITE_CASE_STUDY').script).toContain('would your team be open');
  });
});

describe('DEFAULT_PLAYBOOK new situations', () => {
  test.each<[keyof Playbook, RecommendedActionKind, ActionPriority, number | null]>([
    ['STALE', 'RESURVEY_STALE', 'LOW', null],
    ['ADVOCATE', 'ASK_REFERRAL', 'HIGH', null],
    ['ADVOCATE', 'INVITE_CASE_STUDY', 'MEDIUM', null],
  ])('%s: %s is %s with due hours %p', (trigger, kind, priority, dueInHours) => {
    expect(DEFAULT_PLAYBOOK[trigger].find((a) => a.kind === kind)).toMatchObject({ priority, dueInHours });
  });

  test('the advocacy versions are more urgent than the plain promoter ones', () => {
    for (const advocacy of DEFAULT_PLAYBOOK.ADVOCATE) {
      const plain = DEFAULT_PLAYBOOK.PROMOTER.find((a) => a.kind === advocacy.kind);
      if (!plain) throw new Error(`no promoter ${advocacy.kind}`);
      expect(ACTION_PRIORITIES.indexOf(advocacy.priority)).toBeLessThan(ACTION_PRIORITIES.indexOf(plain.priority));
    }
  });

  test('PLAYBOOK_TRIGGERS end with STALE and ADVOCATE', () => {
    expect(PLAYBOOK_TRIGGERS).toEqual([
      'PROMOTER',
      'PASSIVE',
      'DETRACTOR',
      'FALL',
      'OVERDUE_RECOVERY',
      'NEGATIVE_CSAT_STREAK',
      'STALE',
      'ADVOCATE',
    ]);
  });
});

describe('reasons and follow-up titles in each language', () => {
  const HAN = /\p{Script=Han}/u;
  const negatives = [csat(1, 1), csat(2, 5), csat(1, 9)];
  const overdue = after(RECOVERY_DEADLINE_HOURS + 1);

  // One case per situation of the playbook: its reason in English (as it always read) and in Chinese.
  test.each<[string, ContactLoyaltyState, Date, RecommendedActionKind, string, string]>([
    ['promoter', stateOf(9), SOON, 'THANK', 'Latest answer 9 (promoter)', '最新评分 9 分（推荐者）'],
    [
      'passive risen from detractor',
      stateOf(7, 3),
      SOON,
      'PROBE',
      'Latest answer 7 (passive), up from 3 (detractor)',
      '最新评分 7 分（被动者），由 3 分（贬损者）上升',
    ],
    [
      'detractor as before',
      stateOf(2, 5),
      SOON,
      'RECOVER',
      'Latest answer 2 (detractor), previously 5 (detractor)',
      '最新评分 2 分（贬损者），此前为 5 分（贬损者）',
    ],
    [
      'fall',
      stateOf(3, 9),
      SOON,
      'ESCALATE',
      'Churn risk, fell to detractor: latest answer 3 (detractor), down from 9 (promoter)',
      '流失风险，降为贬损者：最新评分 3 分（贬损者），由 9 分（推荐者）下降',
    ],
    [
      'negative CSAT streak',
      stateOf(4, null, { recentCsat: negatives }),
      SOON,
      'ESCALATE',
      'Churn risk, last 3 CSAT answers negative: latest answer 4 (detractor)',
      '流失风险，最近 3 次满意度评价均为差评：最新评分 4 分（贬损者）',
    ],
    [
      'overdue recovery',
      stateOf(3),
      overdue,
      'ESCALATE',
      'Recovery overdue, it was due within 48 h of the answer: latest answer 3 (detractor)',
      '挽回已超期，应在回答后 48 小时内联系客户：最新评分 3 分（贬损者）',
    ],
    [
      'overdue recovery still open',
      stateOf(3, null, { followUps: [followUp('RECOVER', 'OPEN')] }),
      overdue,
      'ESCALATE',
      'Recovery overdue, it was due within 48 h of the answer and the recovery follow-up is still open: ' +
        'latest answer 3 (detractor)',
      '挽回已超期，应在回答后 48 小时内联系客户，且挽回跟进仍未完成：最新评分 3 分（贬损者）',
    ],
    [
      'overdue recovery dismissed',
      stateOf(3, null, { followUps: [followUp('RECOVER', 'DISMISSED', after(2))] }),
      overdue,
      'ESCALATE',
      'Recovery overdue, it was due within 48 h of the answer and the recovery follow-up was dismissed: ' +
        'latest answer 3 (detractor)',
      '挽回已超期，应在回答后 48 小时内联系客户，且挽回跟进已被忽略：最新评分 3 分（贬损者）',
    ],
    [
      'advocate',
      stateOf(9, 10, { recentCsat: [csat(2, 5, 10), csat(9, 1, 10)] }),
      SOON,
      'ASK_REFERRAL',
      'Promoter with positive CSAT: best advocacy candidate; latest answer 9 (promoter), previously 10 (promoter), ' +
        'latest CSAT 9 out of 10',
      '满意度好评的推荐者：最佳口碑推广人选；最新评分 9 分（推荐者），此前为 10 分（推荐者），最新满意度评分 9 分（满分 10 分）',
    ],
    [
      'stale',
      stateOf(8, 9),
      after(24 * (STALE_AFTER_DAYS + 1)),
      'RESURVEY_STALE',
      'Stale score, answered 181 days ago (stale after 180 days): latest answer 8 (passive), down from 9 (promoter)',
      '评分已过时，181 天前回答（超过 180 天即视为过时）：最新评分 8 分（被动者），由 9 分（推荐者）下降',
    ],
  ])('successful-%s-reason-in-english-and-in-chinese', (_situation, state, now, kind, english, chinese) => {
    expect(find(recommendActions(state, now), kind).reason).toBe(english);
    expect(find(recommendActions(state, now, undefined, 'en'), kind).reason).toBe(english);
    expect(find(recommendActions(state, now, undefined, 'zh-CN'), kind).reason).toBe(chinese);
  });

  test('successful-chinese-reasons-follow-the-locale-even-under-rules-an-admin-wrote', () => {
    const own = { FALL: [action('ESCALATE', 'URGENT', { title: 'Call {firstName}', scriptTemplate: 'Hi {name}' })] };
    const escalation = find(recommendActions(stateOf(3, 9), SOON, own, 'zh-CN'), 'ESCALATE');
    expect(escalation).toMatchObject({ title: 'Call Ada', script: 'Hi Ada Lovelace' });
    expect(escalation.reason).toBe('流失风险，降为贬损者：最新评分 3 分（贬损者），由 9 分（推荐者）下降');
  });

  test.each(LOCALES)('successful-every-kind-has-its-own-words-in-%s', (locale) => {
    const words = RECOMMENDED_ACTION_KINDS.map((kind) => kindInWords(kind, locale));
    expect(new Set(words).size).toBe(RECOMMENDED_ACTION_KINDS.length);
    for (const title of words) {
      expect(title.trim()).not.toBe('');
      expect(HAN.test(title)).toBe(locale === 'zh-CN');
    }
  });

  test.each<[RecommendedActionKind, string, string]>([
    ['RECOVER', 'Recover', '挽回'],
    ['SOLVE_ROOT_CAUSE', 'Solve root cause', '解决根本原因'],
    ['SALES_OUTREACH', 'Sales outreach (upsell or referral)', '销售拓展（追加销售或转介绍）'],
  ])('successful-%s-in-words-reads-%s-or-%s', (kind, english, chinese) => {
    expect(kindInWords(kind)).toBe(english);
    expect(kindInWords(kind, 'en')).toBe(english);
    expect(kindInWords(kind, 'zh-CN')).toBe(chinese);
  });
});
