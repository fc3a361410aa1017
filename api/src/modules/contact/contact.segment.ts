import { z } from 'zod';

/** Narrows a list of contacts to a segment; every field is optional. */
export const segmentFilterSchema = z.object({
  plan: z.string().trim().min(1).nullish(),
  region: z.string().trim().min(1).nullish(),
  tag: z.string().trim().min(1).nullish(),
});

export type SegmentFilter = z.output<typeof segmentFilterSchema>;

/** The contact query conditions of a segment filter. */
export function segmentConditions(filter: SegmentFilter): Record<string, unknown> {
  const conditions: Record<string, unknown> = {};
  if (filter.plan) conditions.plan = filter.plan;
  if (filter.region) conditions.region = filter.region;
  if (filter.tag) conditions.tags = filter.tag;
  return conditions;
}
