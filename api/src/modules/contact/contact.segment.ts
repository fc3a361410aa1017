import { z } from 'zod';

/** Narrows a list of contacts to a segment; every field is optional. */
// No stored value is longer than these (contact.input.ts): a longer filter cannot match.
export const segmentFilterSchema = z.object({
  plan: z.string().trim().min(1).max(100, 'must be at most 100 characters').nullish(),
  region: z.string().trim().min(1).max(100, 'must be at most 100 characters').nullish(),
  tag: z.string().trim().min(1).max(50, 'must be at most 50 characters').nullish(),
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
