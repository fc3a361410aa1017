import { categoryOfScore, type LoyaltyCategory } from './category';
import { movementBetween, type LoyaltyMovement } from './movement';
import { describeValue } from './describe-value';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { isNegativeCsat, isPositiveCsat } from './scales';
import type { LoyaltySnapshot } from './snapshot';
import { HOUR_MS, DAY_MS } from './time';

// The closed loop: a contact's loyalty state in, the agent's next actions out. The rules
// are data (a Playbook) so a workspace can edit them; this module only applies them.

export const RECOMMENDED_ACTION_KINDS = Object.freeze([
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
] as const);
export type RecommendedActionKind = (typeof RECOMMENDED_ACTION_KINDS)[number];

/** Kinds a sales rep logs as follow-ups; no playbook may recommend them (playbookProblems refuses them). */
const FOLLOW_UP_ONLY_KINDS: readonly RecommendedActionKind[] = Object.freeze(['SALES_OUTREACH']);

/** The kinds a playbook may recommend: every kind but the follow-up-only SALES_OUTREACH. */
export const PLAYBOOK_ACTION_KINDS: readonly RecommendedActionKind[] = Object.freeze(
  RECOMMENDED_ACTION_KINDS.filter((kind) => !FOLLOW_UP_ONLY_KINDS.includes(kind)),
);

/** Follow-ups about a detractor's problem: a contact "has an open recovery" while one of these is open. */
export const RECOVERY_KINDS: readonly RecommendedActionKind[] = Object.freeze([
  'RECOVER',
  'SOLVE_ROOT_CAUSE',
  'ESCALATE',
]);

/** Most urgent first: the order recommendActions sorts by. */
export const ACTION_PRIORITIES = Object.freeze(['URGENT', 'HIGH', 'MEDIUM', 'LOW'] as const);
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export interface RecommendedAction {
  kind: RecommendedActionKind;
  title: string;
  /** Ready to paste: placeholders are filled in. */
  script: string;
  priority: ActionPriority;
  dueAt: Date | null;
  /** Why, in plain words of recommendActions' locale, with the score and category. */
  reason: string;
}

/** One rule of a playbook. Title and script may use the placeholders of TEMPLATE_PLACEHOLDERS. */
export interface PlaybookAction {
  kind: RecommendedActionKind;
  title: string;
  scriptTemplate: string;
  priority: ActionPriority;
  /** Hours after the latest NPS answer; null for no deadline. */
  dueInHours: number | null;
  /** Only for contacts with a known company (B2B), such as an upsell flag. */
  requiresCompany?: boolean;
}

/** Actions per situation. A contact can be in several situations; each kind is recommended once. */
export interface Playbook {
  /** Latest NPS answer 9-10. */
  PROMOTER: readonly PlaybookAction[];
  /** Latest NPS answer 7-8. */
  PASSIVE: readonly PlaybookAction[];
  /** Latest NPS answer 0-6. The dueInHours of its RECOVER action is the recovery deadline. */
  DETRACTOR: readonly PlaybookAction[];
  /** Fell into detractor: latest answer a detractor, the one before a promoter or passive. */
  FALL: readonly PlaybookAction[];
  /** Detractor whose recovery deadline has passed. */
  OVERDUE_RECOVERY: readonly PlaybookAction[];
  /** Detractor whose latest NEGATIVE_CSAT_STREAK CSAT answers were all negative. */
  NEGATIVE_CSAT_STREAK: readonly PlaybookAction[];
  /** Latest NPS answer more than STALE_AFTER_DAYS days old, whatever its category. */
  STALE: readonly PlaybookAction[];
  /** Promoter whose latest CSAT answer is positive: the best advocacy candidate. */
  ADVOCATE: readonly PlaybookAction[];
}

export type PlaybookTrigger = keyof Playbook;

export const PLAYBOOK_TRIGGERS = Object.freeze([
  'PROMOTER',
  'PASSIVE',
  'DETRACTOR',
  'FALL',
  'OVERDUE_RECOVERY',
  'NEGATIVE_CSAT_STREAK',
  'STALE',
  'ADVOCATE',
] as const satisfies readonly PlaybookTrigger[]);

export interface CsatAnswer {
  score: number;
  scaleMax: number;
  answeredAt: Date;
}

/** What recommendActions needs to know about one of the contact's follow-ups (a stored follow-up fits). */
export interface FollowUpContext {
  kind: RecommendedActionKind;
  status: 'OPEN' | 'DONE' | 'DISMISSED';
  /** When it was done or dismissed; null while open. */
  closedAt: Date | null;
}

export interface ContactLoyaltyState {
  name: string | null;
  company: string | null;
  snapshot: LoyaltySnapshot;
  /** The contact's most recent CSAT answers, in any order; omit when not at hand. */
  recentCsat?: readonly CsatAnswer[] | null;
  /**
   * The contact's open follow-ups and those closed since their latest NPS answer (older
   * ones may be given too; they change nothing). Omit when not at hand: then nothing counts
   * as already handled.
   */
  followUps?: readonly FollowUpContext[] | null;
}

/** Negative CSAT answers in a row that make a detractor an immediate churn risk (../../../docs/product.md). */
export const NEGATIVE_CSAT_STREAK = 3;

/** Default time to reach a detractor after their answer. */
export const RECOVERY_DEADLINE_HOURS = 48;

/** A latest NPS answer older than this many days is stale: time to ask for a fresh score. */
export const STALE_AFTER_DAYS = 180;

function assertValidNow(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
}

function newestFirst(answers: readonly CsatAnswer[]): CsatAnswer[] {
  // Sort is stable: answers at the same time keep the caller's order.
  return [...answers].sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime());
}

/** True when the `length` latest CSAT answers (by answeredAt) are all negative. Fewer answers: false. */
export function hasNegativeCsatStreak(answers: readonly CsatAnswer[], length = NEGATIVE_CSAT_STREAK): boolean {
  if (answers.length < length) return false;
  return newestFirst(answers)
    .slice(0, length)
    .every((answer) => isNegativeCsat(answer.score, answer.scaleMax));
}

/**
 * True when the latest CSAT answer (by answeredAt; of two at the same time, the first given)
 * is positive (top-two-box). No answers: false. Throws InvalidScoreError when that answer is invalid.
 */
export function hasPositiveCsat(answers: readonly CsatAnswer[]): boolean {
  const latest = newestFirst(answers)[0];
  return latest !== undefined && isPositiveCsat(latest.score, latest.scaleMax);
}

/**
 * True when the latest NPS answer is more than STALE_AFTER_DAYS days (of 24 h) older than
 * `now`; exactly STALE_AFTER_DAYS days old is not stale yet. No answer: false.
 */
export function isStale(snapshot: Pick<LoyaltySnapshot, 'answeredAt'>, now: Date): boolean {
  assertValidNow(now);
  const { answeredAt } = snapshot;
  if (answeredAt === null) return false;
  if (!(answeredAt instanceof Date) || Number.isNaN(answeredAt.getTime())) {
    throw new TypeError('Inconsistent loyalty snapshot: answeredAt is not a valid Date');
  }
  return now.getTime() - answeredAt.getTime() > STALE_AFTER_DAYS * DAY_MS;
}

// ---------------------------------------------------------------------------------------
// Templates

export const TEMPLATE_PLACEHOLDERS = Object.freeze(['firstName', 'name', 'company', 'score'] as const);
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<TemplatePlaceholder, string | number | null>>;

/** What a script says when a value is unknown, per language; written to read naturally where templates use them. */
export const PLACEHOLDER_FALLBACKS: Readonly<Record<Locale, Readonly<Record<TemplatePlaceholder, string>>>> =
  Object.freeze({
    en: Object.freeze({ firstName: 'there', name: 'this contact', company: 'your team', score: 'a score' }),
    // The Chinese scripts greet with 尊敬的{name}，您好 ("dear customer" when unknown) and say
    // 贵公司, the polite "your company"; 若干分 reads "some score".
    'zh-CN': Object.freeze({ firstName: '客户', name: '客户', company: '贵公司', score: '若干' }),
  });

const PLACEHOLDER = /\{\s*([A-Za-z]+)\s*\}/g;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * Fills `{firstName}`, `{name}`, `{company}` and `{score}`. Missing or blank values use the
 * locale's PLACEHOLDER_FALLBACKS; unknown placeholders are dropped (playbookProblems refuses
 * them on save) so no raw `{...}` reaches a customer. Values are not re-scanned.
 */
export function renderTemplate(template: string, values: TemplateValues, locale: Locale = DEFAULT_LOCALE): string {
  const fallbacks = PLACEHOLDER_FALLBACKS[locale];
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    if (!isPlaceholder(name)) return '';
    const value = values[name];
    const text = value === null || value === undefined ? '' : String(value).trim();
    return text === '' ? fallbacks[name] : text;
  });
}

/** Problems with a template an admin wrote: unknown placeholders and stray braces. */
export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) {
      problems.push(`unknown placeholder ${match[0]}; use ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) problems.push('a { or } that is not part of a placeholder');
  return problems;
}

function templateValuesOf(state: ContactLoyaltyState, score: number): TemplateValues {
  const name = state.name?.trim() || null;
  return { name, firstName: name?.split(/\s+/)[0] ?? null, company: state.company, score };
}

// ---------------------------------------------------------------------------------------
// The default playbook (../../../docs/product.md, "The closed loop"). Priorities follow the schema:
// URGENT now, HIGH today, MEDIUM this week, LOW when convenient.

const DEFAULT_PROMOTER: PlaybookAction[] = [
  {
    kind: 'THANK',
    title: 'Thank them for the great score',
    scriptTemplate:
      'Hi {firstName}, thank you so much for rating us {score} out of 10! It means a lot to the whole team ' +
      "to hear we're getting it right for {company}. If there's ever anything we can do better, just reply " +
      'to this message; I read every one.',
    priority: 'MEDIUM',
    dueInHours: 72,
  },
  {
    kind: 'ASK_REFERRAL',
    title: 'Ask for a referral',
    scriptTemplate:
      "Hi {firstName}, I'm really glad we've been useful to {company}. Do you know a colleague or another " +
      "team facing the same challenges? If you're happy to introduce us, I'll make sure they get the same " +
      'care you do, and I would be very grateful for the recommendation.',
    priority: 'MEDIUM',
    dueInHours: 7 * 24,
  },
  {
    kind: 'ASK_REVIEW',
    title: 'Ask for a public review or rating',
    scriptTemplate:
      'Hi {firstName}, thanks again for your {score} out of 10. Would you be willing to share your experience ' +
      'in a short public review? It takes about two minutes and really helps other teams decide whether we ' +
      "are right for them. I'd be happy to send you the link.",
    priority: 'MEDIUM',
    dueInHours: 7 * 24,
  },
  {
    kind: 'INVITE_CASE_STUDY',
    title: 'Invite to a case study or testimonial',
    scriptTemplate:
      "Hi {firstName}, we'd love to tell the story of how {company} works with us, as a short case study or " +
      'a quote for our website. It would take about 30 minutes of your time, and you would review everything ' +
      'before it is published. Would you be open to that?',
    priority: 'LOW',
    dueInHours: null,
  },
  {
    kind: 'FLAG_UPSELL',
    title: 'Flag to sales as an upsell candidate',
    scriptTemplate:
      'Note for sales: {name} at {company} rated us {score} out of 10 and is a promoter, a good moment to talk ' +
      'about what else we could do for their account. Please review the account and reach out this week.',
    priority: 'LOW',
    dueInHours: null,
    requiresCompany: true,
  },
];

const DEFAULT_PASSIVE: PlaybookAction[] = [
  {
    kind: 'PROBE',
    title: 'Ask what would make it a 10',
    scriptTemplate:
      'Hi {firstName}, thank you for your {score} out of 10; we really appreciate the honest rating. What is ' +
      'the one thing we could do that would make it a 10 for you? Even a short answer helps us decide what to ' +
      'improve next.',
    priority: 'MEDIUM',
    dueInHours: 72,
  },
  {
    kind: 'FIX_FEEDBACK',
    title: 'Fix what they raised; thank them by name when it ships',
    scriptTemplate:
      'Hi {firstName}, a while ago you told us what would make us better for {company}, and I wanted you to ' +
      'be the first to know: it has now shipped. Thank you for taking the time to tell us; your suggestion ' +
      "made this happen. I'd love to hear what you think once you've tried it.",
    priority: 'LOW',
    dueInHours: null,
  },
  {
    kind: 'RESURVEY_LATER',
    title: 'Ask again later',
    scriptTemplate:
      "Hi {firstName}, some time ago you rated us {score} out of 10, and we've been working on what you and " +
      'others told us. On a scale from 0 to 10, how likely are you now to recommend us to a friend or colleague?',
    priority: 'LOW',
    // 90 days: the default survey policy's minimum gap between two surveys.
    dueInHours: 90 * 24,
  },
];

const DEFAULT_DETRACTOR: PlaybookAction[] = [
  {
    kind: 'RECOVER',
    title: `Recover: contact within ${RECOVERY_DEADLINE_HOURS} h`,
    scriptTemplate:
      "Hi {firstName}, thank you for your honest feedback, and I'm sorry we let you down: a {score} out of 10 " +
      "tells me we have work to do. I'd like to understand what went wrong and put it right. Could we have a " +
      'quick call today or tomorrow, or would you rather tell me here?',
    priority: 'HIGH',
    dueInHours: RECOVERY_DEADLINE_HOURS,
  },
  {
    kind: 'SOLVE_ROOT_CAUSE',
    title: 'Solve the root cause and record it',
    scriptTemplate:
      'Hi {firstName}, following up on the problem you raised: we found what caused it and fixed it, so it ' +
      'should not happen again for {company}. Thank you for your patience and for telling us. If anything ' +
      "still isn't right, reply here and I'll take care of it personally.",
    priority: 'MEDIUM',
    dueInHours: 7 * 24,
  },
];

const DEFAULT_FALL: PlaybookAction[] = [
  {
    kind: 'ESCALATE',
    title: 'Escalate: fell to detractor',
    scriptTemplate:
      'Escalation: {name} dropped to {score} out of 10 after a better score last time, a churn risk. Please ' +
      'review their recent tickets, reach out personally today, and agree on a recovery plan with the ' +
      'account owner.',
    priority: 'URGENT',
    dueInHours: 4,
  },
];

const DEFAULT_OVERDUE_RECOVERY: PlaybookAction[] = [
  {
    kind: 'ESCALATE',
    title: 'Escalate: recovery overdue',
    scriptTemplate:
      'Escalation: {name} rated us {score} out of 10 and the recovery deadline has passed. Please make sure ' +
      'someone contacts them personally today and agree on next steps with the account owner.',
    priority: 'URGENT',
    // Already late when it appears: no new deadline to show.
    dueInHours: null,
  },
];

const DEFAULT_NEGATIVE_CSAT_STREAK: PlaybookAction[] = [
  {
    kind: 'ESCALATE',
    title: 'Escalate: repeated negative satisfaction',
    scriptTemplate:
      'Escalation: {name} is a detractor ({score} out of 10) and their last three satisfaction ratings were ' +
      'negative, an immediate churn risk. Please review their recent tickets and contact them personally today.',
    priority: 'URGENT',
    dueInHours: null,
  },
];

const DEFAULT_STALE: PlaybookAction[] = [
  {
    kind: 'RESURVEY_STALE',
    title: 'Ask for a fresh score',
    scriptTemplate:
      "Hi {firstName}, it has been a while since you last told us how we're doing, and a lot may have changed " +
      'for {company} since then. On a scale from 0 to 10, how likely are you to recommend us to a friend or ' +
      'colleague? Your answer tells us what to keep and what to fix.',
    priority: 'LOW',
    // Due times count from the latest answer, which is long past when this appears.
    dueInHours: null,
  },
];

// A promoter who is also happy with their latest support experience: ask now, while it is fresh.
const DEFAULT_ADVOCATE: PlaybookAction[] = [
  {
    kind: 'ASK_REFERRAL',
    title: 'Ask for a referral while they are happy',
    scriptTemplate:
      "Hi {firstName}, thank you for your {score} out of 10, and I'm glad we could help you again recently. " +
      'Do you know a colleague or another team who could use the same? If you are happy to introduce us, ' +
      "I'll make sure they get the same care you do, and I would be very grateful for the recommendation.",
    priority: 'HIGH',
    // The positive CSAT can come long after the NPS answer the due time would count from.
    dueInHours: null,
  },
  {
    kind: 'INVITE_CASE_STUDY',
    title: 'Invite to a case study or testimonial',
    scriptTemplate:
      "Hi {firstName}, you've rated us {score} out of 10 and were happy with our help again recently, so I " +
      'wanted to ask: would {company} be open to a short case study or a quote for our website? It would take ' +
      'about 30 minutes, and you would review everything before it is published.',
    priority: 'MEDIUM',
    dueInHours: null,
  },
];

function freezeActions(actions: PlaybookAction[]): readonly PlaybookAction[] {
  return Object.freeze(actions.map((action) => Object.freeze(action)));
}

/** Frozen: services that customise it must copy, so one workspace's edits never leak into another's. */
export const DEFAULT_PLAYBOOK: Playbook = Object.freeze({
  PROMOTER: freezeActions(DEFAULT_PROMOTER),
  PASSIVE: freezeActions(DEFAULT_PASSIVE),
  DETRACTOR: freezeActions(DEFAULT_DETRACTOR),
  FALL: freezeActions(DEFAULT_FALL),
  OVERDUE_RECOVERY: freezeActions(DEFAULT_OVERDUE_RECOVERY),
  NEGATIVE_CSAT_STREAK: freezeActions(DEFAULT_NEGATIVE_CSAT_STREAK),
  STALE: freezeActions(DEFAULT_STALE),
  ADVOCATE: freezeActions(DEFAULT_ADVOCATE),
});

/** The words of one default action in another language. */
type ActionText = Pick<PlaybookAction, 'title' | 'scriptTemplate'>;

/** Per situation, per kind: the words of each default action, for translatedPlaybook. */
type PlaybookTexts = Readonly<Record<PlaybookTrigger, Readonly<Partial<Record<RecommendedActionKind, ActionText>>>>>;

// Simplified Chinese, for agents to send as is. Customer scripts greet with 尊敬的{name}，您好:
// a full name reads right in Chinese, where a first name (the first word) may be a surname.
const ZH_CN_TEXTS: PlaybookTexts = {
  PROMOTER: {
    THANK: {
      title: '感谢客户给出的高分',
      scriptTemplate:
        '尊敬的{name}，您好！非常感谢您给我们打出{score}分（满分10分）！得知我们为{company}提供的服务让您满意，' +
        '整个团队都备受鼓舞。如果有任何我们可以做得更好的地方，欢迎直接回复这条消息，每一条我都会认真阅读。',
    },
    ASK_REFERRAL: {
      title: '请客户推荐新客户',
      scriptTemplate:
        '尊敬的{name}，您好！很高兴我们的服务能对{company}有所帮助。请问您身边是否有同事或其他团队也面临类似的挑战？' +
        '如果您愿意帮忙引荐，我们一定会像对待您一样用心服务他们，也非常感谢您的推荐。',
    },
    ASK_REVIEW: {
      title: '邀请客户发表公开评价或评分',
      scriptTemplate:
        '尊敬的{name}，您好！再次感谢您给出的{score}分（满分10分）。不知您是否愿意写一条简短的公开评价，分享您的使用体验？' +
        '大约只需两分钟，却能帮助其他团队判断我们是否适合他们。如您愿意，我可以把链接发给您。',
    },
    INVITE_CASE_STUDY: {
      title: '邀请参与客户案例或推荐语',
      scriptTemplate:
        '尊敬的{name}，您好！我们非常希望把{company}与我们合作的故事分享出来，可以是一篇简短的客户案例，' +
        '也可以是我们网站上的一段推荐语。大约只需占用您30分钟，所有内容在发布前都会请您审阅。不知您是否愿意参与？',
    },
    FLAG_UPSELL: {
      title: '转给销售：增购机会',
      scriptTemplate:
        '销售备注：{company}的{name}给我们打了{score}分（满分10分），属于推荐者，正是沟通我们还能为该账户做些什么的好时机。' +
        '请查看该账户，并在本周内联系对方。',
    },
  },
  PASSIVE: {
    PROBE: {
      title: '询问怎样才能打10分',
      scriptTemplate:
        '尊敬的{name}，您好！感谢您给出的{score}分（满分10分），也非常感谢您的坦诚评价。请问我们做好哪一件事，' +
        '就能让您愿意打10分？哪怕只有一句话，也能帮助我们确定接下来的改进方向。',
    },
    FIX_FEEDBACK: {
      title: '解决客户提出的问题，上线后具名致谢',
      scriptTemplate:
        '尊敬的{name}，您好！之前您告诉我们怎样能更好地服务{company}，我想第一时间告诉您：相关改进现已上线。' +
        '感谢您抽出时间给我们反馈，正是您的建议促成了这次改进。期待您试用后告诉我们您的感受。',
    },
    RESURVEY_LATER: {
      title: '过段时间再次调研',
      scriptTemplate:
        '尊敬的{name}，您好！之前您给我们打了{score}分（满分10分），这段时间我们一直在根据您和其他客户的意见进行改进。' +
        '如果用0到10分来衡量，您现在有多大可能向朋友或同事推荐我们？',
    },
  },
  DETRACTOR: {
    RECOVER: {
      title: `挽回：${RECOVERY_DEADLINE_HOURS}小时内联系客户`,
      scriptTemplate:
        '尊敬的{name}，您好！感谢您坦诚的反馈，很抱歉让您失望了。{score}分（满分10分）说明我们还有很多需要改进的地方。' +
        '我想了解具体是哪里出了问题，并尽快解决。请问今天或明天方便简短通个电话吗？您也可以直接在这里告诉我。',
    },
    SOLVE_ROOT_CAUSE: {
      title: '解决根本原因并记录',
      scriptTemplate:
        '尊敬的{name}，您好！关于您之前反映的问题，我们已经查明原因并完成修复，{company}今后应该不会再遇到同样的问题。' +
        '感谢您的耐心，也感谢您告诉我们。如果还有任何不妥，请直接回复这条消息，我会亲自跟进处理。',
    },
  },
  FALL: {
    ESCALATE: {
      title: '升级处理：降为贬损者',
      scriptTemplate:
        '升级处理：{name}上次的评分更高，这次降到了{score}分（满分10分），存在流失风险。请查看其近期工单，' +
        '并于今天亲自联系对方，与客户负责人商定挽回方案。',
    },
  },
  OVERDUE_RECOVERY: {
    ESCALATE: {
      title: '升级处理：挽回已超期',
      scriptTemplate:
        '升级处理：{name}给我们打了{score}分（满分10分），挽回期限已过。请确保今天有人亲自联系对方，' +
        '并与客户负责人商定后续步骤。',
    },
  },
  NEGATIVE_CSAT_STREAK: {
    ESCALATE: {
      title: '升级处理：满意度连续差评',
      scriptTemplate:
        '升级处理：{name}是贬损者（{score}分，满分10分），且最近三次满意度评价均为差评，存在即时流失风险。' +
        '请查看其近期工单，并于今天亲自联系对方。',
    },
  },
  STALE: {
    RESURVEY_STALE: {
      title: '邀请客户重新评分',
      scriptTemplate:
        '尊敬的{name}，您好！距离您上次向我们反馈使用体验已经有一段时间了，这期间{company}的情况可能也有了不少变化。' +
        '如果用0到10分来衡量，您有多大可能向朋友或同事推荐我们？您的回答能告诉我们哪些该保持、哪些该改进。',
    },
  },
  ADVOCATE: {
    ASK_REFERRAL: {
      title: '趁客户满意时请其推荐',
      scriptTemplate:
        '尊敬的{name}，您好！感谢您给出的{score}分（满分10分），也很高兴最近又一次帮上了您的忙。' +
        '请问您是否认识也需要类似帮助的同事或其他团队？如果您愿意帮忙引荐，我们一定会像对待您一样用心服务他们，' +
        '也非常感谢您的推荐。',
    },
    INVITE_CASE_STUDY: {
      title: '邀请参与客户案例或推荐语',
      scriptTemplate:
        '尊敬的{name}，您好！您给我们打了{score}分（满分10分），最近对我们提供的帮助也很满意，所以想冒昧问一下：' +
        '{company}是否愿意参与一篇简短的客户案例，或为我们的网站提供一段推荐语？大约只需30分钟，' +
        '所有内容在发布前都会请您审阅。',
    },
  },
};

/** `playbook` with the title and script of each action from `texts`; kinds, priorities and due times stay. */
function translatedPlaybook(playbook: Playbook, texts: PlaybookTexts): Playbook {
  const translated = {} as Record<PlaybookTrigger, readonly PlaybookAction[]>;
  for (const trigger of PLAYBOOK_TRIGGERS) {
    translated[trigger] = freezeActions(
      playbook[trigger].map((action) => {
        const text = texts[trigger][action.kind];
        if (!text) throw new Error(`The default ${trigger} ${action.kind} action has no translation`);
        return { ...action, ...text };
      }),
    );
  }
  return Object.freeze(translated);
}

/** The default playbook in each language, frozen like DEFAULT_PLAYBOOK (its English one). */
export const DEFAULT_PLAYBOOKS: Readonly<Record<Locale, Playbook>> = Object.freeze({
  en: DEFAULT_PLAYBOOK,
  'zh-CN': translatedPlaybook(DEFAULT_PLAYBOOK, ZH_CN_TEXTS),
});

/**
 * A stored playbook with every situation it does not list (missing or null: never edited, or
 * saved before that situation existed) taken from the default playbook in `locale`. Listed
 * situations, even empty ones, are kept as the admin wrote them. recommendActions applies
 * this itself; services use it to show or check a playbook.
 */
export function withDefaultRules(playbook: Partial<Playbook>, locale: Locale = DEFAULT_LOCALE): Playbook {
  const complete = { ...playbook } as Record<PlaybookTrigger, readonly PlaybookAction[] | undefined | null>;
  for (const trigger of PLAYBOOK_TRIGGERS) complete[trigger] ??= DEFAULT_PLAYBOOKS[locale][trigger];
  return complete as Playbook;
}

/** Everything wrong with an edited playbook, as messages for the admin; empty when it is usable. */
export function playbookProblems(playbook: Playbook): string[] {
  const problems: string[] = [];
  for (const trigger of PLAYBOOK_TRIGGERS) {
    const actions: unknown = playbook[trigger];
    if (!Array.isArray(actions)) {
      problems.push(`${trigger}: must be a list of actions`);
      continue;
    }
    const seen = new Set<string>();
    (actions as PlaybookAction[]).forEach((action, index) => {
      const where = `${trigger}[${index}]`;
      if (!RECOMMENDED_ACTION_KINDS.includes(action.kind)) {
        problems.push(`${where}: unknown kind ${String(action.kind)}`);
      } else if (!PLAYBOOK_ACTION_KINDS.includes(action.kind)) {
        problems.push(
          `${where}: ${action.kind} is logged by sales reps as a follow-up; a playbook cannot recommend it`,
        );
      } else if (seen.has(action.kind)) {
        problems.push(`${where}: ${action.kind} is already in ${trigger}`);
      }
      seen.add(action.kind);
      if (!ACTION_PRIORITIES.includes(action.priority)) {
        problems.push(`${where}: priority must be one of ${ACTION_PRIORITIES.join(', ')}`);
      }
      if (typeof action.title !== 'string' || action.title.trim() === '') {
        problems.push(`${where}: title must not be empty`);
      } else {
        for (const problem of templateProblems(action.title)) problems.push(`${where}: title has ${problem}`);
      }
      if (typeof action.scriptTemplate !== 'string' || action.scriptTemplate.trim() === '') {
        problems.push(`${where}: scriptTemplate must not be empty`);
      } else {
        for (const problem of templateProblems(action.scriptTemplate)) {
          problems.push(`${where}: scriptTemplate has ${problem}`);
        }
      }
      if (!isValidDueInHours(action.dueInHours)) {
        problems.push(`${where}: dueInHours must be empty or a number of hours from 0`);
      }
    });
  }
  return problems;
}

function isValidDueInHours(hours: unknown): boolean {
  return hours === null || (typeof hours === 'number' && Number.isFinite(hours) && hours >= 0);
}

// ---------------------------------------------------------------------------------------
// Words per language: follow-up titles of kinds and the reasons of recommended actions

/** A follow-up's title when no recommended action of its kind gives one: the kind in words. */
const KIND_WORDS: Readonly<Record<Locale, Readonly<Record<RecommendedActionKind, string>>>> = Object.freeze({
  en: Object.freeze({
    THANK: 'Thank',
    ASK_REFERRAL: 'Ask referral',
    ASK_REVIEW: 'Ask review',
    INVITE_CASE_STUDY: 'Invite case study',
    FLAG_UPSELL: 'Flag upsell',
    PROBE: 'Probe',
    FIX_FEEDBACK: 'Fix feedback',
    RESURVEY_LATER: 'Resurvey later',
    RECOVER: 'Recover',
    SOLVE_ROOT_CAUSE: 'Solve root cause',
    ESCALATE: 'Escalate',
    RESURVEY_STALE: 'Resurvey stale',
    SALES_OUTREACH: 'Sales outreach (upsell or referral)',
  }),
  // The words of the Chinese default playbook's titles and of the panel's sales outreach.
  'zh-CN': Object.freeze({
    THANK: '感谢客户',
    ASK_REFERRAL: '请客户推荐新客户',
    ASK_REVIEW: '邀请客户公开评价',
    INVITE_CASE_STUDY: '邀请参与客户案例',
    FLAG_UPSELL: '转给销售：增购机会',
    PROBE: '询问改进建议',
    FIX_FEEDBACK: '解决客户提出的问题',
    RESURVEY_LATER: '过段时间再次调研',
    RECOVER: '挽回',
    SOLVE_ROOT_CAUSE: '解决根本原因',
    ESCALATE: '升级处理',
    RESURVEY_STALE: '邀请客户重新评分',
    SALES_OUTREACH: '销售拓展（追加销售或转介绍）',
  }),
});

/** `kind` in words of `locale`: the title of a follow-up no recommended action names. */
export function kindInWords(kind: RecommendedActionKind, locale: Locale = DEFAULT_LOCALE): string {
  return KIND_WORDS[locale][kind];
}

/** An NPS answer as a reason quotes it. */
interface QuotedAnswer {
  score: number;
  category: LoyaltyCategory;
}

/** Where the detractor's recovery follow-up stands when the deadline has passed without it done. */
type OverdueRecovery = 'OPEN' | 'DISMISSED' | null;

/**
 * The words of recommendActions' reasons in one language. Each situation's reason ends with
 * the same account of the latest answer and the one before it (`situation`).
 */
interface ReasonWords {
  situation(latest: QuotedAnswer, previous: QuotedAnswer | null, movement: LoyaltyMovement): string;
  /** The reason of the actions for the latest answer's own category. */
  CATEGORY(situation: string): string;
  FALL(situation: string): string;
  NEGATIVE_CSAT_STREAK(situation: string): string;
  OVERDUE_RECOVERY(situation: string, recoverHours: number, recovery: OverdueRecovery): string;
  ADVOCATE(situation: string, latestCsat: CsatAnswer): string;
  STALE(situation: string, days: number): string;
}

const EN_REASONS: ReasonWords = {
  situation(latest, previous, movement) {
    const quote = ({ score, category }: QuotedAnswer) => `${score} (${category.toLowerCase()})`;
    if (previous === null) return `latest answer ${quote(latest)}`;
    const how = movement === 'RISE' ? 'up from' : movement === 'FALL' ? 'down from' : 'previously';
    return `latest answer ${quote(latest)}, ${how} ${quote(previous)}`;
  },
  CATEGORY: (situation) => situation.charAt(0).toUpperCase() + situation.slice(1),
  FALL: (situation) => `Churn risk, fell to detractor: ${situation}`,
  NEGATIVE_CSAT_STREAK: (situation) => `Churn risk, last ${NEGATIVE_CSAT_STREAK} CSAT answers negative: ${situation}`,
  OVERDUE_RECOVERY(situation, recoverHours, recovery) {
    const followUp =
      recovery === 'OPEN'
        ? ' and the recovery follow-up is still open'
        : recovery === 'DISMISSED'
          ? ' and the recovery follow-up was dismissed'
          : '';
    return `Recovery overdue, it was due within ${recoverHours} h of the answer${followUp}: ${situation}`;
  },
  ADVOCATE: (situation, latestCsat) =>
    `Promoter with positive CSAT: best advocacy candidate; ${situation}, ` +
    `latest CSAT ${latestCsat.score} out of ${latestCsat.scaleMax}`,
  STALE: (situation, days) =>
    `Stale score, answered ${days} days ago (stale after ${STALE_AFTER_DAYS} days): ${situation}`,
};

/** The panel's Chinese names of the categories (推荐者, 被动者, 贬损者). */
const ZH_CN_CATEGORIES: Readonly<Record<LoyaltyCategory, string>> = Object.freeze({
  PROMOTER: '推荐者',
  PASSIVE: '被动者',
  DETRACTOR: '贬损者',
});

// Scores read "3 分（贬损者）", spaced as the panel writes its own Chinese scores.
const ZH_CN_REASONS: ReasonWords = {
  situation(latest, previous, movement) {
    const quote = ({ score, category }: QuotedAnswer) => `${score} 分（${ZH_CN_CATEGORIES[category]}）`;
    if (previous === null) return `最新评分 ${quote(latest)}`;
    const how =
      movement === 'RISE'
        ? `由 ${quote(previous)}上升`
        : movement === 'FALL'
          ? `由 ${quote(previous)}下降`
          : `此前为 ${quote(previous)}`;
    return `最新评分 ${quote(latest)}，${how}`;
  },
  CATEGORY: (situation) => situation,
  FALL: (situation) => `流失风险，降为贬损者：${situation}`,
  NEGATIVE_CSAT_STREAK: (situation) => `流失风险，最近 ${NEGATIVE_CSAT_STREAK} 次满意度评价均为差评：${situation}`,
  OVERDUE_RECOVERY(situation, recoverHours, recovery) {
    const followUp =
      recovery === 'OPEN' ? '，且挽回跟进仍未完成' : recovery === 'DISMISSED' ? '，且挽回跟进已被忽略' : '';
    return `挽回已超期，应在回答后 ${recoverHours} 小时内联系客户${followUp}：${situation}`;
  },
  ADVOCATE: (situation, latestCsat) =>
    `满意度好评的推荐者：最佳口碑推广人选；${situation}，` +
    `最新满意度评分 ${latestCsat.score} 分（满分 ${latestCsat.scaleMax} 分）`,
  STALE: (situation, days) => `评分已过时，${days} 天前回答（超过 ${STALE_AFTER_DAYS} 天即视为过时）：${situation}`,
};

const REASON_WORDS: Readonly<Record<Locale, ReasonWords>> = Object.freeze({ en: EN_REASONS, 'zh-CN': ZH_CN_REASONS });

// ---------------------------------------------------------------------------------------
// Applying a playbook

const PRIORITY_RANK: Readonly<Record<ActionPriority, number>> = Object.freeze({
  URGENT: 0,
  HIGH: 1,
  MEDIUM: 2,
  LOW: 3,
});

/** The category of a stored score, refusing a snapshot whose stored category disagrees. */
function checkedCategory(score: number, stored: LoyaltyCategory | null, which: string): LoyaltyCategory {
  const category = categoryOfScore(score);
  if (stored !== category) {
    throw new TypeError(`Inconsistent loyalty snapshot: ${which} score ${score} is not ${String(stored)}`);
  }
  return category;
}

function addHours(time: Date, hours: number): Date;
function addHours(time: Date, hours: number | null): Date | null;
function addHours(time: Date, hours: number | null): Date | null {
  if (hours === null) return null;
  if (!isValidDueInHours(hours)) {
    throw new RangeError(`dueInHours must be null or a number of hours from 0, got ${hours}`);
  }
  return new Date(time.getTime() + hours * HOUR_MS);
}

/**
 * For each kind handled for the latest answer, the statuses it was handled with: OPEN for
 * an open follow-up, DONE or DISMISSED for one closed at or after `answeredAt`. Kinds
 * closed only before the answer are not in the map: a newer answer re-enables them.
 */
function handledKinds(
  followUps: readonly FollowUpContext[],
  answeredAt: Date,
): Map<RecommendedActionKind, Set<FollowUpContext['status']>> {
  const handled = new Map<RecommendedActionKind, Set<FollowUpContext['status']>>();
  for (const { kind, status, closedAt } of followUps) {
    if (status !== 'OPEN' && status !== 'DONE' && status !== 'DISMISSED') {
      throw new TypeError(`Inconsistent follow-up: ${String(kind)} has an unknown status ${describeValue(status)}`);
    }
    if (status !== 'OPEN') {
      if (!(closedAt instanceof Date) || Number.isNaN(closedAt.getTime())) {
        throw new TypeError(`Inconsistent follow-up: ${String(kind)} is ${status} without a valid closedAt`);
      }
      if (closedAt.getTime() < answeredAt.getTime()) continue;
    }
    const statuses = handled.get(kind) ?? new Set();
    statuses.add(status);
    handled.set(kind, statuses);
  }
  return handled;
}

/**
 * The next best actions for a contact, most urgent first (stable within a priority), each
 * kind once (the most urgent wins). None before the first NPS answer. Due times count from
 * the latest NPS answer. `now` decides whether the recovery deadline has passed and whether
 * the score is stale.
 *
 * With `state.followUps`, a kind is not recommended while a follow-up of it is open, nor
 * when one was done or dismissed at or after the latest answer (handled for this answer; a
 * newer answer re-enables it). A RECOVER done since the answer ends the overdue-recovery
 * escalation: the detractor was reached. SALES_OUTREACH is never recommended, whatever the
 * playbook says; situations the playbook does not list take the default's actions.
 *
 * `locale` is the language of every reason, of those default actions and of the words filling
 * unknown values; the playbook's own rules are used as written.
 */
export function recommendActions(
  state: ContactLoyaltyState,
  now: Date,
  playbook: Partial<Playbook> = {},
  locale: Locale = DEFAULT_LOCALE,
): RecommendedAction[] {
  assertValidNow(now);
  const { snapshot } = state;
  const score = snapshot.latestScore;
  if (score === null) {
    if (snapshot.category !== null) throw new TypeError('Inconsistent loyalty snapshot: a category without a score');
    return [];
  }
  const category = checkedCategory(score, snapshot.category, 'latest');
  const previousScore = snapshot.previousScore;
  let previous: QuotedAnswer | null = null;
  if (previousScore !== null) {
    previous = {
      score: previousScore,
      category: checkedCategory(previousScore, snapshot.previousCategory, 'previous'),
    };
  } else if (snapshot.previousCategory !== null) {
    throw new TypeError('Inconsistent loyalty snapshot: a previous category without a score');
  }
  const answeredAt = snapshot.answeredAt;
  if (!(answeredAt instanceof Date) || Number.isNaN(answeredAt.getTime())) {
    throw new TypeError('Inconsistent loyalty snapshot: a latest score without a valid answeredAt');
  }
  const movement = movementBetween(previous?.category ?? null, category);
  const rules = withDefaultRules(playbook, locale);
  const handled = handledKinds(state.followUps ?? [], answeredAt);
  const recentCsat = state.recentCsat ?? [];

  const words = REASON_WORDS[locale];
  const situation = words.situation({ score, category }, previous, movement);

  const triggered: { trigger: PlaybookTrigger; reason: string }[] = [];
  if (category === 'DETRACTOR') {
    if (movement === 'FALL') triggered.push({ trigger: 'FALL', reason: words.FALL(situation) });
    if (hasNegativeCsatStreak(recentCsat)) {
      triggered.push({ trigger: 'NEGATIVE_CSAT_STREAK', reason: words.NEGATIVE_CSAT_STREAK(situation) });
    }
    // The recovery deadline is the detractor playbook's own RECOVER due time: one number to edit.
    const recoverHours = rules.DETRACTOR.find((action) => action.kind === 'RECOVER')?.dueInHours ?? null;
    // A RECOVER done since the answer means the detractor was reached: nothing is overdue.
    const recovery = handled.get('RECOVER');
    if (
      recoverHours !== null &&
      now.getTime() > addHours(answeredAt, recoverHours).getTime() &&
      !recovery?.has('DONE')
    ) {
      const stands = recovery?.has('OPEN') ? 'OPEN' : recovery?.has('DISMISSED') ? 'DISMISSED' : null;
      triggered.push({ trigger: 'OVERDUE_RECOVERY', reason: words.OVERDUE_RECOVERY(situation, recoverHours, stands) });
    }
  }
  if (category === 'PROMOTER') {
    const latestCsat = newestFirst(recentCsat)[0];
    if (latestCsat !== undefined && hasPositiveCsat(recentCsat)) {
      triggered.push({ trigger: 'ADVOCATE', reason: words.ADVOCATE(situation, latestCsat) });
    }
  }
  if (isStale(snapshot, now)) {
    const days = Math.floor((now.getTime() - answeredAt.getTime()) / DAY_MS);
    triggered.push({ trigger: 'STALE', reason: words.STALE(situation, days) });
  }
  triggered.push({ trigger: category, reason: words.CATEGORY(situation) });

  const hasCompany = Boolean(state.company?.trim());
  const values = templateValuesOf(state, score);
  const candidates: RecommendedAction[] = [];
  for (const { trigger, reason } of triggered) {
    for (const action of rules[trigger]) {
      if (action.requiresCompany && !hasCompany) continue;
      if (FOLLOW_UP_ONLY_KINDS.includes(action.kind) || handled.has(action.kind)) continue;
      candidates.push({
        kind: action.kind,
        title: renderTemplate(action.title, values, locale),
        script: renderTemplate(action.scriptTemplate, values, locale),
        priority: action.priority,
        dueAt: addHours(answeredAt, action.dueInHours),
        reason,
      });
    }
  }

  // Sort before dropping repeated kinds, so the most urgent of them is the one kept.
  candidates.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
  const seen = new Set<RecommendedActionKind>();
  return candidates.filter((action) => {
    if (seen.has(action.kind)) return false;
    seen.add(action.kind);
    return true;
  });
}
