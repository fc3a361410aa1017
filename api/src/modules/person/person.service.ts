import type { Role } from '../../auth/permissions';
import { assertCan, type Viewer } from '../../auth/viewer';
import { isDuplicateKeyError } from '../../db/errors';
import type { Loaders } from '../../graphql/loaders';
import { cursorCodec, keyset, keysetFilter, keysetSort, paginate, type Connection } from '../../graphql/pagination';
import { isWellFormedText } from '../../validation';
import { PersonModel, type PersonDoc } from './person.model';

/** A person as the API shows them: from the directory, or only the user id when it has no name. */
export interface PersonView {
  userId: string;
  name: string | null;
  role: Role | null;
  lastSeenAt: Date | null;
}

export function personView(userId: string, doc: PersonDoc | null | undefined): PersonView {
  return { userId, name: doc?.name ?? null, role: doc?.role ?? null, lastSeenAt: doc?.lastSeenAt ?? null };
}

/** Longest name kept; a longer one is ignored (the person keeps the name known before). */
const MAX_NAME_LENGTH = 200;

/** A credential's name as the directory keeps it: trimmed, one line; null when unusable. */
export function personNameOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.replace(/\s+/g, ' ').trim();
  return name && name.length <= MAX_NAME_LENGTH && isWellFormedText(name) ? name : null;
}

// Every request carries its credential, and most carry the same name as the last one: this
// process writes a person again only when the name or role changed, or after REFRESH_MS (so
// `lastSeenAt` stays roughly current and a name another process wrote is corrected soon).
const REFRESH_MS = 10 * 60 * 1000;
const MAX_REMEMBERED = 10_000;
const written = new Map<string, { name: string; role: Role; at: number }>();

/**
 * Records the name a credential of `userId` carries in the workspace's directory (upsert by
 * user id). A credential without a usable name changes nothing: a name once known stays.
 */
export async function rememberPerson(
  workspaceId: string,
  userId: string,
  rawName: unknown,
  role: Role,
  now = new Date(),
): Promise<void> {
  const name = personNameOf(rawName);
  if (!name) return;
  const key = `${workspaceId}\u0000${userId}`;
  const last = written.get(key);
  if (last && last.name === name && last.role === role && now.getTime() - last.at < REFRESH_MS) return;
  try {
    await PersonModel.updateOne(
      { workspaceId, userId },
      { $set: { name, nameKey: name.toLowerCase(), role, lastSeenAt: now } },
      { upsert: true },
    ).exec();
  } catch (error) {
    // Two first sightings at once: the other upsert created the person with the same name.
    if (!isDuplicateKeyError(error)) throw error;
  }
  if (written.size >= MAX_REMEMBERED) written.clear();
  written.set(key, { name, role, at: now.getTime() });
}

/** The directory's people with these user ids, in the order asked; null for those it lacks. */
export async function peopleByUserIds(workspaceId: string, userIds: readonly string[]): Promise<(PersonDoc | null)[]> {
  const found = await PersonModel.find({ workspaceId, userId: { $in: [...userIds] } })
    .lean<PersonDoc[]>()
    .exec();
  const byUserId = new Map(found.map((person) => [person.userId, person]));
  return userIds.map((userId) => byUserId.get(userId) ?? null);
}

/**
 * The person behind a user id a readable object stores (a follow-up's assignee, creator,
 * closer), batched with every other one of the request.
 */
export async function personOf(loaders: Pick<Loaders, 'person'>, userId: string): Promise<PersonView> {
  return personView(userId, await loaders.person.load(userId));
}

/** By name (case-insensitive), then user id: the index's order. */
const PEOPLE_KEYSET = keyset(
  cursorCodec({ name: 'string', id: 'string' }),
  [
    { key: 'name', path: 'nameKey', direction: 1 },
    { key: 'id', path: 'userId', direction: 1 },
  ],
  (person: PersonDoc) => ({ name: person.nameKey, id: person.userId }),
);

/** The roles a follow-up may be assigned to: those that may work follow-ups. */
const ASSIGNABLE_ROLES: readonly Role[] = ['agent', 'admin'];

/** The workspace's directory, by name; with `assignable`, only agents and admins. */
export async function listPeople(
  viewer: Viewer,
  args: { first: number; after?: string | null; assignable?: boolean | null },
): Promise<Connection<PersonView>> {
  const { workspaceId } = assertCan(viewer, 'people:read');
  const scope: Record<string, unknown> = { workspaceId };
  if (args.assignable) scope.role = { $in: ASSIGNABLE_ROLES };
  const page = await paginate(PEOPLE_KEYSET, args, ({ after, limit }) =>
    PersonModel.find(keysetFilter(PEOPLE_KEYSET, scope, after))
      .sort(keysetSort(PEOPLE_KEYSET))
      .limit(limit)
      .lean<PersonDoc[]>()
      .exec(),
  );
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: personView(node.userId, node) })) };
}
