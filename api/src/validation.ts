import { z } from 'zod';
import { badUserInput } from './errors';

/** Parses input with a zod schema; the first problem becomes a BAD_USER_INPUT error naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // An unknown key is reported on its parent object: name the key itself.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : (issue?.path ?? []);
  const field = fieldPrefix + path.join('.');
  throw badUserInput(`${field ? `${field}: ` : ''}${issue?.message ?? 'invalid input'}`, field || undefined);
}

/** Trimmed, non-empty text of at most `max` characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Optional trimmed text: absent stays undefined (keep what is stored); null or blank means "no value". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null));
