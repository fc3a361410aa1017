import mongoose from 'mongoose';

/** How long `/readyz` waits for the database's answer to a ping. */
export const READINESS_PING_TIMEOUT_MS = 2_000;

/**
 * Whether the driver knows of no usable server right now (it reconnects by itself): work
 * that may skip the database, such as a limiter that fails open, need not wait
 * DATABASE_WAIT_MS for it.
 */
export function databaseKnownDown(): boolean {
  return mongoose.connection.readyState !== mongoose.ConnectionStates.connected;
}

/** The ping under way, shared by concurrent readiness checks. */
let pinging: Promise<boolean> | null = null;

function ping(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db) return Promise.resolve(false);
  pinging ??= db
    .command({ ping: 1 })
    .then(
      (answer) => Number(answer.ok) === 1,
      () => false,
    )
    .finally(() => {
      pinging = null;
    });
  return pinging;
}

/**
 * Whether the database answers a ping within `timeoutMs` (for `/readyz`). Never throws and
 * never waits longer: a ping still waiting for a server when the time is up is left to fail
 * on its own. While the driver knows the server is down the answer is no at once, but the
 * ping still goes out: waiting for a server makes the driver look for it again right away
 * (instead of at its next heartbeat, up to 10 s later), so readiness returns with the server.
 */
export async function databaseReachable(timeoutMs = READINESS_PING_TIMEOUT_MS): Promise<boolean> {
  const answer = ping();
  if (databaseKnownDown()) return false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
