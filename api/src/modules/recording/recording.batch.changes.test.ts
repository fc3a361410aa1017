import { Types } from 'mongoose';
import { categoryOfScore, EMPTY_SNAPSHOT, type SurveyMetric } from '../../loyalty';
import type { ResponseDoc } from '../response/response.model';
import {
  changeSetOf,
  contactOutcome,
  needsStoredAnswers,
  type ContactBefore,
  type StoredAnswer,
} from './recording.batch.changes';
import { seededRandom } from '../../../../test/support/seeded-random';

// A contact's snapshots and moved links, built on its stored snapshots (no stored answers
// read), equal those recomputed from every stored answer, whenever the new answers come
// after the stored ones; and when they do not, the computation asks for the stored answers.
// The change set says what each answer adds to the report counts.

const contactId = new Types.ObjectId();
const EMPTY: ContactBefore = {
  _id: contactId,
  loyalty: { ...EMPTY_SNAPSHOT, latestResponseId: null },
  csat: { count: 0, recent: [] },
};

function answers(random: () => number, count: number, fromMs: number): StoredAnswer[] {
  return Array.from({ length: count }, (_, index) => {
    const metric: SurveyMetric = random() < 0.6 ? 'NPS' : random() < 0.7 ? 'CSAT' : 'CES';
    const score = metric === 'NPS' ? Math.floor(random() * 11) : 1 + Math.floor(random() * 5);
    return {
      _id: new Types.ObjectId(),
      contactId,
      metric,
      score,
      scaleMax: metric === 'NPS' ? 10 : 5,
      category: metric === 'NPS' ? categoryOfScore(score) : null,
      comment: random() < 0.5 ? `comment ${index}` : null,
      // Whole hours, some equal: ties are broken by id.
      answeredAt: new Date(fromMs + Math.floor(random() * 48) * 3_600_000),
    };
  });
}

/** The contact as stored after its earlier answers: snapshots from a full recomputation. */
function storedAfter(earlier: StoredAnswer[]): ContactBefore {
  if (earlier.length === 0) return EMPTY;
  const { change } = contactOutcome(EMPTY, earlier, earlier);
  return {
    _id: contactId,
    loyalty: change.loyalty ?? EMPTY.loyalty,
    csat: change.csat ?? EMPTY.csat,
  };
}

test('new answers after the stored ones: built on the stored snapshots, as recomputed from all answers', () => {
  for (let seed = 0; seed < 200; seed += 1) {
    const random = seededRandom(seed);
    const day = Date.UTC(2026, 0, 1);
    const earlier = answers(random, Math.floor(random() * 6), day);
    // Starts after every earlier answer (48 hours of them).
    const fresh = answers(random, 1 + Math.floor(random() * 5), day + 3 * 86_400_000);
    const before = storedAfter(earlier);
    expect(needsStoredAnswers(before, fresh)).toBe(false);
    expect(contactOutcome(before, fresh, null)).toEqual(contactOutcome(before, fresh, [...earlier, ...fresh]));
  }
});

test('an answer before the stored latest NPS answer needs the stored answers', () => {
  const random = seededRandom(1);
  const day = Date.UTC(2026, 0, 1);
  const earlier = answers(random, 4, day + 86_400_000).map((answer) => ({ ...answer, metric: 'NPS' as const }));
  const before = storedAfter(earlier.map((answer) => ({ ...answer, category: categoryOfScore(answer.score) })));
  const late = answers(random, 1, day).map((answer) => ({
    ...answer,
    metric: 'NPS' as const,
    category: 'PROMOTER' as const,
    score: 9,
  }));
  expect(needsStoredAnswers(before, late)).toBe(true);
});

test('a CSAT answer at the instant of the newest stored one needs the stored answers', () => {
  const at = new Date('2026-02-01T10:00:00Z');
  const before: ContactBefore = { ...EMPTY, csat: { count: 1, recent: [{ score: 4, scaleMax: 5, answeredAt: at }] } };
  const fresh: StoredAnswer = {
    _id: new Types.ObjectId(),
    contactId,
    metric: 'CSAT',
    score: 2,
    scaleMax: 5,
    category: null,
    comment: null,
    answeredAt: at,
  };
  expect(needsStoredAnswers(before, [fresh])).toBe(true);
});

test("the change set's counts: each new answer's counter with its link's, and a moved stored link's change", () => {
  const at = (hour: number) => new Date(Date.UTC(2026, 0, 1, hour));
  const nps = (score: number, hour: number): StoredAnswer => ({
    _id: new Types.ObjectId(),
    contactId,
    metric: 'NPS',
    score,
    scaleMax: 10,
    category: categoryOfScore(score),
    comment: null,
    answeredAt: at(hour),
  });
  // A stored detractor answer with no next answer yet, then a new detractor and a new promoter.
  const stored = nps(2, 1);
  const fresh = [nps(3, 2), nps(10, 3)];
  const before = storedAfter([stored]);
  const outcome = contactOutcome(before, fresh, null);
  const changes = changeSetOf({
    fresh: fresh.map((answer) => ({ ...answer, workspaceId: 'acme' }) as unknown as ResponseDoc),
    contacts: [outcome],
    storedLinks: new Map([[stored._id.toHexString(), { nextResponseId: null, nextCategory: null }]]),
  });
  const countsOf = (answer: StoredAnswer) =>
    changes.counts.find(({ responseId }) => responseId.equals(answer._id))?.counts;
  // Answered again, by a detractor: not recovered.
  expect(countsOf(stored)).toEqual({ ra: 1 });
  // Its own counter, and answered again by a promoter: recovered.
  expect(countsOf(fresh[0]!)).toEqual({ n3: 1, ra: 1, rr: 1 });
  expect(countsOf(fresh[1]!)).toEqual({ n10: 1 });
  expect(changes.counts).toHaveLength(3);
  expect(changes.links.map(({ responseId, nextResponseId }) => [responseId, nextResponseId])).toEqual(
    expect.arrayContaining([
      [stored._id, fresh[0]!._id],
      [fresh[0]!._id, fresh[1]!._id],
    ]),
  );
});
