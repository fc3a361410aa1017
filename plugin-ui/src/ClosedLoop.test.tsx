// The panel acting on the closed loop: buttons per permission, logging recommended actions,
// tracking and closing follow-ups, errors shown in place, survey eligibility.
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';

import { createNpsDeskCache } from './apollo';
import {
  FollowUpCompleteDocument,
  FollowUpCreateDocument,
  FollowUpDismissDocument,
  RecommendedActionCompleteDocument,
  RecommendedActionDismissDocument,
  SalesCandidateMarkContactedDocument,
} from './gql/graphql';
import { LocaleProvider } from './i18n/LocaleProvider';
import { NpsPanel } from './NpsPanel';
import {
  agentViewer,
  contactData,
  contactMock,
  followUpData,
  maya,
  mayaFixture,
  salesViewer,
  type ContactData,
  type FollowUpFixture,
  type ViewerData,
  noLiveUpdates,
  formattersOf,
} from './test-fixtures';

const { formatDate } = formattersOf('en');

type Mocks = NonNullable<ComponentProps<typeof MockedProvider>['mocks']>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const LOOKUP = { externalId: 'zd-2001' };
const NORA_ID = 'contact-nora';

const RECOVER = {
  kind: 'RECOVER',
  title: 'Recover: contact within 48 h',
  script: 'Hi Nora, could we have a short call about what went wrong?',
  priority: 'HIGH',
  reason: 'Latest answer 2 (detractor)',
} as const;

const SOLVE = {
  kind: 'SOLVE_ROOT_CAUSE',
  title: 'Solve the root cause',
  script: 'Hi Nora, we found what caused it.',
  priority: 'MEDIUM',
  dueAt: null,
  reason: 'Latest answer 2 (detractor)',
} as const;

/** Nora, a detractor, before and after the agent does something; due times relative to now. */
function nora({
  actions = ['RECOVER', 'SOLVE_ROOT_CAUSE'],
  followUps = [],
}: { actions?: string[]; followUps?: FollowUpFixture[] } = {}): ContactData {
  const nowMs = Date.now();
  const all = [{ ...RECOVER, dueAt: new Date(nowMs + 47 * HOUR_MS).toISOString() }, SOLVE];
  return contactData({
    id: NORA_ID,
    movement: 'NONE',
    answers: [
      { score: 2, category: 'DETRACTOR', answeredAt: '2026-11-27T09:00:00.000Z', comment: 'Export lost data.' },
    ],
    actions: all.filter((action) => actions.includes(action.kind)),
    followUps,
    eligibility: {
      eligible: false,
      nextEligibleAt: '2027-02-25T09:00:00.000Z',
      reasons: [
        {
          blocker: 'SURVEYED_RECENTLY',
          message: 'Answered 1 day ago; the policy asks for 90 days between surveys',
          until: '2027-02-25T09:00:00.000Z',
        },
      ],
    },
  });
}

function renderPanel(mocks: Mocks, lookup: { externalId: string } = LOOKUP) {
  return render(
    <MockedProvider mocks={[...(mocks ?? []), noLiveUpdates]} cache={createNpsDeskCache()}>
      <LocaleProvider locale="en">
        <NpsPanel contact={lookup} />
      </LocaleProvider>
    </MockedProvider>,
  );
}

async function readyPanel() {
  return screen.findByTestId('nps-panel-ready');
}

function actionCard(title: string) {
  const list = screen.getByRole('list', { name: 'Recommended actions' });
  const card = within(list)
    .getAllByRole('listitem')
    .find((item) => within(item).queryByRole('heading', { name: title }));
  if (!card) throw new Error(`No action card "${title}"`);
  return card;
}

function queryActionHeading(title: string) {
  return screen.queryByRole('heading', { name: title });
}

const doneRecovery: FollowUpFixture = {
  id: 'fu-recover',
  kind: 'RECOVER',
  title: RECOVER.title,
  status: 'DONE',
  outcome: 'Restored the export; she is happy again.',
  closedBy: agentViewer.userId,
  closedAt: new Date().toISOString(),
};

function openFollowUp(overrides: Partial<FollowUpFixture> = {}): FollowUpFixture {
  return {
    id: 'fu-open-recover',
    kind: 'RECOVER',
    title: RECOVER.title,
    status: 'OPEN',
    dueAt: new Date(Date.now() + 5 * HOUR_MS).toISOString(),
    ...overrides,
  };
}

describe('buttons the viewer may use', () => {
  const withOpenFollowUp = () => nora({ actions: ['SOLVE_ROOT_CAUSE'], followUps: [openFollowUp()] });

  it('an agent gets Mark done, Dismiss and Track on each action, and Complete and Dismiss on open follow-ups', async () => {
    renderPanel([contactMock(LOOKUP, withOpenFollowUp(), agentViewer)]);
    await readyPanel();

    const card = actionCard(SOLVE.title);
    for (const name of ['Mark done', 'Dismiss', 'Track']) {
      expect(within(card).getByRole('button', { name })).toBeInTheDocument();
    }
    const open = within(screen.getByRole('list', { name: /Open follow-ups/ })).getByRole('listitem');
    expect(within(open).getByRole('button', { name: 'Complete' })).toBeInTheDocument();
    expect(within(open).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
    // Only sales reps log outreach.
    expect(screen.queryByRole('button', { name: 'Mark contacted' })).not.toBeInTheDocument();
  });

  it.each<[string, ViewerData]>([
    ['a sales rep', salesViewer],
    ['a viewer without any permission', { ...salesViewer, canWorkSalesCandidates: false }],
  ])('%s sees actions, follow-ups and scripts but no logging buttons', async (_case, viewer) => {
    renderPanel([contactMock(LOOKUP, withOpenFollowUp(), viewer)]);
    await readyPanel();

    expect(actionCard(SOLVE.title)).toHaveTextContent(SOLVE.script);
    expect(screen.getByRole('list', { name: /Open follow-ups/ })).toHaveTextContent(RECOVER.title);
    for (const name of ['Mark done', 'Dismiss', 'Track', 'Complete', 'Mark contacted']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Copy script' })).toBeInTheDocument();
  });

  it('a sales rep may log outreach to a promoter, and the history shows it', async () => {
    const outreach: FollowUpFixture = {
      id: 'fu-sales',
      kind: 'SALES_OUTREACH',
      title: 'Sales outreach (upsell or referral)',
      status: 'DONE',
      outcome: 'Quote for 5 more seats sent',
      closedBy: salesViewer.userId,
      closedAt: new Date().toISOString(),
    };
    const result = jest.fn(() => ({
      data: {
        salesCandidateMarkContacted: {
          __typename: 'SalesCandidateMarkContactedPayload',
          errors: [],
          followUp: { ...followUpData(outreach), contact: contactData({ ...mayaFixture, followUps: [outreach] }) },
          candidate: {
            __typename: 'SalesCandidate',
            contact: {
              __typename: 'Contact',
              id: maya.id,
              name: 'Maya Patel',
              email: null,
              externalId: 'zd-1001',
              company: 'Northwind Traders',
              plan: 'enterprise',
              region: 'EMEA',
              tags: [],
              accountValue: 48_000,
              loyalty: { __typename: 'LoyaltySnapshot', latestScore: 10, answeredAt: '2026-10-20T09:00:00.000Z' },
            },
            reason: 'Promoter (10) 3 days ago, account value 48,000',
            positiveCsat: false,
            lastContactedAt: outreach.closedAt,
          },
        },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, maya, salesViewer),
      {
        request: {
          query: SalesCandidateMarkContactedDocument,
          variables: { input: { contactId: maya.id, note: 'Quote for 5 more seats sent' } },
        },
        result,
      },
    ]);
    await readyPanel();

    fireEvent.click(screen.getByRole('button', { name: 'Mark contacted' }));
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '  Quote for 5 more seats sent ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark contacted' }));

    const history = await screen.findByRole('list', { name: 'Recent follow-ups' });
    expect(history).toHaveTextContent('Done Sales outreach (upsell or referral)');
    expect(history).toHaveTextContent('Quote for 5 more seats sent');
    expect(history).toHaveTextContent('By you, just now');
    expect(result).toHaveBeenCalledTimes(1);
  });
});

describe('logging a recommended action', () => {
  it('Mark done asks for the outcome, sends it, and the action moves to the history without a reload', async () => {
    const outcome = 'Restored the export; she is happy again.';
    const result = jest.fn(() => ({
      data: {
        recommendedActionComplete: {
          __typename: 'RecommendedActionLogPayload',
          errors: [],
          followUp: followUpData(doneRecovery),
          contact: nora({ actions: ['SOLVE_ROOT_CAUSE'], followUps: [doneRecovery] }),
        },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, nora()),
      {
        request: {
          query: RecommendedActionCompleteDocument,
          variables: { input: { contactId: NORA_ID, kind: 'RECOVER', outcome } },
        },
        result,
        delay: 100,
      },
    ]);
    await readyPanel();
    expect(screen.queryByRole('list', { name: 'Recent follow-ups' })).not.toBeInTheDocument();

    const card = actionCard(RECOVER.title);
    fireEvent.click(within(card).getByRole('button', { name: 'Mark done' }));
    const field = within(card).getByLabelText('Outcome');
    expect(field).toHaveFocus();

    // Empty (or blank) text is refused before anything is sent.
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Mark done' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('Write the outcome first.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(result).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: ` ${outcome} ` } });
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Mark done' }));

    // Pending: the button says so and cannot be pressed twice.
    expect(within(card).getByRole('button', { name: 'Saving…' })).toBeDisabled();

    await waitFor(() => expect(queryActionHeading(RECOVER.title)).not.toBeInTheDocument());
    expect(result).toHaveBeenCalledTimes(1);
    const history = screen.getByRole('list', { name: 'Recent follow-ups' });
    const [item] = within(history).getAllByRole('listitem');
    expect(item).toHaveTextContent(`Done ${RECOVER.title}`);
    expect(item).toHaveTextContent(`Outcome: ${outcome}`);
    expect(item).toHaveTextContent('By you, just now');
    expect(screen.getByTestId('nps-panel-announcement')).toHaveTextContent(`Marked “${RECOVER.title}” done`);
    // The other action is still there to do.
    expect(actionCard(SOLVE.title)).toBeInTheDocument();
  });

  it('Dismiss asks for a reason and sends it', async () => {
    const dismissed: FollowUpFixture = {
      id: 'fu-solve',
      kind: 'SOLVE_ROOT_CAUSE',
      title: SOLVE.title,
      status: 'DISMISSED',
      dismissReason: 'Engineering already fixed it',
      closedBy: 'agent-kim',
      closedAt: new Date(Date.now() - 3 * HOUR_MS).toISOString(),
    };
    const result = jest.fn(() => ({
      data: {
        recommendedActionDismiss: {
          __typename: 'RecommendedActionLogPayload',
          errors: [],
          followUp: followUpData(dismissed),
          contact: nora({ actions: ['RECOVER'], followUps: [dismissed] }),
        },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, nora()),
      {
        request: {
          query: RecommendedActionDismissDocument,
          variables: {
            input: { contactId: NORA_ID, kind: 'SOLVE_ROOT_CAUSE', reason: 'Engineering already fixed it' },
          },
        },
        result,
      },
    ]);
    await readyPanel();

    const card = actionCard(SOLVE.title);
    fireEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('Write the reason first.');
    fireEvent.change(within(card).getByLabelText('Reason'), { target: { value: 'Engineering already fixed it' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));

    await waitFor(() => expect(queryActionHeading(SOLVE.title)).not.toBeInTheDocument());
    const item = within(screen.getByRole('list', { name: 'Recent follow-ups' })).getByRole('listitem');
    expect(item).toHaveTextContent(`Dismissed ${SOLVE.title}`);
    expect(item).toHaveTextContent('Reason: Engineering already fixed it');
    expect(item).toHaveTextContent('By agent-kim, 3 hours ago');
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('Escape closes the form, focus returns to its button, and Ctrl+Enter sends it', async () => {
    const result = jest.fn(() => ({
      data: {
        recommendedActionComplete: {
          __typename: 'RecommendedActionLogPayload',
          errors: [],
          followUp: followUpData(doneRecovery),
          contact: nora({ actions: ['SOLVE_ROOT_CAUSE'], followUps: [doneRecovery] }),
        },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, nora()),
      {
        request: {
          query: RecommendedActionCompleteDocument,
          variables: { input: { contactId: NORA_ID, kind: 'RECOVER', outcome: 'Called her' } },
        },
        result,
      },
    ]);
    await readyPanel();
    const card = actionCard(RECOVER.title);

    fireEvent.click(within(card).getByRole('button', { name: 'Mark done' }));
    fireEvent.keyDown(within(card).getByLabelText('Outcome'), { key: 'Escape' });
    expect(within(card).queryByLabelText('Outcome')).not.toBeInTheDocument();
    // Focus goes back to where the keyboard user was.
    expect(within(card).getByRole('button', { name: 'Mark done' })).toHaveFocus();

    fireEvent.click(within(card).getByRole('button', { name: 'Mark done' }));
    const field = within(card).getByLabelText('Outcome');
    fireEvent.change(field, { target: { value: 'Called her' } });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(queryActionHeading(RECOVER.title)).not.toBeInTheDocument());
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('Track opens a follow-up of the action’s kind, dated by the API, listed as open', async () => {
    const tracked = openFollowUp();
    const result = jest.fn(() => ({
      data: {
        followUpCreate: {
          __typename: 'FollowUpCreatePayload',
          followUp: {
            ...followUpData(tracked),
            contact: nora({ actions: ['SOLVE_ROOT_CAUSE'], followUps: [tracked] }),
          },
        },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, nora()),
      {
        request: { query: FollowUpCreateDocument, variables: { input: { contactId: NORA_ID, kind: 'RECOVER' } } },
        result,
      },
    ]);
    await readyPanel();
    expect(screen.queryByRole('list', { name: /Open follow-ups/ })).not.toBeInTheDocument();

    fireEvent.click(within(actionCard(RECOVER.title)).getByRole('button', { name: 'Track' }));

    const open = await screen.findByRole('list', { name: /Open follow-ups/ });
    const item = within(open).getByRole('listitem');
    expect(item).toHaveTextContent(RECOVER.title);
    expect(item).toHaveTextContent('Due in 5 h · Unassigned');
    expect(queryActionHeading(RECOVER.title)).toBeNull();
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('shows why Track failed (CONFLICT) next to the buttons', async () => {
    renderPanel([
      contactMock(LOOKUP, nora()),
      {
        request: { query: FollowUpCreateDocument, variables: { input: { contactId: NORA_ID, kind: 'RECOVER' } } },
        result: {
          data: null,
          errors: [
            {
              message: 'An open RECOVER follow-up already exists for this contact',
              extensions: { code: 'CONFLICT', field: 'kind' },
            },
          ],
        },
      },
    ]);
    await readyPanel();
    const card = actionCard(RECOVER.title);

    fireEvent.click(within(card).getByRole('button', { name: 'Track' }));

    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'An open RECOVER follow-up already exists for this contact (CONFLICT)',
    );
    expect(within(card).getByRole('button', { name: 'Track' })).toBeEnabled();
  });
});

describe('open follow-ups', () => {
  it('lists them soonest due first, with relative due times, overdue marked, and the assignee', async () => {
    const nowMs = Date.now();
    renderPanel([
      contactMock(
        LOOKUP,
        nora({
          actions: [],
          followUps: [
            openFollowUp({ id: 'fu-1', title: 'Probe later', kind: 'PROBE', dueAt: null }),
            openFollowUp({ id: 'fu-2', dueAt: new Date(nowMs + 5 * HOUR_MS).toISOString(), assigneeId: 'agent-sam' }),
            openFollowUp({
              id: 'fu-3',
              kind: 'ESCALATE',
              title: 'Escalate: fell to detractor',
              dueAt: new Date(nowMs - 2 * DAY_MS).toISOString(),
              overdue: true,
              assigneeId: 'agent-kim',
            }),
          ],
        }),
      ),
    ]);
    await readyPanel();

    const items = within(screen.getByRole('list', { name: 'Open follow-ups 3' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.npsdesk-followup__title')?.textContent)).toEqual([
      'Escalate: fell to detractor',
      RECOVER.title,
      'Probe later',
    ]);
    expect(items[0]).toHaveTextContent('Overdue by 2 d · Assigned to agent-kim');
    expect(items[0]).toHaveClass('npsdesk-followup--overdue');
    expect(within(items[0]!).getByTestId('follow-up-due')).toHaveClass('npsdesk-due--overdue');
    expect(items[1]).toHaveTextContent('Due in 5 h · Assigned to you');
    expect(items[1]).not.toHaveClass('npsdesk-followup--overdue');
    expect(items[2]).toHaveTextContent('No deadline · Unassigned');
  });

  it('Complete sends the outcome and the follow-up moves to the history', async () => {
    const open = openFollowUp();
    const completed: FollowUpFixture = {
      ...open,
      status: 'DONE',
      outcome: 'Refunded',
      closedBy: 'agent-sam',
      closedAt: new Date().toISOString(),
    };
    const result = jest.fn(() => ({
      data: {
        followUpComplete: {
          __typename: 'FollowUpCompletePayload',
          errors: [],
          followUp: { ...followUpData(completed), contact: nora({ actions: [], followUps: [completed] }) },
        },
      },
    }));
    renderPanel([
      contactMock(LOOKUP, nora({ actions: [], followUps: [open] })),
      {
        request: { query: FollowUpCompleteDocument, variables: { input: { id: open.id, outcome: 'Refunded' } } },
        result,
      },
    ]);
    await readyPanel();
    const item = within(screen.getByRole('list', { name: /Open follow-ups/ })).getByRole('listitem');

    fireEvent.click(within(item).getByRole('button', { name: 'Complete' }));
    fireEvent.change(within(item).getByLabelText('Outcome'), { target: { value: 'Refunded' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Complete' }));

    await waitFor(() => expect(screen.queryByRole('list', { name: /Open follow-ups/ })).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'Recent follow-ups' })).toHaveTextContent(
      `Done ${RECOVER.title}Outcome: Refunded`,
    );
    expect(screen.getByTestId('nps-panel-announcement')).toHaveTextContent(`Completed “${RECOVER.title}”`);
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('shows a problem the agent can fix (the payload’s errors) next to the field and keeps the text', async () => {
    const open = openFollowUp();
    const tooLong = 'x'.repeat(2001);
    renderPanel([
      contactMock(LOOKUP, nora({ actions: [], followUps: [open] })),
      {
        request: { query: FollowUpCompleteDocument, variables: { input: { id: open.id, outcome: tooLong } } },
        result: {
          data: {
            followUpComplete: {
              __typename: 'FollowUpCompletePayload',
              followUp: null,
              errors: [{ __typename: 'UserError', field: 'input.outcome', message: 'must be at most 2000 characters' }],
            },
          },
        },
      },
    ]);
    await readyPanel();
    const item = within(screen.getByRole('list', { name: /Open follow-ups/ })).getByRole('listitem');

    fireEvent.click(within(item).getByRole('button', { name: 'Complete' }));
    const field = within(item).getByLabelText('Outcome');
    fireEvent.change(field, { target: { value: tooLong } });
    fireEvent.click(within(item).getByRole('button', { name: 'Complete' }));

    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent('must be at most 2000 characters');
    expect(alert).not.toHaveTextContent('(');
    expect(field).toHaveValue(tooLong);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    // Still open, nothing announced.
    expect(screen.getByRole('list', { name: /Open follow-ups/ })).toBeInTheDocument();
    expect(screen.getByTestId('nps-panel-announcement')).not.toHaveTextContent('Completed');
  });

  it('shows CONFLICT ("already done") in place and keeps the typed text', async () => {
    const open = openFollowUp();
    renderPanel([
      contactMock(LOOKUP, nora({ actions: [], followUps: [open] })),
      {
        request: {
          query: FollowUpDismissDocument,
          variables: { input: { id: open.id, reason: 'She asked us not to call' } },
        },
        result: {
          data: null,
          errors: [
            {
              message: 'The follow-up is already done',
              path: ['followUpDismiss'],
              extensions: { code: 'CONFLICT', field: 'id' },
            },
          ],
        },
      },
    ]);
    await readyPanel();
    const item = within(screen.getByRole('list', { name: /Open follow-ups/ })).getByRole('listitem');

    fireEvent.click(within(item).getByRole('button', { name: 'Dismiss' }));
    const field = within(item).getByLabelText('Reason');
    fireEvent.change(field, { target: { value: 'She asked us not to call' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Dismiss' }));

    expect(await within(item).findByRole('alert')).toHaveTextContent('The follow-up is already done (CONFLICT)');
    expect(field).toHaveValue('She asked us not to call');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(within(item).getByRole('button', { name: 'Dismiss' })).toBeEnabled();
  });

  it('names a refused change (FORBIDDEN) without the API’s message', async () => {
    const open = openFollowUp();
    renderPanel([
      contactMock(LOOKUP, nora({ actions: [], followUps: [open] })),
      {
        request: { query: FollowUpCompleteDocument, variables: { input: { id: open.id, outcome: 'Done' } } },
        result: {
          data: null,
          errors: [{ message: 'Role agent may not followUp:manage', extensions: { code: 'FORBIDDEN' } }],
        },
      },
    ]);
    await readyPanel();
    const item = within(screen.getByRole('list', { name: /Open follow-ups/ })).getByRole('listitem');

    fireEvent.click(within(item).getByRole('button', { name: 'Complete' }));
    fireEvent.change(within(item).getByLabelText('Outcome'), { target: { value: 'Done' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Complete' }));

    expect(await within(item).findByRole('alert')).toHaveTextContent('You may not do this. (FORBIDDEN)');
  });
});

describe('survey eligibility', () => {
  it('says when a contact may not be surveyed, why, and from when', async () => {
    renderPanel([contactMock(LOOKUP, nora())]);
    await readyPanel();

    expect(screen.getByTestId('survey-eligibility')).toHaveTextContent(/^Survey now\?/);
    const line = screen.getByTestId('survey-eligibility-nps');
    expect(line).toHaveTextContent(`NPS: Not now · from ${formatDate('2027-02-25T09:00:00.000Z')}`);
    expect(line).toHaveTextContent('Answered 1 day ago; the policy asks for 90 days between surveys');
  });

  it('gives each reason its own date when another rule has none', async () => {
    const blocked = nora();
    blocked.npsEligibility = {
      __typename: 'SurveyEligibility',
      eligible: false,
      nextEligibleAt: null,
      reasons: [
        {
          __typename: 'SurveyBlockerReason',
          blocker: 'SURVEYED_RECENTLY',
          message: 'Answered 1 day ago',
          until: '2027-02-25T09:00:00.000Z',
        },
        {
          __typename: 'SurveyBlockerReason',
          blocker: 'OPEN_RECOVERY',
          message: 'Has an open recovery follow-up',
          until: null,
        },
      ],
    };
    renderPanel([contactMock(LOOKUP, blocked)]);
    await readyPanel();

    const reasons = within(screen.getByTestId('survey-eligibility-nps')).getAllByRole('listitem');
    expect(reasons.map((reason) => reason.textContent)).toEqual([
      `Answered 1 day ago (until ${formatDate('2027-02-25T09:00:00.000Z')})`,
      'Has an open recovery follow-up',
    ]);
  });

  it('says yes when no rule blocks', async () => {
    renderPanel([contactMock({ externalId: 'zd-1001' }, maya)], { externalId: 'zd-1001' });
    await readyPanel();

    for (const metric of ['nps', 'csat', 'ces']) {
      expect(screen.getByTestId(`survey-eligibility-${metric}`)).toHaveTextContent(/^(NPS|CSAT|CES): Yes$/);
    }
  });
});
