import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';

import { createNpsDeskCache } from './apollo';
import { SalesCandidateMarkContactedDocument, SalesCandidatesDocument } from './gql/graphql';
import type { Locale } from './i18n/locale';
import { LocaleProvider } from './i18n/LocaleProvider';
import { SALES_CANDIDATES_PAGE_SIZE, SalesCandidates } from './SalesCandidates';
import { contactData, followUpData, formattersOf, mayaFixture } from './test-fixtures';

type Mocks = NonNullable<ComponentProps<typeof MockedProvider>['mocks']>;

interface CandidateFixture {
  id: string;
  name: string;
  company?: string | null;
  score?: number;
  plan?: string | null;
  region?: string | null;
  tags?: string[];
  reason?: string;
  accountValue?: number | null;
  positiveCsat?: boolean;
  lastContactedAt?: string | null;
}

function candidateData({
  id,
  name,
  company = null,
  score = 10,
  plan = null,
  region = null,
  tags = [],
  reason = 'Promoter (10) 3 days ago, account value 48,000',
  accountValue = 48_000,
  positiveCsat = false,
  lastContactedAt = null,
}: CandidateFixture) {
  return {
    __typename: 'SalesCandidate',
    contact: {
      __typename: 'Contact',
      id,
      name,
      email: null,
      externalId: null,
      company,
      plan,
      region,
      tags,
      accountValue,
      loyalty: { __typename: 'LoyaltySnapshot', latestScore: score, answeredAt: '2026-11-25T09:00:00.000Z' },
    },
    reason,
    positiveCsat,
    lastContactedAt,
  };
}

function page(candidates: ReturnType<typeof candidateData>[], endCursor: string | null, hasNextPage: boolean) {
  return {
    data: {
      salesCandidates: {
        __typename: 'SalesCandidateConnection',
        edges: candidates.map((node) => ({
          __typename: 'SalesCandidateEdge',
          cursor: `cursor-${node.contact.id}`,
          node,
        })),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      },
    },
  };
}

const maya = candidateData({
  id: 'contact-maya',
  name: 'Maya Patel',
  company: 'Northwind Traders',
  plan: 'enterprise',
  region: 'EMEA',
  tags: ['sso'],
  positiveCsat: true,
});

/** Candidates 2..n of a long list, lower account values. */
function others(from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, index) =>
    candidateData({
      id: `contact-${from + index}`,
      name: `Customer ${from + index}`,
      score: 9,
      reason: `Promoter (9) ${from + index} days ago, account value ${1000 * (20 - index)}`,
      lastContactedAt: '2026-11-01T09:00:00.000Z',
    }),
  );
}

function candidatesMock(variables: Record<string, unknown>, result: ReturnType<typeof page>) {
  return { request: { query: SalesCandidatesDocument, variables }, result };
}

const FIRST_PAGE = { first: SALES_CANDIDATES_PAGE_SIZE, filter: {} };

function renderCandidates(mocks: Mocks, locale: Locale = 'en') {
  return render(
    <MockedProvider mocks={mocks} cache={createNpsDeskCache()}>
      <LocaleProvider locale={locale}>
        <SalesCandidates />
      </LocaleProvider>
    </MockedProvider>,
  );
}

function candidateItems() {
  return within(screen.getByRole('list', { name: 'Sales candidates' })).getAllByRole('listitem');
}

describe('SalesCandidates', () => {
  it('lists candidates with name, company, score, reason, positive CSAT and last contact', async () => {
    renderCandidates([candidatesMock(FIRST_PAGE, page([maya, ...others(2, 2)], 'cursor-2', false))]);

    expect(screen.getByRole('status')).toHaveTextContent('Loading candidates…');
    await screen.findByRole('list', { name: 'Sales candidates' });
    const [first, second] = candidateItems();

    expect(within(first!).getByRole('heading', { name: 'Maya Patel' })).toBeInTheDocument();
    expect(first).toHaveAccessibleName('Maya Patel');
    expect(first).toHaveTextContent('Northwind Traders');
    expect(first).toHaveTextContent('Latest score 10/10');
    expect(first).toHaveTextContent('Promoter (10) 3 days ago, account value 48,000');
    expect(first).toHaveTextContent('Positive CSAT');
    expect(first).toHaveTextContent('enterprise · EMEA · sso');
    expect(within(first!).getByTestId('candidate-last-contacted')).toHaveTextContent('Not contacted yet');
    expect(second).not.toHaveTextContent('Positive CSAT');
    expect(within(second!).getByTestId('candidate-last-contacted')).toHaveTextContent(/^Last contacted .+ ago$/);
    expect(screen.getByText('All 2 candidates shown')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('loads the next page after the last cursor and appends it', async () => {
    const firstPage = [maya, ...others(2, SALES_CANDIDATES_PAGE_SIZE)];
    renderCandidates([
      candidatesMock(FIRST_PAGE, page(firstPage, 'cursor-10', true)),
      candidatesMock({ ...FIRST_PAGE, after: 'cursor-10' }, page(others(11, 12), 'cursor-12', false)),
    ]);
    await screen.findByRole('list', { name: 'Sales candidates' });
    expect(candidateItems()).toHaveLength(SALES_CANDIDATES_PAGE_SIZE);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(screen.getByRole('button', { name: 'Loading…' })).toBeDisabled();
    await waitFor(() => expect(candidateItems()).toHaveLength(12));
    expect(candidateItems().map((item) => item.querySelector('h3')?.textContent)).toEqual([
      'Maya Patel',
      ...Array.from({ length: 11 }, (_, index) => `Customer ${index + 2}`),
    ]);
    expect(screen.queryByRole('button', { name: /Load more|Loading/ })).not.toBeInTheDocument();
    expect(screen.getByText('All 12 candidates shown')).toBeInTheDocument();
  });

  it('filters by plan, region and tag, and clears the filters', async () => {
    renderCandidates([
      candidatesMock(FIRST_PAGE, page([maya, ...others(2, 3)], null, false)),
      candidatesMock(
        { ...FIRST_PAGE, filter: { plan: 'enterprise', region: 'EMEA', tag: 'sso' } },
        page([maya], 'cursor-contact-maya', false),
      ),
      candidatesMock(FIRST_PAGE, page([maya, ...others(2, 3)], null, false)),
    ]);
    await screen.findByRole('list', { name: 'Sales candidates' });
    expect(candidateItems()).toHaveLength(3);

    const filters = screen.getByRole('search', { name: 'Filter candidates' });
    fireEvent.change(within(filters).getByLabelText('Plan'), { target: { value: ' enterprise ' } });
    fireEvent.change(within(filters).getByLabelText('Region'), { target: { value: 'EMEA' } });
    fireEvent.change(within(filters).getByLabelText('Tag'), { target: { value: 'sso' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Filter' }));

    await waitFor(() => expect(candidateItems()).toHaveLength(1));
    expect(screen.getByText('One candidate shown')).toBeInTheDocument();

    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(candidateItems()).toHaveLength(3));
    expect(within(filters).getByLabelText('Plan')).toHaveValue('');
  });

  it('says so when no candidate matches', async () => {
    renderCandidates([candidatesMock(FIRST_PAGE, page([], null, false))]);

    expect(await screen.findByText('No candidates match. Try fewer filters.')).toBeInTheDocument();
  });

  it('marks a candidate contacted with a note, and the list shows it without a reload', async () => {
    const closedAt = new Date().toISOString();
    const outreach = {
      id: 'fu-outreach',
      kind: 'SALES_OUTREACH',
      title: 'Sales outreach (upsell or referral)',
      status: 'DONE',
      outcome: 'Sent a quote for 5 more seats',
      closedBy: 'sales-rita',
      closedAt,
    } as const;
    const result = jest.fn(() => ({
      data: {
        salesCandidateMarkContacted: {
          __typename: 'SalesCandidateMarkContactedPayload',
          errors: [],
          followUp: {
            ...followUpData(outreach),
            contact: contactData({ ...mayaFixture, id: 'contact-maya', followUps: [outreach] }),
          },
          candidate: { ...maya, lastContactedAt: closedAt },
        },
      },
    }));
    renderCandidates([
      candidatesMock(FIRST_PAGE, page([maya, ...others(2, 2)], null, false)),
      {
        request: {
          query: SalesCandidateMarkContactedDocument,
          variables: { input: { contactId: 'contact-maya', note: 'Sent a quote for 5 more seats' } },
        },
        result,
      },
    ]);
    await screen.findByRole('list', { name: 'Sales candidates' });
    const [mayaItem] = candidateItems();

    fireEvent.click(within(mayaItem!).getByRole('button', { name: 'Mark contacted' }));
    fireEvent.click(within(mayaItem!).getByRole('button', { name: 'Mark contacted' }));
    expect(within(mayaItem!).getByRole('alert')).toHaveTextContent('Write a note first.');
    fireEvent.change(within(mayaItem!).getByLabelText('Note'), { target: { value: 'Sent a quote for 5 more seats' } });
    fireEvent.click(within(mayaItem!).getByRole('button', { name: 'Mark contacted' }));

    await waitFor(() =>
      expect(within(mayaItem!).getByTestId('candidate-last-contacted')).toHaveTextContent('Last contacted just now'),
    );
    expect(within(mayaItem!).getByRole('status')).toHaveTextContent('Saved');
    expect(within(mayaItem!).queryByLabelText('Note')).not.toBeInTheDocument();
    await waitFor(() => expect(within(mayaItem!).getByRole('button', { name: 'Mark contacted' })).toHaveFocus());
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('tells an agent the list is for sales reps (FORBIDDEN)', async () => {
    renderCandidates([
      {
        request: { query: SalesCandidatesDocument, variables: FIRST_PAGE },
        result: {
          data: null,
          errors: [{ message: 'Not allowed', path: ['salesCandidates'], extensions: { code: 'FORBIDDEN' } }],
        },
      },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sales candidates are for sales reps and admins');
    expect(alert).toHaveTextContent('Error code: FORBIDDEN');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});

describe('SalesCandidates in Simplified Chinese', () => {
  const chinese = formattersOf('zh-CN');

  it('successful-candidates-in-chinese-with-reasons-told-from-their-figures', async () => {
    const unvalued = candidateData({
      id: 'contact-2',
      name: 'Customer 2',
      score: 9,
      accountValue: null,
      reason: 'Promoter (9) 3 days ago, account value unknown',
      lastContactedAt: '2026-11-01T09:00:00.000Z',
    });
    renderCandidates([candidatesMock(FIRST_PAGE, page([maya, unvalued], null, false))], 'zh-CN');

    expect(screen.getByRole('status')).toHaveTextContent('正在加载候选人…');
    const list = await screen.findByRole('list', { name: '销售候选人' });
    expect(screen.getByTestId('sales-candidates')).toHaveAttribute('lang', 'zh-CN');
    const [first, second] = within(list).getAllByRole('listitem');
    const nowMs = Date.now();
    const answered = chinese.formatTimeAgo('2026-11-25T09:00:00.000Z', nowMs);

    expect(first).toHaveTextContent('最新评分 10/10');
    expect(first).toHaveTextContent(`推荐者（10 分），${answered}回答，客户价值 48,000`);
    expect(first).toHaveTextContent('CSAT 好评');
    expect(within(first!).getByTestId('candidate-last-contacted')).toHaveTextContent('尚未联系');
    expect(second).toHaveTextContent(`推荐者（9 分），${answered}回答，客户价值未知`);
    const lastContacted = within(second!).getByTestId('candidate-last-contacted');
    expect(lastContacted).toHaveTextContent(`上次联系：${chinese.formatTimeAgo('2026-11-01T09:00:00.000Z', nowMs)}`);
    expect(lastContacted).toHaveTextContent(/^上次联系：\d+天前$/);
    expect(within(lastContacted).getByRole('time', { hidden: true }).title).toBe(
      chinese.formatDateTime('2026-11-01T09:00:00.000Z'),
    );
    expect(screen.getByText('已显示全部 2 位候选人')).toBeInTheDocument();

    const filters = screen.getByRole('search', { name: '筛选候选人' });
    expect(within(filters).getByLabelText('套餐')).toHaveAttribute('placeholder', '任意套餐');
    expect(within(filters).getByRole('button', { name: '筛选' })).toBeInTheDocument();
    expect(screen.getByTestId('sales-candidates')).not.toHaveTextContent(/Promoter|account value|Latest score/);
  });

  it('failing-mark-contacted-says-why-in-chinese-with-the-code', async () => {
    renderCandidates(
      [
        candidatesMock(FIRST_PAGE, page([maya], null, false)),
        {
          request: {
            query: SalesCandidateMarkContactedDocument,
            variables: { input: { contactId: 'contact-maya', note: '发送了报价' } },
          },
          result: {
            data: null,
            errors: [{ message: 'Only promoters are sales candidates', extensions: { code: 'BAD_USER_INPUT' } }],
          },
        },
      ],
      'zh-CN',
    );
    const [mayaItem] = within(await screen.findByRole('list', { name: '销售候选人' })).getAllByRole('listitem');

    fireEvent.click(within(mayaItem!).getByRole('button', { name: '标记为已联系' }));
    fireEvent.click(within(mayaItem!).getByRole('button', { name: '标记为已联系' }));
    expect(within(mayaItem!).getByRole('alert')).toHaveTextContent('请先填写备注。');
    fireEvent.change(within(mayaItem!).getByLabelText('备注'), { target: { value: '发送了报价' } });
    fireEvent.click(within(mayaItem!).getByRole('button', { name: '标记为已联系' }));

    expect(await within(mayaItem!).findByRole('alert')).toHaveTextContent(
      'NPS Desk 未接受此内容。请检查后重试。 (BAD_USER_INPUT)',
    );
    expect(within(mayaItem!).getByLabelText('备注')).toHaveValue('发送了报价');
  });
});
