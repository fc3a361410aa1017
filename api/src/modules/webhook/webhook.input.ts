import { z } from 'zod';
import { optionalText } from '../../validation';
import { WEBHOOK_PROVIDERS, type WebhookProvider } from './webhook.model';

// Standard Webhooks secrets: `whsec_` and the base64 of 24 to 64 random bytes (the spec's range).
const STANDARD_SECRET = /^whsec_([A-Za-z0-9+/]+={0,2})$/;
const STANDARD_KEY_BYTES = { min: 24, max: 64 };

function isStandardSecret(secret: string): boolean {
  const base64 = STANDARD_SECRET.exec(secret)?.[1];
  if (!base64) return false;
  const key = Buffer.from(base64, 'base64');
  return (
    key.toString('base64') === base64 && key.length >= STANDARD_KEY_BYTES.min && key.length <= STANDARD_KEY_BYTES.max
  );
}

/**
 * A secret pasted by an admin, as the sender shows it; absent means "generate one", which
 * only Standard Webhooks allows (Survicate makes its signing secret itself).
 */
export function pastedSecretSchema(provider: WebhookProvider) {
  const secret =
    provider === 'STANDARD'
      ? z
          .string()
          .trim()
          .refine(
            isStandardSecret,
            `must be whsec_ followed by the base64 of ${STANDARD_KEY_BYTES.min} to ${STANDARD_KEY_BYTES.max} random bytes`,
          )
      : z
          .string()
          .trim()
          .min(16, 'must be at least 16 characters: paste the Signing Secret from Survicate')
          .max(256, 'must be at most 256 characters')
          .regex(/^\S+$/, 'must not contain spaces');
  return secret
    .nullish()
    .transform((value) => value ?? null)
    .refine(
      (value) => value !== null || provider === 'STANDARD',
      "is required: Survicate makes the signing secret, paste it from Survicate's webhook settings",
    );
}

export const webhookSecretAddSchema = z.object({
  provider: z.enum(WEBHOOK_PROVIDERS),
  label: optionalText(100).transform((value) => value ?? null),
});

export const webhookSecretIdSchema = z.object({ id: z.string() });
