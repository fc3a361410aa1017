import { Trans, useTranslation } from 'react-i18next';

import { useFormatters } from './format';
import { graphql } from './gql';
import type { SurveyEligibility_ContactFragment, SurveyEligibility_FieldsFragment } from './gql/graphql';
import { API_PROSE_LOCALE } from './i18n/locale';

/** @public Read by codegen: the contact fragment spreads it by name. */
export const SurveyEligibilityFieldsFragment = graphql(`
  fragment SurveyEligibility_fields on SurveyEligibility {
    eligible
    nextEligibleAt
    reasons {
      blocker
      message
      until
    }
  }
`);

// The survey policy has rules per metric, and only surveys of a metric count against its own
// rules: each metric gets its own answer.
/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SurveyEligibilityContactFragment = graphql(`
  fragment SurveyEligibility_contact on Contact {
    npsEligibility: surveyEligibility(metric: NPS) {
      ...SurveyEligibility_fields
    }
    csatEligibility: surveyEligibility(metric: CSAT) {
      ...SurveyEligibility_fields
    }
    cesEligibility: surveyEligibility(metric: CES) {
      ...SurveyEligibility_fields
    }
  }
`);

/** One metric: yes, or every rule that blocks it and when the date rules allow it again. */
function MetricEligibility({ metric, eligibility }: { metric: string; eligibility: SurveyEligibility_FieldsFragment }) {
  const { eligible, reasons, nextEligibleAt } = eligibility;
  const { t } = useTranslation('panel');
  const { locale, formatDate, formatDateTime } = useFormatters();
  const dateOf = (isoDateTime: string) => ({
    values: { date: formatDate(isoDateTime) },
    components: { time: <time dateTime={isoDateTime} title={formatDateTime(isoDateTime)} /> },
  });
  return (
    <li data-testid={`survey-eligibility-${metric.toLowerCase()}`}>
      <span className="npsdesk-survey__metric">{t('survey.metric', { metric })}</span>
      {eligible ? (
        <span className="npsdesk-survey__answer npsdesk-survey__answer--yes">{t('survey.yes')}</span>
      ) : (
        <span className="npsdesk-survey__answer npsdesk-survey__answer--no">{t('survey.notNow')}</span>
      )}
      {!eligible && nextEligibleAt ? (
        <span className="npsdesk-meta">
          {' · '}
          <Trans t={t} i18nKey="survey.from" {...dateOf(nextEligibleAt)} />
        </span>
      ) : null}
      {reasons.length > 0 ? (
        <ul className="npsdesk-survey__reasons">
          {reasons.map((reason) => (
            <li key={reason.blocker}>
              {locale === API_PROSE_LOCALE ? reason.message : t(`survey.blocker.${reason.blocker}`, { metric })}
              {/* The metric's line already says when the last date rule lets go; others say their own date. */}
              {reason.until && reason.until !== nextEligibleAt ? (
                <Trans t={t} i18nKey="survey.until" {...dateOf(reason.until)} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** "Survey now?", per metric (NPS, CSAT, CES): yes, or why not and from when. */
export function SurveyEligibility({ contact }: { contact: SurveyEligibility_ContactFragment }) {
  const { t } = useTranslation('panel');
  return (
    <div className="npsdesk-survey" data-testid="survey-eligibility">
      <p className="npsdesk-survey__question">{t('survey.question')}</p>
      <ul className="npsdesk-survey__metrics">
        <MetricEligibility metric="NPS" eligibility={contact.npsEligibility} />
        <MetricEligibility metric="CSAT" eligibility={contact.csatEligibility} />
        <MetricEligibility metric="CES" eligibility={contact.cesEligibility} />
      </ul>
    </div>
  );
}
