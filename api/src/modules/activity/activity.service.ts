import type { Types } from 'mongoose';
import { objectIdOrNull } from '../../db/object-id';
import { assertCan, type Viewer } from '../../auth/viewer';
import { notFound } from '../../errors';
import { ContactModel } from '../contact/contact.model';
import { ContactActivityModel, type ContactActivityDoc, type ContactActivityKind } from './activity.model';
import type { ActivityFeed } from './activity.feed';

/**
 * Tells every API process's subscribers that a contact changed. Written after the change
 * itself, so a subscriber that reads the contact again sees it.
 */
export async function recordContactActivity(
  workspaceId: string,
  contactId: Types.ObjectId,
  kind: ContactActivityKind,
): Promise<void> {
  const activity: Omit<ContactActivityDoc, '_id'> = { workspaceId, contactId, kind, at: new Date() };
  await ContactActivityModel.create(activity);
}

/**
 * The changes to one contact of the viewer's workspace, as they arrive, until the
 * subscriber leaves (the iterator's `return`). Checked before anything is followed.
 */
export async function followContact(
  viewer: Viewer,
  id: string,
  feed: ActivityFeed,
): Promise<AsyncIterableIterator<ContactActivityDoc>> {
  const { workspaceId } = assertCan(viewer, 'contact:read');
  const contactId = objectIdOrNull(id);
  const exists = contactId !== null && (await ContactModel.exists({ _id: contactId, workspaceId }).exec()) !== null;
  if (!exists) throw notFound('No contact matches in this workspace');
  return feed.follow(workspaceId, contactId);
}
