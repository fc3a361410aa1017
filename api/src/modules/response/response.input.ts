import { z } from 'zod';
import { optionalText, requiredText } from '../../validation';
import { DEFAULT_SCALE_MAX, SURVEY_METRICS, scoreProblem } from '../../loyalty';

// Survey tools' clocks drift; an answer slightly "in the future" is accepted, a later one refused.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Everything about a response except the contact, which the contact module validates. */
export function responseValuesSchema(now: Date) {
  return z
    .object({
      metric: z.enum(SURVEY_METRICS),
      score: z.number(),
      scaleMax: z.number().int().nullish(),
      comment: optionalText(5000),
      channel: optionalText(100),
      campaign: optionalText(200),
      ticketId: optionalText(200),
      agentId: optionalText(200),
      team: optionalText(100),
      tags: z
        .array(z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters'))
        .max(20, 'must have at most 20 tags')
        .nullish()
        .transform((value) => [...new Set(value ?? [])]),
      answeredAt: z
        .date()
        .max(new Date(now.getTime() + CLOCK_SKEW_MS), 'must not be in the future')
        .nullish()
        .transform((value) => value ?? now),
      source: requiredText(100),
      sourceId: requiredText(200),
    })
    .superRefine((values, ctx) => {
      const problem = scoreProblem(values.metric, values.score, values.scaleMax);
      // scoreProblem judges the scale before the score; report the field it names.
      const field = problem?.includes('scaleMax') ? 'scaleMax' : 'score';
      if (problem) ctx.addIssue({ code: 'custom', path: [field], message: problem });
    })
    .transform((values) => ({ ...values, scaleMax: values.scaleMax ?? DEFAULT_SCALE_MAX[values.metric] }));
}

export type ResponseValues = z.output<ReturnType<typeof responseValuesSchema>>;

/** A comment that arrives after its answer, and the answer's (source, sourceId). */
export const responseCommentSchema = z.object({
  source: requiredText(100),
  sourceId: requiredText(200),
  // Same limit as a comment recorded with the answer; null or blank removes it.
  comment: optionalText(5000).transform((value) => value ?? null),
});
