// What the agent sees, completed (issue 9 item 6): a contact without an NPS answer still shows
// its CSAT and CES answers and whether each metric may be surveyed; the history lists every
// metric with its scale and every comment as text; people show by name; an open follow-up can
// be assigned from the panel.
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';

import { createNpsDeskCache } from './apollo';
import { FollowUpAssignDocument, FollowUpAssigneesDocument } from './gql/graphql';
import { LocaleProvider } from './i18n/LocaleProvider';
import { NpsPanel } from './NpsPanel';
import {
  contactData,
  contactMock,
  followUpData,
  personData,
  type ContactData,
  type FollowUpFixture,
  noLiveUpdates,
  formattersOf,
} from './test-fixtures';

const { formatDate } = formattersOf('en');

type Mocks = NonNullable<ComponentProps<typeof MockedProvider>['mocks']>;

const LOOKUP = { externalId: 'zd-3001' };

function renderPanel(mocks: Mocks) {
  return render(
    <MockedProvider mocks={[...(mocks ?? []), noLiveUpdates]} cache={createNpsDeskCache()}>
      <LocaleProvider locale="en">
        <NpsPanel contact={LOOKUP} />
      </LocaleProvider>
    </MockedProvider>,
  );
}

async function readyPanel() {
  return screen.findByTestId('nps-panel-ready');
}

function answerItems() {
  return within(screen.getByRole('list', { name: 'Answers, newest first' })).getAllByRole('listitem');
}

/** Iris answered two CSAT surveys after tickets and never the NPS one. */
const iris = contactData({
  id: 'contact-iris',
  movement: 'NONE',
  answers: [
    {
      metric: 'CSAT',
      score: 2,
      scaleMax: 5,
      category: null,
      answeredAt: '2026-09-01T09:00:00.000Z',
      comment: 'Took three replies.',
    },
    { metric: 'CSAT', score: 4, scaleMax: 5, category: null, answeredAt: '2026-11-02T09:00:00.000Z', comment: null },
  ],
  actions: [],
  csatEligibility: {
    eligible: false,
    nextEligibleAt: '2027-01-31T09:00:00.000Z',
    reasons: [
      {
        blocker: 'SURVEYED_RECENTLY',
        message: 'Last CSAT survey answered 26 days ago; the CSAT policy asks for 90 days between surveys',
        until: '2027-01-31T09:00:00.000Z',
      },
    ],
  },
});

describe('a contact without an NPS answer', () => {
  it('shows its CSAT answers and, per metric, whether and from when it may be surveyed', async () => {
    renderPanel([contactMock(LOOKUP, iris)]);
    await readyPanel();

    expect(screen.getByTestId('nps-no-answer')).toHaveTextContent('No NPS answer yet');
    expect(screen.queryByTestId('nps-category')).not.toBeInTheDocument();
    // No NPS answer, no NPS chart; the answers are listed.
    expect(screen.queryByRole('img', { name: /NPS history/ })).not.toBeInTheDocument();
    expect(answerItems().map((item) => item.textContent)).toEqual([
      `CSAT 4/5 · ${formatDate('2026-11-02T09:00:00.000Z')}`,
      `CSAT 2/5 · ${formatDate('2026-09-01T09:00:00.000Z')}Took three replies.`,
    ]);

    expect(screen.getByTestId('survey-eligibility-nps')).toHaveTextContent(/^NPS: Yes$/);
    const csat = screen.getByTestId('survey-eligibility-csat');
    expect(csat).toHaveTextContent(`CSAT: Not now · from ${formatDate('2027-01-31T09:00:00.000Z')}`);
    expect(csat).toHaveTextContent('the CSAT policy asks for 90 days between surveys');
    expect(within(csat).getByText(formatDate('2027-01-31T09:00:00.000Z'))).toHaveAttribute(
      'datetime',
      '2027-01-31T09:00:00.000Z',
    );
    expect(screen.getByTestId('survey-eligibility-ces')).toHaveTextContent(/^CES: Yes$/);
  });
});

describe('the history', () => {
  /** Seven answers of the three metrics, a month apart; the oldest two have comments. */
  const june = contactData({
    id: 'contact-june',
    movement: 'RISE',
    answers: [
      { score: 5, category: 'DETRACTOR', answeredAt: '2026-01-05T09:00:00.000Z', comment: 'Onboarding was confusing.' },
      {
        metric: 'CES',
        score: 3,
        scaleMax: 7,
        category: null,
        answeredAt: '2026-02-05T09:00:00.000Z',
        comment: 'Needed two calls to set up SSO.',
      },
      { metric: 'CSAT', score: 5, scaleMax: 5, category: null, answeredAt: '2026-03-05T09:00:00.000Z', comment: null },
      { score: 8, category: 'PASSIVE', answeredAt: '2026-04-05T09:00:00.000Z', comment: null },
      { metric: 'CSAT', score: 4, scaleMax: 5, category: null, answeredAt: '2026-05-05T09:00:00.000Z', comment: null },
      { metric: 'CES', score: 6, scaleMax: 7, category: null, answeredAt: '2026-06-05T09:00:00.000Z', comment: null },
      { score: 9, category: 'PROMOTER', answeredAt: '2026-07-05T09:00:00.000Z', comment: 'Much better now.' },
    ],
    actions: [],
  });

  it('lists every metric newest first with its scale, and charts only the NPS answers', async () => {
    renderPanel([contactMock(LOOKUP, june)]);
    await readyPanel();

    expect(answerItems().map((item) => item.textContent)).toEqual([
      `NPS 9/10 (promoter) · ${formatDate('2026-07-05T09:00:00.000Z')}Much better now.`,
      `CES 6/7 · ${formatDate('2026-06-05T09:00:00.000Z')}`,
      `CSAT 4/5 · ${formatDate('2026-05-05T09:00:00.000Z')}`,
      `NPS 8/10 (passive) · ${formatDate('2026-04-05T09:00:00.000Z')}`,
      `CSAT 5/5 · ${formatDate('2026-03-05T09:00:00.000Z')}`,
    ]);
    const chart = screen.getByRole('img', { name: /^NPS history, 3 answers/ });
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
  });

  it('shows older answers and their comments as text with a keyboard-usable button', async () => {
    renderPanel([contactMock(LOOKUP, june)]);
    await readyPanel();
    expect(screen.queryByText('Needed two calls to set up SSO.')).not.toBeInTheDocument();

    const more = screen.getByRole('button', { name: 'Show all 7 answers' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    more.focus();
    expect(more).toHaveFocus();
    fireEvent.click(more);

    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveTextContent('Show fewer answers');
    const items = answerItems();
    expect(items).toHaveLength(7);
    expect(items[5]).toHaveTextContent(`CES 3/7 · ${formatDate('2026-02-05T09:00:00.000Z')}`);
    expect(within(items[5]!).getByText('Needed two calls to set up SSO.')).toBeInTheDocument();
    expect(items[6]).toHaveTextContent(`NPS 5/10 (detractor) · ${formatDate('2026-01-05T09:00:00.000Z')}`);
    expect(within(items[6]!).getByText('Onboarding was confusing.')).toBeInTheDocument();
  });
});

describe('people and assignment', () => {
  const open: FollowUpFixture = {
    id: 'fu-open',
    kind: 'RECOVER',
    title: 'Recover: contact within 48 h',
    status: 'OPEN',
    assigneeId: 'zendesk:555',
  };
  const closed: FollowUpFixture = {
    id: 'fu-closed',
    kind: 'PROBE',
    title: 'Ask what went wrong',
    status: 'DONE',
    outcome: 'Called her',
    closedBy: 'zendesk:101',
    closedByName: 'Ana Lima',
    closedAt: '2026-11-21T10:00:00.000Z',
  };

  function withFollowUps(followUps: FollowUpFixture[]): ContactData {
    return contactData({
      id: 'contact-kai',
      movement: 'NONE',
      answers: [{ score: 3, category: 'DETRACTOR', answeredAt: '2026-11-20T09:00:00.000Z', comment: null }],
      actions: [],
      followUps,
    });
  }

  const assignees = {
    request: { query: FollowUpAssigneesDocument },
    result: {
      data: {
        people: {
          __typename: 'PersonConnection',
          edges: [
            { __typename: 'PersonEdge', node: personData('zendesk:101', 'Ana Lima') },
            { __typename: 'PersonEdge', node: personData('agent-sam', 'Sam Agent') },
            { __typename: 'PersonEdge', node: personData('zendesk:102', 'Bruno Costa') },
          ],
        },
      },
    },
  };

  function openItem() {
    return within(screen.getByRole('list', { name: /Open follow-ups/ })).getByRole('listitem');
  }

  it('shows names, and the user id when the API knows no name', async () => {
    renderPanel([contactMock(LOOKUP, withFollowUps([open, closed]))]);
    await readyPanel();

    expect(within(openItem()).getByTestId('follow-up-assignee')).toHaveTextContent('Assigned to zendesk:555');
    const history = within(screen.getByRole('list', { name: 'Recent follow-ups' })).getByRole('listitem');
    expect(history).toHaveTextContent('By Ana Lima');
  });

  it('assigns an open follow-up to someone of the directory and shows their name', async () => {
    const assigned = { ...open, assigneeId: 'zendesk:101', assigneeName: 'Ana Lima' };
    const mutation = jest.fn(() => ({
      data: {
        followUpAssign: { __typename: 'FollowUpAssignPayload', followUp: followUpData(assigned) },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, withFollowUps([open])),
      assignees,
      {
        request: { query: FollowUpAssignDocument, variables: { input: { id: open.id, assigneeId: 'zendesk:101' } } },
        result: mutation,
      },
    ]);
    await readyPanel();

    fireEvent.click(within(openItem()).getByRole('button', { name: 'Assign' }));
    const picker = within(openItem()).getByLabelText('Assign to');
    expect(picker).toHaveFocus();
    expect(within(openItem()).getByRole('status')).toHaveTextContent('Loading people…');
    // "Me" is the viewer; the directory's others follow, and the current assignee stays choosable.
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Unassigned', 'Me', 'zendesk:555', 'Ana Lima', 'Bruno Costa']),
    );
    expect(picker).toHaveValue('zendesk:555');

    fireEvent.change(picker, { target: { value: 'zendesk:101' } });
    fireEvent.click(within(openItem()).getByRole('button', { name: 'Assign' }));

    await waitFor(() =>
      expect(within(openItem()).getByTestId('follow-up-assignee')).toHaveTextContent('Assigned to Ana Lima'),
    );
    expect(mutation).toHaveBeenCalledTimes(1);
    expect(within(openItem()).queryByLabelText('Assign to')).not.toBeInTheDocument();
    // Focus goes back to the button that opened the form (after React's effects ran).
    await waitFor(() => expect(within(openItem()).getByRole('button', { name: 'Assign' })).toHaveFocus());
    expect(screen.getByTestId('nps-panel-announcement')).toHaveTextContent(
      'Assigned “Recover: contact within 48 h” to Ana Lima',
    );
  });

  it('shows a refused assignment with its code and keeps the form', async () => {
    renderPanel([
      contactMock(LOOKUP, withFollowUps([open])),
      assignees,
      {
        request: { query: FollowUpAssignDocument, variables: { input: { id: open.id, assigneeId: 'agent-sam' } } },
        result: {
          data: null,
          errors: [{ message: 'The follow-up is already closed', extensions: { code: 'CONFLICT' } }],
        },
      },
    ]);
    await readyPanel();

    fireEvent.click(within(openItem()).getByRole('button', { name: 'Assign' }));
    const picker = within(openItem()).getByLabelText('Assign to');
    fireEvent.change(picker, { target: { value: 'agent-sam' } });
    fireEvent.click(within(openItem()).getByRole('button', { name: 'Assign' }));

    expect(await within(openItem()).findByRole('alert')).toHaveTextContent(
      'The follow-up is already closed (CONFLICT)',
    );
    expect(within(openItem()).getByLabelText('Assign to')).toHaveValue('agent-sam');
    expect(within(openItem()).getByTestId('follow-up-assignee')).toHaveTextContent('Assigned to zendesk:555');
  });
});
