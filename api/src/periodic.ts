/** A job that runs now and again inside the API process until it is stopped. */
export interface PeriodicJob {
  /** No new run starts; resolves once the run under way (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `run` now and then every `intervalMs`, never two runs at once: a tick that finds the
 * previous run still going is skipped, so slow runs do not queue up. A failed run is handed
 * to `onError` and the next tick runs again. The timer does not keep the process alive;
 * `run` gets a signal that aborts when the job is stopped, to stop early between two units
 * of work.
 */
export function startPeriodic(
  run: (stopping: AbortSignal) => Promise<void>,
  intervalMs: number,
  onError: (error: Error) => void,
): PeriodicJob {
  const stopping = new AbortController();
  let current: Promise<void> | null = null;
  const tick = () => {
    if (current || stopping.signal.aborted) return;
    current = run(stopping.signal)
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        current = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      stopping.abort();
      await current;
    },
  };
}
