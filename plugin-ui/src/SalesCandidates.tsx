import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';

import { ERROR_CODE, errorCodeOf, mutationFailureOf, type MutationFailure } from './errors';
import { useSalesCandidateMarkContacted } from './follow-up-mutations';
import { useFormatters } from './format';
import { graphql } from './gql';
import type { SalesCandidateFilter, SalesCandidateItem_CandidateFragment } from './gql/graphql';
import { useLocale } from './i18n/LocaleProvider';
import { API_PROSE_LOCALE } from './i18n/locale';
import { InlineTextForm } from './InlineTextForm';
import { useInlineForm } from './use-inline-form';
import { useNow } from './use-now';

/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const SalesCandidateItemCandidateFragment = graphql(`
  fragment SalesCandidateItem_candidate on SalesCandidate {
    contact {
      id
      name
      email
      externalId
      company
      plan
      region
      tags
      accountValue
      loyalty {
        latestScore
        answeredAt
      }
    }
    reason
    positiveCsat
    lastContactedAt
  }
`);

export const SalesCandidatesQuery = graphql(`
  query SalesCandidates($first: Int!, $after: String, $filter: SalesCandidateFilter) {
    salesCandidates(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...SalesCandidateItem_candidate
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Candidates per page; "Load more" asks for the next page. */
export const SALES_CANDIDATES_PAGE_SIZE = 10;

type Candidate = SalesCandidateItem_CandidateFragment;

interface FilterValues {
  plan: string;
  region: string;
  tag: string;
}

const NO_FILTER: FilterValues = { plan: '', region: '', tag: '' };

/** Only the filled-in filters, trimmed; the API treats a missing filter as "any". */
function apiFilter(values: FilterValues): SalesCandidateFilter {
  const filter: SalesCandidateFilter = {};
  if (values.plan.trim()) filter.plan = values.plan.trim();
  if (values.region.trim()) filter.region = values.region.trim();
  if (values.tag.trim()) filter.tag = values.tag.trim();
  return filter;
}

/** Why the API lists the candidate: its own sentence in its language, else told from the same figures. */
function useCandidateReason({ reason, contact }: Candidate, nowMs: number): string {
  const { t } = useTranslation('sales');
  const { locale, formatTimeAgo } = useFormatters();
  const { latestScore, answeredAt } = contact.loyalty;
  if (locale === API_PROSE_LOCALE || latestScore === null || answeredAt === null) return reason;
  return t('reason', {
    score: latestScore,
    answered: formatTimeAgo(answeredAt, nowMs),
    value:
      contact.accountValue === null ? t('accountValueUnknown') : t('accountValue', { value: contact.accountValue }),
  });
}

function CandidateCard({ candidate, nowMs }: { candidate: Candidate; nowMs: number }) {
  const { t } = useTranslation(['sales', 'common']);
  const { formatDateTime, formatTimeAgo } = useFormatters();
  const reason = useCandidateReason(candidate, nowMs);
  const nameId = useId();
  const { mode, open, close, triggerRef } = useInlineForm<'note'>();
  const [marked, setMarked] = useState(false);
  const markContacted = useSalesCandidateMarkContacted(candidate.contact.id);
  const { contact } = candidate;
  const segment = [contact.plan, contact.region, ...contact.tags].filter(Boolean).join(' · ');

  return (
    <li className="npsdesk-candidate" aria-labelledby={nameId}>
      <div className="npsdesk-candidate__head">
        <div className="npsdesk-candidate__who">
          <h3 className="npsdesk-candidate__name" id={nameId}>
            {contact.name ?? contact.email ?? contact.externalId ?? t('unnamed')}
          </h3>
          {contact.company ? <p className="npsdesk-meta">{contact.company}</p> : null}
        </div>
        {contact.loyalty.latestScore !== null ? (
          <p className="npsdesk-candidate__score">
            <span className="npsdesk-visually-hidden">{t('latestScore')}</span>
            {contact.loyalty.latestScore}
            <span className="npsdesk-score__max">/10</span>
          </p>
        ) : null}
      </div>
      <p className="npsdesk-candidate__reason">{reason}</p>
      <div className="npsdesk-candidate__tags">
        {candidate.positiveCsat ? (
          <span className="npsdesk-pill npsdesk-pill--positive">{t('positiveCsat')}</span>
        ) : null}
        {segment ? <span className="npsdesk-meta">{segment}</span> : null}
      </div>
      <p className="npsdesk-meta" data-testid="candidate-last-contacted">
        {candidate.lastContactedAt ? (
          <Trans
            t={t}
            i18nKey="lastContacted"
            values={{ time: formatTimeAgo(candidate.lastContactedAt, nowMs) }}
            components={{
              time: <time dateTime={candidate.lastContactedAt} title={formatDateTime(candidate.lastContactedAt)} />,
            }}
          />
        ) : (
          t('notContacted')
        )}
      </p>
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
            setMarked(true);
            return problems;
          }}
          onCancel={close}
        />
      ) : (
        <div className="npsdesk-buttons">
          <button
            type="button"
            className="npsdesk-button"
            aria-describedby={nameId}
            ref={triggerRef('note')}
            onClick={() => {
              setMarked(false);
              open('note');
            }}
          >
            {t('common:outreach.markContacted')}
          </button>
          <span className="npsdesk-copy-status" role="status">
            {marked ? t('saved') : ''}
          </span>
        </div>
      )}
    </li>
  );
}

function FilterForm({ applied, onApply }: { applied: FilterValues; onApply: (values: FilterValues) => void }) {
  const { t } = useTranslation('sales');
  const [values, setValues] = useState<FilterValues>(applied);
  const planId = useId();
  const regionId = useId();
  const tagId = useId();
  const filtered = applied.plan !== '' || applied.region !== '' || applied.tag !== '';

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ plan: values.plan.trim(), region: values.region.trim(), tag: values.tag.trim() });
  }

  const field = (id: string, label: string, key: keyof FilterValues, placeholder: string) => (
    <div className="npsdesk-filter__field">
      <label className="npsdesk-form__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="npsdesk-form__input"
        value={values[key]}
        placeholder={placeholder}
        onChange={(event) => setValues({ ...values, [key]: event.target.value })}
      />
    </div>
  );

  return (
    <form className="npsdesk-filter" role="search" aria-label={t('filter.label')} onSubmit={handleSubmit}>
      {field(planId, t('filter.plan'), 'plan', t('filter.planPlaceholder'))}
      {field(regionId, t('filter.region'), 'region', t('filter.regionPlaceholder'))}
      {field(tagId, t('filter.tag'), 'tag', t('filter.tagPlaceholder'))}
      <div className="npsdesk-buttons">
        <button type="submit" className="npsdesk-button npsdesk-button--primary">
          {t('filter.submit')}
        </button>
        {filtered ? (
          <button
            type="button"
            className="npsdesk-button"
            onClick={() => {
              setValues(NO_FILTER);
              onApply(NO_FILTER);
            }}
          >
            {t('filter.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * Upsell and referral candidates for sales reps: recent promoters without an open recovery,
 * highest account value first, filterable by plan, region and tag, paged with "Load more",
 * each one markable as contacted (with a note).
 */
export function SalesCandidates() {
  const headingId = useId();
  const nowMs = useNow();
  const { t, i18n } = useTranslation(['sales', 'common']);
  const [filterValues, setFilterValues] = useState<FilterValues>(NO_FILTER);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailure, setLoadMoreFailure] = useState<MutationFailure | null>(null);
  const filter = apiFilter(filterValues);
  const { data, loading, error, refetch, fetchMore } = useQuery(SalesCandidatesQuery, {
    variables: { first: SALES_CANDIDATES_PAGE_SIZE, filter },
  });

  async function loadMore(endCursor: string) {
    setLoadingMore(true);
    setLoadMoreFailure(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (failure) {
      setLoadMoreFailure(mutationFailureOf(failure, i18n));
    } finally {
      setLoadingMore(false);
    }
  }

  let body;
  if (error && !data) {
    const code = errorCodeOf(error);
    body = (
      <div role="alert" className="npsdesk-error">
        <p className="npsdesk-error__title">{code === ERROR_CODE.forbidden ? t('forbidden') : t('loadFailed')}</p>
        <p className="npsdesk-meta">
          <Trans t={t} i18nKey="common:errorCode" values={{ code }} components={{ code: <code /> }} />
        </p>
        {code === ERROR_CODE.forbidden ? null : (
          <button type="button" className="npsdesk-button" onClick={() => void refetch().catch(() => undefined)}>
            {t('common:retry')}
          </button>
        )}
      </div>
    );
  } else if (!data) {
    body = (
      <p role="status" className="npsdesk-loading">
        {t('loading')}
      </p>
    );
  } else if (data.salesCandidates.edges.length === 0) {
    body = <p className="npsdesk-empty">{t('empty')}</p>;
  } else {
    const { edges, pageInfo } = data.salesCandidates;
    const nextCursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    body = (
      <>
        <ol className="npsdesk-candidates" aria-labelledby={headingId}>
          {edges.map((edge) => (
            <CandidateCard key={edge.node.contact.id} candidate={edge.node} nowMs={nowMs} />
          ))}
        </ol>
        {loadMoreFailure ? (
          <p className="npsdesk-form__error" role="alert">
            {loadMoreFailure.message}
            <span className="npsdesk-form__code"> ({loadMoreFailure.code})</span>
          </p>
        ) : null}
        {nextCursor ? (
          <button
            type="button"
            className="npsdesk-button npsdesk-load-more"
            disabled={loadingMore}
            onClick={() => void loadMore(nextCursor)}
          >
            {loadingMore ? t('loadingMore') : t('loadMore')}
          </button>
        ) : (
          <p className="npsdesk-meta">{t('allShown', { count: edges.length })}</p>
        )}
      </>
    );
  }

  return (
    <section
      lang={useLocale()}
      className="npsdesk-panel npsdesk-sales"
      aria-labelledby={headingId}
      aria-busy={loading || loadingMore}
      data-testid="sales-candidates"
    >
      <h2 className="npsdesk-sales__title" id={headingId}>
        {t('title')}
      </h2>
      <p className="npsdesk-meta">{t('intro')}</p>
      <FilterForm applied={filterValues} onApply={setFilterValues} />
      {body}
    </section>
  );
}
