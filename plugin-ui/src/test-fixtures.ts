// API answers for the three demo requesters, shaped like the NpsPanelContact query's data
// (with the __typename fields Apollo's cache asks for), and helpers to mock the API.
import type {
  ActionPriority,
  FollowUpStatus,
  LoyaltyCategory,
  LoyaltyMovement,
  RecommendedActionKind,
  SurveyBlocker,
  SurveyMetric,
} from './gql/graphql';
import { NpsPanelContactActivityDocument, NpsPanelContactDocument } from './gql/graphql';
import { createFormatters, type Formatters } from './format';
import { createNpsDeskI18n } from './i18n/i18n';
import type { Locale } from './i18n/locale';

/** The panel's formatters in `locale`: how a test expects dates and numbers to read. */
export function formattersOf(locale: Locale): Formatters {
  return createFormatters(createNpsDeskI18n(locale));
}

const HOUR_MS = 3_600_000;

interface AnswerFixture {
  /** NPS unless said otherwise. */
  metric?: SurveyMetric;
  score: number;
  /** 10 for NPS; the CSAT or CES scale's maximum otherwise. */
  scaleMax?: number;
  category: LoyaltyCategory | null;
  answeredAt: string;
  comment: string | null;
}

interface ActionFixture {
  kind: RecommendedActionKind;
  title: string;
  script: string;
  priority: ActionPriority;
  dueAt: string | null;
  reason: string;
}

/** A person as the follow-up fragments read them; without a name, the API shows the user id. */
export function personData(id: string, displayName = id) {
  return { __typename: 'Person', id, displayName };
}

export interface FollowUpFixture {
  id: string;
  kind: RecommendedActionKind;
  title: string;
  status: FollowUpStatus;
  /** The assignee's user id; shown by `assigneeName` when given, else by the id. */
  assigneeId?: string | null;
  assigneeName?: string;
  dueAt?: string | null;
  overdue?: boolean;
  outcome?: string | null;
  dismissReason?: string | null;
  createdAt?: string;
  closedBy?: string | null;
  closedByName?: string;
  closedAt?: string | null;
  ticketId?: string | null;
}

export interface EligibilityFixture {
  eligible: boolean;
  nextEligibleAt: string | null;
  reasons: { blocker: SurveyBlocker; message: string; until: string | null }[];
}

export interface ContactFixture {
  id: string;
  movement: LoyaltyMovement;
  answers: AnswerFixture[];
  actions: ActionFixture[];
  followUps?: FollowUpFixture[];
  /** Whether the contact may be sent an NPS survey; CSAT and CES have their own. */
  eligibility?: EligibilityFixture;
  csatEligibility?: EligibilityFixture;
  cesEligibility?: EligibilityFixture;
}

/** A follow-up as the `FollowUpItem_followUp` fragment reads it. */
export function followUpData({ assigneeId, assigneeName, closedBy, closedByName, ...followUp }: FollowUpFixture) {
  return {
    __typename: 'FollowUp',
    dueAt: null,
    overdue: false,
    outcome: null,
    dismissReason: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    closedAt: null,
    ticketId: null,
    ...followUp,
    assignee: assigneeId ? personData(assigneeId, assigneeName) : null,
    closedByPerson: closedBy ? personData(closedBy, closedByName) : null,
  };
}

/** A page of follow-ups as the `FollowUps_contact` fragment reads it. */
function followUpConnection(followUps: FollowUpFixture[]) {
  return {
    __typename: 'FollowUpConnection',
    totalCount: followUps.length,
    edges: followUps.map((followUp) => ({ __typename: 'FollowUpEdge', node: followUpData(followUp) })),
  };
}

/** The contact's follow-up fields (`FollowUps_contact`), newest first within each status as the API lists them. */
export function followUpFields(followUps: FollowUpFixture[]) {
  return {
    openFollowUps: followUpConnection(followUps.filter((followUp) => followUp.status === 'OPEN')),
    doneFollowUps: followUpConnection(followUps.filter((followUp) => followUp.status === 'DONE')),
    dismissedFollowUps: followUpConnection(followUps.filter((followUp) => followUp.status === 'DISMISSED')),
  };
}

export const SURVEY_ELIGIBLE: EligibilityFixture = { eligible: true, nextEligibleAt: null, reasons: [] };

/** `surveyEligibility` as the API answers it. */
export function eligibilityData({ eligible, nextEligibleAt, reasons }: EligibilityFixture) {
  return {
    __typename: 'SurveyEligibility',
    eligible,
    nextEligibleAt,
    reasons: reasons.map((reason) => ({ __typename: 'SurveyBlockerReason', ...reason })),
  };
}

/** A recommended action as the API answers it. */
export function actionData(action: ActionFixture) {
  return { __typename: 'RecommendedAction', ...action };
}

/** The query's `contact` field for a contact with these answers (oldest first), actions and follow-ups. */
export function contactData({
  id,
  movement,
  answers,
  actions,
  followUps = [],
  eligibility = SURVEY_ELIGIBLE,
  csatEligibility = SURVEY_ELIGIBLE,
  cesEligibility = SURVEY_ELIGIBLE,
}: ContactFixture) {
  const newestFirst = [...answers].reverse();
  // The loyalty snapshot is about NPS answers only.
  const npsNewestFirst = newestFirst.filter((answer) => (answer.metric ?? 'NPS') === 'NPS');
  const [latest, previous] = npsNewestFirst;
  return {
    __typename: 'Contact',
    id,
    loyalty: {
      __typename: 'LoyaltySnapshot',
      responseCount: npsNewestFirst.length,
      category: latest?.category ?? null,
      latestScore: latest?.score ?? null,
      latestComment: latest?.comment ?? null,
      answeredAt: latest?.answeredAt ?? null,
      movement,
      previousCategory: previous?.category ?? null,
      previousScore: previous?.score ?? null,
    },
    answers: {
      __typename: 'SurveyResponseConnection',
      totalCount: answers.length,
      edges: newestFirst.map(({ metric = 'NPS', scaleMax = 10, ...answer }, index) => ({
        __typename: 'SurveyResponseEdge',
        node: { __typename: 'SurveyResponse', id: `${id}-r${answers.length - index}`, metric, scaleMax, ...answer },
      })),
    },
    npsEligibility: eligibilityData(eligibility),
    csatEligibility: eligibilityData(csatEligibility),
    cesEligibility: eligibilityData(cesEligibility),
    recommendedActions: actions.map(actionData),
    ...followUpFields(followUps),
  };
}

export type ContactData = ReturnType<typeof contactData>;

/** What the panel's query reads about the caller; an agent may manage follow-ups. */
export const agentViewer = {
  __typename: 'Viewer',
  userId: 'agent-sam',
  canManageFollowUps: true,
  canWorkSalesCandidates: false,
};

/** A sales rep: reads the panel, may not log follow-ups, may work sales candidates. */
export const salesViewer = {
  __typename: 'Viewer',
  userId: 'sales-rita',
  canManageFollowUps: false,
  canWorkSalesCandidates: true,
};

export type ViewerData = typeof agentViewer;

/** The panel query's whole `data`. */
export function panelData(contact: ContactData, viewer: ViewerData = agentViewer) {
  return { viewer, contact };
}

/** Maya, a promoter who rose from passive; her fixture, so a test can change one thing. */
export const mayaFixture: ContactFixture = {
  id: 'contact-maya',
  movement: 'RISE',
  answers: [
    { score: 6, category: 'DETRACTOR', answeredAt: '2026-03-02T09:00:00.000Z', comment: 'Setup took too long.' },
    { score: 8, category: 'PASSIVE', answeredAt: '2026-06-15T09:00:00.000Z', comment: null },
    {
      score: 10,
      category: 'PROMOTER',
      answeredAt: '2026-10-20T09:00:00.000Z',
      comment: 'Support is fantastic, thank you!',
    },
  ],
  actions: [
    {
      kind: 'THANK',
      title: 'Thank Maya for the feedback',
      script: 'Hi Maya,\nthank you for the 10! It means a lot to the team.',
      priority: 'HIGH',
      dueAt: null,
      reason: 'Latest answer 10 (promoter)',
    },
    {
      kind: 'ASK_REFERRAL',
      title: 'Ask for a referral',
      script: 'Do you know someone at another company who would benefit from us?',
      priority: 'MEDIUM',
      dueAt: null,
      reason: 'Promoter',
    },
  ],
};

export const maya = contactData(mayaFixture);

export const tom = contactData({
  id: 'contact-tom',
  movement: 'STEADY',
  answers: [
    { score: 7, category: 'PASSIVE', answeredAt: '2026-05-10T09:00:00.000Z', comment: null },
    { score: 8, category: 'PASSIVE', answeredAt: '2026-10-01T09:00:00.000Z', comment: 'Good, but reports are slow.' },
  ],
  actions: [
    {
      kind: 'PROBE',
      title: 'Ask what would make it a 10',
      script: 'Hi Tom, what is the one thing that would make us a 10 for you?',
      priority: 'MEDIUM',
      dueAt: null,
      reason: 'Latest answer 8 (passive)',
    },
  ],
});

/** Lena's actions are due relative to now, so their due times read the same on every run. */
export function lena(nowMs: number = Date.now()) {
  return contactData({
    id: 'contact-lena',
    movement: 'FALL',
    answers: [
      { score: 9, category: 'PROMOTER', answeredAt: '2026-04-01T09:00:00.000Z', comment: null },
      {
        score: 3,
        category: 'DETRACTOR',
        answeredAt: '2026-11-20T09:00:00.000Z',
        comment: 'Billing broke twice this month.',
      },
    ],
    actions: [
      {
        kind: 'ESCALATE',
        title: 'Escalate: fell from promoter',
        script: 'Hi Lena, I am sorry about the billing problems. I have escalated this to our billing lead.',
        priority: 'URGENT',
        dueAt: new Date(nowMs + 4 * HOUR_MS).toISOString(),
        reason: 'Fell from promoter (9) to detractor (3)',
      },
      {
        kind: 'RECOVER',
        title: 'Recover: contact within 48 h',
        script: 'Hi Lena, could we have a short call about what went wrong?',
        priority: 'HIGH',
        dueAt: new Date(nowMs - 2 * HOUR_MS).toISOString(),
        reason: 'Latest answer 3 (detractor)',
      },
    ],
  });
}

export const noAnswersYet = contactData({ id: 'contact-new', movement: 'NONE', answers: [], actions: [] });

type ContactLookup = { externalId: string } | { email: string };

/** A mocked API answer with the contact's data, as seen by `viewer`. */
export function contactMock(variables: ContactLookup, contact: ContactData, viewer: ViewerData = agentViewer) {
  return { request: { query: NpsPanelContactDocument, variables }, result: { data: panelData(contact, viewer) } };
}

/** A mocked API answer failing with a GraphQL error carrying `extensions.code`. */
export function errorMock(variables: ContactLookup, code: string) {
  return {
    request: { query: NpsPanelContactDocument, variables },
    result: { data: null, errors: [{ message: `Failed with ${code}`, path: ['contact'], extensions: { code } }] },
  };
}

/** For tests that are not about live updates: the panel's subscription is open, and nothing changes. */
export const noLiveUpdates = {
  request: { query: NpsPanelContactActivityDocument, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  delay: Number.POSITIVE_INFINITY,
};

/** The subscription delivering one change of `contactId` after `delay` ms. */
export function contactChangedMock(contactId: string, delay = 20) {
  return {
    request: { query: NpsPanelContactActivityDocument, variables: { id: contactId } },
    delay,
    result: { data: { contactActivity: { __typename: 'ContactActivity', id: 'change-1', kind: 'RESPONSE_RECORDED' } } },
  };
}
