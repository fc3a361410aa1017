import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { ERROR_CODE, errorCodeOf } from '../errors';
import { graphql } from '../gql';
import type {
  NpsReportPageQuery as NpsReportPageData,
  NpsReportPageViewerQuery as NpsReportPageViewerData,
} from '../gql/graphql';
import { useLocale } from '../i18n/LocaleProvider';
import { ClosedLoopFigures } from './ClosedLoopFigures';
import { NpsDistribution } from './NpsDistribution';
import { NpsOverall } from './NpsOverall';
import { NpsSegmentTable } from './NpsSegmentTable';
import { NpsTrendChart } from './NpsTrendChart';
import { ReportControls } from './ReportControls';
import { useReportFormat } from './report-format';
import { defaultReportSettings, reportInput, settingsProblem, type ReportSettings } from './report-settings';
import { REPORT_CSS } from './report-styles';
import { SatisfactionSummary } from './SatisfactionSummary';

export const NpsReportPageViewerQuery = graphql(`
  query NpsReportPageViewer {
    viewer {
      userId
      role
      workspace {
        id
        name
      }
      canReadReports
      canReadReportSummary
    }
  }
`);

// `$full` is the viewer's `canReadReports`: sales may read `overall` and `buckets` only, and
// asking for more would fail those fields with FORBIDDEN.
export const NpsReportPageQuery = graphql(`
  query NpsReportPage($input: NpsReportInput!, $full: Boolean!) {
    npsReport(input: $input) {
      id
      timeZone
      granularity
      overall {
        ...NpsReportFigure_figure
      }
      buckets {
        id
        ...NpsTrendChart_bucket
      }
      distribution @include(if: $full)
      csat @include(if: $full) {
        ...SatisfactionSummary_csat
      }
      ces @include(if: $full) {
        ...SatisfactionSummary_ces
      }
      closedLoop @include(if: $full) {
        ...ClosedLoopFigures_closedLoop
      }
    }
  }
`);

type Viewer = NpsReportPageViewerData['viewer'];
type Report = NpsReportPageData['npsReport'];

export interface NpsReportPageProps {
  /**
   * Where the controls start; by default twelve months by month up to today, in the
   * browser's time zone.
   */
  initialSettings?: Partial<ReportSettings>;
}

type PageState = 'loading' | 'ready' | 'empty' | 'error' | 'forbidden' | 'invalid';

function Loading() {
  const { t } = useTranslation('report');
  return (
    <>
      <p role="status" className="npsdesk-loading">
        {t('page.loading')}
      </p>
      <div className="npsdesk-skeleton" aria-hidden="true">
        <span className="npsdesk-skeleton__line npsdesk-skeleton__line--short" />
        <span className="npsdesk-skeleton__block" />
        <span className="npsdesk-skeleton__line" />
      </div>
    </>
  );
}

function ErrorMessage({
  title,
  detail,
  code,
  onRetry,
}: {
  title: string;
  detail?: string;
  code: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation('report');
  return (
    <div role="alert" className="npsdesk-error">
      <p className="npsdesk-error__title">{title}</p>
      {detail ? <p>{detail}</p> : null}
      <p className="npsdesk-meta">
        <Trans t={t} i18nKey="error.code" values={{ code }} components={{ code: <code /> }} />
      </p>
      {onRetry ? (
        <button type="button" className="npsdesk-button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** The API's own message for BAD_USER_INPUT (a time zone it does not know, say), meant for the user. */
function badInputMessage(error: ErrorLike): string | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
}

/** What a sales rep is told in place of the parts only admins may read. */
function AdminOnlyNotice() {
  const headingId = useId();
  const { t } = useTranslation('report');
  return (
    <section
      className="npsdesk-report__card npsdesk-report__notice"
      aria-labelledby={headingId}
      data-testid="report-admin-only"
    >
      <h3 className="npsdesk-heading" id={headingId}>
        {t('adminOnly.heading')}
      </h3>
      <p>{t('adminOnly.text')}</p>
    </section>
  );
}

function ReportFigures({ report, full, settings }: { report: Report; full: boolean; settings: ReportSettings }) {
  const { t } = useTranslation('report');
  const hasSatisfaction = Boolean(report.csat || report.ces);
  if (report.overall.responses === 0) {
    return (
      <>
        <p className="npsdesk-empty npsdesk-report__empty" data-testid="report-empty-message">
          {t('page.empty')}
        </p>
        {full && hasSatisfaction ? <SatisfactionSummary csat={report.csat} ces={report.ces} /> : null}
      </>
    );
  }
  return (
    <div className="npsdesk-report__grid">
      <NpsOverall figure={report.overall} />
      {full && report.distribution ? <NpsDistribution distribution={report.distribution} /> : null}
      {full ? null : <AdminOnlyNotice />}
      <div className="npsdesk-report__wide">
        <NpsTrendChart buckets={report.buckets} granularity={report.granularity} />
      </div>
      {full ? (
        <>
          <div className="npsdesk-report__wide">
            <NpsSegmentTable settings={settings} />
          </div>
          {report.closedLoop ? <ClosedLoopFigures closedLoop={report.closedLoop} /> : null}
          <SatisfactionSummary csat={report.csat} ces={report.ces} />
        </>
      ) : null}
    </div>
  );
}

/** The report for a viewer who may read at least its summary: controls, then the figures. */
function ReportBody({
  viewer,
  initialSettings,
  frame,
}: {
  viewer: Viewer;
  initialSettings: Partial<ReportSettings> | undefined;
  frame: (state: PageState, children: ReactNode, busy?: boolean) => ReactNode;
}) {
  const [settings, setSettings] = useState<ReportSettings>(() => ({ ...defaultReportSettings(), ...initialSettings }));
  const { t } = useTranslation('report');
  const format = useReportFormat();
  const problem = settingsProblem(settings);
  const full = viewer.canReadReports;
  const { data, previousData, loading, error, refetch } = useQuery(
    NpsReportPageQuery,
    problem ? skipToken : { variables: { input: reportInput(settings), full } },
  );

  const controls = <ReportControls settings={settings} problem={problem} onChange={setSettings} />;
  // One shape for every state (controls, then the content), so the controls keep their focus.
  const [state, content, busy] = reportContent();
  return frame(
    state,
    <>
      {controls}
      {content}
    </>,
    busy,
  );

  function reportContent(): [PageState, ReactNode, boolean] {
    if (problem) return ['invalid', null, false];
    if (error) {
      const code = errorCodeOf(error);
      if (code === ERROR_CODE.forbidden) {
        return ['forbidden', <ErrorMessage key="error" title={t('error.forbidden')} code={code} />, false];
      }
      if (code === 'BAD_USER_INPUT') {
        const detail = badInputMessage(error);
        return ['error', <ErrorMessage key="error" title={t('error.badInput')} detail={detail} code={code} />, false];
      }
      if (code === ERROR_CODE.unauthenticated) {
        const detail = t('error.signInAgain');
        return [
          'error',
          <ErrorMessage key="error" title={t('error.unauthenticated')} detail={detail} code={code} />,
          false,
        ];
      }
      const retry = () => void refetch().catch(() => undefined);
      return ['error', <ErrorMessage key="error" title={t('error.loadFailed')} code={code} onRetry={retry} />, false];
    }
    // A new request keeps the last figures on screen, dimmed, until its answer arrives.
    const shown = data ?? previousData;
    if (!shown) return ['loading', <Loading key="loading" />, true];
    const report = shown.npsReport;
    const stale = !data && loading;
    return [
      report.overall.responses === 0 ? 'empty' : 'ready',
      <div key="figures" className={stale ? 'npsdesk-report__stale' : undefined}>
        <p className="npsdesk-meta npsdesk-report__period">
          {t('page.period', {
            from: format.localDate(settings.from),
            to: format.localDate(settings.to),
            timeZone: settings.timeZone.replaceAll('_', ' '),
          })}
        </p>
        <p role="status" className="npsdesk-visually-hidden">
          {stale ? t('page.updating') : ''}
        </p>
        <ReportFigures report={report} full={full} settings={settings} />
      </div>,
      stale,
    ];
  }
}

/**
 * NPS report page for admins (and, reduced to the headline figures, sales reps): date range,
 * granularity and time zone controls; overall NPS with its 95% margins; the trend with its
 * Wald band, low-sample and significant-change marks; the 0-10 distribution; NPS by segment;
 * closed-loop, CSAT and CES figures. Needs an `NpsDeskProvider` (or any Apollo provider for
 * the NPS Desk API) above it.
 */
export function NpsReportPage({ initialSettings }: NpsReportPageProps) {
  const headingId = useId();
  const { t } = useTranslation('report');
  const locale = useLocale();
  const viewerResult = useQuery(NpsReportPageViewerQuery);
  const viewer = viewerResult.data?.viewer;

  const frame = (state: PageState, children: ReactNode, busy = false) => (
    <section
      className="npsdesk-panel npsdesk-report"
      // Screen readers and fonts follow the page's language otherwise, which may be another.
      lang={locale}
      aria-labelledby={headingId}
      aria-busy={state === 'loading' || busy}
      data-testid={`nps-report-${state}`}
    >
      {/* React hoists this into <head> once, whichever way the page is mounted. */}
      <style href="npsdesk-report-styles" precedence="npsdesk">
        {REPORT_CSS}
      </style>
      <header className="npsdesk-report__header">
        <h2 className="npsdesk-report__title" id={headingId}>
          {t('page.title')}
        </h2>
        {viewer ? (
          <p className="npsdesk-meta">
            {t('page.signedInAs', { workspace: viewer.workspace.name, role: t(`role.${viewer.role}`) })}
          </p>
        ) : null}
      </header>
      {children}
    </section>
  );

  if (viewerResult.error) {
    const code = errorCodeOf(viewerResult.error);
    return frame(
      'error',
      <ErrorMessage
        title={code === ERROR_CODE.unauthenticated ? t('error.unauthenticated') : t('error.loadFailed')}
        code={code}
        onRetry={
          code === ERROR_CODE.unauthenticated ? undefined : () => void viewerResult.refetch().catch(() => undefined)
        }
      />,
    );
  }
  if (!viewer) return frame('loading', <Loading />);
  if (!viewer.canReadReportSummary) {
    return frame(
      'forbidden',
      <div role="alert" className="npsdesk-error">
        <p className="npsdesk-error__title">{t('error.notForRole')}</p>
        <p className="npsdesk-meta">{t('error.notForRoleDetail', { role: t(`role.${viewer.role}`) })}</p>
      </div>,
    );
  }
  return <ReportBody viewer={viewer} initialSettings={initialSettings} frame={frame} />;
}
