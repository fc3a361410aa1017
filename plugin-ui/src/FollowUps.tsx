import type { TFunction } from 'i18next';
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { AssignFollowUp } from './AssignFollowUp';
import { useFollowUpClose } from './follow-up-mutations';
import { useFormatters } from './format';
import { graphql } from './gql';
import type { FollowUpItem_FollowUpFragment, FollowUps_ContactFragment, FollowUps_ViewerFragment } from './gql/graphql';
import { useHostTicket } from './host-ticket';
import { InlineTextForm } from './InlineTextForm';
import { useInlineForm } from './use-inline-form';
import { useNow } from './use-now';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const FollowUpItemFollowUpFragment = graphql(`
  fragment FollowUpItem_followUp on FollowUp {
    id
    kind
    title
    status
    assignee {
      id
      displayName
    }
    dueAt
    overdue
    outcome
    dismissReason
    createdAt
    closedByPerson {
      id
      displayName
    }
    closedAt
    ticketId
  }
`);

// Open ones are few (one per kind at most); the history shows the latest closed ones only.
/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const FollowUpsContactFragment = graphql(`
  fragment FollowUps_contact on Contact {
    id
    openFollowUps: followUps(status: OPEN, first: 20) {
      totalCount
      edges {
        node {
          ...FollowUpItem_followUp
        }
      }
    }
    doneFollowUps: followUps(status: DONE, first: 5) {
      totalCount
      edges {
        node {
          ...FollowUpItem_followUp
        }
      }
    }
    dismissedFollowUps: followUps(status: DISMISSED, first: 5) {
      totalCount
      edges {
        node {
          ...FollowUpItem_followUp
        }
      }
    }
  }
`);

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const FollowUpsViewerFragment = graphql(`
  fragment FollowUps_viewer on Viewer {
    userId
    canManageFollowUps
  }
`);

type FollowUp = FollowUpItem_FollowUpFragment;

/** How many closed follow-ups the history lists. */
const HISTORY_SIZE = 5;

type Person = NonNullable<FollowUp['assignee']>;

/** "you" for the viewer; others by the name the API knows (their user id when it knows none). */
function personName(person: Person | null, viewer: FollowUps_ViewerFragment, t: TFunction<'panel'>): string {
  if (!person) return t('followUps.someone');
  return person.id === viewer.userId ? t('followUps.you') : person.displayName;
}

function timeOf(iso: string | null): number {
  return iso ? new Date(iso).getTime() : Number.POSITIVE_INFINITY;
}

/**
 * The ticket a follow-up was opened from, linked back through the host when it can (Zendesk
 * opens the ticket, Chatwoot links to the conversation); plain text otherwise.
 */
function TicketReference({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('panel');
  const { linkToTicket } = useHostTicket();
  const link = linkToTicket?.(ticketId) ?? null;
  const label = t('followUps.ticket', { id: ticketId });
  return (
    <span className="npsdesk-ticket" data-testid="follow-up-ticket">
      {' · '}
      {link && 'href' in link ? (
        <a href={link.href} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : link ? (
        <button type="button" className="npsdesk-link-button" onClick={link.open}>
          {label}
        </button>
      ) : (
        label
      )}
    </span>
  );
}

/** Open follow-ups, soonest due first (those without a deadline last). */
function byDueTime(left: FollowUp, right: FollowUp): number {
  return timeOf(left.dueAt) - timeOf(right.dueAt);
}

/** Closed follow-ups, latest closed first. */
function byClosedTimeDescending(left: FollowUp, right: FollowUp): number {
  return timeOf(right.closedAt ?? right.createdAt) - timeOf(left.closedAt ?? left.createdAt);
}

function OpenFollowUp({
  followUp,
  viewer,
  nowMs,
  onChanged,
}: {
  followUp: FollowUp;
  viewer: FollowUps_ViewerFragment;
  nowMs: number;
  onChanged: (message: string) => void;
}) {
  const titleId = useId();
  const { t } = useTranslation('panel');
  const { describeDueTime, formatDateTime } = useFormatters();
  const { mode, open, close, triggerRef } = useInlineForm<'complete' | 'dismiss' | 'assign'>();
  const { complete, dismiss } = useFollowUpClose(followUp.id);
  const due = describeDueTime(followUp.dueAt, nowMs);
  const overdue = followUp.overdue || due.overdue;

  return (
    <li className={overdue ? 'npsdesk-followup npsdesk-followup--overdue' : 'npsdesk-followup'}>
      <p className="npsdesk-followup__title" id={titleId}>
        {followUp.title}
      </p>
      <p className="npsdesk-meta">
        <span className={overdue ? 'npsdesk-due npsdesk-due--overdue' : 'npsdesk-due'} data-testid="follow-up-due">
          {followUp.dueAt ? (
            <time dateTime={followUp.dueAt} title={formatDateTime(followUp.dueAt)}>
              {due.text.charAt(0).toUpperCase() + due.text.slice(1)}
            </time>
          ) : (
            t('followUps.noDeadline')
          )}
        </span>
        {' · '}
        <span data-testid="follow-up-assignee">
          {followUp.assignee
            ? t('followUps.assignedTo', { name: personName(followUp.assignee, viewer, t) })
            : t('followUps.unassigned')}
        </span>
        {followUp.ticketId ? <TicketReference ticketId={followUp.ticketId} /> : null}
      </p>
      {viewer.canManageFollowUps && mode === null ? (
        <div className="npsdesk-buttons">
          <button
            type="button"
            className="npsdesk-button"
            aria-describedby={titleId}
            ref={triggerRef('complete')}
            onClick={() => open('complete')}
          >
            {t('followUps.complete')}
          </button>
          <button
            type="button"
            className="npsdesk-button"
            aria-describedby={titleId}
            ref={triggerRef('dismiss')}
            onClick={() => open('dismiss')}
          >
            {t('followUps.dismiss')}
          </button>
          <button
            type="button"
            className="npsdesk-button"
            aria-describedby={titleId}
            ref={triggerRef('assign')}
            onClick={() => open('assign')}
          >
            {t('followUps.assign')}
          </button>
        </div>
      ) : null}
      {viewer.canManageFollowUps && mode === 'assign' ? (
        <AssignFollowUp
          followUp={followUp}
          viewer={viewer}
          onAssigned={(message) => {
            onChanged(message);
            close();
          }}
          onCancel={close}
        />
      ) : null}
      {viewer.canManageFollowUps && mode === 'complete' ? (
        <InlineTextForm
          label={t('actions.outcome')}
          placeholder={t('actions.outcomePlaceholder')}
          submitLabel={t('followUps.complete')}
          requiredMessage={t('actions.outcomeRequired')}
          onSubmit={async (outcome) => {
            const problems = await complete(outcome);
            if (problems.length === 0) onChanged(t('followUps.completed', { title: followUp.title }));
            return problems;
          }}
          onCancel={close}
        />
      ) : null}
      {viewer.canManageFollowUps && mode === 'dismiss' ? (
        <InlineTextForm
          label={t('actions.reason')}
          placeholder={t('actions.reasonPlaceholder')}
          submitLabel={t('followUps.dismiss')}
          requiredMessage={t('actions.reasonRequired')}
          onSubmit={async (reason) => {
            const problems = await dismiss(reason);
            if (problems.length === 0) onChanged(t('followUps.dismissed', { title: followUp.title }));
            return problems;
          }}
          onCancel={close}
        />
      ) : null}
    </li>
  );
}

function ClosedFollowUp({
  followUp,
  viewer,
  nowMs,
}: {
  followUp: FollowUp;
  viewer: FollowUps_ViewerFragment;
  nowMs: number;
}) {
  const { t } = useTranslation('panel');
  const { formatDateTime, formatTimeAgo } = useFormatters();
  const done = followUp.status === 'DONE';
  const note = done ? followUp.outcome : followUp.dismissReason;
  return (
    <li className="npsdesk-history-item" data-testid="follow-up-history-item">
      <p>
        <span className={done ? 'npsdesk-status npsdesk-status--done' : 'npsdesk-status npsdesk-status--dismissed'}>
          {done ? t('followUps.done') : t('followUps.dismissedStatus')}
        </span>{' '}
        <span className="npsdesk-history-item__title">{followUp.title}</span>
      </p>
      {note ? (
        <p className="npsdesk-history-item__note">
          <span className="npsdesk-visually-hidden">
            {done ? t('followUps.outcomeLabel') : t('followUps.reasonLabel')}
          </span>
          {note}
        </p>
      ) : null}
      <p className="npsdesk-meta">
        {t('followUps.closedBy', { name: personName(followUp.closedByPerson, viewer, t) })}
        {followUp.closedAt ? (
          <Trans
            t={t}
            i18nKey="followUps.closedWhen"
            values={{ time: formatTimeAgo(followUp.closedAt, nowMs) }}
            components={{ time: <time dateTime={followUp.closedAt} title={formatDateTime(followUp.closedAt)} /> }}
          />
        ) : null}
        {followUp.ticketId ? <TicketReference ticketId={followUp.ticketId} /> : null}
      </p>
    </li>
  );
}

/**
 * The closed loop for this contact: open follow-ups with their due times (and, for those who
 * may, Complete and Dismiss), and a short history of what was done or dismissed.
 */
export function FollowUps({
  contact,
  viewer,
  onChanged,
}: {
  contact: FollowUps_ContactFragment;
  viewer: FollowUps_ViewerFragment;
  onChanged: (message: string) => void;
}) {
  const openHeadingId = useId();
  const historyHeadingId = useId();
  const nowMs = useNow();
  const { t } = useTranslation('panel');

  const open = contact.openFollowUps.edges.map((edge) => edge.node).sort(byDueTime);
  const closed = [...contact.doneFollowUps.edges, ...contact.dismissedFollowUps.edges]
    .map((edge) => edge.node)
    .sort(byClosedTimeDescending)
    .slice(0, HISTORY_SIZE);
  const closedTotal = contact.doneFollowUps.totalCount + contact.dismissedFollowUps.totalCount;

  return (
    <>
      {open.length > 0 ? (
        <section className="npsdesk-section" aria-labelledby={openHeadingId}>
          <h3 className="npsdesk-heading" id={openHeadingId}>
            {t('followUps.openHeading')} <span className="npsdesk-count">{contact.openFollowUps.totalCount}</span>
          </h3>
          <ul className="npsdesk-followups" aria-labelledby={openHeadingId}>
            {open.map((followUp) => (
              <OpenFollowUp key={followUp.id} followUp={followUp} viewer={viewer} nowMs={nowMs} onChanged={onChanged} />
            ))}
          </ul>
        </section>
      ) : null}
      {closed.length > 0 ? (
        <section className="npsdesk-section" aria-labelledby={historyHeadingId}>
          <h3 className="npsdesk-heading" id={historyHeadingId}>
            {t('followUps.recentHeading')}
          </h3>
          <ul className="npsdesk-history" aria-labelledby={historyHeadingId}>
            {closed.map((followUp) => (
              <ClosedFollowUp key={followUp.id} followUp={followUp} viewer={viewer} nowMs={nowMs} />
            ))}
          </ul>
          {closedTotal > closed.length ? (
            <p className="npsdesk-meta">{t('followUps.latestOf', { shown: closed.length, total: closedTotal })}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
