// API answers for the three demo requesters, shaped like the NpsPanelContact query's data
// (with the __typename fields Apollo's cache asks for), and helpers to mock the API.
import type { ActionPriority, LoyaltyCategory, LoyaltyMovement, RecommendedActionKind } from './gql/graphql';
import { NpsPanelContactDocument } from './gql/graphql';

const HOUR_MS = 3_600_000;

interface AnswerFixture {
  score: number;
  category: LoyaltyCategory;
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

interface ContactFixture {
  id: string;
  movement: LoyaltyMovement;
  answers: AnswerFixture[];
  actions: ActionFixture[];
}

/** The query's `contact` field for a contact with these answers (oldest first) and actions. */
export function contactData({ id, movement, answers, actions }: ContactFixture) {
  const newestFirst = [...answers].reverse();
  const [latest, previous] = newestFirst;
  return {
    __typename: 'Contact',
    id,
    loyalty: {
      __typename: 'LoyaltySnapshot',
      responseCount: answers.length,
      category: latest?.category ?? null,
      latestScore: latest?.score ?? null,
      latestComment: latest?.comment ?? null,
      answeredAt: latest?.answeredAt ?? null,
      movement,
      previousCategory: previous?.category ?? null,
      previousScore: previous?.score ?? null,
    },
    npsResponses: {
      __typename: 'SurveyResponseConnection',
      totalCount: answers.length,
      edges: newestFirst.map((answer, index) => ({
        __typename: 'SurveyResponseEdge',
        node: { __typename: 'SurveyResponse', id: `${id}-r${answers.length - index}`, ...answer },
      })),
    },
    recommendedActions: actions.map((action) => ({ __typename: 'RecommendedAction', ...action })),
  };
}

export const maya = contactData({
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
});

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

/** A mocked API answer with the contact's data. */
export function contactMock(variables: ContactLookup, contact: ReturnType<typeof contactData>) {
  return { request: { query: NpsPanelContactDocument, variables }, result: { data: { contact } } };
}

/** A mocked API answer failing with a GraphQL error carrying `extensions.code`. */
export function errorMock(variables: ContactLookup, code: string) {
  return {
    request: { query: NpsPanelContactDocument, variables },
    result: { data: null, errors: [{ message: `Failed with ${code}`, path: ['contact'], extensions: { code } }] },
  };
}
