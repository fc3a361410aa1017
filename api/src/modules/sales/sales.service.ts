import { Types } from 'mongoose';
import { z } from 'zod';
import { assertCan, type Viewer } from '../../auth/viewer';
import { badUserInput } from '../../errors';
import { assertPageSize, decodeCursor, encodeCursor, toConnection, type Connection } from '../../graphql/pagination';
import { hasPositiveCsat } from '../../loyalty';
import { parseInput } from '../../validation';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { segmentConditions, segmentFilterSchema } from '../contact/contact.segment';
import { getContact } from '../contact/contact.service';
import { contactsWithOpenRecovery, recordSalesOutreach } from '../follow-up/follow-up.service';
import type { FollowUpDoc } from '../follow-up/follow-up.model';
import { DAY_MS } from '../../loyalty';

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
 * Recent promoters without an open recovery, highest account value first (unknown value
 * last), then most recent answer; keyset pagination on those sort keys.
 */
export async function listSalesCandidates(
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: unknown },
  now = new Date(),
): Promise<Connection<SalesCandidateResult>> {
  const { workspaceId } = assertCan(viewer, 'salesCandidate:work');
  assertPageSize(args.first);
  const filter = parseInput(filterSchema, args.filter ?? {}, 'filter.');
  const query: Record<string, unknown> = {
    workspaceId,
    'loyalty.category': 'PROMOTER',
    'loyalty.answeredAt': { $gte: new Date(now.getTime() - filter.maxAgeDays * DAY_MS) },
    ...segmentConditions(filter),
  };
  const inRecovery = await contactsWithOpenRecovery(workspaceId);
  if (inRecovery.length > 0) query._id = { $nin: inRecovery };

  if (args.after) {
    const [value, answeredAtMs, lastId] = decodeCursor(args.after, ['number', 'time', 'id']);
    if (
      typeof value !== 'number' ||
      typeof answeredAtMs !== 'number' ||
      typeof lastId !== 'string' ||
      !Types.ObjectId.isValid(lastId)
    ) {
      throw badUserInput('after is not a valid cursor', 'after');
    }
    const answeredAt = new Date(answeredAtMs);
    const id = new Types.ObjectId(lastId);
    // -1 in a cursor stands for an unknown account value, which sorts last.
    const accountValue = value === -1 ? null : value;
    const sameValue = { accountValue };
    query.$or = [
      ...(accountValue === null ? [] : [{ accountValue: { $lt: accountValue } }, { accountValue: null }]),
      // ANDed with the recency bound above.
      { ...sameValue, 'loyalty.answeredAt': { $lt: answeredAt } },
      { ...sameValue, 'loyalty.answeredAt': answeredAt, _id: { $lt: id } },
    ];
  }

  const contacts = await ContactModel.find(query)
    .sort({ accountValue: -1, 'loyalty.answeredAt': -1, _id: -1 })
    .limit(args.first + 1)
    .lean<ContactDoc[]>()
    .exec();
  return toConnection(
    contacts.map((contact) => candidateOf(contact, now)),
    args.first,
    ({ contact }) =>
      encodeCursor([contact.accountValue ?? -1, contact.loyalty.answeredAt?.getTime() ?? 0, contact._id.toHexString()]),
  );
}

const markSchema = z.object({
  contactId: z.string(),
  note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
});

export async function markCandidateContacted(
  viewer: Viewer,
  input: unknown,
  now = new Date(),
): Promise<{ followUp: FollowUpDoc; candidate: SalesCandidateResult }> {
  const rep = assertCan(viewer, 'salesCandidate:work');
  const values = parseInput(markSchema, input);
  const contact = await getContact(viewer, { id: values.contactId });
  if (contact.loyalty.category !== 'PROMOTER') {
    throw badUserInput('Only promoters are sales candidates', 'contactId');
  }
  const followUp = await recordSalesOutreach(rep, contact, values.note, now);
  const updated = await ContactModel.findOneAndUpdate(
    { _id: contact._id, workspaceId: rep.workspaceId },
    { $max: { lastSalesOutreachAt: now } },
    { returnDocument: 'after' },
  )
    .lean<ContactDoc>()
    .exec();
  return { followUp, candidate: candidateOf(updated ?? contact, now) };
}
