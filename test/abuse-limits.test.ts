import { Lexer, Source, TokenKind } from 'graphql';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { storedState } from './support/db-state';
import { startExtraApp, type ExtraApp, type HttpAnswer } from './support/extra-app';
import { npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Each abuse limit of issue 10 item 3, on an app whose only lowered limit is the one under
// test: just under passes (and records), just over is refused with its status and code,
// nothing is written and the message names no part of the schema.

let server: TestServer;
let token: string;
let sourceIds = 0;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
  token = server.tokenFor('agent');
});
afterAll(async () => {
  await server.stop();
});

const apps: ExtraApp[] = [];
async function appWith(env: Record<string, string>): Promise<ExtraApp> {
  const app = await startExtraApp(env);
  apps.push(app);
  return app;
}
afterAll(async () => {
  for (const app of apps) await app.stop();
});

/** A responseRecord mutation selecting `selection`, with a fresh answer as its input. */
function recordBody(selection: string, extraVariables: Record<string, unknown> = {}, variableDefinitions = '') {
  sourceIds += 1;
  return {
    query: `mutation Record($input: ResponseRecordInput!${variableDefinitions}) { responseRecord(input: $input) { ${selection} } }`,
    variables: { input: npsInput({ sourceId: `abuse-${sourceIds}` }), ...extraVariables },
  };
}

const SCHEMA_WORDS = /responseRecord|contact|loyalty|duplicate|Did you mean|ResponseRecordInput/;

/** The answer was the refusal: status, code, no data, and a message revealing no schema. */
function expectRefused(answer: HttpAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/application\/json/);
  expect(answer.json?.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.json?.data ?? undefined).toBeUndefined();
  expect(answer.json?.errors?.[0]?.message).not.toMatch(SCHEMA_WORDS);
}

function expectRecorded(answer: HttpAnswer) {
  expect(answer.json?.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.json?.data?.responseRecord).toBeTruthy();
}

/** Sends a refused operation and checks that nothing at all was stored. */
async function expectRefusedAndNothingWritten(app: ExtraApp, body: unknown, status: number, code: string) {
  const before = await storedState();
  const responses = await ResponseModel.countDocuments().exec();
  expectRefused(await app.post('/graphql', body, token), status, code);
  expect(await ResponseModel.countDocuments().exec()).toBe(responses);
  expect(await storedState()).toBe(before);
}

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe('query depth', () => {
  test('depth-at-the-limit-passes-one-over-is-QUERY_TOO_DEEP-with-400', async () => {
    const app = await appWith({ NPS_MAX_QUERY_DEPTH: '4' });
    // responseRecord > contact > loyalty > category: 4 levels.
    expectRecorded(await app.post('/graphql', recordBody('contact { loyalty { category } }'), token));
    // responseRecord > contact > responses > edges > cursor: 5 levels.
    await expectRefusedAndNothingWritten(
      app,
      recordBody('contact { responses(first: 1) { edges { cursor } } }'),
      400,
      'QUERY_TOO_DEEP',
    );
  });

  test('depth-counts-fields-inside-fragments', async () => {
    const app = await appWith({ NPS_MAX_QUERY_DEPTH: '4' });
    const body = recordBody('contact { ...Deep }');
    body.query += ' fragment Deep on Contact { responses(first: 1) { edges { cursor } } }';
    await expectRefusedAndNothingWritten(app, body, 400, 'QUERY_TOO_DEEP');
  });
});

describe('aliases', () => {
  test('aliases-at-the-limit-pass-one-over-is-TOO_MANY_ALIASES-with-400', async () => {
    const app = await appWith({ NPS_MAX_QUERY_ALIASES: '3' });
    expectRecorded(await app.post('/graphql', recordBody('a: duplicate b: duplicate c: duplicate'), token));
    await expectRefusedAndNothingWritten(
      app,
      recordBody('a: duplicate b: duplicate c: duplicate d: duplicate'),
      400,
      'TOO_MANY_ALIASES',
    );
  });

  test('aliases-of-__typename-count-too', async () => {
    const app = await appWith({ NPS_MAX_QUERY_ALIASES: '3' });
    await expectRefusedAndNothingWritten(
      app,
      recordBody('a: __typename b: __typename c: __typename d: __typename'),
      400,
      'TOO_MANY_ALIASES',
    );
  });
});

describe('directives', () => {
  test('directives-at-the-limit-pass-one-over-is-TOO_MANY_DIRECTIVES-with-400', async () => {
    const app = await appWith({ NPS_MAX_QUERY_DIRECTIVES: '2' });
    expectRecorded(
      await app.post('/graphql', recordBody('duplicate @include(if: true) response @skip(if: false) { id }'), token),
    );
    await expectRefusedAndNothingWritten(
      app,
      recordBody('duplicate @include(if: true) response @skip(if: false) { id @include(if: true) }'),
      400,
      'TOO_MANY_DIRECTIVES',
    );
  });
});

describe('tokens', () => {
  test('tokens-at-the-limit-pass-one-over-is-QUERY_TOO_LARGE-with-400', async () => {
    const app = await appWith({ NPS_MAX_QUERY_TOKENS: '40' });
    const withFields = (count: number) => recordBody(Array.from({ length: count }, () => 'duplicate').join(' '));
    // The same field asked n times is one field; each adds one token.
    const base = tokenCount(withFields(1).query);
    const atLimit = withFields(1 + 40 - base);
    expect(tokenCount(atLimit.query)).toBe(40);
    expectRecorded(await app.post('/graphql', atLimit, token));
    const over = withFields(2 + 40 - base);
    expect(tokenCount(over.query)).toBe(41);
    await expectRefusedAndNothingWritten(app, over, 400, 'QUERY_TOO_LARGE');
  });
});

describe('cost', () => {
  test('cost-at-the-limit-passes-one-over-is-QUERY_TOO_COMPLEX-with-400', async () => {
    const app = await appWith({ NPS_MAX_QUERY_COST: '50' });
    // graphql-armor's cost: an object field costs 2 plus 1.5 times its children, a scalar 1,
    // so responseRecord with n scalar fields costs 2 + 1.5 n: 50 for n = 32, 51.5 for 33.
    const withFields = (count: number) => recordBody(Array.from({ length: count }, () => 'duplicate').join(' '));
    expectRecorded(await app.post('/graphql', withFields(32), token));
    await expectRefusedAndNothingWritten(app, withFields(33), 400, 'QUERY_TOO_COMPLEX');
  });

  test('a-literal-page-size-multiplies-the-cost', async () => {
    const app = await appWith({ NPS_MAX_QUERY_COST: '50' });
    // responses(first: 10) { totalCount } costs (2 + 1.5) x 10 = 35; with contact and
    // responseRecord around it, 83.75: over 50, where first: 1 would cost 14.4.
    await expectRefusedAndNothingWritten(
      app,
      recordBody('contact { responses(first: 10) { totalCount } }'),
      400,
      'QUERY_TOO_COMPLEX',
    );
  });
});

describe('page sizes', () => {
  const selection = 'contact { responses(first: $first) { totalCount } }';

  test('first-100-passes-101-is-refused-before-any-resolver-with-400', async () => {
    const app = await appWith({});
    expectRecorded(await app.post('/graphql', recordBody(selection, { first: 100 }, ', $first: Int'), token));
    // Before, the mutation ran and only the nested page failed: now nothing runs.
    await expectRefusedAndNothingWritten(
      app,
      recordBody(selection, { first: 101 }, ', $first: Int'),
      400,
      'BAD_USER_INPUT',
    );
    const answer = await app.post('/graphql', recordBody(selection, { first: 101 }, ', $first: Int'), token);
    expect(answer.json?.errors?.[0]?.extensions?.field).toBe('first');
  });

  test('a-literal-or-a-variable-default-over-100-is-refused-too', async () => {
    const app = await appWith({});
    await expectRefusedAndNothingWritten(
      app,
      recordBody('contact { responses(first: 101) { totalCount } }'),
      400,
      'BAD_USER_INPUT',
    );
    await expectRefusedAndNothingWritten(app, recordBody(selection, {}, ', $first: Int = 500'), 400, 'BAD_USER_INPUT');
    await expectRefusedAndNothingWritten(
      app,
      recordBody(selection, { first: 0 }, ', $first: Int'),
      400,
      'BAD_USER_INPUT',
    );
  });

  test('a-page-size-in-a-fragment-is-checked', async () => {
    const app = await appWith({});
    const body = recordBody('contact { ...Page }', { first: 101 }, ', $first: Int');
    body.query += ' fragment Page on Contact { responses(first: $first) { totalCount } }';
    await expectRefusedAndNothingWritten(app, body, 400, 'BAD_USER_INPUT');
  });
});

describe('body size', () => {
  /** A JSON body of exactly `bytes` bytes: a valid mutation padded with spaces in the query. */
  function bodyOfSize(bytes: number): string {
    const body = recordBody('duplicate');
    const size = Buffer.byteLength(JSON.stringify(body));
    body.query += ' '.repeat(bytes - size);
    const text = JSON.stringify(body);
    expect(Buffer.byteLength(text)).toBe(bytes);
    return text;
  }

  test('a-body-at-the-limit-passes-one-byte-over-is-a-JSON-413-PAYLOAD_TOO_LARGE', async () => {
    const app = await appWith({ NPS_MAX_BODY_BYTES: '4096' });
    expectRecorded(await app.post('/graphql', bodyOfSize(4096), token));
    const before = await storedState();
    const over = await app.post('/graphql', bodyOfSize(4097), token);
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/application\/json/);
    expect(over.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(over.text).not.toMatch(/<html|<pre|node_modules/i);
    expect(await storedState()).toBe(before);
  });

  test('the-default-limit-is-256-kB', async () => {
    const app = await appWith({});
    expect(app.config.limits.bodyBytes).toBe(256 * 1024);
    const over = await app.post('/graphql', bodyOfSize(256 * 1024 + 1), token);
    expect(over.status).toBe(413);
    expect(over.json?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('batched requests', () => {
  test('a-JSON-array-body-is-refused-with-400-and-nothing-runs', async () => {
    const app = await appWith({});
    await expectRefusedAndNothingWritten(app, [recordBody('duplicate'), recordBody('duplicate')], 400, 'BAD_REQUEST');
  });
});

describe('defaults', () => {
  test('every-limit-is-on-with-its-documented-default', async () => {
    const app = await appWith({});
    expect(app.config.limits.query).toEqual({ depth: 10, aliases: 15, directives: 20, tokens: 1000, cost: 20000 });
    expect(app.config.limits.webSocketConnections).toEqual({ perCredential: 20, perWorkspace: 500 });
  });

  test('the-limits-hold-for-anonymous-callers-too', async () => {
    const app = await appWith({ NPS_MAX_QUERY_ALIASES: '1' });
    const answer = await app.post('/graphql', { query: '{ a: health b: health }' });
    expectRefused(answer, 400, 'TOO_MANY_ALIASES');
  });
});
