import { hostSessionFromMountOptions, type HostSession } from './host-bridge';

/** The views mounted with a session alone (no contact): their `NpsDesk` method names. */
export type SessionMountMethod = 'mountSalesCandidates' | 'mountReport';

/**
 * Checks what a page passed to `NpsDesk.<method>(element, options)` at once, naming the
 * method in the error, whether the view's script is already loaded or still to load.
 */
export function checkSessionMount(method: SessionMountMethod, element: unknown, options: unknown): HostSession {
  if (!(element instanceof Element)) {
    throw new TypeError(`NpsDesk.${method}: the first argument must be a DOM element`);
  }
  try {
    return hostSessionFromMountOptions(options);
  } catch (error) {
    // The host bridge names the sales view in its messages; another view renames it.
    if (method === 'mountSalesCandidates') throw error;
    throw new TypeError(String((error as Error).message).replace('mountSalesCandidates', method), { cause: error });
  }
}
