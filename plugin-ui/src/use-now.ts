import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/**
 * The current time, refreshed every `intervalMs` while the component is shown, so due times
 * ("due in 5 h") and "closed 3 minutes ago" stay true in a ticket view left open.
 */
export function useNow(intervalMs: number = MINUTE_MS): number {
  const [nowMs, setNowMs] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return nowMs;
}
