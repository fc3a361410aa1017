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
  // Field by field: spreading the checked values cost more than the rest of building it.
  return {
    workspaceId,
    contactId: contact._id,
    metric: values.metric,
    score: values.score,
    scaleMax: values.scaleMax,
    category: values.metric === 'NPS' ? categoryOfScore(values.score) : null,
    comment: values.comment ?? null,
    channel: values.channel ?? null,
    campaign: values.campaign ?? null,
    ticketId: values.ticketId ?? null,
    agentId: values.agentId ?? null,
    team: values.team ?? null,
    plan: contact.plan ?? null,
    region: contact.region ?? null,
    // The answer's tags are distinct already.
    tags: contact.tags?.length ? [...new Set([...values.tags, ...contact.tags])] : [...values.tags],
    answeredAt: values.answeredAt,
    receivedAt,
    source: values.source,
    sourceId: values.sourceId,
  };
}
