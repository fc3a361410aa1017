import type { ApolloClient } from '@apollo/client';
import { skipToken, useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useId, useLayoutEffect, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { ERROR_CODE, errorCodeOf } from './errors';
import { formattersOf } from './format';
import { graphql } from './gql';
import { FollowUps } from './FollowUps';
import type { HostContact } from './host-bridge';
import { useLocale } from './i18n/LocaleProvider';
import { LatestScore } from './LatestScore';
import { LoyaltyBadge } from './LoyaltyBadge';
import { LoyaltyMovement } from './LoyaltyMovement';
import { NpsHistory } from './NpsHistory';
import { contactLookup } from './panel-preload';
import { RecommendedActions } from './RecommendedActions';
import { SalesOutreach } from './SalesOutreach';
import { SurveyEligibility } from './SurveyEligibility';

export const NpsPanelContactQuery = graphql(`
  query NpsPanelContact($externalId: String, $email: String) {
    viewer {
      ...RecommendedActions_viewer
      ...FollowUps_viewer
      ...SalesOutreach_viewer
    }
    contact(externalId: $externalId, email: $email) {
      id
      loyalty {
        responseCount
        ...LoyaltyBadge_loyalty
        ...LatestScore_loyalty
        ...LoyaltyMovement_loyalty
      }
      ...NpsHistory_contact
      ...SurveyEligibility_contact
      ...RecommendedActions_contact
      ...FollowUps_contact
      ...SalesOutreach_contact
    }
  }
`);

/** Changes to the contact on screen, wherever they were made (another agent, a survey tool). */
const NpsPanelContactActivity = graphql(`
  subscription NpsPanelContactActivity($id: ID!) {
    contactActivity(id: $id) {
      id
      kind
    }
  }
`);

export interface NpsPanelProps {
  /** The ticket's requester, as the helpdesk knows them. */
  contact: HostContact;
}

/**
 * Starts the panel's contact query before the panel renders (the standalone mounts: their
 * first render takes tens of ms); the panel's own query joins the request in flight, and
 * shows its error if it fails.
 */
export function prefetchNpsPanelContact(client: ApolloClient, contact: HostContact): void {
  const lookup = contactLookup(contact);
  if (lookup) client.query({ query: NpsPanelContactQuery, variables: lookup }).catch(() => undefined);
}

type PanelState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * The root every state renders in; the test id tells an end-to-end test which state is shown,
 * `lang` tells screen readers which language to speak it in.
 */
function PanelFrame({ state, children }: { state: PanelState; children: ReactNode }) {
  const headingId = useId();
  const { t } = useTranslation('panel');
  return (
    <section
      lang={useLocale()}
      className="npsdesk-panel"
      aria-labelledby={headingId}
      aria-busy={state === 'loading'}
      data-testid={`nps-panel-${state}`}
    >
      <h2 className="npsdesk-visually-hidden" id={headingId}>
        {t('title')}
      </h2>
      {children}
    </section>
  );
}

function EmptyMessage({ children }: { children: ReactNode }) {
  return (
    <PanelFrame state="empty">
      <p className="npsdesk-empty">{children}</p>
    </PanelFrame>
  );
}

/**
 * The ticket requester's NPS: category, latest score and comment, movement, history, whether
 * they may be surveyed, next actions and follow-ups, with the buttons the viewer may use.
 */
export function NpsPanel({ contact }: NpsPanelProps) {
  const lookup = contactLookup(contact);
  const { data, loading, error, refetch, observable } = useQuery(
    NpsPanelContactQuery,
    lookup ? { variables: lookup } : skipToken,
  );
  // useQuery sends its request from a passive effect, which Preact (the standalone scripts)
  // runs only after the next frame; subscribing at commit sends it at once, and the hook's
  // own subscription shares it.
  useLayoutEffect(() => {
    const early = observable.subscribe({});
    return () => early.unsubscribe();
  }, [observable]);
  const client = useApolloClient();
  const contactId = data?.contact?.id;
  // A change made elsewhere reads the contact again into the cache, without the loading state
  // a refetch would show; a lost connection only means no live updates until it is back.
  useSubscription(NpsPanelContactActivity, {
    variables: { id: contactId ?? '' },
    skip: !contactId || !lookup,
    onData: () => {
      if (lookup)
        void client
          .query({ query: NpsPanelContactQuery, variables: lookup, fetchPolicy: 'network-only' })
          .catch(() => undefined);
    },
  });
  // What the last action changed, for screen readers: the card the agent used may be gone.
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const { t, i18n } = useTranslation(['panel', 'common']);
  // The formatters the data will need, made while the query is in flight rather than after its answer.
  useEffect(() => {
    formattersOf(i18n);
  }, [i18n]);

  if (!lookup) return <EmptyMessage>{t('noRequester')}</EmptyMessage>;

  if (loading) {
    return (
      <PanelFrame state="loading">
        <p role="status" className="npsdesk-loading">
          {t('loading')}
        </p>
        <div className="npsdesk-skeleton" aria-hidden="true">
          <span className="npsdesk-skeleton__line npsdesk-skeleton__line--short" />
          <span className="npsdesk-skeleton__block" />
          <span className="npsdesk-skeleton__line" />
        </div>
      </PanelFrame>
    );
  }

  if (error) {
    const code = errorCodeOf(error);
    if (code === ERROR_CODE.notFound) return <EmptyMessage>{t('noResponse')}</EmptyMessage>;
    if (code === ERROR_CODE.unauthenticated) {
      return (
        <PanelFrame state="error">
          <div role="alert" className="npsdesk-error">
            <p className="npsdesk-error__title">{t('error.unauthenticated')}</p>
            <p className="npsdesk-meta">{t('error.signInAgain')}</p>
          </div>
        </PanelFrame>
      );
    }
    return (
      <PanelFrame state="error">
        <div role="alert" className="npsdesk-error">
          <p className="npsdesk-error__title">
            {code === ERROR_CODE.forbidden ? t('error.forbidden') : t('error.loadFailed')}
          </p>
          <p className="npsdesk-meta">
            <Trans t={t} i18nKey="common:errorCode" values={{ code }} components={{ code: <code /> }} />
          </p>
        </div>
        {/* A failed refetch is rendered from the hook's `error`; the promise need not report it again. */}
        <button type="button" className="npsdesk-button" onClick={() => void refetch().catch(() => undefined)}>
          {t('common:retry')}
        </button>
      </PanelFrame>
    );
  }

  if (!data) return <EmptyMessage>{t('noResponse')}</EmptyMessage>;

  // A known contact without an NPS answer still has its CSAT and CES answers, whether it may
  // be surveyed, and its follow-ups.
  const { contact: contactData, viewer } = data;
  return (
    <PanelFrame state="ready">
      {contactData.loyalty.responseCount > 0 ? (
        <>
          <div className="npsdesk-summary">
            <LoyaltyBadge loyalty={contactData.loyalty} />
            <LoyaltyMovement loyalty={contactData.loyalty} />
          </div>
          <LatestScore loyalty={contactData.loyalty} />
        </>
      ) : (
        <p className="npsdesk-empty" data-testid="nps-no-answer">
          {t('noAnswer')}
        </p>
      )}
      <NpsHistory contact={contactData} />
      <SurveyEligibility contact={contactData} />
      <RecommendedActions contact={contactData} viewer={viewer} onLogged={announce} />
      <FollowUps contact={contactData} viewer={viewer} onChanged={announce} />
      <SalesOutreach contact={contactData} viewer={viewer} onLogged={announce} />
      <p className="npsdesk-visually-hidden" role="status" data-testid="nps-panel-announcement">
        {announcement}
      </p>
    </PanelFrame>
  );
}
