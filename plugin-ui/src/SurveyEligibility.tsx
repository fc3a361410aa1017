import { formatDate, formatDateTime } from './format';
import { graphql } from './gql';
import type { SurveyEligibility_ContactFragment } from './gql/graphql';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SurveyEligibilityContactFragment = graphql(`
  fragment SurveyEligibility_contact on Contact {
    surveyEligibility {
      eligible
      nextEligibleAt
      reasons {
        blocker
        message
        until
      }
    }
  }
`);

/** "Survey now?": yes, or every rule that blocks it and when the date rules allow it again. */
export function SurveyEligibility({ contact }: { contact: SurveyEligibility_ContactFragment }) {
  const { eligible, reasons, nextEligibleAt } = contact.surveyEligibility;
  return (
    <div className="npsdesk-survey" data-testid="survey-eligibility">
      <p>
        <span className="npsdesk-survey__question">Survey now?</span>{' '}
        {eligible ? (
          <span className="npsdesk-survey__answer npsdesk-survey__answer--yes">Yes</span>
        ) : (
          <span className="npsdesk-survey__answer npsdesk-survey__answer--no">Not now</span>
        )}
        {!eligible && nextEligibleAt ? (
          <span className="npsdesk-meta">
            {' · from '}
            <time dateTime={nextEligibleAt} title={formatDateTime(nextEligibleAt)}>
              {formatDate(nextEligibleAt)}
            </time>
          </span>
        ) : null}
      </p>
      {reasons.length > 0 ? (
        <ul className="npsdesk-survey__reasons">
          {reasons.map((reason) => (
            <li key={reason.blocker}>
              {reason.message}
              {/* The headline already says when the last date rule lets go; others say their own date. */}
              {reason.until && reason.until !== nextEligibleAt ? (
                <>
                  {' (until '}
                  <time dateTime={reason.until} title={formatDateTime(reason.until)}>
                    {formatDate(reason.until)}
                  </time>
                  )
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
