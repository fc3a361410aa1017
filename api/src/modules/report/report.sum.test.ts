import { placementsOf, type Counts, type SegmentSource } from './report.keys';
import { flatCounts, ReportCountsSum } from './report.sum';
import { seededRandom } from '../../../../test/support/seeded-random';

// The in-memory sum must leave every counts document exactly as the write path's `$inc`s
// would, one answer at a time, at each of its placements.

test('the sum of answers equals their increments applied one by one at their placements', () => {
  const random = seededRandom(11);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const from = Date.parse('2025-12-30T00:00:00Z');
  const answers = Array.from({ length: 500 }, () => {
    const segments: SegmentSource = {
      plan: pick(['free', 'pro', null]),
      channel: pick(['email', 'chat', undefined]),
      agentId: pick(['a1', 'a 2/ü', null]),
      tags: pick([[], ['vip'], ['vip', 'bug', 'vip']]),
    };
    // Three days around a year's end, so months, days and quarter hours all differ.
    const answeredAt = new Date(from + Math.floor(random() * 3 * 24 * 60) * 60_000);
    // Recovery moves take counts back: some counters end at zero.
    const counts: Counts = { [pick(['n0', 'n9', 'c5_4'])]: 1, ...(random() < 0.3 ? { ra: pick([1, -1]) } : {}) };
    return { segments, answeredAt, counts };
  });

  const sum = new ReportCountsSum('acme');
  const expected = new Map<string, Counts>();
  for (const { segments, answeredAt, counts } of answers) {
    sum.add(segments, answeredAt, counts);
    for (const { month, day } of placementsOf('acme', segments, answeredAt)) {
      for (const { _id, path } of [month, day]) {
        const doc = expected.get(_id) ?? {};
        for (const [counter, amount] of Object.entries(counts)) {
          doc[`${path}.${counter}`] = (doc[`${path}.${counter}`] ?? 0) + amount;
        }
        expected.set(_id, doc);
      }
    }
  }

  const summed = new Map<string, Counts>();
  for (const [_id, doc] of sum.months) summed.set(_id, flatCounts(doc.days, 'days'));
  for (const [_id, doc] of sum.days) summed.set(_id, flatCounts(doc.slots, 'slots'));
  const nonZero = [...expected].map(([_id, counts]) => [
    _id,
    Object.fromEntries(Object.entries(counts).filter(([, amount]) => amount !== 0)),
  ]);
  expect(Object.fromEntries(summed)).toEqual(Object.fromEntries(nonZero));
  expect(summed.size).toBeGreaterThan(50);
  // Each document carries its series, as the upsert's `$setOnInsert` would.
  const [first] = placementsOf('acme', answers[0]!.segments, answers[0]!.answeredAt);
  expect(sum.months.get(first!.month._id)).toMatchObject(first!.month.identity);
  expect(sum.days.get(first!.day._id)).toMatchObject(first!.day.identity);
});
