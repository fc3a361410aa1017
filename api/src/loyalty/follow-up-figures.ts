import { HOUR_MS } from './time';

/** One follow-up as the closed-loop report sees it. */
export interface FollowUpRecord {
  status: 'OPEN' | 'DONE' | 'DISMISSED';
  createdAt: Date;
  closedAt: Date | null;
  dueAt: Date | null;
}

export interface FollowUpFigures {
  opened: number;
  done: number;
  dismissed: number;
  open: number;
  /** Open and past their due time now. */
  overdue: number;
  /** Median hours from creation to done or dismissed; null when none is closed. */
  medianHoursToClose: number | null;
  /**
   * Of the follow-ups with a deadline that were closed or whose deadline has passed, the
   * share closed (done or dismissed) by their deadline; null when there are none.
   */
  closedWithinDeadlineShare: number | null;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** The closed-loop figures of a set of follow-ups (those opened in a report's range). */
export function followUpFiguresOf(records: Iterable<FollowUpRecord>, now: Date): FollowUpFigures {
  const figures: FollowUpFigures = {
    opened: 0,
    done: 0,
    dismissed: 0,
    open: 0,
    overdue: 0,
    medianHoursToClose: null,
    closedWithinDeadlineShare: null,
  };
  const hoursToClose: number[] = [];
  let deadlinesJudged = 0;
  let deadlinesMet = 0;
  for (const record of records) {
    figures.opened += 1;
    if (record.status === 'OPEN') {
      figures.open += 1;
      if (record.dueAt && record.dueAt.getTime() < now.getTime()) {
        figures.overdue += 1;
        deadlinesJudged += 1;
      }
      continue;
    }
    if (record.status === 'DONE') figures.done += 1;
    else figures.dismissed += 1;
    if (record.closedAt) {
      hoursToClose.push((record.closedAt.getTime() - record.createdAt.getTime()) / HOUR_MS);
      if (record.dueAt) {
        deadlinesJudged += 1;
        if (record.closedAt.getTime() <= record.dueAt.getTime()) deadlinesMet += 1;
      }
    }
  }
  figures.medianHoursToClose = median(hoursToClose.sort((a, b) => a - b));
  figures.closedWithinDeadlineShare = deadlinesJudged === 0 ? null : deadlinesMet / deadlinesJudged;
  return figures;
}
