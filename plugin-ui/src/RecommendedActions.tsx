import { useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { copyText, type CopyOutcome } from './clipboard';
import { mutationFailureOf, type MutationFailure } from './errors';
import { useFollowUpCreate, useRecommendedActionLog } from './follow-up-mutations';
import { useFormatters } from './format';
import { graphql } from './gql';
import type { RecommendedActions_ContactFragment, RecommendedActions_ViewerFragment } from './gql/graphql';
import { InlineTextForm } from './InlineTextForm';
import { useInlineForm } from './use-inline-form';
import { useNow } from './use-now';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const RecommendedActionsContactFragment = graphql(`
  fragment RecommendedActions_contact on Contact {
    id
    recommendedActions {
      kind
      title
      script
      priority
      dueAt
      reason
    }
  }
`);

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const RecommendedActionsViewerFragment = graphql(`
  fragment RecommendedActions_viewer on Viewer {
    canManageFollowUps
  }
`);

type RecommendedAction = RecommendedActions_ContactFragment['recommendedActions'][number];

function DueTime({ dueAt, nowMs }: { dueAt: string | null; nowMs: number }) {
  const { t } = useTranslation('panel');
  const { formatDateTime, formatRelativeTime } = useFormatters();
  if (!dueAt) return <p className="npsdesk-meta">{t('actions.noDeadline')}</p>;
  const overdue = new Date(dueAt).getTime() < nowMs;
  return (
    <p className={overdue ? 'npsdesk-meta npsdesk-meta--overdue' : 'npsdesk-meta'}>
      <Trans
        t={t}
        i18nKey={overdue ? 'actions.wasDue' : 'actions.due'}
        values={{ time: formatRelativeTime(dueAt, nowMs) }}
        components={{ time: <time dateTime={dueAt} title={formatDateTime(dueAt)} /> }}
      />
    </p>
  );
}

/**
 * Mark done (with the outcome), Dismiss (with a reason) and Track (opens a follow-up the API
 * dates from the playbook). Each success removes the action from the recommendations, because
 * the API stops recommending a kind handled for the latest answer and the cache is updated.
 */
function ActionLogging({
  contactId,
  action,
  titleId,
  onLogged,
}: {
  contactId: string;
  action: RecommendedAction;
  titleId: string;
  onLogged: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('panel');
  const { mode, open, close, triggerRef } = useInlineForm<'done' | 'dismiss'>();
  const [trackFailure, setTrackFailure] = useState<MutationFailure | null>(null);
  const { complete, dismiss } = useRecommendedActionLog(contactId, action.kind);
  const { track, tracking } = useFollowUpCreate(contactId, action.kind);

  async function handleTrack() {
    setTrackFailure(null);
    try {
      await track();
      onLogged(t('actions.tracked', { title: action.title }));
    } catch (error) {
      setTrackFailure(mutationFailureOf(error, i18n));
    }
  }

  if (mode === 'done') {
    return (
      <InlineTextForm
        label={t('actions.outcome')}
        placeholder={t('actions.outcomePlaceholder')}
        submitLabel={t('actions.markDone')}
        requiredMessage={t('actions.outcomeRequired')}
        onSubmit={async (outcome) => {
          const problems = await complete(outcome);
          if (problems.length === 0) onLogged(t('actions.markedDone', { title: action.title }));
          return problems;
        }}
        onCancel={close}
      />
    );
  }
  if (mode === 'dismiss') {
    return (
      <InlineTextForm
        label={t('actions.reason')}
        placeholder={t('actions.reasonPlaceholder')}
        submitLabel={t('actions.dismiss')}
        requiredMessage={t('actions.reasonRequired')}
        onSubmit={async (reason) => {
          const problems = await dismiss(reason);
          if (problems.length === 0) onLogged(t('actions.dismissed', { title: action.title }));
          return problems;
        }}
        onCancel={close}
      />
    );
  }
  return (
    <>
      <div className="npsdesk-buttons">
        <button
          type="button"
          className="npsdesk-button npsdesk-button--primary"
          aria-describedby={titleId}
          ref={triggerRef('done')}
          onClick={() => open('done')}
        >
          {t('actions.markDone')}
        </button>
        <button
          type="button"
          className="npsdesk-button"
          aria-describedby={titleId}
          ref={triggerRef('dismiss')}
          onClick={() => open('dismiss')}
        >
          {t('actions.dismiss')}
        </button>
        <button
          type="button"
          className="npsdesk-button"
          aria-describedby={titleId}
          disabled={tracking}
          onClick={() => void handleTrack()}
        >
          {tracking ? t('actions.tracking') : t('actions.track')}
        </button>
      </div>
      {trackFailure ? (
        <p className="npsdesk-form__error" role="alert">
          {trackFailure.message}
          <span className="npsdesk-form__code"> ({trackFailure.code})</span>
        </p>
      ) : null}
    </>
  );
}

function ActionCard({
  contactId,
  action,
  nowMs,
  canLog,
  onLogged,
}: {
  contactId: string;
  action: RecommendedAction;
  nowMs: number;
  canLog: boolean;
  onLogged: (message: string) => void;
}) {
  const { t } = useTranslation('panel');
  const scriptRef = useRef<HTMLPreElement>(null);
  const [copyOutcome, setCopyOutcome] = useState<CopyOutcome | null>(null);
  const scriptCaptionId = useId();
  const titleId = useId();

  async function handleCopy() {
    if (!scriptRef.current) return;
    setCopyOutcome(await copyText(action.script, scriptRef.current));
  }

  return (
    <li className={`npsdesk-action npsdesk-action--${action.priority.toLowerCase()}`}>
      <div className="npsdesk-action__head">
        <h4 className="npsdesk-action__title" id={titleId}>
          {action.title}
        </h4>
        <span className={`npsdesk-priority npsdesk-priority--${action.priority.toLowerCase()}`}>
          <span className="npsdesk-visually-hidden">{t('actions.priorityLabel')}</span>
          {t(`actions.priority.${action.priority}`)}
        </span>
      </div>
      <DueTime dueAt={action.dueAt} nowMs={nowMs} />
      <p className="npsdesk-action__reason">{action.reason}</p>
      {/* Named explicitly too: not every tool derives a figure's name from its caption. */}
      <figure className="npsdesk-script" aria-labelledby={scriptCaptionId}>
        <figcaption className="npsdesk-label" id={scriptCaptionId}>
          {t('actions.script')}
        </figcaption>
        <pre className="npsdesk-script__text" ref={scriptRef}>
          {action.script}
        </pre>
      </figure>
      <div className="npsdesk-action__copy">
        <button type="button" className="npsdesk-button" onClick={() => void handleCopy()}>
          {t('actions.copyScript')}
        </button>
        <span className="npsdesk-copy-status" role="status">
          {copyOutcome ? t(`actions.${copyOutcome}`) : ''}
        </span>
      </div>
      {canLog ? <ActionLogging contactId={contactId} action={action} titleId={titleId} onLogged={onLogged} /> : null}
    </li>
  );
}

/**
 * The next best actions for the agent, most urgent first, each with a script to use and, for
 * viewers who may manage follow-ups, the buttons to log what was done about it.
 */
export function RecommendedActions({
  contact,
  viewer,
  onLogged,
}: {
  contact: RecommendedActions_ContactFragment;
  viewer: RecommendedActions_ViewerFragment;
  onLogged: (message: string) => void;
}) {
  const headingId = useId();
  const nowMs = useNow();
  const { t } = useTranslation('panel');
  if (contact.recommendedActions.length === 0) return null;

  return (
    <section className="npsdesk-section" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('actions.heading')}
      </h3>
      <ol className="npsdesk-actions" aria-labelledby={headingId}>
        {contact.recommendedActions.map((action) => (
          <ActionCard
            key={`${action.kind}:${action.title}`}
            contactId={contact.id}
            action={action}
            nowMs={nowMs}
            canLog={viewer.canManageFollowUps}
            onLogged={onLogged}
          />
        ))}
      </ol>
    </section>
  );
}
