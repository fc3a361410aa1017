import { describeValue } from './describe-value';
import { isSurveyMetric, SURVEY_METRICS, type SurveyMetric } from './scales';
import { DAY_MS } from './time';

// Survey fatigue (docs/product.md): not before N days after signup, not within M days of the
// last survey, not while the contact has an open ticket or an open recovery follow-up.
// Each metric has its own rules and only its own surveys count: a CSAT answer after a
// ticket does not hold back the quarterly NPS survey.

/** One metric's survey fatigue rules, in whole days (of 24 h). */
export interface SurveyRules {
  minDaysAfterSignup: number;
  minDaysBetweenSurveys: number;
}

/** A workspace's survey fatigue rules, one set per metric. */
export type SurveyPolicy = Readonly<Record<SurveyMetric, SurveyRules>>;

/** Frozen: services that customise it must copy it. */
export const DEFAULT_SURVEY_RULES: Readonly<SurveyRules> = Object.freeze({
  minDaysAfterSignup: 30,
  minDaysBetweenSurveys: 90,
});

/** Every metric starts with the default rules. Frozen like them. */
export const DEFAULT_SURVEY_POLICY: SurveyPolicy = Object.freeze({
  NPS: DEFAULT_SURVEY_RULES,
  CSAT: DEFAULT_SURVEY_RULES,
  CES: DEFAULT_SURVEY_RULES,
});

/** Highest value each rule accepts; the lowest is 0 (the rule is off). */
export const SURVEY_POLICY_LIMITS: Readonly<Record<keyof SurveyRules, number>> = Object.freeze({
  minDaysAfterSignup: 365,
  minDaysBetweenSurveys: 730,
});

const RULE_FIELDS = Object.keys(SURVEY_POLICY_LIMITS) as (keyof SurveyRules)[];

/** Everything wrong with one metric's rules, as messages naming the field; empty when usable. */
export function surveyRulesProblems(rules: SurveyRules): string[] {
  const problems: string[] = [];
  for (const field of RULE_FIELDS) {
    const value: unknown = rules[field];
    const max = SURVEY_POLICY_LIMITS[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      problems.push(`${field} must be a whole number of days from 0 to ${max}, got ${describeValue(value)}`);
    }
  }
  return problems;
}

/** Everything wrong with a policy, each message starting with the metric; empty when usable. */
export function surveyPolicyProblems(policy: SurveyPolicy): string[] {
  return SURVEY_METRICS.flatMap((metric) => {
    const rules: unknown = policy[metric];
    if (typeof rules !== 'object' || rules === null) return [`${metric} rules are missing`];
    return surveyRulesProblems(rules as SurveyRules).map((problem) => `${metric} ${problem}`);
  });
}

/** Why a contact may not be surveyed now, in the order surveyEligibility reports them. */
export const SURVEY_BLOCKERS = Object.freeze([
  'TOO_SOON_AFTER_SIGNUP',
  'SURVEYED_RECENTLY',
  'OPEN_TICKET',
  'OPEN_RECOVERY',
] as const);
export type SurveyBlocker = (typeof SURVEY_BLOCKERS)[number];

export interface SurveyBlockerReason {
  blocker: SurveyBlocker;
  /** In plain words, for the agent. */
  message: string;
  /** When this rule stops blocking; null when it waits for something to close (a ticket, a follow-up). */
  until: Date | null;
}

/** When a contact was last sent, and last answered, a survey of one metric; null when never. */
export interface SurveyActivity {
  lastSentAt: Date | null;
  lastAnsweredAt: Date | null;
}

/** What the date rules need to know about a contact. */
export interface SurveyDates {
  /** Unknown signup dates do not block. */
  signedUpAt: Date | null;
  /** Per metric; a metric missing here (or a missing time) was never sent or answered. */
  surveys: Partial<Record<SurveyMetric, Partial<SurveyActivity>>>;
}

/** What surveyEligibility needs to know about a contact. */
export interface SurveyEligibilityState extends SurveyDates {
  hasOpenTicket: boolean;
  /** An open follow-up of one of the RECOVERY_KINDS. */
  hasOpenRecovery: boolean;
}

export interface SurveyEligibility {
  eligible: boolean;
  /** Every rule that blocks now; empty when eligible. */
  reasons: SurveyBlockerReason[];
  /**
   * `now` when eligible; the latest `until` when only date rules block; null when an open
   * ticket or recovery blocks (nobody knows when it closes).
   */
  nextEligibleAt: Date | null;
}

function checkedDate(value: Date | null | undefined, which: string): Date | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`${which} must be a valid Date or null`);
  }
  return value;
}

function checkedMetric(metric: SurveyMetric): SurveyMetric {
  if (!isSurveyMetric(metric)) {
    throw new RangeError(`metric must be one of ${SURVEY_METRICS.join(', ')}, got ${describeValue(metric)}`);
  }
  return metric;
}

function checkedRules(policy: SurveyPolicy, metric: SurveyMetric): SurveyRules {
  const problems = surveyPolicyProblems(policy);
  if (problems.length > 0) throw new RangeError(`Invalid survey policy: ${problems.join('; ')}`);
  return policy[checkedMetric(metric)];
}

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** "29 days ago", "1 day ago", "less than a day ago", "in the future": whole days of 24 h. */
function elapsed(since: Date, now: Date): string {
  const ms = now.getTime() - since.getTime();
  if (ms < 0) return 'in the future';
  const whole = Math.floor(ms / DAY_MS);
  return whole === 0 ? 'less than a day ago' : `${days(whole)} ago`;
}

/** A date rule that applies to the contact: it blocks until `until`. */
interface Wait {
  blocker: 'TOO_SOON_AFTER_SIGNUP' | 'SURVEYED_RECENTLY';
  until: Date;
  message: (now: Date) => string;
}

/**
 * The date rules that apply to a contact for one metric, whether or not they still block:
 * a rule set to 0 days, or without a date to count from, never applies. The last survey
 * is the later of the metric's last survey sent and last answer (the answer when equal).
 */
function waitsOf(dates: SurveyDates, metric: SurveyMetric, rules: SurveyRules): Wait[] {
  const signedUpAt = checkedDate(dates.signedUpAt, 'signedUpAt');
  const activity = dates.surveys[metric];
  const lastSentAt = checkedDate(activity?.lastSentAt, `${metric} lastSentAt`);
  const lastAnsweredAt = checkedDate(activity?.lastAnsweredAt, `${metric} lastAnsweredAt`);
  const answeredLast =
    lastAnsweredAt !== null && (lastSentAt === null || lastAnsweredAt.getTime() >= lastSentAt.getTime());
  const lastSurveyAt = answeredLast ? lastAnsweredAt : lastSentAt;

  const waits: Wait[] = [];
  const { minDaysAfterSignup: signupDays, minDaysBetweenSurveys: betweenDays } = rules;
  if (signedUpAt !== null && signupDays > 0) {
    waits.push({
      blocker: 'TOO_SOON_AFTER_SIGNUP',
      until: new Date(signedUpAt.getTime() + signupDays * DAY_MS),
      message: (now) =>
        `Signed up ${elapsed(signedUpAt, now)}; the ${metric} policy waits ${days(signupDays)} after signup`,
    });
  }
  if (lastSurveyAt !== null && betweenDays > 0) {
    waits.push({
      blocker: 'SURVEYED_RECENTLY',
      until: new Date(lastSurveyAt.getTime() + betweenDays * DAY_MS),
      message: (now) =>
        `Last ${metric} survey ${answeredLast ? 'answered' : 'sent'} ${elapsed(lastSurveyAt, now)}; ` +
        `the ${metric} policy asks for ${days(betweenDays)} between surveys`,
    });
  }
  return waits;
}

/**
 * Whether the policy lets the contact be surveyed with `metric` at `now`, and if not, every
 * reason why. The date rules allow a survey from exactly `signedUpAt + minDaysAfterSignup`
 * days and `last survey of the metric + minDaysBetweenSurveys` days on (days of 24 h);
 * surveys of other metrics do not count, and a rule set to 0 days never blocks. Throws
 * RangeError on an invalid policy or metric and TypeError on an invalid date.
 */
export function surveyEligibility(
  state: SurveyEligibilityState,
  metric: SurveyMetric,
  policy: SurveyPolicy,
  now: Date,
): SurveyEligibility {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  const rules = checkedRules(policy, metric);

  const reasons: SurveyBlockerReason[] = waitsOf(state, metric, rules)
    .filter(({ until }) => now.getTime() < until.getTime())
    .map(({ blocker, until, message }) => ({ blocker, message: message(now), until }));
  if (state.hasOpenTicket) {
    reasons.push({
      blocker: 'OPEN_TICKET',
      message: 'Has an open helpdesk ticket; surveys wait until it is closed',
      until: null,
    });
  }
  if (state.hasOpenRecovery) {
    reasons.push({
      blocker: 'OPEN_RECOVERY',
      message: 'Has an open recovery follow-up; surveys wait until it is done or dismissed',
      until: null,
    });
  }

  if (reasons.length === 0) return { eligible: true, reasons, nextEligibleAt: new Date(now.getTime()) };
  let nextEligibleAt: Date | null = null;
  for (const { until } of reasons) {
    if (until === null) return { eligible: false, reasons, nextEligibleAt: null };
    if (nextEligibleAt === null || until.getTime() > nextEligibleAt.getTime()) nextEligibleAt = until;
  }
  return { eligible: false, reasons, nextEligibleAt: nextEligibleAt === null ? null : new Date(nextEligibleAt) };
}

/**
 * When the date rules for `metric` stop (or stopped) holding the contact back: the latest
 * boundary of the rules that apply. Null when none applies (rules off, signup date unknown,
 * never sent or answered that metric): no date ever held the contact back.
 */
export function surveyWaitEndsAt(dates: SurveyDates, metric: SurveyMetric, policy: SurveyPolicy): Date | null {
  let endsAt: Date | null = null;
  for (const { until } of waitsOf(dates, metric, checkedRules(policy, metric))) {
    if (endsAt === null || until.getTime() > endsAt.getTime()) endsAt = until;
  }
  return endsAt;
}

/**
 * The date rules for `metric` at `now` as bounds a database query can use: the rules allow
 * a survey when the signup date is unknown or no later than `signedUpBy`, and the metric's
 * last survey sent and last answer are each missing or no later than `lastSurveyBy`. A
 * null bound is a rule set to 0 days, which never blocks (even a date in the future).
 */
export function surveyDateBounds(
  metric: SurveyMetric,
  policy: SurveyPolicy,
  now: Date,
): { signedUpBy: Date | null; lastSurveyBy: Date | null } {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  const { minDaysAfterSignup, minDaysBetweenSurveys } = checkedRules(policy, metric);
  const daysBefore = (count: number) => (count === 0 ? null : new Date(now.getTime() - count * DAY_MS));
  return { signedUpBy: daysBefore(minDaysAfterSignup), lastSurveyBy: daysBefore(minDaysBetweenSurveys) };
}
