import { createNpsDeskClient } from './apollo';
import { NpsPanelContactDocument } from './gql/graphql';
import { maya, panelData } from './test-fixtures';
import { installFakeApi, type FakeApiAnswer } from './test-fetch';

const lookup = { externalId: 'zd-1001' };

function failingWith(code: string, status: number): FakeApiAnswer {
  return { status, body: { data: null, errors: [{ message: `Failed with ${code}`, extensions: { code } }] } };
}

describe('createNpsDeskClient', () => {
  let api: ReturnType<typeof installFakeApi> | undefined;

  afterEach(() => api?.restore());

  it('sends the current token as a bearer token on every request', async () => {
    api = installFakeApi(() => ({ body: { data: panelData(maya) } }));
    let token = 'first-token';
    const client = createNpsDeskClient({ apiUrl: 'https://nps.example.com/graphql', getToken: () => token });

    await client.query({ query: NpsPanelContactDocument, variables: lookup });
    token = 'refreshed-token';
    await client.query({ query: NpsPanelContactDocument, variables: lookup, fetchPolicy: 'network-only' });

    expect(api.requests.map(({ url, authorization }) => ({ url, authorization }))).toEqual([
      { url: 'https://nps.example.com/graphql', authorization: 'Bearer first-token' },
      { url: 'https://nps.example.com/graphql', authorization: 'Bearer refreshed-token' },
    ]);
  });

  it('successful-every-request-asks-for-the-panel-locale', async () => {
    api = installFakeApi(() => ({ body: { data: panelData(maya) } }));
    const client = createNpsDeskClient({ apiUrl: '/graphql', getToken: () => 'agent-token', locale: 'zh-CN' });

    await client.query({ query: NpsPanelContactDocument, variables: lookup });
    await client.query({ query: NpsPanelContactDocument, variables: lookup, fetchPolicy: 'network-only' });

    expect(api.requests.map((request) => request.acceptLanguage)).toEqual(['zh-CN', 'zh-CN']);
  });

  it('sends no Authorization header without a token', async () => {
    api = installFakeApi(() => failingWith('UNAUTHENTICATED', 401));
    const client = createNpsDeskClient({ apiUrl: '/graphql', getToken: () => null });

    await expect(client.query({ query: NpsPanelContactDocument, variables: lookup })).rejects.toThrow(
      'Failed with UNAUTHENTICATED',
    );
    expect(api.requests[0]?.authorization).toBeNull();
  });

  it('tells the host when the API rejects the token', async () => {
    api = installFakeApi(() => failingWith('UNAUTHENTICATED', 401));
    const onUnauthenticated = jest.fn();
    const client = createNpsDeskClient({ apiUrl: '/graphql', getToken: () => 'expired-token', onUnauthenticated });

    await expect(client.query({ query: NpsPanelContactDocument, variables: lookup })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('leaves other codes to the panel', async () => {
    api = installFakeApi(() => failingWith('NOT_FOUND', 200));
    const onUnauthenticated = jest.fn();
    const client = createNpsDeskClient({ apiUrl: '/graphql', getToken: () => 'agent-token', onUnauthenticated });

    await expect(client.query({ query: NpsPanelContactDocument, variables: lookup })).rejects.toThrow(
      'Failed with NOT_FOUND',
    );
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
