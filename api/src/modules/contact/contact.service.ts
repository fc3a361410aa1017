import { Types } from 'mongoose';
import { isDuplicateKeyError, isDuplicateKeyOn, refusedByUniqueIndex } from '../../db/errors';
import { setMovingUniqueKeys } from '../../db/unique-keys';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput, conflict, notFound } from '../../errors';
import { idKeyset, keysetFilter, keysetSort, paginate, type Connection } from '../../graphql/pagination';
import { snapshotFromLatest, type LoyaltyCategory } from '../../loyalty';
import { parseInput } from '../../validation';
import type { Loaders } from '../../graphql/loaders';
import { ResponseModel, type ResponseDoc } from '../response/response.model';
import {
  CSAT_SNAPSHOT_SIZE,
  ContactModel,
  emailKey,
  emailKeyOf,
  externalIdKey,
  externalIdKeyOf,
  type ContactDoc,
  type CsatSnapshotDoc,
  type LoyaltySnapshotDoc,
} from './contact.model';
import {
  contactDetailsSchema,
  contactRefSchema,
  contactUpsertSchema,
  type ContactRef,
  type ContactUpsertValues,
} from './contact.input';

export async function findContact(workspaceId: string, ref: ContactRef): Promise<ContactDoc | null> {
  if (ref.externalId !== null) {
    const byExternalId = await ContactModel.findOne({ workspaceId, externalIdKey: externalIdKey(ref.externalId) })
      .lean<ContactDoc>()
      .exec();
    if (byExternalId) return byExternalId;
  }
  if (ref.email !== null) {
    return ContactModel.findOne({ workspaceId, emailKey: emailKey(ref.email) })
      .lean<ContactDoc>()
      .exec();
  }
  return null;
}

type ContactDetails = Partial<Omit<ContactUpsertValues, 'externalId' | 'email'>>;

/** A new contact document: the identifiers, their unique keys and the details given. */
function newContact(workspaceId: string, ref: ContactRef, details: ContactDetails) {
  const _id = new Types.ObjectId();
  return {
    _id,
    workspaceId,
    externalId: ref.externalId,
    email: ref.email,
    externalIdKey: externalIdKeyOf(_id, ref.externalId),
    emailKey: emailKeyOf(_id, ref.email),
    ...withoutUndefined(details),
  };
}

async function insertContact(workspaceId: string, ref: ContactRef, details: ContactDetails): Promise<ContactDoc> {
  const created = await ContactModel.create(newContact(workspaceId, ref, details));
  return created.toObject<ContactDoc>();
}

let defaults: Partial<ContactDoc> | null = null;

/**
 * The schema's defaults of a new contact, as `create` would store them: taken from one
 * document built by mongoose, once (building one for each contact of an import cost more
 * than the rest of planning it). Its values come validated, so they need no casting.
 */
function contactDefaults(): Partial<ContactDoc> {
  if (!defaults) {
    const { _id, ...values } = new ContactModel({}).toObject<ContactDoc>();
    defaults = values;
  }
  return defaults;
}

function withoutUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Finds the contact a response names, creating it when new. Two concurrent first
 * responses of one new contact race on the unique keys: the loser reads the winner's.
 */
export async function findOrCreateContact(
  workspaceId: string,
  input: { externalId?: string | null; email?: string | null; name?: string | null; company?: string | null },
  fieldPrefix: string,
): Promise<ContactDoc> {
  const ref = parseInput(contactRefSchema, input, fieldPrefix);
  const details = parseInput(contactDetailsSchema, input, fieldPrefix);
  const existing = await findContact(workspaceId, ref);
  if (existing) return existing;
  try {
    return await insertContact(workspaceId, ref, details);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const winner = await findContact(workspaceId, ref);
    if (!winner) throw error;
    return winner;
  }
}

export type ContactInput = ContactRef & ContactDetails;

export interface FoundContacts {
  /** The contact of each input, in input order. */
  contacts: ContactDoc[];
  /** Ids (hex) of the contacts created here. */
  created: Set<string>;
}

export interface PlannedContacts {
  /** The contact of each input, in input order: stored, or one of `planned`. */
  contacts: ContactDoc[];
  /** New contacts, as `create` would store them, for the inputs no stored contact matches; not stored yet. */
  planned: { doc: ContactDoc; ref: ContactRef }[];
}

/**
 * The contacts many validated inputs name (a batch of imported answers), with one lookup
 * per identifier kind (none when `lookUp` is false: all are taken as new), and new documents
 * for those not found. Inputs resolve in order as one `findOrCreateContact` after another
 * would: helpdesk id first, then email, and a contact planned for an earlier input is found
 * by a later one.
 */
export async function planContacts(
  workspaceId: string,
  inputs: ContactInput[],
  lookUp = true,
): Promise<PlannedContacts> {
  const byExternalId = new Map<string, ContactDoc>();
  const byEmail = new Map<string, ContactDoc>();
  const remember = (contact: ContactDoc) => {
    if (contact.externalId !== null && !byExternalId.has(contact.externalId)) {
      byExternalId.set(contact.externalId, contact);
    }
    if (contact.email !== null && !byEmail.has(contact.email)) byEmail.set(contact.email, contact);
  };
  const externalIds = lookUp
    ? [...new Set(inputs.flatMap((input) => (input.externalId === null ? [] : [input.externalId])))]
    : [];
  const emails = lookUp ? [...new Set(inputs.flatMap((input) => (input.email === null ? [] : [input.email])))] : [];
  const [withExternalId, withEmail] = await Promise.all([
    externalIds.length === 0
      ? []
      : ContactModel.find({ workspaceId, externalIdKey: { $in: externalIds.map(externalIdKey) } })
          .lean<ContactDoc[]>()
          .exec(),
    emails.length === 0
      ? []
      : ContactModel.find({ workspaceId, emailKey: { $in: emails.map(emailKey) } })
          .lean<ContactDoc[]>()
          .exec(),
  ]);
  // Stored identifiers are unique, so each map has at most one stored contact per key.
  for (const contact of [...withExternalId, ...withEmail]) remember(contact);
  const resolve = (ref: ContactRef) =>
    (ref.externalId !== null ? byExternalId.get(ref.externalId) : undefined) ??
    (ref.email !== null ? byEmail.get(ref.email) : undefined);

  const planned: { doc: ContactDoc; ref: ContactRef }[] = [];
  const now = new Date();
  for (const input of inputs) {
    if (resolve(input)) continue;
    const { externalId, email, ...details } = input;
    const doc = {
      ...structuredClone(contactDefaults()),
      ...newContact(workspaceId, { externalId, email }, details),
      createdAt: now,
      updatedAt: now,
    } as ContactDoc;
    planned.push({ doc, ref: { externalId, email } });
    remember(doc);
  }
  return { contacts: inputs.map((input) => resolve(input)!), planned };
}

/**
 * `findOrCreateContact` for many validated inputs at once: `planContacts`, then one insert
 * of the missing contacts. A contact another writer created meanwhile wins, as it does for one.
 */
export async function findOrCreateContacts(workspaceId: string, inputs: ContactInput[]): Promise<FoundContacts> {
  const { contacts, planned } = await planContacts(workspaceId, inputs);
  const created = new Set(planned.map(({ doc }) => doc._id.toHexString()));
  const winners = new Map<string, ContactDoc>();
  if (planned.length > 0) {
    let refused: number[] = [];
    try {
      await ContactModel.collection.insertMany(planned.map(({ doc }) => doc) as never[], { ordered: false });
    } catch (error) {
      refused = refusedByUniqueIndex(error);
    }
    // Created concurrently by another writer: use theirs, as findOrCreateContact does.
    for (const index of refused) {
      const { doc, ref } = planned[index]!;
      const winner = await findContact(workspaceId, ref);
      if (!winner) throw new Error(`Contact ${JSON.stringify(ref)} was refused as a duplicate and then not found`);
      created.delete(doc._id.toHexString());
      winners.set(doc._id.toHexString(), winner);
    }
  }
  return { contacts: contacts.map((contact) => winners.get(contact._id.toHexString()) ?? contact), created };
}

export interface ContactLookup {
  id?: string | null;
  externalId?: string | null;
  email?: string | null;
}

export async function getContact(viewer: Viewer, lookup: ContactLookup): Promise<ContactDoc> {
  const { workspaceId } = assertCan(viewer, 'contact:read');
  const byId = lookup.id != null;
  const byRef = lookup.externalId != null || lookup.email != null;
  if (byId === byRef) {
    throw badUserInput('Look a contact up by id, or by externalId and/or email (externalId is matched first)');
  }
  let contact: ContactDoc | null = null;
  if (lookup.id != null) {
    // A malformed id is simply not found: ids are opaque to clients.
    if (Types.ObjectId.isValid(lookup.id)) {
      contact = await ContactModel.findOne({ _id: lookup.id, workspaceId }).lean<ContactDoc>().exec();
    }
  } else {
    const ref = parseInput(contactRefSchema, { externalId: lookup.externalId, email: lookup.email });
    contact = await findContact(workspaceId, ref);
  }
  if (!contact) throw notFound('No contact matches in this workspace');
  return contact;
}

/** Contacts of the workspace by id (hex), in the order of `ids`, null where none: one query. */
export async function contactsByIds(workspaceId: string, ids: readonly string[]): Promise<(ContactDoc | null)[]> {
  // `_id` first: SecantusDB plans `{ _id, workspaceId }` on the _id index, `{ workspaceId, _id }` far slower.
  const found = await ContactModel.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) }, workspaceId })
    .lean<ContactDoc[]>()
    .exec();
  const byId = new Map(found.map((contact) => [contact._id.toHexString(), contact]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The contact a document of the workspace refers to (a follow-up's), through the request's loader. */
export async function referencedContact(
  viewer: Viewer,
  loaders: Pick<Loaders, 'contact'>,
  id: Types.ObjectId,
): Promise<ContactDoc> {
  assertCan(viewer, 'contact:read');
  const contact = await loaders.contact.load(id.toHexString());
  if (!contact) throw notFound('No contact matches in this workspace');
  return contact;
}

/** Contacts, newest first. */
const CONTACTS_KEYSET = idKeyset(-1, (contact: ContactDoc) => contact._id);

export async function listContacts(
  viewer: Viewer,
  args: { first: number; after?: string | null; category?: LoyaltyCategory | null },
): Promise<Connection<ContactDoc>> {
  const { workspaceId } = assertCan(viewer, 'contact:read');
  const scope: Record<string, unknown> = { workspaceId };
  if (args.category) scope['loyalty.category'] = args.category;
  return paginate(CONTACTS_KEYSET, args, ({ after, limit }) =>
    ContactModel.find(keysetFilter(CONTACTS_KEYSET, scope, after))
      .sort(keysetSort(CONTACTS_KEYSET))
      .limit(limit)
      .lean<ContactDoc[]>()
      .exec(),
  );
}

export async function upsertContact(
  viewer: Viewer,
  input: unknown,
): Promise<{ contact: ContactDoc; created: boolean }> {
  const { workspaceId } = assertCan(viewer, 'contact:write');
  const values = parseInput(contactUpsertSchema, input);
  const { externalId, email, ...details } = values;
  const ref = { externalId, email };
  const existing = await findContact(workspaceId, ref);
  if (!existing) {
    try {
      return { contact: await insertContact(workspaceId, ref, details), created: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Created concurrently: fall through to updating the winner.
    }
  }
  const target = existing ?? (await findContact(workspaceId, ref));
  if (!target) throw notFound('No contact matches in this workspace');

  // A new helpdesk id or email moves the contact's unique keys first; then the rest.
  const keys: Partial<ContactDoc> = {};
  if (externalId !== null && externalId !== target.externalId) {
    Object.assign(keys, { externalId, externalIdKey: externalIdKeyOf(target._id, externalId) });
  }
  if (email !== null && email !== target.email) {
    Object.assign(keys, { email, emailKey: emailKeyOf(target._id, email) });
  }
  const update = { ...withoutUndefined(details), ...keys };
  try {
    if (Object.keys(keys).length > 0) await setMovingUniqueKeys(ContactModel, { _id: target._id, workspaceId }, keys);
    const contact = await ContactModel.findOneAndUpdate(
      { _id: target._id, workspaceId },
      { $set: update },
      { returnDocument: 'after' },
    )
      .lean<ContactDoc>()
      .exec();
    if (!contact) throw notFound('No contact matches in this workspace');
    return { contact, created: false };
  } catch (error) {
    // The unique keys refuse an identifier another contact holds, and the contact stays as it was.
    for (const field of ['externalId', 'email'] as const) {
      if (isDuplicateKeyOn(error, `${field}Key`)) throw conflict(`Another contact already has this ${field}`, field);
    }
    throw error;
  }
}

/**
 * Keeps a contact's derived data in step with a stored response: the time of their
 * latest answer of the response's metric (survey fatigue counts each metric apart), and
 * the NPS or CSAT snapshot the response belongs to. Safe to repeat (a duplicate delivery
 * re-applies it).
 */
export async function refreshContactAfterResponse(response: ResponseDoc): Promise<void> {
  await ContactModel.updateOne(
    { _id: response.contactId, workspaceId: response.workspaceId },
    { $max: { [`surveys.${response.metric}.lastAnsweredAt`]: response.answeredAt } },
  ).exec();
  if (response.metric === 'NPS') await refreshLoyaltySnapshot(response.workspaceId, response.contactId);
  if (response.metric === 'CSAT') await refreshCsatSnapshot(response.workspaceId, response.contactId);
}

/** Same guard as the loyalty snapshot: a writer that saw fewer CSAT answers never overwrites. */
async function refreshCsatSnapshot(workspaceId: string, contactId: Types.ObjectId): Promise<void> {
  const csatFilter = { workspaceId, contactId, metric: 'CSAT' as const };
  const [recent, count] = await Promise.all([
    ResponseModel.find(csatFilter)
      .sort({ answeredAt: -1, _id: -1 })
      .limit(CSAT_SNAPSHOT_SIZE)
      .lean<ResponseDoc[]>()
      .exec(),
    ResponseModel.countDocuments(csatFilter).exec(),
  ]);
  const snapshot: CsatSnapshotDoc = {
    count,
    recent: recent.map(({ score, scaleMax, answeredAt }) => ({ score, scaleMax, answeredAt })),
  };
  await ContactModel.updateOne(
    { _id: contactId, workspaceId, 'csat.count': { $lte: count } },
    { $set: { csat: snapshot } },
  ).exec();
}

/**
 * Recomputes a contact's loyalty snapshot from its two latest NPS answers (latest by
 * answered-at, so a late-arriving older answer cannot overwrite a newer category).
 * Without transactions, concurrent writers may race; the response count only grows, so
 * the update is refused when a writer that saw more responses has already written.
 */
async function refreshLoyaltySnapshot(workspaceId: string, contactId: Types.ObjectId): Promise<void> {
  const npsFilter = { workspaceId, contactId, metric: 'NPS' as const };
  const [latestTwo, responseCount] = await Promise.all([
    ResponseModel.find(npsFilter).sort({ answeredAt: -1, _id: -1 }).limit(2).lean<ResponseDoc[]>().exec(),
    ResponseModel.countDocuments(npsFilter).exec(),
  ]);
  const [latest, previous] = latestTwo;
  const snapshot: LoyaltySnapshotDoc = {
    ...snapshotFromLatest(latest ?? null, previous ?? null, responseCount),
    latestResponseId: latest?._id ?? null,
  };
  await ContactModel.updateOne(
    { _id: contactId, workspaceId, 'loyalty.responseCount': { $lte: responseCount } },
    { $set: { loyalty: snapshot } },
  ).exec();
}
