import { act, within } from '@testing-library/react';

import type { MountOptions } from './host-bridge';
import { PRELOADED_ANSWER_MAX_AGE_MS } from './panel-preload';
import { lena, maya, panelData, type ContactData } from './test-fixtures';
import { installFakeApi, type FakeApiAnswer, type RecordedRequest } from './test-fetch';

// Vite turns `?inline` CSS into a string; jest has no such transform.
jest.mock('./nps-panel.css?inline', () => ({ __esModule: true, default: '.npsdesk-panel { color: black; }' }), {
  virtual: true,
});

const contactsByExternalId: Record<string, ContactData> = { 'zd-1001': maya, 'zd-1003': lena() };

function answerContact({ variables }: RecordedRequest): FakeApiAnswer {
  const contact = contactsByExternalId[String(variables['externalId'])];
  if (!contact)
    return { body: { data: null, errors: [{ message: 'Contact not found', extensions: { code: 'NOT_FOUND' } }] } };
  return { body: { data: panelData(contact) } };
}

let api: ReturnType<typeof installFakeApi>;
/** Each test signs in with a token of its own, so no test finds another's preloaded answer. */
let token: string;
let tokens = 0;

function optionsFor(externalId: string): MountOptions {
  return { apiUrl: '/graphql', token, contact: { externalId } };
}

function mountPanel(options: MountOptions): HTMLElement {
  const sidebar = document.body.appendChild(document.createElement('aside'));
  act(() => {
    window.NpsDesk.mount(sidebar, options);
  });
  return sidebar;
}

/** Lets the preloaded request's answer arrive (the fake API answers on the next turns of the loop). */
async function answerArrives() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

beforeAll(async () => {
  // The page loads the small preload script first, the panel script after it.
  await import('./standalone-preload');
  await import('./standalone');
});

beforeEach(() => {
  api = installFakeApi(answerContact);
  tokens += 1;
  token = `agent-token-${tokens}`;
});

afterEach(() => {
  act(() => document.body.replaceChildren());
  api.restore();
  jest.restoreAllMocks();
});

describe('NpsDesk.preload', () => {
  it('successful-preload-sends-the-panel-query-and-the-panel-shows-its-answer-without-asking-again', async () => {
    window.NpsDesk.preload(optionsFor('zd-1003'));

    expect(api.requests).toEqual([
      {
        url: '/graphql',
        authorization: `Bearer ${token}`,
        acceptLanguage: 'en',
        operationName: 'NpsPanelContact',
        variables: { externalId: 'zd-1003' },
      },
    ]);
    await answerArrives();
    const sidebar = mountPanel(optionsFor('zd-1003'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toHaveLength(1);
  });

  it('successful-panel-mounted-while-the-preload-is-in-flight-waits-for-it', async () => {
    window.NpsDesk.preload(optionsFor('zd-1001'));
    const sidebar = mountPanel(optionsFor('zd-1001'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Promoter');
    expect(api.requests).toHaveLength(1);
  });

  it('successful-preload-sends-the-very-query-the-panel-would-send', async () => {
    window.NpsDesk.preload(optionsFor('zd-1003'));
    // Another contact: not preloaded, so the panel's client sends its own query.
    mountPanel(optionsFor('zd-1001'));
    await answerArrives();

    expect(api.requests.map(({ variables }) => variables)).toEqual([
      { externalId: 'zd-1003' },
      { externalId: 'zd-1001' },
    ]);
    expect(api.queries[0]).toBe(api.queries[1]);
  });

  it('successful-preload-of-an-unknown-contact-shows-the-empty-state-without-asking-again', async () => {
    window.NpsDesk.preload(optionsFor('zd-9999'));
    await answerArrives();
    const sidebar = mountPanel(optionsFor('zd-9999'));

    expect(await within(sidebar).findByTestId('nps-panel-empty')).toHaveTextContent('No NPS response');
    expect(api.requests).toHaveLength(1);
  });

  it('failing-preload-request-is-sent-again-by-the-panel', async () => {
    let answered = 0;
    api.restore();
    api = installFakeApi((request) => {
      answered += 1;
      return answered === 1
        ? { status: 503, body: { errors: [{ message: 'Service unavailable' }] } }
        : answerContact(request);
    });

    window.NpsDesk.preload(optionsFor('zd-1003'));
    await answerArrives();
    const sidebar = mountPanel(optionsFor('zd-1003'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toHaveLength(2);
  });

  it('failing-preload-for-other-options-is-not-used', async () => {
    window.NpsDesk.preload(optionsFor('zd-1001'));
    window.NpsDesk.preload({ ...optionsFor('zd-1003'), token: `${token}-someone-else` });
    window.NpsDesk.preload({ ...optionsFor('zd-1003'), locale: 'zh-CN' });
    await answerArrives();
    const sidebar = mountPanel(optionsFor('zd-1003'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toHaveLength(4);
    expect(api.requests[3]).toMatchObject({ authorization: `Bearer ${token}`, acceptLanguage: 'en' });
  });

  it('failing-preloaded-answer-older-than-its-limit-is-asked-again', async () => {
    const preloadedAt = Date.now();
    window.NpsDesk.preload(optionsFor('zd-1003'));
    await answerArrives();
    jest.spyOn(Date, 'now').mockReturnValue(preloadedAt + PRELOADED_ANSWER_MAX_AGE_MS + 1);
    const sidebar = mountPanel(optionsFor('zd-1003'));

    await within(sidebar).findByTestId('nps-panel-ready');
    expect(api.requests).toHaveLength(2);
  });

  it('failing-preload-says-what-is-missing-and-sends-nothing', () => {
    expect(() => window.NpsDesk.preload({ apiUrl: '/graphql', token: '', contact: { externalId: 'zd-1003' } })).toThrow(
      new TypeError('NpsDesk.preload: a token is required'),
    );
    expect(api.requests).toHaveLength(0);
  });
});
