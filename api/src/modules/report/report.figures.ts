import {
  differSignificantly,
  isNegativeCsat,
  isPositiveCsat,
  npsFigure,
  type CategoryCounts,
  type NpsFigure,
} from '../../loyalty';
import { RECOVERY_ANSWERED_AGAIN, RECOVERY_RECOVERED, type Counts } from './report.keys';

// From tallied counters to the figures a report shows. Pure functions; the NPS math itself
// is the loyalty core's (`npsFigure`, `differSignificantly`).

export const NPS_SCORES = Array.from({ length: 11 }, (_, score) => score);

export function categoryCounts(counts: Counts): CategoryCounts {
  const at = (score: number) => counts[`n${score}`] ?? 0;
  return {
    promoters: at(9) + at(10),
    passives: at(7) + at(8),
    detractors: NPS_SCORES.filter((score) => score <= 6).reduce((sum, score) => sum + at(score), 0),
  };
}

export function figureOf(counts: Counts): NpsFigure {
  return npsFigure(categoryCounts(counts));
}

/** Count of each NPS score 0..10, the index being the score. */
export function distributionOf(counts: Counts): number[] {
  return NPS_SCORES.map((score) => counts[`n${score}`] ?? 0);
}

export interface ScaleAverage {
  scaleMax: number;
  responses: number;
  average: number;
}

export interface CsatSummary {
  responses: number;
  /** Share (0..1) of top-two-box answers (top one on a 3-point scale). */
  positiveShare: number;
  /** Share (0..1) of bottom-two-box answers (bottom one on a 3-point scale). */
  negativeShare: number;
  scales: ScaleAverage[];
}

export interface CesSummary {
  responses: number;
  scales: ScaleAverage[];
}

function scaleAnswers(counts: Counts, prefix: 'c' | 'e'): { scaleMax: number; score: number; count: number }[] {
  const pattern = new RegExp(`^${prefix}(\\d+)_(\\d+)$`);
  return Object.entries(counts).flatMap(([key, count]) => {
    const match = pattern.exec(key);
    return match && count > 0 ? [{ scaleMax: Number(match[1]), score: Number(match[2]), count }] : [];
  });
}

/** Averages per scale: answers on different scales are never averaged together. */
function averagesByScale(answers: { scaleMax: number; score: number; count: number }[]): ScaleAverage[] {
  const byScale = new Map<number, { responses: number; sum: number }>();
  for (const { scaleMax, score, count } of answers) {
    const tally = byScale.get(scaleMax) ?? { responses: 0, sum: 0 };
    tally.responses += count;
    tally.sum += score * count;
    byScale.set(scaleMax, tally);
  }
  return [...byScale.entries()]
    .sort(([a], [b]) => a - b)
    .map(([scaleMax, { responses, sum }]) => ({ scaleMax, responses, average: sum / responses }));
}

/** CSAT answers of the counts, or null when there are none. */
export function csatOf(counts: Counts): CsatSummary | null {
  const answers = scaleAnswers(counts, 'c');
  const responses = answers.reduce((sum, answer) => sum + answer.count, 0);
  if (responses === 0) return null;
  const share = (test: (score: number, scaleMax: number) => boolean) =>
    answers.filter((answer) => test(answer.score, answer.scaleMax)).reduce((sum, answer) => sum + answer.count, 0) /
    responses;
  return {
    responses,
    positiveShare: share(isPositiveCsat),
    negativeShare: share(isNegativeCsat),
    scales: averagesByScale(answers),
  };
}

/** CES answers of the counts, or null when there are none. */
export function cesOf(counts: Counts): CesSummary | null {
  const answers = scaleAnswers(counts, 'e');
  const responses = answers.reduce((sum, answer) => sum + answer.count, 0);
  return responses === 0 ? null : { responses, scales: averagesByScale(answers) };
}

export interface DetractorRecovery {
  detractors: number;
  answeredAgain: number;
  recovered: number;
  recoveryRate: number | null;
}

export function detractorRecoveryOf(counts: Counts): DetractorRecovery {
  const { detractors } = categoryCounts(counts);
  const recovered = counts[RECOVERY_RECOVERED] ?? 0;
  return {
    detractors,
    answeredAgain: counts[RECOVERY_ANSWERED_AGAIN] ?? 0,
    recovered,
    recoveryRate: detractors === 0 ? null : recovered / detractors,
  };
}

/** Whether each figure differs significantly from the one before it (never the first). */
export function significantChanges(figures: NpsFigure[]): boolean[] {
  return figures.map((figure, index) => {
    const previous = figures[index - 1];
    return previous !== undefined && differSignificantly(previous, figure);
  });
}
