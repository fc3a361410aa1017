// A stand-in for the NPS Desk API over HTTP, for tests that run the real Apollo link chain
// (jsdom has no fetch). It answers the way Apollo Server does: graphql-response+json.

export interface RecordedRequest {
  url: string;
  authorization: string | null;
  acceptLanguage: string | null;
  operationName: string;
  variables: Record<string, unknown>;
}

export interface FakeApiAnswer {
  status?: number;
  body: unknown;
}

function headerOf(init: RequestInit | undefined, name: string): string | null {
  return new Headers(init?.headers).get(name);
}

/**
 * Installs `window.fetch` answering each GraphQL request with `answer(request)`, and
 * returns the requests it saw. Call the returned `restore` after the test.
 */
export function installFakeApi(answer: (request: RecordedRequest) => FakeApiAnswer) {
  const requests: RecordedRequest[] = [];
  /** The query text of each request, in the same order. */
  const queries: string[] = [];
  const fakeFetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { operationName, variables, query } = JSON.parse(String(init?.body)) as Pick<
      RecordedRequest,
      'operationName' | 'variables'
    > & { query: string };
    queries.push(query);
    const request = {
      url: String(url),
      authorization: headerOf(init, 'authorization'),
      acceptLanguage: headerOf(init, 'accept-language'),
      operationName,
      variables,
    };
    requests.push(request);
    const { status = 200, body } = answer(request);
    // Only what Apollo's HttpLink and NpsDesk.preload read from a Response.
    const response = {
      status,
      ok: status >= 200 && status < 300,
      headers: new Headers({ 'content-type': 'application/graphql-response+json; charset=utf-8' }),
      text: async () => JSON.stringify(body),
      json: async () => body,
    };
    return response as unknown as Response;
  };
  window.fetch = fakeFetch;
  return {
    requests,
    queries,
    restore: () => Reflect.deleteProperty(window, 'fetch'),
  };
}
