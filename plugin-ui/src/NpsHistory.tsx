import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { categoryModifier } from './categories';
import { useFormatters, type Formatters } from './format';
import { graphql } from './gql';
import type { NpsHistory_ContactFragment } from './gql/graphql';

// Every metric's answers, newest first: the chart draws the NPS ones, the list shows them all.
// 100 is the API's page size limit: a contact with more answers shows the latest 100.
/** @public Read by codegen: queries spread this fragment by name (no code imports the document). */
export const NpsHistoryContactFragment = graphql(`
  fragment NpsHistory_contact on Contact {
    answers: responses(first: 100) {
      totalCount
      edges {
        node {
          id
          metric
          score
          scaleMax
          category
          comment
          answeredAt
        }
      }
    }
  }
`);

type HistoryAnswer = NpsHistory_ContactFragment['answers']['edges'][number]['node'];

/** How many answers the list shows before "Show all". */
const LISTED_AT_FIRST = 5;

// Chart geometry in SVG user units; the SVG scales to the sidebar's width.
const WIDTH = 288;
const HEIGHT = 132;
const PLOT_LEFT = 22;
const PLOT_RIGHT = WIDTH - 4;
const PLOT_TOP = 8;
const PLOT_BOTTOM = HEIGHT - 20;
/** Keeps the first and last marks (and their labels) inside the plot. */
const MARK_INSET = 10;
const MARK_RADIUS = 5;
const MAX_SCORE = 10;
/** Above this many answers, score labels on the marks would overlap; tooltips still tell. */
const MAX_LABELLED_MARKS = 12;
const AXIS_SCORES = [0, 6, 8, 10];

// Category bands behind the line, so the eye reads promoter / passive / detractor zones.
const BANDS = [
  { modifier: 'promoter', from: 8.5, to: MAX_SCORE },
  { modifier: 'passive', from: 6.5, to: 8.5 },
  { modifier: 'detractor', from: 0, to: 6.5 },
] as const;

function yOf(score: number): number {
  return PLOT_BOTTOM - (score / MAX_SCORE) * (PLOT_BOTTOM - PLOT_TOP);
}

/** Places answers by when they were given; a single answer (or one instant) sits in the middle. */
function timeScale(answers: readonly HistoryAnswer[]): (answer: HistoryAnswer) => number {
  const left = PLOT_LEFT + MARK_INSET;
  const right = PLOT_RIGHT - MARK_INSET;
  const timeOf = (answer: HistoryAnswer) => new Date(answer.answeredAt).getTime();
  const times = answers.map(timeOf);
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  return (answer) => (span === 0 ? (left + right) / 2 : left + ((timeOf(answer) - first) / span) * (right - left));
}

function answerSummary(answer: HistoryAnswer, t: TFunction<'panel'>, { formatDate }: Formatters): string {
  const date = formatDate(answer.answeredAt);
  const summary = answer.category
    ? t('history.markTitleWithCategory', {
        score: answer.score,
        category: t(`categoryInline.${answer.category}`),
        date,
      })
    : t('history.markTitle', { score: answer.score, date });
  return answer.comment ? t('history.markComment', { summary, comment: answer.comment }) : summary;
}

/** Every NPS answer of the contact over time, one mark per answer coloured by its category. */
function NpsChart({ answers }: { answers: readonly HistoryAnswer[] }) {
  const { t } = useTranslation('panel');
  const formatters = useFormatters();
  const { formatDate } = formatters;
  const [firstAnswer] = answers;
  const lastAnswer = answers.at(-1);
  if (!firstAnswer || !lastAnswer) return null;

  const xOf = timeScale(answers);
  const marks = answers.map((answer) => ({ answer, x: xOf(answer), y: yOf(answer.score) }));
  const chartLabel = t('history.chartLabel', {
    count: answers.length,
    answers: answers
      .map((answer) => t('history.chartAnswer', { score: answer.score, date: formatDate(answer.answeredAt) }))
      .join(t('history.listSeparator')),
  });

  return (
    <svg className="npsdesk-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={chartLabel}>
      {BANDS.map((band) => (
        <rect
          key={band.modifier}
          className={`npsdesk-chart__band npsdesk-chart__band--${band.modifier}`}
          x={PLOT_LEFT}
          width={PLOT_RIGHT - PLOT_LEFT}
          y={yOf(band.to)}
          height={yOf(band.from) - yOf(band.to)}
        />
      ))}
      {AXIS_SCORES.map((score) => (
        <text
          key={score}
          className="npsdesk-chart__axis"
          x={PLOT_LEFT - 6}
          y={yOf(score)}
          textAnchor="end"
          dominantBaseline="middle"
        >
          {score}
        </text>
      ))}
      <text className="npsdesk-chart__axis" x={PLOT_LEFT} y={HEIGHT - 4} textAnchor="start">
        {formatDate(firstAnswer.answeredAt)}
      </text>
      {answers.length > 1 ? (
        <text className="npsdesk-chart__axis" x={PLOT_RIGHT} y={HEIGHT - 4} textAnchor="end">
          {formatDate(lastAnswer.answeredAt)}
        </text>
      ) : null}
      <polyline className="npsdesk-chart__line" points={marks.map(({ x, y }) => `${x},${y}`).join(' ')} />
      {marks.map(({ answer, x, y }) => (
        <g key={answer.id}>
          <circle
            className={`npsdesk-chart__mark npsdesk-chart__mark--${answer.category ? categoryModifier(answer.category) : 'unknown'}`}
            cx={x}
            cy={y}
            r={MARK_RADIUS}
          >
            <title>{answerSummary(answer, t, formatters)}</title>
          </circle>
          {marks.length <= MAX_LABELLED_MARKS ? (
            // Below the mark for a 10, which sits on the top edge; above it otherwise.
            <text
              className="npsdesk-chart__score"
              x={x}
              y={answer.score === MAX_SCORE ? y + MARK_RADIUS + 10 : y - MARK_RADIUS - 3}
              textAnchor="middle"
            >
              {answer.score}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

/** One answer in words: metric, score on its scale, date, and the comment in full. */
function AnswerItem({ answer }: { answer: HistoryAnswer }) {
  const { t } = useTranslation('panel');
  const { formatDate } = useFormatters();
  const category = answer.category
    ? t('history.answerCategory', { category: t(`categoryInline.${answer.category}`) })
    : '';
  return (
    <li className="npsdesk-answer" data-testid="history-answer">
      <p>
        <span className="npsdesk-answer__metric">{answer.metric}</span>{' '}
        <span className="npsdesk-answer__score">
          {answer.score}/{answer.scaleMax}
        </span>
        {category}
        <span className="npsdesk-meta">
          {' · '}
          <time dateTime={answer.answeredAt}>{formatDate(answer.answeredAt)}</time>
        </span>
      </p>
      {answer.comment ? (
        <blockquote className="npsdesk-answer__comment">
          <p>{answer.comment}</p>
        </blockquote>
      ) : null}
    </li>
  );
}

/**
 * The contact's answers of every metric: the NPS ones as a chart, then all of them (NPS, CSAT,
 * CES) as a list, newest first, each with its score on its own scale and its comment, so
 * older comments read without hovering the chart.
 */
export function NpsHistory({ contact }: { contact: NpsHistory_ContactFragment }) {
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const { t } = useTranslation('panel');
  const { edges, totalCount } = contact.answers;
  const newestFirst = edges.map((edge) => edge.node);
  if (newestFirst.length === 0) return null;
  // A chart reads left to right, oldest first.
  const npsOldestFirst = newestFirst.filter((answer) => answer.metric === 'NPS').reverse();
  const listed = showAll ? newestFirst : newestFirst.slice(0, LISTED_AT_FIRST);

  return (
    <section className="npsdesk-section" aria-labelledby={headingId}>
      <h3 className="npsdesk-heading" id={headingId}>
        {t('history.heading')}
      </h3>
      <NpsChart answers={npsOldestFirst} />
      <ul className="npsdesk-answers" id={listId} aria-label={t('history.listLabel')}>
        {listed.map((answer) => (
          <AnswerItem key={answer.id} answer={answer} />
        ))}
      </ul>
      {newestFirst.length > LISTED_AT_FIRST ? (
        <button
          type="button"
          className="npsdesk-link-button"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((shown) => !shown)}
        >
          {showAll ? t('history.showFewer') : t('history.showAll', { count: newestFirst.length })}
        </button>
      ) : null}
      {totalCount > newestFirst.length ? (
        <p className="npsdesk-meta">{t('history.latestOf', { shown: newestFirst.length, total: totalCount })}</p>
      ) : null}
    </section>
  );
}
