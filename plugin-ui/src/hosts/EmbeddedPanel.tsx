import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';

import { createNpsDeskClient } from '../apollo';
import { HostTicketContext, type HostAdapter, type HostState } from '../host-bridge';
import { NpsPanel } from '../NpsPanel';

/** The agent signs in once with their own helpdesk access token (Chatwoot). */
function SignIn({ signIn }: { signIn: (accessToken: string) => Promise<string | null> }) {
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const accessToken = String(new FormData(event.currentTarget).get('accessToken') ?? '').trim();
    if (!accessToken) {
      setProblem('Paste your access token first.');
      return;
    }
    setBusy(true);
    setProblem(await signIn(accessToken));
    setBusy(false);
  };

  return (
    <form className="npsdesk-panel" data-testid="nps-embed-sign-in" onSubmit={(event) => void submit(event)}>
      <p>Sign in to NPS Desk once with your Chatwoot access token (Profile settings → Access token).</p>
      <label htmlFor={inputId}>Chatwoot access token</label>
      <input id={inputId} name="accessToken" type="password" autoComplete="off" required />
      {problem ? (
        <p role="alert" className="npsdesk-error">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="npsdesk-button" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}

/**
 * The panel in a helpdesk's frame: follows the host adapter's state (the ticket's contact, the
 * session, a sign-in when one is needed) and tells the host when its height changes.
 */
export function EmbeddedPanel({ adapter }: { adapter: HostAdapter }) {
  const [state, setState] = useState<HostState>({ status: 'waiting' });
  const rootRef = useRef<HTMLDivElement>(null);
  // Read by the client on every request: a renewed token needs no new client (and no empty cache).
  const [session] = useState<{ token: string | null }>(() => ({ token: null }));
  const ready = state.status === 'ready' ? state : null;

  useEffect(
    () =>
      adapter.connect((next) => {
        session.token = next.status === 'ready' ? next.context.token : null;
        setState(next);
      }),
    [adapter, session],
  );

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !adapter.resize || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => adapter.resize?.(root.getBoundingClientRect().height));
    observer.observe(root);
    return () => observer.disconnect();
  }, [adapter]);

  const apiUrl = ready?.context.apiUrl;
  const client = useMemo(
    () => (apiUrl ? createNpsDeskClient({ apiUrl, getToken: () => session.token }) : null),
    [apiUrl, session],
  );

  let content;
  if (state.status === 'sign-in') {
    content = <SignIn signIn={state.signIn} />;
  } else if (state.status === 'failed') {
    content = (
      <div role="alert" className="npsdesk-error" data-testid="nps-embed-failed">
        <p className="npsdesk-error__title">{state.message}</p>
      </div>
    );
  } else if (ready && client) {
    const { contact } = ready.context;
    content = (
      <ApolloProvider client={client}>
        <HostTicketContext.Provider value={ready.ticket}>
          {/* A new contact is a new panel: nothing of the previous one's forms stays open. */}
          <NpsPanel key={`${contact.externalId ?? ''}|${contact.email ?? ''}`} contact={contact} />
        </HostTicketContext.Provider>
      </ApolloProvider>
    );
  } else {
    content = (
      <p role="status" className="npsdesk-loading" data-testid="nps-embed-waiting">
        Connecting to the helpdesk…
      </p>
    );
  }
  return <div ref={rootRef}>{content}</div>;
}
