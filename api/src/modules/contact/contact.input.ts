import { z } from 'zod';
import { optionalText } from '../../validation';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('must be a valid email address'))
  .nullish()
  .transform((value) => value ?? null);

const externalId = optionalText(200).transform((value) => value ?? null);

const identifies = (ref: { externalId: string | null; email: string | null }) =>
  ref.externalId !== null || ref.email !== null;
const IDENTIFIES = { message: 'give externalId or email to identify the contact', path: ['externalId'] };

/** How callers point at a contact: helpdesk id first, then email. */
export const contactRefSchema = z.object({ externalId, email }).refine(identifies, IDENTIFIES);

export const contactDetailsSchema = z.object({
  name: optionalText(200),
  company: optionalText(200),
});

// One object, not the intersection of the two above: an intersection parses each side and
// merges the results, which cost an import twice the time of checking the fields.
export const contactUpsertSchema = z
  .object({
    externalId,
    email,
    ...contactDetailsSchema.shape,
    plan: optionalText(100),
    region: optionalText(100),
    tags: z
      .array(z.string().trim().min(1).max(50))
      .max(50)
      .nullish()
      .transform((value) => value ?? undefined),
    accountValue: z.number().finite().min(0, 'must be zero or more').nullish(),
    signedUpAt: z.date().nullish(),
    hasOpenTicket: z
      .boolean()
      .nullish()
      .transform((value) => value ?? undefined),
  })
  .refine(identifies, IDENTIFIES);

export type ContactRef = z.output<typeof contactRefSchema>;
export type ContactUpsertValues = z.output<typeof contactUpsertSchema>;
