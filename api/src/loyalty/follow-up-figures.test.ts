import { followUpFiguresOf, type FollowUpRecord } from './follow-up-figures';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const at = (hoursBeforeNow: number) => new Date(NOW.getTime() - hoursBeforeNow * 60 * 60 * 1000);

function record(overrides: Partial<FollowUpRecord>): FollowUpRecord {
  return { status: 'OPEN', createdAt: at(100), closedAt: null, dueAt: null, ...overrides };
}

describe('followUpFiguresOf', () => {
  test('an empty set has zero counts and no median or share', () => {
    expect(followUpFiguresOf([], NOW)).toEqual({
      opened: 0,
      done: 0,
      dismissed: 0,
      open: 0,
      overdue: 0,
      medianHoursToClose: null,
      closedWithinDeadlineShare: null,
    });
  });

  test('counts each status and the open follow-ups past due', () => {
    const figures = followUpFiguresOf(
      [
        record({ status: 'OPEN', dueAt: at(1) }), // overdue by an hour
        record({ status: 'OPEN', dueAt: at(-1) }), // due in an hour
        record({ status: 'OPEN' }), // no deadline
        record({ status: 'DONE', closedAt: at(90) }),
        record({ status: 'DISMISSED', closedAt: at(80) }),
      ],
      NOW,
    );
    expect(figures).toMatchObject({ opened: 5, open: 3, overdue: 1, done: 1, dismissed: 1 });
  });

  test('an open follow-up due exactly now is not overdue yet', () => {
    expect(followUpFiguresOf([record({ dueAt: NOW })], NOW).overdue).toBe(0);
  });

  test.each([
    [[10], 10],
    [[10, 2], 6],
    [[30, 2, 10], 10],
    [[1, 4, 2, 8], 3],
  ])('median hours to close of %j is %d', (hours, expected) => {
    const closed = hours.map((h) => record({ status: 'DONE', createdAt: at(200), closedAt: at(200 - h) }));
    expect(followUpFiguresOf(closed, NOW).medianHoursToClose).toBe(expected);
  });

  test('the deadline share counts closed ones with a deadline and open ones past it', () => {
    const figures = followUpFiguresOf(
      [
        record({ status: 'DONE', createdAt: at(100), dueAt: at(52), closedAt: at(60) }), // met
        record({ status: 'DISMISSED', createdAt: at(100), dueAt: at(52), closedAt: at(52) }), // met, on the dot
        record({ status: 'DONE', createdAt: at(100), dueAt: at(52), closedAt: at(40) }), // missed
        record({ status: 'OPEN', dueAt: at(5) }), // missed: past due and still open
        record({ status: 'OPEN', dueAt: at(-5) }), // not judged yet
        record({ status: 'DONE', closedAt: at(10) }), // no deadline: not judged
      ],
      NOW,
    );
    expect(figures.closedWithinDeadlineShare).toBe(2 / 4);
  });
});
