import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { Types } from 'mongoose';
import { badUserInput } from '../errors';

export const MAX_PAGE_SIZE = 100;

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
}

/**
 * What one field of a cursor's key is: `id` an ObjectId (24 hex digits in the cursor), `time`
 * a Date (epoch milliseconds a Date can hold), `number` a finite number, `string` any string.
 */
export type CursorPart = 'id' | 'time' | 'number' | 'string';

type PartValue<P extends CursorPart> = P extends 'id'
  ? Types.ObjectId
  : P extends 'time'
    ? Date
    : P extends 'number'
      ? number
      : string;

type CursorFields = Readonly<Record<string, CursorPart>>;

/** The typed key a codec of `F` holds; a field named in `N` may also be null. */
export type CursorKey<F extends CursorFields, N extends keyof F = never> = {
  [Name in keyof F]: PartValue<F[Name]> | (Name extends N ? null : never);
};

/**
 * A list's cursor: its typed sort key <-> an opaque string (base64url of the key's values as
 * a JSON array, in the order the fields are declared). Decoding checks every field, so a
 * malformed, crafted or out-of-range cursor answers BAD_USER_INPUT on `after` and never
 * reaches a query.
 */
export interface CursorCodec<K> {
  encode(key: K): string;
  decode(cursor: string): K;
}

/** Dates hold milliseconds within 100,000,000 days of 1970 (ECMA-262 "Time Values"). */
const MAX_TIME_MS = 8.64e15;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

function encodePart(part: CursorPart, value: unknown): string | number {
  switch (part) {
    case 'id':
      return (value as Types.ObjectId).toHexString();
    case 'time':
      return (value as Date).getTime();
    default:
      return value as string | number;
  }
}

/** The value of one field, or undefined when the cursor's value is not one. */
function decodePart(part: CursorPart, value: unknown): unknown {
  switch (part) {
    case 'id':
      return typeof value === 'string' && OBJECT_ID.test(value) ? new Types.ObjectId(value) : undefined;
    case 'time':
      return Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_TIME_MS
        ? new Date(value as number)
        : undefined;
    case 'number':
      // JSON.parse reads `1e999` as Infinity: a crafted cursor must not reach a query.
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'string':
      return typeof value === 'string' ? value : undefined;
  }
}

/**
 * The codec of a sort key with these fields. `nullAs` names fields that may be null and the
 * value standing for null in the cursor (one the field never holds).
 */
export function cursorCodec<const F extends CursorFields, const N extends keyof F & string = never>(
  fields: F,
  nullAs: { readonly [Name in N]: string | number } = {} as { [Name in N]: string | number },
): CursorCodec<CursorKey<F, N>> {
  const entries = Object.entries(fields);
  const nulls = nullAs as Readonly<Record<string, string | number | undefined>>;
  return {
    encode(key) {
      const values = key as Record<string, unknown>;
      const array = entries.map(([name, part]) => {
        const value = values[name];
        return value === null ? (nulls[name] as string | number) : encodePart(part, value);
      });
      return Buffer.from(JSON.stringify(array)).toString('base64url');
    },
    decode(cursor) {
      let array: unknown;
      try {
        array = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        array = undefined;
      }
      if (Array.isArray(array) && array.length === entries.length) {
        const key: Record<string, unknown> = {};
        const valid = entries.every(([name, part], index) => {
          const raw: unknown = array[index];
          key[name] = nulls[name] !== undefined && raw === nulls[name] ? null : decodePart(part, raw);
          return key[name] !== undefined;
        });
        if (valid) return key as CursorKey<F, N>;
      }
      throw badUserInput('after is not a valid cursor', 'after');
    },
  };
}

/** One sort field of a keyset: the key's field, the document path, the direction. */
export interface SortField<K> {
  key: keyof K & string;
  path: string;
  direction: 1 | -1;
  /** The field may be null (MongoDB sorts null before every number, string and date). */
  nullable?: boolean;
}

/** How a list pages: its cursor codec and an item's key. */
export interface Paging<T, K> {
  codec: CursorCodec<K>;
  keyOf(item: T): K;
}

/** How a list stored in MongoDB pages: also its sort fields, most significant first. */
export interface Keyset<T, K> extends Paging<T, K> {
  sort: readonly SortField<K>[];
}

/** A keyset, its key type read from the codec. */
export function keyset<T, K>(
  codec: CursorCodec<K>,
  sort: readonly SortField<K>[],
  keyOf: (item: T) => K,
): Keyset<T, K> {
  return { codec, sort, keyOf };
}

/** The MongoDB sort of a keyset. */
export function keysetSort<K>(keyset: Pick<Keyset<unknown, K>, 'sort'>): Record<string, 1 | -1> {
  return Object.fromEntries(keyset.sort.map((field) => [field.path, field.direction]));
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).every((name) => name.startsWith('$'))
  );
}

/** Conditions matching the values that come after `value` in the field's order. */
function beyond(field: { direction: 1 | -1; nullable?: boolean }, value: unknown): unknown[] {
  if (value === null) return field.direction === 1 ? [{ $ne: null }] : [];
  const range = { [field.direction === 1 ? '$gt' : '$lt']: value };
  return field.direction === -1 && field.nullable ? [range, null] : [range];
}

/**
 * `scope` narrowed to the items after `after` in the keyset's order (the scope itself without
 * a cursor). One sort field gives a range on it, merged with the scope's own conditions on that
 * field; more give an `$or`, one branch per field: equal on the fields before it, beyond the
 * key on it. The scope's range on the leading field stays in that field's branch too, so the
 * branch is one range on the index's next field.
 */
export function keysetFilter<K extends object>(
  keyset: Pick<Keyset<unknown, K>, 'sort'>,
  scope: Record<string, unknown>,
  after: K | null,
): Record<string, unknown> {
  if (after === null) return scope;
  const key = after;
  const [leading, ...rest] = keyset.sort;
  if (!leading) return scope;
  const scopeRange = isOperatorObject(scope[leading.path]) ? (scope[leading.path] as Record<string, unknown>) : {};
  const leadingConditions = beyond(leading, key[leading.key]).map((condition) =>
    isOperatorObject(condition) ? { ...scopeRange, ...condition } : condition,
  );
  if (rest.length === 0) {
    const [condition, ...others] = leadingConditions;
    // Nothing comes after the key: match nothing.
    if (condition === undefined) return { ...scope, [leading.path]: { $in: [] } };
    if (others.length === 0) return { ...scope, [leading.path]: condition };
    return { ...scope, $or: leadingConditions.map((value) => ({ [leading.path]: value })) };
  }
  const branches = keyset.sort.flatMap((field, index) => {
    const equal = Object.fromEntries(keyset.sort.slice(0, index).map((before) => [before.path, key[before.key]]));
    const conditions = index === 0 ? leadingConditions : beyond(field, key[field.key]);
    return conditions.map((condition) => ({ ...equal, [field.path]: condition }));
  });
  return { ...scope, $or: branches };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A connection whose `totalCount` is counted only when a client asks for it: graphql-js
 * calls a function-valued field of the parent object to resolve it.
 */
export type CountedConnection<T> = Connection<T> & { totalCount: () => Promise<number> };

/** A page's arguments; `countNow` when the operation asks for `totalCount` (asksForTotalCount). */
export interface PageArgs {
  first: number;
  after?: string | null;
  countNow?: boolean;
}

/**
 * Whether the operation selects `totalCount` on the connection the resolving field returns,
 * directly or through fragments; the count then runs beside the page's query instead of
 * after it (one database round trip less).
 */
export function asksForTotalCount(info: GraphQLResolveInfo): boolean {
  const selects = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && selects(fragment.selectionSet.selections);
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && selects(node.selectionSet.selections));
}

/** A count already under way, for graphql-js to await with the rest of the connection. */
function countStartedNow(count: () => Promise<number>): () => Promise<number> {
  const started = count();
  // Until graphql-js awaits it (never, when the page's query fails), a failure is not unhandled.
  started.catch(() => undefined);
  return () => started;
}

/**
 * One page of a keyset-paginated list: checks `first` and decodes `after` (BAD_USER_INPUT on
 * either), fetches `first + 1` items after the key (the extra one only tells that more
 * exist), and answers the connection with each item's cursor; with `count`, a `totalCount`
 * too, counted beside the page with `countNow`, else only when graphql-js asks for it.
 */
export async function paginate<T, K>(
  paging: Paging<T, K>,
  args: PageArgs,
  fetch: (page: { after: K | null; limit: number }) => Promise<T[]> | T[],
): Promise<Connection<T>>;
export async function paginate<T, K>(
  paging: Paging<T, K>,
  args: PageArgs,
  fetch: (page: { after: K | null; limit: number }) => Promise<T[]> | T[],
  count: () => Promise<number>,
): Promise<CountedConnection<T>>;
export async function paginate<T, K>(
  paging: Paging<T, K>,
  args: PageArgs,
  fetch: (page: { after: K | null; limit: number }) => Promise<T[]> | T[],
  count?: () => Promise<number>,
): Promise<Connection<T> | CountedConnection<T>> {
  assertPageSize(args.first);
  const after = args.after ? paging.codec.decode(args.after) : null;
  const counted = count && args.countNow ? countStartedNow(count) : count;
  const items = await fetch({ after, limit: args.first + 1 });
  const edges = items.slice(0, args.first).map((node) => ({ cursor: paging.codec.encode(paging.keyOf(node)), node }));
  const connection = {
    edges,
    pageInfo: { hasNextPage: items.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
  return counted ? { ...connection, totalCount: counted } : connection;
}

/** The cursor of a list in `_id` order, the most common kind. */
const ID_CURSOR = cursorCodec({ id: 'id' });

/** The keyset of a list in `_id` order (ascending: oldest first; descending: newest first). */
export function idKeyset<T>(direction: 1 | -1, idOf: (item: T) => Types.ObjectId): Keyset<T, CursorKey<{ id: 'id' }>> {
  return keyset(ID_CURSOR, [{ key: 'id', path: '_id', direction }], (item: T) => ({ id: idOf(item) }));
}
