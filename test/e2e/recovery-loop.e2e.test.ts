// The closed loop in the real browser against the real API and database: a detractor
// answers, the agent sees the recovery recommended in the ticket sidebar, marks it done with
// an outcome, the follow-up is stored, and the contact's next, higher answer shows the
// recovery in the panel. And a role that may not act sees no buttons and is refused.
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Locator } from 'playwright-core';
import { DEMO_PEOPLE } from '../../api/src/demo/demo-data';
import { FollowUpModel } from '../../api/src/modules/follow-up/follow-up.model';
import { graphql } from '../__generated__';
import { useDemoBrowser } from '../support/browser';
import { storedState } from '../support/db-state';
import { npsInput, RECORD_RESPONSE } from '../support/operations';
import type { Caller } from '../support/test-server';

const WORKSPACE = 'demo';
const HOUR_MS = 60 * 60 * 1000;

const FOLLOW_UPS = graphql(`
  query E2eFollowUps($filter: FollowUpFilter) {
    followUps(first: 20, filter: $filter) {
      totalCount
      edges {
        node {
          id
          kind
          title
          status
          outcome
          dismissReason
          closedBy
          closedByPerson {
            displayName
          }
          closedAt
          createdBy
        }
      }
    }
  }
`);

const CONTACT_STATE = graphql(`
  query E2eContactState($externalId: String) {
    contact(externalId: $externalId) {
      id
      recommendedActions {
        kind
      }
      followUps(first: 20) {
        totalCount
      }
    }
  }
`);

const RECOMMENDED_ACTION_COMPLETE = graphql(`
  mutation E2eRecommendedActionComplete($input: RecommendedActionCompleteInput!) {
    recommendedActionComplete(input: $input) {
      followUp {
        id
        status
      }
    }
  }
`);

const RECOMMENDED_ACTION_DISMISS = graphql(`
  mutation E2eRecommendedActionDismiss($input: RecommendedActionDismissInput!) {
    recommendedActionDismiss(input: $input) {
      followUp {
        id
      }
    }
  }
`);

const FOLLOW_UP_CREATE = graphql(`
  mutation E2eFollowUpCreate($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        id
      }
    }
  }
`);

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } }, { workspaces: [WORKSPACE] });

function execute<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  as: Caller = 'agent',
) {
  return suite.server.execute(document, variables, { as, workspaceId: WORKSPACE });
}

/** Records one NPS answer for the contact through the API, as a survey tool's integration would. */
async function recordNps(externalId: string, score: number, answeredAt: Date, comment: string) {
  const result = await execute(RECORD_RESPONSE, {
    input: npsInput({
      contact: { externalId, email: `${externalId}@globex.example`, name: 'Nora Quinn', company: 'Globex' },
      score,
      comment,
      answeredAt: answeredAt.toISOString(),
      source: 'e2e',
      sourceId: `${externalId}-${score}-${answeredAt.getTime()}`,
    }),
  });
  expect(result.errors).toBeUndefined();
  return result.data!.responseRecord;
}

async function openTicket(externalId: string, role: 'agent' | 'sales' = 'agent'): Promise<Locator> {
  await suite.page.goto(`${suite.server.baseUrl}/demo/ticket?requester=${encodeURIComponent(externalId)}&role=${role}`);
  const panel = suite.page.getByTestId('nps-panel-ready');
  await panel.waitFor();
  return panel;
}

function actionCard(panel: Locator, title: RegExp): Locator {
  return panel
    .getByRole('list', { name: 'Recommended actions' })
    .getByRole('listitem')
    .filter({ has: suite.page.getByRole('heading', { name: title }) });
}

describe('detractor recovery loop in Chromium', () => {
  test('successful-detractor-recovery-is-marked-done-in-the-panel-and-shows-after-the-next-answer', async () => {
    const externalId = `zd-e2e-${randomUUID().slice(0, 8)}`;
    const detractor = await recordNps(
      externalId,
      2,
      new Date(Date.now() - HOUR_MS),
      'The export lost a week of data and nobody called back.',
    );
    expect(detractor.contact.loyalty.category).toBe('DETRACTOR');
    const contactId = detractor.contact.id;

    // The agent opens the ticket: the panel recommends recovering the detractor.
    const panel = await openTicket(externalId);
    await expect(suite.page.getByText(`Signed in as ${DEMO_PEOPLE.agent} (agent)`).count()).resolves.toBe(1);
    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
    const recover = actionCard(panel, /^Recover/);
    await expect(recover.count()).resolves.toBe(1);
    const recoverTitle = await recover.getByRole('heading').innerText();
    await expect(panel.getByTestId('survey-eligibility-nps').innerText()).resolves.toMatch(/^NPS: Not now/);

    // A marker on the window: it survives only if the page is never reloaded.
    await suite.page.evaluate(() => Object.assign(window, { npsDeskE2eMarker: 'same page' }));

    await recover.getByRole('button', { name: 'Mark done' }).click();
    const outcomeField = recover.getByLabel('Outcome');
    await expect(outcomeField.evaluate((field) => field === document.activeElement)).resolves.toBe(true);

    // An empty outcome is refused before anything is sent.
    await recover.getByRole('button', { name: 'Mark done' }).click();
    await expect(recover.getByRole('alert').innerText()).resolves.toBe('Write the outcome first.');

    const outcome = 'Called Nora, restored the export from backup; she is happy again.';
    await outcomeField.fill(outcome);
    await recover.getByRole('button', { name: 'Mark done' }).click();

    // Without a reload: the recommendation is gone and the history shows it done.
    await recover.waitFor({ state: 'detached' });
    const history = panel.getByRole('list', { name: 'Recent follow-ups' });
    const doneItem = history.getByRole('listitem').filter({ hasText: recoverTitle });
    await doneItem.waitFor();
    const doneText = await doneItem.innerText();
    expect(doneText).toMatch(/^Done/i);
    expect(doneText).toContain(outcome);
    expect(doneText).toMatch(/By you, just now/);
    await expect(suite.page.getByTestId('nps-panel-announcement').innerText()).resolves.toBe(
      `Marked “${recoverTitle}” done`,
    );
    await expect(suite.page.evaluate(() => (window as { npsDeskE2eMarker?: string }).npsDeskE2eMarker)).resolves.toBe(
      'same page',
    );

    // Persisted: done, with the outcome, closed by the demo agent, whom the directory names.
    const stored = await execute(FOLLOW_UPS, { filter: { contactId, kind: 'RECOVER' } });
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.followUps.edges).toHaveLength(1);
    const [recovery] = stored.data!.followUps.edges.map((edge) => edge.node);
    expect(recovery).toMatchObject({
      kind: 'RECOVER',
      title: recoverTitle,
      status: 'DONE',
      outcome,
      dismissReason: null,
      closedBy: 'demo-agent',
      closedByPerson: { displayName: DEMO_PEOPLE.agent },
    });
    expect(Date.now() - new Date(recovery!.closedAt!).getTime()).toBeLessThan(5 * 60 * 1000);

    // The contact answers again, higher: the panel shows the rise and the recovery that led to it.
    const promoter = await recordNps(externalId, 9, new Date(), 'Thanks for sorting it out so quickly.');
    expect(promoter.contact.loyalty.movement).toBe('RISE');
    await suite.page.reload();
    const after = suite.page.getByTestId('nps-panel-ready');
    await after.waitFor();
    await expect(after.getByTestId('nps-category').innerText()).resolves.toMatch(/Promoter/i);
    await expect(after.getByTestId('nps-latest-score').innerText()).resolves.toContain('9');
    await expect(after.innerText()).resolves.toContain('Rose from detractor (2)');
    const historyAfter = after.getByRole('list', { name: 'Recent follow-ups' });
    const recoveryAfter = historyAfter.getByRole('listitem').filter({ hasText: recoverTitle });
    await expect(recoveryAfter.innerText()).resolves.toContain(outcome);
    await expect(after.getByRole('img').locator('circle').count()).resolves.toBe(2);

    // The new answer rewrote nothing about the follow-up.
    const storedAfter = await execute(FOLLOW_UPS, { filter: { contactId, kind: 'RECOVER' } });
    expect(storedAfter.data?.followUps.edges.map((edge) => edge.node)).toEqual([recovery]);
  });

  test('successful-sales-session-sees-the-panel-without-follow-up-buttons', async () => {
    const panel = await openTicket('zd-1003', 'sales');

    await expect(panel.getByTestId('nps-category').innerText()).resolves.toMatch(/Detractor/i);
    await expect(suite.page.getByText(`Signed in as ${DEMO_PEOPLE.sales} (sales)`).count()).resolves.toBe(1);
    const actions = panel.getByRole('list', { name: 'Recommended actions' }).getByRole('listitem');
    await expect(actions.count()).resolves.toBeGreaterThan(0);
    for (const name of ['Mark done', 'Dismiss', 'Track', 'Complete', 'Mark contacted']) {
      await expect(panel.getByRole('button', { name }).count()).resolves.toBe(0);
    }
    // Copying a script is reading, which a sales rep may do.
    await expect(panel.getByRole('button', { name: 'Copy script' }).count()).resolves.toBeGreaterThan(0);
  });

  test('failing-sales-role-logging-or-tracking-an-action-gets-FORBIDDEN-and-nothing-changes', async () => {
    const before = await execute(CONTACT_STATE, { externalId: 'zd-1003' }, 'sales');
    expect(before.errors).toBeUndefined();
    const contactId = before.data!.contact!.id;
    const kind = before.data!.contact!.recommendedActions[0]!.kind;
    const followUpsBefore = JSON.stringify(await FollowUpModel.find().sort({ _id: 1 }).lean().exec());
    const stateBefore = await storedState();

    const attempts = [
      execute(RECOMMENDED_ACTION_COMPLETE, { input: { contactId, kind, outcome: 'Called her' } }, 'sales'),
      execute(RECOMMENDED_ACTION_DISMISS, { input: { contactId, kind, reason: 'Not needed' } }, 'sales'),
      execute(FOLLOW_UP_CREATE, { input: { contactId, kind } }, 'sales'),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.data).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }

    expect(JSON.stringify(await FollowUpModel.find().sort({ _id: 1 }).lean().exec())).toBe(followUpsBefore);
    await expect(storedState()).resolves.toBe(stateBefore);
    const after = await execute(CONTACT_STATE, { externalId: 'zd-1003' }, 'sales');
    expect(after.data).toEqual(before.data);
  });
});
