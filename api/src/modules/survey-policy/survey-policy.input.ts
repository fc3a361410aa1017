import { z } from 'zod';
import { SURVEY_METRICS, type SurveyMetric } from '../../loyalty';

export const surveyMetricSchema = z.enum(SURVEY_METRICS as readonly [SurveyMetric, ...SurveyMetric[]]);

// Range checks are the loyalty core's (surveyPolicyProblems), run on the policy as changed.
const rulesChange = {
  minDaysAfterSignup: z.number().nullish(),
  minDaysBetweenSurveys: z.number().nullish(),
};

/** The top-level fields are NPS's rules: the policy had no other before rules were set per metric. */
export const surveyPolicyUpdateSchema = z
  .object({
    ...rulesChange,
    metrics: z
      .array(z.object({ metric: surveyMetricSchema, ...rulesChange }))
      .max(SURVEY_METRICS.length, `must list each metric at most once (${SURVEY_METRICS.length} at most)`)
      .nullish()
      .transform((value) => value ?? []),
  })
  .superRefine((values, ctx) => {
    const seen = new Set<SurveyMetric>();
    for (const [index, { metric }] of values.metrics.entries()) {
      if (seen.has(metric)) {
        ctx.addIssue({ code: 'custom', path: ['metrics', index, 'metric'], message: `${metric} is listed twice` });
      }
      seen.add(metric);
    }
    const topLevel = values.minDaysAfterSignup != null || values.minDaysBetweenSurveys != null;
    if (topLevel && seen.has('NPS')) {
      ctx.addIssue({
        code: 'custom',
        path: ['metrics'],
        message: 'NPS rules are given both as the top-level fields and in metrics; give them once',
      });
    }
  })
  .transform(({ metrics, ...nps }) => [{ metric: 'NPS' as const, ...nps }, ...metrics]);
