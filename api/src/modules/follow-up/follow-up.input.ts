import { z } from 'zod';
import { RECOMMENDED_ACTION_KINDS, type RecommendedActionKind } from '../../loyalty';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => value ?? null);

export const kindSchema = z.enum(RECOMMENDED_ACTION_KINDS as [RecommendedActionKind, ...RecommendedActionKind[]]);

export const followUpCreateSchema = z.object({
  contactId: z.string(),
  kind: kindSchema,
  title: optionalText(120),
  dueAt: z
    .date()
    .nullish()
    .transform((value) => value ?? null),
  assigneeId: optionalText(200),
  note: optionalText(2000),
});

export const followUpAssignSchema = z.object({ id: z.string(), assigneeId: optionalText(200) });
export const followUpCompleteSchema = z.object({ id: z.string(), outcome: text(2000) });
export const followUpDismissSchema = z.object({ id: z.string(), reason: text(2000) });
export const recommendedActionLogSchema = z.object({ contactId: z.string(), kind: kindSchema, note: text(2000) });

export type FollowUpCreateValues = z.output<typeof followUpCreateSchema>;
