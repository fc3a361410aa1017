import { EventEmitter, on } from 'node:events';
import type { Types } from 'mongoose';
import { startPeriodic, type PeriodicJob } from '../../periodic';
import { ContactActivityModel, type ContactActivityDoc } from './activity.model';

// Live updates across API processes without change streams (FerretDB and standalone
// mongod have none): the process that changes a contact writes a `contact_activity`
// document, and every process polls for the changes of the contacts its subscribers
// follow, one query per poll whatever their number, and none while nobody follows.
//
//   write (any process) ─▶ contact_activity ─▶ poll (every process, POLL_MS) ─▶ followers
//
// Processes stamp `at` with their own clocks, and a change stamped just before a poll may
// commit just after it: each poll reads back OVERLAP_MS and skips what it has delivered.

/** How often a process looks for changes: a change reaches the panel within about this. */
export const POLL_MS = 500;
/** How far back a new subscriber hears of changes: those made since it read the contact. */
const REPLAY_MS = 2_000;
/** How far back each poll reads: clock differences between processes and writes in flight. */
const OVERLAP_MS = 5_000;

export interface ActivityFeed {
  /** The contact's changes from now on, until the iterator's `return()` (the subscriber left). */
  follow(workspaceId: string, contactId: Types.ObjectId): AsyncIterableIterator<ContactActivityDoc>;
  /** Number of subscriptions being served (for tests and logs). */
  followers(): number;
  /** Stops polling and ends every subscription. */
  stop(): Promise<void>;
}

interface Follower {
  since: number;
  emitter: EventEmitter;
  end(): void;
}

function keyOf(workspaceId: string, contactId: Types.ObjectId): string {
  return `${workspaceId}|${contactId.toHexString()}`;
}

export function startActivityFeed(onError: (error: Error) => void, pollMs = POLL_MS): ActivityFeed {
  const followers = new Map<string, { workspaceId: string; contactId: Types.ObjectId; each: Set<Follower> }>();
  /** Delivered changes (hex id -> `at` ms), forgotten once older than the overlap. */
  const delivered = new Map<string, number>();

  async function poll(): Promise<void> {
    if (followers.size === 0) return;
    const now = Date.now();
    const byWorkspace = new Map<string, Types.ObjectId[]>();
    for (const { workspaceId, contactId } of followers.values()) {
      const contactIds = byWorkspace.get(workspaceId);
      if (contactIds) contactIds.push(contactId);
      else byWorkspace.set(workspaceId, [contactId]);
    }
    const since = new Date(now - OVERLAP_MS);
    const changes = await ContactActivityModel.find({
      $or: [...byWorkspace].map(([workspaceId, contactIds]) => ({
        workspaceId,
        contactId: { $in: contactIds },
        at: { $gte: since },
      })),
    })
      .sort({ at: 1 })
      .lean<ContactActivityDoc[]>()
      .exec();
    for (const change of changes) {
      const hex = change._id.toHexString();
      if (delivered.has(hex)) continue;
      delivered.set(hex, change.at.getTime());
      for (const follower of followers.get(keyOf(change.workspaceId, change.contactId))?.each ?? []) {
        if (change.at.getTime() >= follower.since) follower.emitter.emit('activity', change);
      }
    }
    for (const [hex, at] of delivered) if (at < since.getTime()) delivered.delete(hex);
  }

  const job: PeriodicJob = startPeriodic(poll, pollMs, onError);

  return {
    follow(workspaceId, contactId) {
      const key = keyOf(workspaceId, contactId);
      const entry = followers.get(key) ?? { workspaceId, contactId, each: new Set<Follower>() };
      followers.set(key, entry);
      const leaving = new AbortController();
      const follower: Follower = {
        // Also the changes of the last moments: the subscriber read the contact before it
        // subscribed, and a change in between must not be lost (at worst it reads once more).
        since: Date.now() - REPLAY_MS,
        emitter: new EventEmitter(),
        end: () => leaving.abort(),
      };
      entry.each.add(follower);
      const changes = on(follower.emitter, 'activity', { signal: leaving.signal });
      const leave = () => {
        entry.each.delete(follower);
        if (entry.each.size === 0) followers.delete(key);
        leaving.abort();
      };
      const done = { done: true, value: undefined } as const;
      return {
        async next() {
          try {
            const next = await changes.next();
            return next.done ? done : { done: false, value: (next.value as [ContactActivityDoc])[0] };
          } catch (error) {
            // Left (return() or the feed stopped) while waiting: the subscription ends.
            if (leaving.signal.aborted) return done;
            throw error;
          }
        },
        async return() {
          leave();
          return done;
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    followers: () => [...followers.values()].reduce((sum, entry) => sum + entry.each.size, 0),
    async stop() {
      await job.stop();
      for (const entry of followers.values()) for (const follower of entry.each) follower.end();
      followers.clear();
    },
  };
}
