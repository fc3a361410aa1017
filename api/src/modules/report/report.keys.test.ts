import { placementsOf, seriesOf } from './report.keys';

describe('seriesOf', () => {
  test('every dimension once, "not set" for a missing value, one series per distinct tag', () => {
    expect(seriesOf({ plan: 'pro', tags: ['a', 'a', 'b'] }).map((s) => `${s.dimension}=${s.value}`)).toEqual([
      'all=null',
      'plan=pro',
      'region=null',
      'channel=null',
      'campaign=null',
      'agent=null',
      'team=null',
      'tag=a',
      'tag=b',
    ]);
  });
});

describe('placementsOf', () => {
  test('one placement per series, in the month and day documents of the UTC instant', () => {
    // 23:59:59.999 on January 31st in Kolkata is 18:29:59.999 UTC: day 31, quarter hour 73.
    const placements = placementsOf('acme', { plan: 'pro', tags: ['a', 'b'] }, new Date('2026-01-31T18:29:59.999Z'));
    expect(placements).toHaveLength(seriesOf({ plan: 'pro', tags: ['a', 'b'] }).length);
    expect(placements[0]).toEqual({
      month: {
        _id: 'acme|all||2026-01',
        identity: { workspaceId: 'acme', dimension: 'all', value: null, month: new Date('2026-01-01T00:00:00.000Z') },
        path: 'days.d31',
        key: 'd31',
      },
      day: {
        _id: 'acme|all||2026-01-31',
        identity: { workspaceId: 'acme', dimension: 'all', value: null, day: new Date('2026-01-31T00:00:00.000Z') },
        path: 'slots.q73',
        key: 'q73',
      },
    });
    expect(placements[1]?.month._id).toBe('acme|plan|vpro|2026-01');
    expect(placements[1]?.day.identity).toMatchObject({ dimension: 'plan', value: 'pro' });
    expect(new Set(placements.map((placement) => `${placement.month.path} ${placement.day.path}`))).toEqual(
      new Set(['days.d31 slots.q73']),
    );
  });

  test.each([
    ['2026-12-31T23:59:59.999Z', '2026-12', '2026-12-31', 'days.d31', 'slots.q95'],
    ['2027-01-01T00:00:00.000Z', '2027-01', '2027-01-01', 'days.d01', 'slots.q00'],
    ['2028-02-29T12:14:59.999Z', '2028-02', '2028-02-29', 'days.d29', 'slots.q48'],
    ['2028-02-29T12:15:00.000Z', '2028-02', '2028-02-29', 'days.d29', 'slots.q49'],
  ])('an answer at %s counts in month %s, day %s, under %s and %s', (at, month, day, dayPath, slotPath) => {
    const [placement] = placementsOf('acme', {}, new Date(at));
    expect(placement?.month).toMatchObject({ _id: `acme|all||${month}`, path: dayPath });
    expect(placement?.month.identity.month).toEqual(new Date(`${month}-01T00:00:00.000Z`));
    expect(placement?.day).toMatchObject({ _id: `acme|all||${day}`, path: slotPath });
    expect(placement?.day.identity.day).toEqual(new Date(`${day}T00:00:00.000Z`));
  });

  test('a "not set" series and free-text values cannot share a document id', () => {
    const at = new Date('2026-05-01T00:00:00.000Z');
    const ids = [null, '', '|2026-05', 'a|b', 'a%7Cb'].map(
      (channel) =>
        placementsOf('acme', { channel }, at).find((p) => p.month.identity.dimension === 'channel')!.month._id,
    );
    expect(ids).toEqual([
      'acme|channel||2026-05',
      'acme|channel|v|2026-05',
      'acme|channel|v%7C2026-05|2026-05',
      'acme|channel|va%7Cb|2026-05',
      'acme|channel|va%257Cb|2026-05',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
