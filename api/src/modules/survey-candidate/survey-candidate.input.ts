import { z } from 'zod';
import { contactRefSchema } from '../contact/contact.input';
import { segmentFilterSchema } from '../contact/contact.segment';
import { surveyMetricSchema } from '../survey-policy/survey-policy.input';

// Survey tools' clocks drift: a send reported slightly "in the future" is accepted, a later
// one refused (it would hold the contact back past the policy's days).
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function surveySentSchema(now: Date) {
  return z.object({
    contact: contactRefSchema,
    metric: surveyMetricSchema,
    sentAt: z
      .date()
      .max(new Date(now.getTime() + CLOCK_SKEW_MS), 'must not be in the future')
      .nullish()
      .transform((value) => value ?? now),
  });
}

/** The query string of the CSV download: the metric and a segment. */
export const candidatesCsvQuerySchema = segmentFilterSchema.extend({ metric: surveyMetricSchema });
