import { categoryOfScore } from '../../loyalty';
import type { ContactDoc } from '../contact/contact.model';
import type { ResponseValues } from './response.input';
import type { ResponseDoc } from './response.model';

/**
 * What a new answer stores besides its recording state: its values (absent ones as null, so
 * a plain insert stores what the schema would), its category, and the contact's segments as
 * they are when answered, so reports never shift when a contact changes.
 */
export function newResponseFields(
  workspaceId: string,
  values: ResponseValues,
  contact: Pick<ContactDoc, '_id' | 'plan' | 'region' | 'tags'>,
  receivedAt: Date,
): Omit<ResponseDoc, '_id' | 'pending'> {
  return {
    ...values,
    comment: values.comment ?? null,
    channel: values.channel ?? null,
    campaign: values.campaign ?? null,
    ticketId: values.ticketId ?? null,
    agentId: values.agentId ?? null,
    team: values.team ?? null,
    workspaceId,
    contactId: contact._id,
    category: values.metric === 'NPS' ? categoryOfScore(values.score) : null,
    plan: contact.plan ?? null,
    region: contact.region ?? null,
    tags: [...new Set([...values.tags, ...(contact.tags ?? [])])],
    receivedAt,
  };
}
