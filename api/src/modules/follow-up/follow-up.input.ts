import { z } from 'zod';
import { optionalText, requiredText } from '../../validation';
import { RECOMMENDED_ACTION_KINDS, type RecommendedActionKind } from '../../loyalty';

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

export const followUpAssignSchema = z.object({
  id: z.string(),
  // Absent or null both unassign.
  assigneeId: optionalText(200).transform((value) => value ?? null),
});
export const followUpCompleteSchema = z.object({ id: z.string(), outcome: requiredText(2000) });
export const followUpDismissSchema = z.object({ id: z.string(), reason: requiredText(2000) });
export const recommendedActionLogSchema = z.object({
  contactId: z.string(),
  kind: kindSchema,
  note: requiredText(2000),
});
