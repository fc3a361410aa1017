import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useSalesCandidateMarkContacted } from './follow-up-mutations';
import { graphql } from './gql';
import type { SalesOutreach_ContactFragment, SalesOutreach_ViewerFragment } from './gql/graphql';
import { InlineTextForm } from './InlineTextForm';
import { useInlineForm } from './use-inline-form';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SalesOutreachContactFragment = graphql(`
  fragment SalesOutreach_contact on Contact {
    id
    loyalty {
      category
    }
  }
`);

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SalesOutreachViewerFragment = graphql(`
  fragment SalesOutreach_viewer on Viewer {
    canWorkSalesCandidates
  }
`);

/**
 * For sales reps looking at a promoter's ticket: log an upsell or referral conversation.
 * Shown only to viewers who may work sales candidates, and only for promoters (the API
 * takes no one else as a candidate).
 */
export function SalesOutreach({
  contact,
  viewer,
  onLogged,
}: {
  contact: SalesOutreach_ContactFragment;
  viewer: SalesOutreach_ViewerFragment;
  onLogged: (message: string) => void;
}) {
  const headingId = useId();
  const { t } = useTranslation(['panel', 'common']);
  const { mode, open, close, triggerRef } = useInlineForm<'note'>();
  const markContacted = useSalesCandidateMarkContacted(contact.id);
  if (!viewer.canWorkSalesCandidates || contact.loyalty.category !== 'PROMOTER') return null;

  return (
    <section className="npsdesk-section" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('outreach.heading')}
      </h3>
      {mode === 'note' ? (
        <InlineTextForm
          label={t('common:outreach.note')}
          placeholder={t('common:outreach.notePlaceholder')}
          submitLabel={t('common:outreach.markContacted')}
          requiredMessage={t('common:outreach.noteRequired')}
          onSubmit={async (note) => {
            const problems = await markContacted(note);
            if (problems.length > 0) return problems;
            close();
            onLogged(t('outreach.marked'));
            return problems;
          }}
          onCancel={close}
        />
      ) : (
        <div className="npsdesk-buttons">
          <p className="npsdesk-meta">{t('outreach.hint')}</p>
          <button type="button" className="npsdesk-button" ref={triggerRef('note')} onClick={() => open('note')}>
            {t('common:outreach.markContacted')}
          </button>
        </div>
      )}
    </section>
  );
}
