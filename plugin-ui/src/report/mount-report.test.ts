import { act, screen, waitFor } from '@testing-library/react';

import type { MountedPanel } from '../mount-root';
import { installFakeApi } from '../test-fetch';
import { answerReportApi } from './report-fixtures';

// Vite turns `?inline` CSS into a string; jest has no such transform.
jest.mock('../nps-panel.css?inline', () => ({ __esModule: true, default: '.npsdesk-panel { color: black; }' }), {
  virtual: true,
});

let api: ReturnType<typeof installFakeApi>;

beforeAll(async () => {
  // The report page's own script (nps-desk-report.js).
  await import('../standalone-report');
});

beforeEach(() => {
  api = installFakeApi(answerReportApi());
});

afterEach(() => {
  act(() => document.body.replaceChildren());
  api.restore();
});

describe('window.NpsDesk.mountReport', () => {
  it('renders the report page with the given token, with the panel’s and the report’s styles', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    let report: MountedPanel | undefined;

    act(() => {
      report = window.NpsDesk.mountReport(container, { apiUrl: '/graphql', token: 'admin-token' });
    });

    await screen.findByTestId('nps-report-ready');
    expect(api.requests.map((request) => [request.operationName, request.authorization])).toEqual(
      expect.arrayContaining([
        ['NpsReportPageViewer', 'Bearer admin-token'],
        ['NpsReportPage', 'Bearer admin-token'],
      ]),
    );
    expect(document.querySelectorAll('style#npsdesk-panel-styles')).toHaveLength(1);
    await waitFor(() =>
      expect(document.head.querySelectorAll('style[data-href="npsdesk-report-styles"]')).toHaveLength(1),
    );

    act(() => report?.unmount());
    expect(container).toBeEmptyDOMElement();
  });

  it('successful-mount-report-speaks-the-page-language-unless-told-another', async () => {
    document.documentElement.lang = 'zh-Hans-CN';
    try {
      const chinese = document.body.appendChild(document.createElement('div'));
      const english = document.body.appendChild(document.createElement('div'));

      act(() => {
        window.NpsDesk.mountReport(chinese, { apiUrl: '/graphql', token: 'admin-token' });
        window.NpsDesk.mountReport(english, { apiUrl: '/graphql', token: 'admin-token', locale: 'en-US' });
      });

      await waitFor(() => expect(chinese.querySelector('[data-testid="nps-report-ready"]')).not.toBeNull());
      await waitFor(() => expect(english.querySelector('[data-testid="nps-report-ready"]')).not.toBeNull());
      expect(chinese.querySelector('h2')).toHaveTextContent('净推荐值 (NPS) 报告');
      expect(chinese).toHaveTextContent('总体净推荐值');
      expect(english.querySelector('h2')).toHaveTextContent('NPS report');
      expect(english).toHaveTextContent('Overall NPS');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('fails at once, naming itself, without an element or a token', () => {
    expect(() => window.NpsDesk.mountReport(null as unknown as Element, { apiUrl: '/graphql', token: 't' })).toThrow(
      'NpsDesk.mountReport: the first argument must be a DOM element',
    );
    const container = document.body.appendChild(document.createElement('div'));
    const withoutToken = () => window.NpsDesk.mountReport(container, { apiUrl: '/graphql', token: ' ' });
    expect(withoutToken).toThrow(TypeError);
    expect(withoutToken).toThrow(/^NpsDesk\.mountReport: a token is required$/);
  });
});
