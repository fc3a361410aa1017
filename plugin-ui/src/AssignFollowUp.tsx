import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCodeOf, mutationFailureOf, type MutationFailure } from './errors';
import { graphql } from './gql';
import type { FollowUpItem_FollowUpFragment, FollowUps_ViewerFragment } from './gql/graphql';

/** Who a follow-up can be assigned to: the workspace's agents and admins, by name. */
export const FollowUpAssigneesQuery = graphql(`
  query FollowUpAssignees {
    people(first: 100, assignable: true) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

// The follow-up comes back with the fields the panel shows, so Apollo's cache updates it in place.
export const FollowUpAssignMutation = graphql(`
  mutation FollowUpAssign($input: FollowUpAssignInput!) {
    followUpAssign(input: $input) {
      followUp {
        id
        ...FollowUpItem_followUp
      }
    }
  }
`);

const UNASSIGNED = '';

/**
 * Picks who works on an open follow-up: the agent themself ("Me"), anyone of the people
 * directory, or nobody. The directory loads when the form opens; while it loads, or if it
 * fails, "Me" and "Unassigned" still work.
 */
export function AssignFollowUp({
  followUp,
  viewer,
  onAssigned,
  onCancel,
}: {
  followUp: FollowUpItem_FollowUpFragment;
  viewer: FollowUps_ViewerFragment;
  onAssigned: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(['panel', 'common']);
  const fieldId = useId();
  const messageId = useId();
  const fieldRef = useRef<HTMLSelectElement>(null);
  const people = useQuery(FollowUpAssigneesQuery);
  const [assign, { loading: saving }] = useMutation(FollowUpAssignMutation);
  const [choice, setChoice] = useState(followUp.assignee?.id ?? UNASSIGNED);
  const [failure, setFailure] = useState<MutationFailure | null>(null);

  // The form opens because the agent asked for it.
  useEffect(() => fieldRef.current?.focus(), []);

  const others = (people.data?.people.edges ?? [])
    .map((edge) => edge.node)
    .filter((person) => person.id !== viewer.userId);
  // The current assignee stays choosable even when the directory does not list them.
  const current = followUp.assignee;
  if (current && current.id !== viewer.userId && !others.some((person) => person.id === current.id)) {
    others.unshift(current);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    try {
      const { data } = await assign({
        variables: { input: { id: followUp.id, assigneeId: choice === UNASSIGNED ? null : choice } },
      });
      const assignee = data?.followUpAssign.followUp.assignee;
      const { title } = followUp;
      onAssigned(
        !assignee
          ? t('assign.assignedToNobody', { title })
          : assignee.id === viewer.userId
            ? t('assign.assignedToYou', { title })
            : t('assign.assignedTo', { title, name: assignee.displayName }),
      );
    } catch (error) {
      setFailure(mutationFailureOf(error, i18n));
      fieldRef.current?.focus();
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !saving) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className="npsdesk-form" onSubmit={submit} onKeyDown={handleKeyDown} aria-busy={saving} noValidate>
      <div className="npsdesk-assign">
        <label className="npsdesk-form__label" htmlFor={fieldId}>
          {t('assign.label')}
        </label>
        <select
          id={fieldId}
          ref={fieldRef}
          className="npsdesk-form__field"
          value={choice}
          disabled={saving}
          aria-invalid={failure ? true : undefined}
          aria-describedby={failure ? messageId : undefined}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value={UNASSIGNED}>{t('assign.unassigned')}</option>
          <option value={viewer.userId}>{t('assign.me')}</option>
          {others.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
      {people.loading ? (
        <p className="npsdesk-meta" role="status">
          {t('assign.loadingPeople')}
        </p>
      ) : null}
      {people.error ? (
        <p className="npsdesk-meta" role="status">
          {t('assign.peopleFailed', { code: errorCodeOf(people.error) })}
        </p>
      ) : null}
      {failure ? (
        <p className="npsdesk-form__error" id={messageId} role="alert">
          {failure.message}
          {failure.code ? <span className="npsdesk-form__code"> ({failure.code})</span> : null}
        </p>
      ) : null}
      <div className="npsdesk-form__buttons">
        <button type="submit" className="npsdesk-button npsdesk-button--primary" disabled={saving}>
          {saving ? t('common:form.saving') : t('assign.submit')}
        </button>
        <button type="button" className="npsdesk-button" onClick={onCancel} disabled={saving}>
          {t('common:form.cancel')}
        </button>
      </div>
    </form>
  );
}
