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

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
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
