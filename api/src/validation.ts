import { z } from 'zod';
import { badUserInput } from './errors';

/** The input field a zod issue is about, as a path such as `rules.0.title` (empty for the whole input). */
function fieldOf(issue: z.core.$ZodIssue, fieldPrefix: string): string {
  // An unknown key is reported on its parent object: name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;
  return fieldPrefix + path.map(String).join('.');
}

/**
 * Parses input with a zod schema. The first problem becomes a BAD_USER_INPUT error naming
 * the field; every problem travels with it (`UserInputError.problems`) for form mutations.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = fieldOf(issue, fieldPrefix);
    return { field: field || null, message: issue.message };
  });
  const first = problems[0] ?? { field: null, message: 'invalid input' };
  throw badUserInput(
    `${first.field ? `${first.field}: ` : ''}${first.message}`,
    first.field ?? undefined,
    problems.length > 0 ? problems : [first],
  );
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

// With the `u` flag a surrogate pair reads as one code point above U+FFFF, so this matches
// only a lone surrogate: the same answer as String.prototype.isWellFormed (Node 20), which
// the ES2023 lib this project compiles against does not declare.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Whether `text` is well-formed UTF-16 (no lone surrogate). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * Where `value` (a string, or arrays and plain objects of them, keys included) holds a string
 * that is not well-formed Unicode (a lone UTF-16 surrogate), as a path such as
 * `input.contact.name`; null when every string is well formed. MongoDB stores such a string
 * as U+FFFD, so two different ids would collide: every way in refuses them instead
 * (GraphQL requests, webhook bodies, import rows).
 */
export function illFormedStringPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path || '(value)';
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = illFormedStringPath(value[index], `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return null;
  for (const [key, nested] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (!isWellFormedText(key)) return keyPath;
    const found = illFormedStringPath(nested, keyPath);
    if (found !== null) return found;
  }
  return null;
}

/** The message every way in answers for an ill-formed string. */
export const ILL_FORMED_MESSAGE = 'must be well-formed Unicode text (it holds a lone UTF-16 surrogate)';
