import { badUserInput } from '../errors';

export const MAX_PAGE_SIZE = 100;

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
}

/** Cursors are opaque to clients: base64url of the sort key of the last item seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What one position of a cursor's key must be: `id` a 24-hex ObjectId, `time` epoch
 * milliseconds a Date can hold, `number` a finite number, `string` any string.
 */
export type CursorPart = 'id' | 'time' | 'number' | 'string';

type CursorValue<P extends CursorPart> = P extends 'time' | 'number' ? number : string;

/** Dates hold milliseconds within 100,000,000 days of 1970 (ECMA-262 "Time Values"). */
const MAX_TIME_MS = 8.64e15;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

function isCursorPart(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'id':
      return typeof value === 'string' && OBJECT_ID.test(value);
    case 'time':
      return Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_TIME_MS;
    case 'number':
      // JSON.parse reads `1e999` as Infinity: a crafted cursor must not reach a query.
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
  }
}

/**
 * The sort key a cursor holds, each position checked against `parts` (or, given a count,
 * each a string or a finite number). Anything else, however it was crafted, answers
 * BAD_USER_INPUT on `after`: no malformed value ever reaches a query.
 */
export function decodeCursor<const P extends readonly CursorPart[]>(
  cursor: string,
  parts: P,
): { -readonly [I in keyof P]: CursorValue<P[I]> };
export function decodeCursor(cursor: string, arity: number): (string | number)[];
export function decodeCursor(cursor: string, shape: number | readonly CursorPart[]): (string | number)[] {
  const parts: readonly (CursorPart | 'any')[] = typeof shape === 'number' ? Array<'any'>(shape).fill('any') : shape;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((value: unknown, index) => {
        const part = parts[index] ?? 'any';
        return part === 'any'
          ? isCursorPart('string', value) || isCursorPart('number', value)
          : isCursorPart(part, value);
      })
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badUserInput('after is not a valid cursor', 'after');
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from `first + 1` fetched items: the extra one only tells that more exist. */
export function toConnection<T>(items: T[], first: number, cursorOf: (item: T) => string): Connection<T> {
  const page = items.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: items.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A connection whose `totalCount` is counted only when a client asks for it: graphql-js
 * calls a function-valued field of the parent object to resolve it.
 */
export type CountedConnection<T> = Connection<T> & { totalCount: () => Promise<number> };
