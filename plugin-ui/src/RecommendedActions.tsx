import { useId, useRef, useState } from 'react';

import { copyText, type CopyOutcome } from './clipboard';
import { formatDateTime, formatRelativeTime } from './format';
import { graphql } from './gql';
import type { ActionPriority, RecommendedActions_ContactFragment } from './gql/graphql';

export const RecommendedActionsContactFragment = graphql(`
  fragment RecommendedActions_contact on Contact {
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

type RecommendedAction = RecommendedActions_ContactFragment['recommendedActions'][number];

const PRIORITY_LABEL: Record<ActionPriority, string> = {
  URGENT: 'Urgent',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

const COPY_STATUS: Record<CopyOutcome, string> = {
  copied: 'Copied',
  selected: 'Script selected: press Ctrl+C (⌘C on Mac) to copy',
};

function DueTime({ dueAt, nowMs }: { dueAt: string | null; nowMs: number }) {
  if (!dueAt) return <p className="npsdesk-meta">No deadline</p>;
  const overdue = new Date(dueAt).getTime() < nowMs;
  return (
    <p className={overdue ? 'npsdesk-meta npsdesk-meta--overdue' : 'npsdesk-meta'}>
      {overdue ? 'Was due ' : 'Due '}
      <time dateTime={dueAt} title={formatDateTime(dueAt)}>
        {formatRelativeTime(dueAt, nowMs)}
      </time>
    </p>
  );
}

function ActionCard({ action, nowMs }: { action: RecommendedAction; nowMs: number }) {
  const scriptRef = useRef<HTMLPreElement>(null);
  const [copyOutcome, setCopyOutcome] = useState<CopyOutcome | null>(null);
  const scriptCaptionId = useId();

  async function handleCopy() {
    if (!scriptRef.current) return;
    setCopyOutcome(await copyText(action.script, scriptRef.current));
  }

  return (
    <li className={`npsdesk-action npsdesk-action--${action.priority.toLowerCase()}`}>
      <div className="npsdesk-action__head">
        <h4 className="npsdesk-action__title">{action.title}</h4>
        <span className={`npsdesk-priority npsdesk-priority--${action.priority.toLowerCase()}`}>
          <span className="npsdesk-visually-hidden">Priority: </span>
          {PRIORITY_LABEL[action.priority]}
        </span>
      </div>
      <DueTime dueAt={action.dueAt} nowMs={nowMs} />
      <p className="npsdesk-action__reason">{action.reason}</p>
      {/* Named explicitly too: not every tool derives a figure's name from its caption. */}
      <figure className="npsdesk-script" aria-labelledby={scriptCaptionId}>
        <figcaption className="npsdesk-label" id={scriptCaptionId}>
          Script
        </figcaption>
        <pre className="npsdesk-script__text" ref={scriptRef}>
          {action.script}
        </pre>
      </figure>
      <div className="npsdesk-action__copy">
        <button type="button" className="npsdesk-button" onClick={() => void handleCopy()}>
          Copy script
        </button>
        <span className="npsdesk-copy-status" role="status">
          {copyOutcome ? COPY_STATUS[copyOutcome] : ''}
        </span>
      </div>
    </li>
  );
}

/** The next best actions for the agent, most urgent first, each with a script to use. */
export function RecommendedActions({ contact }: { contact: RecommendedActions_ContactFragment }) {
  const headingId = useId();
  // Due times are relative to when the panel rendered; the panel lives as long as a ticket view.
  const [nowMs] = useState(Date.now);
  if (contact.recommendedActions.length === 0) return null;

  return (
    <section className="npsdesk-section" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        Recommended actions
      </h3>
      <ol className="npsdesk-actions" aria-labelledby={headingId}>
        {contact.recommendedActions.map((action) => (
          <ActionCard key={`${action.kind}:${action.title}`} action={action} nowMs={nowMs} />
        ))}
      </ol>
    </section>
  );
}
