import { z } from 'zod';
import type { SalesCandidateMarkContactedInput } from '../../__generated__/resolvers-types';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput } from '../../errors';
import { cursorCodec, keyset, keysetFilter, keysetSort, paginate, type Connection } from '../../graphql/pagination';
import { DAY_MS, hasPositiveCsat, type Locale } from '../../loyalty';
import { parseInput } from '../../validation';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { segmentConditions, segmentFilterSchema } from '../contact/contact.segment';
import { getContact } from '../contact/contact.service';
import { contactsWithOpenRecovery, recordSalesOutreach } from '../follow-up/follow-up.service';
import type { FollowUpDoc } from '../follow-up/follow-up.model';

export interface SalesCandidateResult {
  contact: ContactDoc;
  reason: string;
  positiveCsat: boolean;
  lastContactedAt: Date | null;
}

/** Why a promoter is a candidate, in words a sales rep scans. */
export function candidateReason(contact: ContactDoc, now: Date): string {
  const days = contact.loyalty.answeredAt
    ? Math.max(0, Math.floor((now.getTime() - contact.loyalty.answeredAt.getTime()) / DAY_MS))
    : null;
  const when = days === null ? '' : days === 0 ? ' today' : days === 1 ? ' yesterday' : ` ${days} days ago`;
  const value =
    contact.accountValue === null
      ? 'account value unknown'
      : `account value ${contact.accountValue.toLocaleString('en-US')}`;
  return `Promoter (${contact.loyalty.latestScore})${when}, ${value}`;
}

function candidateOf(contact: ContactDoc, now: Date): SalesCandidateResult {
  return {
    contact,
    reason: candidateReason(contact, now),
    positiveCsat: hasPositiveCsat(contact.csat?.recent ?? []),
    lastContactedAt: contact.lastSalesOutreachAt ?? null,
  };
}

const filterSchema = segmentFilterSchema.extend({
  maxAgeDays: z
    .number()
    .int()
    .min(1, 'must be 1 to 730')
    .max(730, 'must be 1 to 730')
    .nullish()
    .transform((value) => value ?? 90),
});

/**
 * Highest account value first (unknown value, null, last), then most recent answer, then
 * newest contact: the order of the index (workspaceId, loyalty.category, accountValue,
 * loyalty.answeredAt, _id). -1 stands for an unknown account value in a cursor (values are
 * never negative).
 */
const CANDIDATES_KEYSET = keyset(
  cursorCodec({ accountValue: 'number', answeredAt: 'time', id: 'id' }, { accountValue: -1 }),
  [
    { key: 'accountValue', path: 'accountValue', direction: -1, nullable: true },
    { key: 'answeredAt', path: 'loyalty.answeredAt', direction: -1 },
    { key: 'id', path: '_id', direction: -1 },
  ],
  ({ contact }: SalesCandidateResult) => ({
    accountValue: contact.accountValue,
    answeredAt: contact.loyalty.answeredAt ?? new Date(0),
    id: contact._id,
  }),
);

/**
 * Recent promoters without an open recovery, highest account value first (unknown value
 * last), then most recent answer; keyset pagination on those sort keys.
 */
export async function listSalesCandidates(
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: unknown },
  now = new Date(),
): Promise<Connection<SalesCandidateResult>> {
  const { workspaceId } = assertCan(viewer, 'salesCandidate:work');
  const filter = parseInput(filterSchema, args.filter ?? {}, 'filter.');
  const scope: Record<string, unknown> = {
    workspaceId,
    'loyalty.category': 'PROMOTER',
    'loyalty.answeredAt': { $gte: new Date(now.getTime() - filter.maxAgeDays * DAY_MS) },
    ...segmentConditions(filter),
  };
  return paginate(CANDIDATES_KEYSET, args, async ({ after, limit }) => {
    const inRecovery = await contactsWithOpenRecovery(workspaceId);
    if (inRecovery.length > 0) scope._id = { $nin: inRecovery };
    // The cursor's recency bound is ANDed with the scope's.
    const contacts = await ContactModel.find(keysetFilter(CANDIDATES_KEYSET, scope, after))
      .sort(keysetSort(CANDIDATES_KEYSET))
      .limit(limit)
      .lean<ContactDoc[]>()
      .exec();
    return contacts.map((contact) => candidateOf(contact, now));
  });
}

const markSchema = z.object({
  contactId: z.string(),
  note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
});

export async function markCandidateContacted(
  viewer: Viewer,
  input: SalesCandidateMarkContactedInput,
  locale: Locale,
  now = new Date(),
): Promise<{ followUp: FollowUpDoc; candidate: SalesCandidateResult }> {
  const rep = assertCan(viewer, 'salesCandidate:work');
  const values = parseInput(markSchema, input);
  const contact = await getContact(viewer, { id: values.contactId });
  if (contact.loyalty.category !== 'PROMOTER') {
    throw badUserInput('Only promoters are sales candidates', 'contactId');
  }
  const followUp = await recordSalesOutreach(rep, contact, values.note, locale, now);
  const updated = await ContactModel.findOneAndUpdate(
    { _id: contact._id, workspaceId: rep.workspaceId },
    { $max: { lastSalesOutreachAt: now } },
    { returnDocument: 'after' },
  )
    .lean<ContactDoc>()
    .exec();
  return { followUp, candidate: candidateOf(updated ?? contact, now) };
}
