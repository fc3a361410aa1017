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

/** How callers point at a contact: helpdesk id first, then email. */
export const contactRefSchema = z
  .object({ externalId, email })
  .refine((ref) => ref.externalId !== null || ref.email !== null, {
    message: 'give externalId or email to identify the contact',
    path: ['externalId'],
  });

export const contactDetailsSchema = z.object({
  name: optionalText(200),
  company: optionalText(200),
});

export const contactUpsertSchema = contactRefSchema.and(
  contactDetailsSchema.extend({
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
  }),
);

export type ContactRef = z.output<typeof contactRefSchema>;
export type ContactUpsertValues = z.output<typeof contactUpsertSchema>;
