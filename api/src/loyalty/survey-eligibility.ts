import { describeValue } from './describe-value';
import { DAY_MS } from './time';

// Survey fatigue (../../../docs/product.md): not before N days after signup, not within M days of the
// last survey, not while the contact has an open ticket or an open recovery follow-up.

/** A workspace's survey fatigue rules, in whole days (of 24 h). */
export interface SurveyPolicy {
  minDaysAfterSignup: number;
  minDaysBetweenSurveys: number;
}

/** Frozen: services that customise it must copy it. */
export const DEFAULT_SURVEY_POLICY: Readonly<SurveyPolicy> = Object.freeze({
  minDaysAfterSignup: 30,
  minDaysBetweenSurveys: 90,
});

/** Highest value each policy field accepts; the lowest is 0 (the rule is off). */
export const SURVEY_POLICY_LIMITS: Readonly<Record<keyof SurveyPolicy, number>> = Object.freeze({
  minDaysAfterSignup: 365,
  minDaysBetweenSurveys: 730,
});

const POLICY_FIELDS = Object.keys(SURVEY_POLICY_LIMITS) as (keyof SurveyPolicy)[];

/** Everything wrong with a policy, as messages naming the field; empty when it is usable. */
export function surveyPolicyProblems(policy: SurveyPolicy): string[] {
  const problems: string[] = [];
  for (const field of POLICY_FIELDS) {
    const value: unknown = policy[field];
    const max = SURVEY_POLICY_LIMITS[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      problems.push(`${field} must be a whole number of days from 0 to ${max}, got ${describeValue(value)}`);
    }
  }
  return problems;
}

/** Why a contact may not be surveyed now, in the order surveyEligibility reports them. */
export type SurveyBlocker = 'TOO_SOON_AFTER_SIGNUP' | 'SURVEYED_RECENTLY' | 'OPEN_TICKET' | 'OPEN_RECOVERY';

export const SURVEY_BLOCKERS: readonly SurveyBlocker[] = Object.freeze([
  'TOO_SOON_AFTER_SIGNUP',
  'SURVEYED_RECENTLY',
  'OPEN_TICKET',
  'OPEN_RECOVERY',
]);

export interface SurveyBlockerReason {
  blocker: SurveyBlocker;
  /** In plain words, for the agent. */
  message: string;
  /** When this rule stops blocking; null when it waits for something to close (a ticket, a follow-up). */
  until: Date | null;
}

/** What surveyEligibility needs to know about a contact. */
export interface SurveyEligibilityState {
  /** Unknown signup dates do not block. */
  signedUpAt: Date | null;
  /** The contact's latest answer to any survey; null when they never answered. */
  lastAnsweredAt: Date | null;
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

function checkedDate(value: Date | null, which: string): Date | null {
  if (value === null) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`${which} must be a valid Date or null`);
  }
  return value;
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

/**
 * Whether the policy lets the contact be surveyed at `now`, and if not, every reason why.
 * The date rules allow a survey from exactly `signedUpAt + minDaysAfterSignup` days and
 * `lastAnsweredAt + minDaysBetweenSurveys` days on (days of 24 h); a rule set to 0 days
 * never blocks. Throws RangeError on an invalid policy and TypeError on an invalid date.
 */
export function surveyEligibility(state: SurveyEligibilityState, policy: SurveyPolicy, now: Date): SurveyEligibility {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  const problems = surveyPolicyProblems(policy);
  if (problems.length > 0) throw new RangeError(`Invalid survey policy: ${problems.join('; ')}`);
  const signedUpAt = checkedDate(state.signedUpAt, 'signedUpAt');
  const lastAnsweredAt = checkedDate(state.lastAnsweredAt, 'lastAnsweredAt');

  const reasons: SurveyBlockerReason[] = [];
  const dateRule = (
    blocker: SurveyBlocker,
    from: Date | null,
    waitDays: number,
    message: (ago: string) => string,
  ): void => {
    if (from === null || waitDays === 0) return;
    const until = new Date(from.getTime() + waitDays * DAY_MS);
    if (now.getTime() < until.getTime()) reasons.push({ blocker, message: message(elapsed(from, now)), until });
  };
  dateRule(
    'TOO_SOON_AFTER_SIGNUP',
    signedUpAt,
    policy.minDaysAfterSignup,
    (ago) => `Signed up ${ago}; the policy waits ${days(policy.minDaysAfterSignup)} after signup`,
  );
  dateRule(
    'SURVEYED_RECENTLY',
    lastAnsweredAt,
    policy.minDaysBetweenSurveys,
    (ago) => `Answered ${ago}; the policy asks for ${days(policy.minDaysBetweenSurveys)} between surveys`,
  );
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
