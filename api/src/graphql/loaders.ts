// Per-request loaders: every read of a contact, a response or a contact's follow-ups made
// while one GraphQL request resolves is batched into one query per kind and tick, so a list
// of 50 follow-ups or sales candidates costs the same number of queries as a list of 5.
// Built once per request for the request's viewer (never shared between requests or
// workspaces); every batch is scoped to the viewer's workspace. Permission checks stay in the
// services, before they load.
import type { ApolloServerPlugin } from '@apollo/server';
import DataLoader from 'dataloader';
import { assertAuthenticated, type Viewer } from '../auth/viewer';
import { RECOVERY_KINDS } from '../loyalty';
import type { ContactDoc } from '../modules/contact/contact.model';
import { contactsByIds } from '../modules/contact/contact.service';
import type { FollowUpDoc } from '../modules/follow-up/follow-up.model';
import { liveFollowUpsOf } from '../modules/follow-up/follow-up.service';
import type { PersonDoc } from '../modules/person/person.model';
import { peopleByUserIds } from '../modules/person/person.service';
import type { ResponseDoc } from '../modules/response/response.model';
import { responsesByIds } from '../modules/response/response.service';

export interface Loaders {
  /** Contacts by id (hex) in the viewer's workspace; null when there is none. */
  contact: DataLoader<string, ContactDoc | null>;
  /** Responses by id (hex) in the viewer's workspace; null when there is none. */
  response: DataLoader<string, ResponseDoc | null>;
  /**
   * Per contact, the follow-ups its next actions depend on: the open ones (at most one per
   * kind) and those closed since its latest answer.
   */
  liveFollowUps: DataLoader<ContactDoc, FollowUpDoc[], string>;
  /** The contact's open follow-ups, newest first (from `liveFollowUps`: no query of its own). */
  openFollowUps(contact: ContactDoc): Promise<FollowUpDoc[]>;
  /** The workspace directory's people by user id; null for one never seen with a name. */
  person: DataLoader<string, PersonDoc | null>;
  /** Whether the contact has an open recovery follow-up (from `liveFollowUps` too). */
  hasOpenRecovery(contact: ContactDoc): Promise<boolean>;
  /** Forgets everything loaded: a write makes what was read before it stale. */
  clearAll(): void;
}

const RECOVERY = new Set<string>(RECOVERY_KINDS);

export function createLoaders(viewer: Viewer): Loaders {
  const workspaceId = () => assertAuthenticated(viewer).workspaceId;
  const contact = new DataLoader<string, ContactDoc | null>((ids) => contactsByIds(workspaceId(), ids));
  const response = new DataLoader<string, ResponseDoc | null>((ids) => responsesByIds(workspaceId(), ids));
  const liveFollowUps = new DataLoader<ContactDoc, FollowUpDoc[], string>(
    (contacts) => liveFollowUpsOf(workspaceId(), contacts),
    { cacheKeyFn: (key) => key._id.toHexString() },
  );
  const person = new DataLoader<string, PersonDoc | null>((userIds) => peopleByUserIds(workspaceId(), userIds));
  const openFollowUps = async (of: ContactDoc) =>
    (await liveFollowUps.load(of)).filter((followUp) => followUp.status === 'OPEN');
  return {
    contact,
    response,
    liveFollowUps,
    openFollowUps,
    person,
    hasOpenRecovery: async (of) => (await openFollowUps(of)).some((followUp) => RECOVERY.has(followUp.kind)),
    clearAll: () => {
      contact.clearAll();
      response.clearAll();
      liveFollowUps.clearAll();
      person.clearAll();
    },
  };
}

/**
 * Clears the request's loaders before each root mutation field: a document with several
 * mutations must not answer the later ones' payloads from what was loaded before their writes.
 */
export function clearLoadersOnMutationPlugin(): ApolloServerPlugin<{ loaders: Loaders }> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation }) {
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info, contextValue }) {
              if (info.parentType.name === 'Mutation') contextValue.loaders.clearAll();
            },
          };
        },
      };
    },
  };
}
