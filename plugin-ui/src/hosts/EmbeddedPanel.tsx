import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { createNpsDeskClient } from '../apollo';
import type { HostAdapter, HostState, SignInProblem } from '../host-bridge';
import { HostTicketContext } from '../host-ticket';
import { resolveLocale } from '../i18n/locale';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { NpsPanel } from '../NpsPanel';

/** The agent signs in once with their own helpdesk access token (Chatwoot). */
function SignIn({ signIn }: { signIn: (accessToken: string) => Promise<SignInProblem | null> }) {
  const inputId = useId();
  const { t } = useTranslation('panel');
  const [problem, setProblem] = useState<SignInProblem | 'required' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const accessToken = String(new FormData(event.currentTarget).get('accessToken') ?? '').trim();
    if (!accessToken) {
      setProblem('required');
      return;
    }
    setBusy(true);
    setProblem(await signIn(accessToken));
    setBusy(false);
  };

  return (
    <form className="npsdesk-panel" data-testid="nps-embed-sign-in" onSubmit={(event) => void submit(event)}>
      <p>{t('embed.signInIntro')}</p>
      <label htmlFor={inputId}>{t('embed.accessToken')}</label>
      <input id={inputId} name="accessToken" type="password" autoComplete="off" required />
      {problem ? (
        <p role="alert" className="npsdesk-error">
          {problem === 'required' ? t('embed.tokenRequired') : t(`embed.problem.${problem}`)}
        </p>
      ) : null}
      <button type="submit" className="npsdesk-button" disabled={busy}>
        {t('embed.signIn')}
      </button>
    </form>
  );
}

/** What the frame shows until the panel can: why it cannot follow the host, or that it is connecting. */
function HostStatusMessage({ state }: { state: HostState }) {
  const { t } = useTranslation('panel');
  if (state.status === 'failed') {
    return (
      <div role="alert" className="npsdesk-error" data-testid="nps-embed-failed">
        <p className="npsdesk-error__title">{t(`embed.problem.${state.problem}`)}</p>
      </div>
    );
  }
  return (
    <p role="status" className="npsdesk-loading" data-testid="nps-embed-waiting">
      {t('embed.connecting')}
    </p>
  );
}

/**
 * The panel in a helpdesk's frame: follows the host adapter's state (the ticket's contact, the
 * session, a sign-in when one is needed, the agent's language) and tells the host when its
 * height changes.
 */
export function EmbeddedPanel({ adapter }: { adapter: HostAdapter }) {
  const [state, setState] = useState<HostState>({ status: 'waiting' });
  // Until the host tells, the browser's language: the frame's own page says nothing of the agent.
  const locale = resolveLocale(state.locale ?? navigator.language);
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
    () => (apiUrl ? createNpsDeskClient({ apiUrl, getToken: () => session.token, locale }) : null),
    [apiUrl, session, locale],
  );

  let content;
  if (state.status === 'sign-in') {
    content = <SignIn signIn={state.signIn} />;
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
    content = <HostStatusMessage state={state} />;
  }
  return (
    <LocaleProvider locale={locale}>
      <div ref={rootRef} lang={locale}>
        {content}
      </div>
    </LocaleProvider>
  );
}
