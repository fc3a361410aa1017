import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { mutationFailureOf, userErrorsMessage, type MutationFailure } from './errors';
import type { UserErrors } from './follow-up-mutations';

export interface InlineTextFormProps {
  /** What the text is, e.g. "Outcome"; the field's visible label. */
  label: string;
  /** Shown inside the empty field. */
  placeholder?: string;
  /** The submit button, e.g. "Mark done". */
  submitLabel: string;
  /** The submit button while the API works; "Saving…" unless given. */
  pendingLabel?: string;
  /** Shown when the agent submits an empty text. */
  requiredMessage: string;
  /**
   * Sends the text. Resolves with the problems the API found in it (the payload's `errors`;
   * empty or nothing when saved), or rejects with the API's error: the form shows either
   * next to the field without losing the text.
   */
  onSubmit: (text: string) => Promise<UserErrors | void>;
  onCancel: () => void;
}

/**
 * A short text asked for in place (an outcome, a reason, a note): checks it is not empty,
 * shows that it is being sent, and shows the API's refusal next to the field, keeping the
 * text so the agent can fix and resend it. Escape cancels; Ctrl+Enter (⌘+Enter) sends.
 */
export function InlineTextForm({
  label,
  placeholder,
  submitLabel,
  pendingLabel,
  requiredMessage,
  onSubmit,
  onCancel,
}: InlineTextFormProps) {
  const { t, i18n } = useTranslation();
  const fieldId = useId();
  const messageId = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<MutationFailure | { code: null; message: string } | null>(null);

  // The form opens because the agent asked for it: put the cursor where they will type.
  useEffect(() => fieldRef.current?.focus(), []);

  async function submit() {
    if (pending) return;
    const value = text.trim();
    if (value === '') {
      setProblem({ code: null, message: requiredMessage });
      fieldRef.current?.focus();
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const problems = (await onSubmit(value)) ?? [];
      if (problems.length > 0) {
        // The form has one field: every problem is about it, whatever its input path.
        setProblem({ code: null, message: userErrorsMessage(problems, i18n) });
        fieldRef.current?.focus();
      }
    } catch (error) {
      setProblem(mutationFailureOf(error, i18n));
      fieldRef.current?.focus();
    } finally {
      setPending(false);
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void submit();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape' && !pending) {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form className="npsdesk-form" onSubmit={handleSubmit} aria-busy={pending} noValidate>
      <label className="npsdesk-form__label" htmlFor={fieldId}>
        {label}
      </label>
      <textarea
        id={fieldId}
        ref={fieldRef}
        className="npsdesk-form__field"
        rows={2}
        value={text}
        placeholder={placeholder}
        readOnly={pending}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (problem?.code === null) setProblem(null);
        }}
        onKeyDown={handleKeyDown}
      />
      {problem ? (
        <p className="npsdesk-form__error" id={messageId} role="alert">
          {problem.message}
          {problem.code ? <span className="npsdesk-form__code"> ({problem.code})</span> : null}
        </p>
      ) : null}
      <div className="npsdesk-form__buttons">
        <button type="submit" className="npsdesk-button npsdesk-button--primary" disabled={pending}>
          {pending ? (pendingLabel ?? t('form.saving')) : submitLabel}
        </button>
        <button type="button" className="npsdesk-button" onClick={onCancel} disabled={pending}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
