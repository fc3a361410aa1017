import { z } from 'zod';
import { optionalText, requiredText } from '../../validation';
import { RECOMMENDED_ACTION_KINDS } from '../../loyalty';

export const kindSchema = z.enum(RECOMMENDED_ACTION_KINDS);

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
  ticketId: optionalText(100),
});

export const followUpAssignSchema = z.object({
  id: z.string(),
  // Absent or null both unassign.
  assigneeId: optionalText(200).transform((value) => value ?? null),
});
export const followUpCompleteSchema = z.object({ id: z.string(), outcome: requiredText(2000) });
export const followUpDismissSchema = z.object({ id: z.string(), reason: requiredText(2000) });
// The outcome or reason keeps its own name while parsed, so a refusal names the form's field.
const recommendedActionOf = { contactId: z.string(), kind: kindSchema };
export const recommendedActionCompleteSchema = z
  .object({ ...recommendedActionOf, outcome: requiredText(2000) })
  .transform(({ outcome, ...action }) => ({ ...action, note: outcome }));
export const recommendedActionDismissSchema = z
  .object({ ...recommendedActionOf, reason: requiredText(2000) })
  .transform(({ reason, ...action }) => ({ ...action, note: reason }));
