import { act, screen, waitFor, within } from '@testing-library/react';

import type { MountOptions } from './host-bridge';
import type { MountedPanel } from './mount-root';
import { PRELOADED_ANSWER_MAX_AGE_MS } from './panel-preload';
import type { NpsDeskGlobal } from './standalone';
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
/**
 * The global as the first load of the script installed it. A test below loads the script a
 * second time in isolation, which installs a global bound to another copy of React, one that
 * Testing Library's act() does not know.
 */
let npsDesk: NpsDeskGlobal;

/** `NpsDesk.mount` inside act(), so React's first render is flushed like a browser's would be. */
function mountPanel(element: Element, options: MountOptions): MountedPanel {
  let panel: MountedPanel | undefined;
  act(() => {
    panel = window.NpsDesk.mount(element, options);
  });
  if (!panel) throw new Error('NpsDesk.mount returned nothing');
  return panel;
}

beforeAll(async () => {
  // The sales view is a script of its own (nps-desk-sales.js); loaded first here, so the
  // ticket panel's script keeps its mountSalesCandidates instead of the on-demand stand-in.
  await import('./standalone-sales');
  // A page loads the small preload script first (nps-desk-preload.js), the panel script after it.
  await import('./standalone-preload');
  await import('./standalone');
  npsDesk = window.NpsDesk;
});

beforeEach(() => {
  api = installFakeApi(answerContact);
});

afterEach(() => {
  act(() => document.body.replaceChildren());
  api.restore();
});

describe('window.NpsDesk.mount', () => {
  it('renders the panel for the contact, calling the API with the bearer token', async () => {
    const sidebar = document.body.appendChild(document.createElement('aside'));

    const panel = mountPanel(sidebar, { apiUrl: '/graphql', token: 'agent-token', contact: { externalId: 'zd-1003' } });

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toEqual([
      {
        url: '/graphql',
        authorization: 'Bearer agent-token',
        acceptLanguage: 'en',
        operationName: 'NpsPanelContact',
        variables: { externalId: 'zd-1003' },
      },
    ]);
    expect(document.querySelectorAll('style#npsdesk-panel-styles')).toHaveLength(1);

    act(() => panel.unmount());
    expect(sidebar).toBeEmptyDOMElement();
  });

  it('sends the contact query while mounting, before the first render, and only once', async () => {
    const sidebar = document.body.appendChild(document.createElement('aside'));
    let sentWhileMounting: string[] = [];
    let renderedWhileMounting = true;

    act(() => {
      window.NpsDesk.mount(sidebar, { apiUrl: '/graphql', token: 'agent-token', contact: { externalId: 'zd-1003' } });
      // act() holds React's render until this callback returns.
      sentWhileMounting = api.requests.map(({ operationName }) => operationName);
      renderedWhileMounting = sidebar.hasChildNodes();
    });

    expect(sentWhileMounting).toEqual(['NpsPanelContact']);
    expect(renderedWhileMounting).toBe(false);
    await within(sidebar).findByTestId('nps-panel-ready');
    // The panel's own query joined the one in flight.
    expect(api.requests).toHaveLength(1);
  });

  it('successful-panel-speaks-the-locale-the-page-asks-for', async () => {
    const sidebar = document.body.appendChild(document.createElement('aside'));

    mountPanel(sidebar, {
      apiUrl: '/graphql',
      token: 'agent-token',
      contact: { externalId: 'zd-1003' },
      locale: 'zh-cn',
    });

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(ready).toHaveAttribute('lang', 'zh-CN');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('贬损者');
    expect(api.requests.map((request) => request.acceptLanguage)).toEqual(['zh-CN']);
  });

  it('re-renders in place when mounted again into the same element', async () => {
    const sidebar = document.body.appendChild(document.createElement('aside'));
    const options = { apiUrl: '/graphql', token: 'agent-token' };

    mountPanel(sidebar, { ...options, contact: { externalId: 'zd-1003' } });
    expect(await within(sidebar).findByTestId('nps-category')).toHaveTextContent('Detractor');
    const panel = mountPanel(sidebar, { ...options, contact: { externalId: 'zd-1001' } });

    await waitFor(() => expect(within(sidebar).getByTestId('nps-category')).toHaveTextContent('Promoter'));
    expect(within(sidebar).getAllByRole('region', { name: 'Net Promoter Score' })).toHaveLength(1);
    act(() => panel.unmount());
  });

  it('says what is missing when called with incomplete options', () => {
    const sidebar = document.body.appendChild(document.createElement('aside'));

    expect(() => window.NpsDesk.mount(sidebar, { apiUrl: '/graphql', token: 'agent-token', contact: {} })).toThrow(
      new TypeError('NpsDesk.mount: the contact needs an externalId or an email'),
    );
    expect(api.requests).toHaveLength(0);
  });
});

describe('<nps-desk-panel>', () => {
  function createPanelElement(attributes: Record<string, string>) {
    const element = document.createElement('nps-desk-panel');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  }

  it('renders from its attributes and re-renders when they change', async () => {
    const element = createPanelElement({
      'api-url': '/graphql',
      token: 'agent-token',
      'contact-external-id': 'zd-1001',
    });
    act(() => document.body.append(element));

    expect(await within(element).findByTestId('nps-category')).toHaveTextContent('Promoter');

    act(() => element.setAttribute('contact-external-id', 'zd-1003'));

    await waitFor(() => expect(within(element).getByTestId('nps-category')).toHaveTextContent('Detractor'));
    expect(api.requests.map((request) => request.variables)).toEqual([
      { externalId: 'zd-1001' },
      { externalId: 'zd-1003' },
    ]);
  });

  it('waits for every attribute it needs before asking the API', async () => {
    const element = createPanelElement({ 'api-url': '/graphql', 'contact-external-id': 'zd-1001' });
    act(() => document.body.append(element));

    expect(element).toBeEmptyDOMElement();
    expect(api.requests).toHaveLength(0);

    act(() => element.setAttribute('token', 'agent-token'));

    expect(await screen.findByTestId('nps-panel-ready')).toBeInTheDocument();
    expect(api.requests[0]?.authorization).toBe('Bearer agent-token');
  });

  it('cleans up when removed from the page', async () => {
    const element = createPanelElement({
      'api-url': '/graphql',
      token: 'agent-token',
      'contact-external-id': 'zd-1001',
    });
    act(() => document.body.append(element));
    await within(element).findByTestId('nps-panel-ready');

    act(() => element.remove());

    expect(element).toBeEmptyDOMElement();
  });

  it('is registered once even when the script runs twice', async () => {
    await expect(
      jest.isolateModulesAsync(async () => {
        await import('./standalone');
      }),
    ).resolves.toBeUndefined();
    expect(customElements.get('nps-desk-panel')).toBeDefined();
  });
});

describe('window.NpsDesk.mountSalesCandidates', () => {
  const candidatesPage = {
    data: {
      salesCandidates: {
        __typename: 'SalesCandidateConnection',
        edges: [
          {
            __typename: 'SalesCandidateEdge',
            cursor: 'cursor-maya',
            node: {
              __typename: 'SalesCandidate',
              contact: {
                __typename: 'Contact',
                id: 'contact-maya',
                name: 'Maya Patel',
                email: 'maya.patel@northwind.example',
                externalId: 'zd-1001',
                company: 'Northwind Traders',
                plan: 'enterprise',
                region: 'EMEA',
                tags: [],
                accountValue: 48_000,
                loyalty: { __typename: 'LoyaltySnapshot', latestScore: 10, answeredAt: '2026-11-25T09:00:00.000Z' },
              },
              reason: 'Promoter (10) 3 days ago, account value 48,000',
              positiveCsat: false,
              lastContactedAt: null,
            },
          },
        ],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-maya' },
      },
    },
  };

  it("renders the sales candidates with the sales rep's token", async () => {
    api.restore();
    api = installFakeApi(() => ({ body: candidatesPage }));
    const main = document.body.appendChild(document.createElement('main'));

    let mounted: MountedPanel | undefined;
    act(() => {
      mounted = npsDesk.mountSalesCandidates(main, { apiUrl: '/graphql', token: 'sales-token' });
    });

    const list = await within(main).findByRole('list', { name: 'Sales candidates' });
    expect(list).toHaveTextContent('Maya Patel');
    expect(api.requests).toEqual([
      {
        url: '/graphql',
        authorization: 'Bearer sales-token',
        acceptLanguage: 'en',
        operationName: 'SalesCandidates',
        variables: { first: 10, filter: {} },
      },
    ]);
    expect(document.querySelectorAll('style#npsdesk-panel-styles')).toHaveLength(1);
    act(() => mounted?.unmount());
    expect(main).toBeEmptyDOMElement();
  });

  it('says what is missing when called without a token', () => {
    const main = document.body.appendChild(document.createElement('main'));

    expect(() => npsDesk.mountSalesCandidates(main, { apiUrl: '/graphql', token: ' ' })).toThrow(
      new TypeError('NpsDesk.mountSalesCandidates: a token is required'),
    );
    expect(api.requests).toHaveLength(0);
  });
});

describe('NpsDesk.preload (nps-desk-preload.js)', () => {
  /** Each test signs in with a token of its own, so no test finds another's preloaded answer. */
  let token = '';
  let tokens = 0;
  const optionsFor = (externalId: string): MountOptions => ({ apiUrl: '/graphql', token, contact: { externalId } });
  /** The panel mounted into a new sidebar. */
  const mountPreloaded = (options: MountOptions): HTMLElement => {
    const sidebar = document.body.appendChild(document.createElement('aside'));
    mountPanel(sidebar, options);
    return sidebar;
  };
  /** Lets the preloaded request's answer arrive (the fake API answers on a later turn of the loop). */
  const answerArrives = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

  beforeEach(() => {
    tokens += 1;
    token = `agent-token-${tokens}`;
  });

  afterEach(() => jest.restoreAllMocks());

  it('successful-preload-sends-the-panel-query-and-the-panel-shows-its-answer-without-asking-again', async () => {
    npsDesk.preload(optionsFor('zd-1003'));

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
    const sidebar = mountPreloaded(optionsFor('zd-1003'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toHaveLength(1);
  });

  it('successful-panel-mounted-while-the-preload-is-in-flight-waits-for-it', async () => {
    npsDesk.preload(optionsFor('zd-1001'));
    const sidebar = mountPreloaded(optionsFor('zd-1001'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Promoter');
    expect(api.requests).toHaveLength(1);
  });

  it('successful-preload-sends-the-very-query-the-panel-would-send', async () => {
    npsDesk.preload(optionsFor('zd-1003'));
    // Another contact: not preloaded, so the panel's client sends its own query.
    mountPreloaded(optionsFor('zd-1001'));
    await answerArrives();

    expect(api.requests.map(({ variables }) => variables)).toEqual([
      { externalId: 'zd-1003' },
      { externalId: 'zd-1001' },
    ]);
    expect(api.queries[0]).toBe(api.queries[1]);
  });

  it('successful-preloaded-not-found-answer-shows-the-empty-state', async () => {
    npsDesk.preload(optionsFor('zd-9999'));
    await answerArrives();
    const sidebar = mountPreloaded(optionsFor('zd-9999'));

    expect(await within(sidebar).findByTestId('nps-panel-empty')).toHaveTextContent('No NPS response');
    // Errors are not cached: a host whose first render comes after the answer (React's, unlike
    // the standalone script's Preact) may ask once more, and gets the same answer.
    expect(api.requests[0]?.variables).toEqual({ externalId: 'zd-9999' });
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

    npsDesk.preload(optionsFor('zd-1003'));
    await answerArrives();
    const sidebar = mountPreloaded(optionsFor('zd-1003'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toHaveLength(2);
  });

  it('failing-preload-for-other-options-is-not-used', async () => {
    npsDesk.preload(optionsFor('zd-1001'));
    npsDesk.preload({ ...optionsFor('zd-1003'), token: `${token}-someone-else` });
    npsDesk.preload({ ...optionsFor('zd-1003'), locale: 'zh-CN' });
    await answerArrives();
    const sidebar = mountPreloaded(optionsFor('zd-1003'));

    const ready = await within(sidebar).findByTestId('nps-panel-ready');
    expect(within(ready).getByTestId('nps-category')).toHaveTextContent('Detractor');
    expect(api.requests).toHaveLength(4);
    expect(api.requests[3]).toMatchObject({ authorization: `Bearer ${token}`, acceptLanguage: 'en' });
  });

  it('failing-preloaded-answer-older-than-its-limit-is-asked-again', async () => {
    npsDesk.preload(optionsFor('zd-1003'));
    // Read after the preload: its own clock reading is no later than this.
    const preloadedBy = Date.now();
    await answerArrives();
    jest.spyOn(Date, 'now').mockReturnValue(preloadedBy + PRELOADED_ANSWER_MAX_AGE_MS + 1);
    const sidebar = mountPreloaded(optionsFor('zd-1003'));

    await within(sidebar).findByTestId('nps-panel-ready');
    expect(api.requests).toHaveLength(2);
  });

  it('failing-preload-says-what-is-missing-and-sends-nothing', () => {
    expect(() => npsDesk.preload({ apiUrl: '/graphql', token: '', contact: { externalId: 'zd-1003' } })).toThrow(
      new TypeError('NpsDesk.preload: a token is required'),
    );
    expect(api.requests).toHaveLength(0);
  });
});
