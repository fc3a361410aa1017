import { z } from 'zod';
import { daysInRange, isKnownTimeZone, offGridBoundary, parseLocalDate, reportRange } from './report.periods';
import { SEGMENT_DIMENSIONS } from './report.keys';

/** Longest range of a report, and of a DAY report (one bucket a day). */
export const MAX_RANGE_DAYS = 3660;
export const MAX_DAY_BUCKETS = 366;

// ReportSegmentDimension values arrive as the stored dimensions (the enum resolver maps them).
const dimensionEnum = z.enum(SEGMENT_DIMENSIONS);
const localDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const npsReportInputSchema = z
  .object({
    from: localDate,
    to: localDate,
    granularity: z
      .enum(['DAY', 'WEEK', 'MONTH', 'QUARTER'])
      .nullish()
      .transform((value) => value ?? 'MONTH'),
    timeZone: z
      .string()
      .trim()
      .nullish()
      .transform((value) => value || 'UTC')
      .refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris or Asia/Kolkata'),
    segmentBy: dimensionEnum.nullish().transform((value) => value ?? null),
    filter: z
      .object({
        segment: z
          .object({
            dimension: dimensionEnum,
            value: z
              .string()
              .trim()
              .max(200)
              .nullish()
              .transform((value) => value || null),
          })
          .nullish(),
      })
      .nullish()
      .transform((value) => value?.segment ?? null),
  })
  .superRefine((input, ctx) => {
    for (const field of ['from', 'to'] as const) {
      if (!parseLocalDate(input[field], input.timeZone)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'must be a real calendar date' });
        return;
      }
    }
    const days = daysInRange(input.from, input.to);
    if (days < 1) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
      return;
    }
    if (days > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `the range must be at most ${MAX_RANGE_DAYS} days` });
      return;
    }
    if (input.granularity === 'DAY' && days > MAX_DAY_BUCKETS) {
      ctx.addIssue({
        code: 'custom',
        path: ['granularity'],
        message: `DAY granularity covers at most ${MAX_DAY_BUCKETS} days: use WEEK or a shorter range`,
      });
      return;
    }
    if (input.segmentBy && input.filter) {
      ctx.addIssue({
        code: 'custom',
        path: ['segmentBy'],
        message: 'cannot be combined with filter.segment: counts are kept per single segment dimension',
      });
      return;
    }
    const offGrid = offGridBoundary(reportRange(input.from, input.to, input.granularity, input.timeZone));
    if (offGrid) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeZone'],
        message: `local midnight at ${offGrid.toISOString()} is not on a quarter hour of UTC in this zone`,
      });
    }
  });

export type NpsReportValues = z.output<typeof npsReportInputSchema>;
