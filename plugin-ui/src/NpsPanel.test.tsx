import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';

import { NpsPanelContactDocument } from './gql/graphql';
import type { HostContact } from './host-bridge';
import type { Locale } from './i18n/locale';
import { LocaleProvider } from './i18n/LocaleProvider';
import { NpsPanel } from './NpsPanel';
import {
  contactChangedMock,
  contactData,
  contactMock,
  errorMock,
  lena,
  maya,
  mayaFixture,
  noAnswersYet,
  noLiveUpdates,
  tom,
  formattersOf,
} from './test-fixtures';

const { formatDate } = formattersOf('en');

type Mocks = ComponentProps<typeof MockedProvider>['mocks'];

function renderPanel(contact: HostContact, mocks: Mocks, locale: Locale = 'en') {
  return render(
    <MockedProvider mocks={[...(mocks ?? []), noLiveUpdates]}>
      <LocaleProvider locale={locale}>
        <NpsPanel contact={contact} />
      </LocaleProvider>
    </MockedProvider>,
  );
}

async function findReadyPanel() {
  return screen.findByTestId('nps-panel-ready');
}

function actionCards() {
  return within(screen.getByRole('list', { name: 'Recommended actions' })).getAllByRole('listitem');
}

describe('NpsPanel', () => {
  it('shows a loading state while the API answers', async () => {
    renderPanel({ externalId: 'zd-1001' }, [contactMock({ externalId: 'zd-1001' }, maya)]);

    expect(screen.getByRole('status')).toHaveTextContent('Loading NPS…');
    expect(screen.getByTestId('nps-panel-loading')).toHaveAttribute('aria-busy', 'true');
    await findReadyPanel();
  });

  it('shows a promoter: badge, latest score with comment and date, rise, history and actions', async () => {
    renderPanel({ externalId: 'zd-1001' }, [contactMock({ externalId: 'zd-1001' }, maya)]);
    await findReadyPanel();

    expect(screen.getByTestId('nps-category')).toHaveTextContent('Promoter');
    expect(screen.getByTestId('nps-category')).toHaveClass('npsdesk-badge--promoter');
    expect(screen.getByTestId('nps-latest-score')).toHaveTextContent('10/10');
    expect(within(screen.getByTestId('nps-latest')).getByText('Support is fantastic, thank you!')).toBeInTheDocument();
    const answered = screen.getByText(/^Answered/);
    expect(answered).toHaveTextContent(`Answered ${formatDate('2026-10-20T09:00:00.000Z')} · 3 responses`);
    expect(within(answered).getByText(formatDate('2026-10-20T09:00:00.000Z'))).toHaveAttribute(
      'datetime',
      '2026-10-20T09:00:00.000Z',
    );
    expect(screen.getByText('Rose from passive (8)')).toHaveTextContent('▲ Rose from passive (8)');

    const [thank, referral] = actionCards();
    expect(within(thank!).getByRole('heading', { name: 'Thank Maya for the feedback' })).toBeInTheDocument();
    expect(thank).toHaveTextContent('Priority: High');
    expect(thank).toHaveTextContent('No deadline');
    expect(thank).toHaveTextContent('Latest answer 10 (promoter)');
    expect(within(thank!).getByRole('figure', { name: 'Script' })).toHaveTextContent(
      'thank you for the 10! It means a lot to the team.',
    );
    expect(within(referral!).getByRole('heading', { name: 'Ask for a referral' })).toBeInTheDocument();
    expect(referral).toHaveTextContent('Priority: Medium');
  });

  it('shows an answer recorded elsewhere without a reload, when the API says the contact changed', async () => {
    const answeredAgain = contactData({
      ...mayaFixture,
      movement: 'FALL',
      answers: [
        ...mayaFixture.answers,
        { score: 4, category: 'DETRACTOR', answeredAt: '2026-11-25T09:00:00.000Z', comment: 'Billing broke again.' },
      ],
    });
    renderPanel({ externalId: 'zd-1001' }, [
      contactMock({ externalId: 'zd-1001' }, maya),
      contactChangedMock(maya.id),
      contactMock({ externalId: 'zd-1001' }, answeredAgain),
    ]);
    await findReadyPanel();
    expect(screen.getByTestId('nps-latest-score')).toHaveTextContent('10/10');

    await waitFor(() => expect(screen.getByTestId('nps-latest-score')).toHaveTextContent('4/10'));
    expect(screen.getByTestId('nps-category')).toHaveTextContent('Detractor');
    // Read again in place: the panel never went back to its loading state.
    expect(screen.getByTestId('nps-panel-ready')).toBeInTheDocument();
  });

  it('shows a passive who stayed passive', async () => {
    renderPanel({ externalId: 'zd-1002' }, [contactMock({ externalId: 'zd-1002' }, tom)]);
    await findReadyPanel();

    expect(screen.getByTestId('nps-category')).toHaveTextContent('Passive');
    expect(screen.getByTestId('nps-latest-score')).toHaveTextContent('8/10');
    expect(within(screen.getByTestId('nps-latest')).getByText('Good, but reports are slow.')).toBeInTheDocument();
    expect(screen.getByText('Steady, was passive (7)')).toHaveTextContent('● Steady, was passive (7)');
    expect(screen.getByText(/^Answered/)).toHaveTextContent('2 responses');
    const [probe] = actionCards();
    expect(within(probe!).getByRole('heading', { name: 'Ask what would make it a 10' })).toBeInTheDocument();
    expect(within(probe!).getByRole('figure', { name: 'Script' })).toHaveTextContent(
      'what is the one thing that would make us a 10 for you?',
    );
  });

  it('shows a detractor who fell from promoter, with urgent and overdue actions', async () => {
    renderPanel({ externalId: 'zd-1003' }, [contactMock({ externalId: 'zd-1003' }, lena())]);
    await findReadyPanel();

    expect(screen.getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(screen.getByTestId('nps-latest-score')).toHaveTextContent('3/10');
    expect(within(screen.getByTestId('nps-latest')).getByText('Billing broke twice this month.')).toBeInTheDocument();
    expect(screen.getByText('Fell from promoter (9)')).toHaveTextContent('▼ Fell from promoter (9)');

    const [escalate, recover] = actionCards();
    expect(within(escalate!).getByRole('heading', { name: 'Escalate: fell from promoter' })).toBeInTheDocument();
    expect(escalate).toHaveTextContent('Priority: Urgent');
    expect(escalate).toHaveTextContent('Due in 4 hours');
    expect(escalate).toHaveTextContent('Fell from promoter (9) to detractor (3)');
    expect(within(escalate!).getByRole('figure', { name: 'Script' })).toHaveTextContent(
      'I have escalated this to our billing lead.',
    );
    expect(recover).toHaveTextContent('Priority: High');
    expect(recover).toHaveTextContent('Was due 2 hours ago');
  });

  it('draws one mark per answer in the history chart, oldest first, each with a tooltip', async () => {
    renderPanel({ externalId: 'zd-1001' }, [contactMock({ externalId: 'zd-1001' }, maya)]);
    await findReadyPanel();

    const chart = screen.getByRole('img', {
      name: `NPS history, 3 answers, oldest first: 6 on ${formatDate('2026-03-02T09:00:00.000Z')}, 8 on ${formatDate(
        '2026-06-15T09:00:00.000Z',
      )}, 10 on ${formatDate('2026-10-20T09:00:00.000Z')}`,
    });
    // The tooltips a mouse user sees on each mark (Testing Library's ByTitle only reads an <svg>'s own title).
    const tooltips = Array.from(chart.querySelectorAll('circle > title'));
    expect(tooltips.map((tooltip) => tooltip.textContent)).toEqual([
      `Score 6 (detractor) on ${formatDate('2026-03-02T09:00:00.000Z')}: “Setup took too long.”`,
      `Score 8 (passive) on ${formatDate('2026-06-15T09:00:00.000Z')}`,
      `Score 10 (promoter) on ${formatDate('2026-10-20T09:00:00.000Z')}: “Support is fantastic, thank you!”`,
    ]);
  });

  it('looks the contact up by email when the host has no helpdesk id', async () => {
    renderPanel({ email: 'tom.becker@contoso.example' }, [contactMock({ email: 'tom.becker@contoso.example' }, tom)]);
    await findReadyPanel();

    expect(screen.getByTestId('nps-category')).toHaveTextContent('Passive');
  });

  it('shows "No NPS response yet" when the API does not know the contact (NOT_FOUND)', async () => {
    renderPanel({ externalId: 'zd-9999' }, [errorMock({ externalId: 'zd-9999' }, 'NOT_FOUND')]);

    expect(await screen.findByTestId('nps-panel-empty')).toHaveTextContent('No NPS response yet');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a known contact without answers: no NPS answer yet, and whether it may be surveyed', async () => {
    renderPanel({ externalId: 'zd-1004' }, [contactMock({ externalId: 'zd-1004' }, noAnswersYet)]);
    await findReadyPanel();

    expect(screen.getByTestId('nps-no-answer')).toHaveTextContent('No NPS answer yet');
    expect(screen.queryByTestId('nps-category')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
    expect(screen.getByTestId('survey-eligibility-nps')).toHaveTextContent(/^NPS: Yes$/);
  });

  it('asks for no data when the host gives no requester', () => {
    renderPanel({}, []);

    expect(screen.getByTestId('nps-panel-empty')).toHaveTextContent('No requester to look up');
  });

  it('shows an error with its code, and Retry fetches again', async () => {
    renderPanel({ externalId: 'zd-1001' }, [
      errorMock({ externalId: 'zd-1001' }, 'INTERNAL_SERVER_ERROR'),
      contactMock({ externalId: 'zd-1001' }, maya),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load NPS data');
    expect(alert).toHaveTextContent('Error code: INTERNAL_SERVER_ERROR');

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    await findReadyPanel();
    expect(screen.getByTestId('nps-category')).toHaveTextContent('Promoter');
  });

  it('names a network failure', async () => {
    renderPanel({ externalId: 'zd-1001' }, [
      {
        request: { query: NpsPanelContactDocument, variables: { externalId: 'zd-1001' } },
        error: new TypeError('Failed to fetch'),
      },
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent('Error code: NETWORK_ERROR');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('tells the agent when the session expired (UNAUTHENTICATED)', async () => {
    renderPanel({ externalId: 'zd-1001' }, [errorMock({ externalId: 'zd-1001' }, 'UNAUTHENTICATED')]);

    expect(await screen.findByRole('alert')).toHaveTextContent('Session expired or invalid token');
    expect(screen.getByTestId('nps-panel-error')).toBeInTheDocument();
  });

  describe('Copy script', () => {
    const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

    afterEach(() => {
      if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
      else Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('copies the script to the clipboard', async () => {
      const writeText = jest.fn(async () => undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      renderPanel({ externalId: 'zd-1002' }, [contactMock({ externalId: 'zd-1002' }, tom)]);
      await findReadyPanel();

      const [probe] = actionCards();
      fireEvent.click(within(probe!).getByRole('button', { name: 'Copy script' }));

      expect(await within(probe!).findByText('Copied')).toHaveAttribute('role', 'status');
      expect(writeText).toHaveBeenCalledWith('Hi Tom, what is the one thing that would make us a 10 for you?');
    });

    it('selects the script for the keyboard when the clipboard is refused', async () => {
      const writeText = jest.fn(async () => {
        throw new DOMException('Write permission denied.', 'NotAllowedError');
      });
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      renderPanel({ externalId: 'zd-1002' }, [contactMock({ externalId: 'zd-1002' }, tom)]);
      await findReadyPanel();

      const [probe] = actionCards();
      fireEvent.click(within(probe!).getByRole('button', { name: 'Copy script' }));

      expect(await within(probe!).findByText('Script selected: press Ctrl+C (⌘C on Mac) to copy')).toHaveAttribute(
        'role',
        'status',
      );
      expect(document.getSelection()?.toString()).toBe(
        'Hi Tom, what is the one thing that would make us a 10 for you?',
      );
    });
  });
});

describe('the panel in Simplified Chinese', () => {
  const chinese = formattersOf('zh-CN');

  it('successful-promoter-in-chinese-with-chinese-dates', async () => {
    renderPanel({ externalId: 'zd-1001' }, [contactMock({ externalId: 'zd-1001' }, maya)], 'zh-CN');

    expect(screen.getByRole('status')).toHaveTextContent('正在加载 NPS…');
    const panel = await findReadyPanel();

    expect(panel).toHaveAttribute('lang', 'zh-CN');
    expect(panel).toHaveAccessibleName('净推荐值');
    expect(screen.getByTestId('nps-category')).toHaveTextContent('忠诚度类别：推荐者');
    expect(screen.getByTestId('nps-latest')).toHaveTextContent('最新评分10/10');
    const answered = screen.getByText(/^回答于/);
    expect(answered).toHaveTextContent('回答于 2026年10月20日 · 共 3 个回答');
    expect(within(answered).getByText('2026年10月20日')).toHaveAttribute('datetime', '2026-10-20T09:00:00.000Z');
    expect(screen.getByText('由被动者（8 分）上升')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '历史记录' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^NPS 历史，共 3 个回答，按时间从早到晚：/ })).toHaveAccessibleName(
      `NPS 历史，共 3 个回答，按时间从早到晚：${chinese.formatDate('2026-03-02T09:00:00.000Z')} 6 分；` +
        `${chinese.formatDate('2026-06-15T09:00:00.000Z')} 8 分；${chinese.formatDate('2026-10-20T09:00:00.000Z')} 10 分`,
    );
    expect(screen.getByTestId('survey-eligibility-nps')).toHaveTextContent(/^NPS：可以$/);

    const [thank] = within(screen.getByRole('list', { name: '建议操作' })).getAllByRole('listitem');
    expect(thank).toHaveTextContent('优先级：高');
    expect(thank).toHaveTextContent('无截止时间');
    expect(within(thank!).getByRole('figure', { name: '话术' })).toBeInTheDocument();
    expect(within(thank!).getByRole('button', { name: '复制话术' })).toBeInTheDocument();
    expect(within(thank!).getByRole('button', { name: '标记为完成' })).toBeInTheDocument();
    // Only the API's own texts (titles, scripts, reasons) stay as the API wrote them.
    expect(panel).not.toHaveTextContent(
      /Loyalty category|Latest score|Answered|responses|History|Survey now|Copy script/,
    );
  });

  it('successful-due-times-and-open-follow-ups-in-chinese', async () => {
    const nowMs = Date.now();
    renderPanel({ externalId: 'zd-1003' }, [contactMock({ externalId: 'zd-1003' }, lena(nowMs))], 'zh-CN');
    await findReadyPanel();

    const [escalate, recover] = within(screen.getByRole('list', { name: '建议操作' })).getAllByRole('listitem');
    expect(escalate).toHaveTextContent('优先级：紧急');
    expect(escalate).toHaveTextContent('4小时后到期');
    expect(recover).toHaveTextContent('已于2小时前到期');
    expect(screen.getByText('由推荐者（9 分）下降')).toBeInTheDocument();
  });

  it('successful-survey-blockers-in-chinese-from-their-codes', async () => {
    const blocked = contactData({
      ...mayaFixture,
      csatEligibility: {
        eligible: false,
        nextEligibleAt: '2027-01-31T09:00:00.000Z',
        reasons: [
          {
            blocker: 'SURVEYED_RECENTLY',
            message: 'Last CSAT survey sent 3 days ago; the CSAT policy asks for 90 days between surveys',
            until: '2027-01-31T09:00:00.000Z',
          },
          {
            blocker: 'OPEN_TICKET',
            message: 'Has an open helpdesk ticket; surveys wait until it is closed',
            until: null,
          },
        ],
      },
    });
    renderPanel({ externalId: 'zd-1001' }, [contactMock({ externalId: 'zd-1001' }, blocked)], 'zh-CN');
    await findReadyPanel();

    const csat = screen.getByTestId('survey-eligibility-csat');
    expect(csat).toHaveTextContent(
      'CSAT：暂不可以 · 自 2027年1月31日 起' +
        '最近已发送或回答过 CSAT 调查，尚未满足调查间隔' +
        '有未关闭的帮助台工单；调查将等到工单关闭后再发送',
    );
    expect(within(csat).getByText('2027年1月31日')).toHaveAttribute('datetime', '2027-01-31T09:00:00.000Z');
    expect(csat).not.toHaveTextContent(/policy|ticket/);
  });

  it('failing-load-says-so-in-chinese-with-the-code', async () => {
    renderPanel({ externalId: 'zd-404' }, [errorMock({ externalId: 'zd-404' }, 'FORBIDDEN')], 'zh-CN');

    const panel = await screen.findByTestId('nps-panel-error');
    expect(within(panel).getByRole('alert')).toHaveTextContent('您无权查看此联系人的 NPS 数据错误代码：FORBIDDEN');
    expect(within(panel).getByText('FORBIDDEN').tagName).toBe('CODE');
    expect(within(panel).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('successful-english-panel-says-its-language', async () => {
    renderPanel({ externalId: 'zd-1001' }, [contactMock({ externalId: 'zd-1001' }, maya)], 'en');

    expect(await findReadyPanel()).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('nps-category')).toHaveTextContent('Loyalty category: Promoter');
  });
});
