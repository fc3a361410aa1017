// The host's ticket, handed to the components that open follow-ups and link back to tickets.
import { createContext, useContext } from 'react';

import type { HostTicket } from './host-bridge';

export const HostTicketContext = createContext<HostTicket>({});

/** The host's ticket: the one on screen, and how to link to any other. */
export function useHostTicket(): HostTicket {
  return useContext(HostTicketContext);
}
