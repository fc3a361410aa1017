import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { graphql } from './__generated__';
import { signToken } from '../api/src/auth/jwt';
import { setWorkspaceDisabled } from '../api/src/modules/workspace/workspace.admin';
import { WorkspaceModel } from '../api/src/modules/workspace/workspace.model';
import { CHATWOOT_SIGN_IN_MAX_SECONDS, PANEL_SESSION_SECONDS } from '../api/src/modules/embed/embed.session';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 9 items 3 and 4: admins set each helpdesk's embedding settings (secret sealed, never
// read back); the API turns a Zendesk-signed JWT or a Chatwoot access token confirmed by the
// Chatwoot server into a short-lived panel token; follow-ups remember their ticket.

const ZENDESK_SET = graphql(`
  mutation TestZendeskEmbedSettingsSet($input: ZendeskEmbedSettingsSetInput!) {
    zendeskEmbedSettingsSet(input: $input) {
      sharedSecret
      zendesk {
        sharedSecretFingerprint
        pagePath
        updatedBy
      }
    }
  }
`);

const CHATWOOT_SET = graphql(`
  mutation TestChatwootEmbedSettingsSet($input: ChatwootEmbedSettingsSetInput!) {
    chatwootEmbedSettingsSet(input: $input) {
      chatwoot {
        baseUrl
        accountId
        pagePath
      }
    }
  }
`);

const HOST_REMOVE = graphql(`
  mutation TestEmbedHostRemove($input: EmbedHostRemoveInput!) {
    embedHostRemove(input: $input) {
      embedHostSettings {
        zendesk {
          sharedSecretFingerprint
        }
        chatwoot {
          baseUrl
        }
      }
    }
  }
`);

const HOST_SETTINGS = graphql(`
  query TestEmbedHostSettings {
    embedHostSettings {
      zendesk {
        sharedSecretFingerprint
      }
      chatwoot {
        baseUrl
        accountId
      }
    }
  }
`);

const ORIGINS_SET = graphql(`
  mutation TestEmbedOriginsSet($input: EmbedSettingsUpdateInput!) {
    embedSettingsUpdate(input: $input) {
      embedSettings {
        origins
      }
    }
  }
`);

const PANEL_VIEWER = graphql(`
  query TestPanelViewer {
    viewer {
      userId
      role
      workspace {
        id
      }
    }
  }
`);

const CONTACT_UPSERT = graphql(`
  mutation TestEmbedContactUpsert($input: ContactUpsertInput!) {
    contactUpsert(input: $input) {
      contact {
        id
      }
    }
  }
`);

const FOLLOW_UP_CREATE = graphql(`
  mutation TestEmbedFollowUpCreate($input: FollowUpCreateInput!) {
    followUpCreate(input: $input) {
      followUp {
        id
        ticketId
      }
    }
  }
`);

const ZENDESK_SECRET = 'a-zendesk-shared-secret-of-40-characters!';
const OTHER_SECRET = 'another-workspace-secret-of-40-characters';
const CHATWOOT_TOKEN = 'cw-agent-token-7';
const CHATWOOT_ACCOUNT = 3;

let server: TestServer;
let chatwoot: http.Server;
let chatwootUrl: string;
/** Requests the fake Chatwoot server received: its access token header. */
const chatwootCalls: string[] = [];

/** A Chatwoot server answering `GET /api/v1/profile` for one agent token. */
function startFakeChatwoot(): Promise<void> {
  chatwoot = http.createServer((req, res) => {
    const token = String(req.headers['api_access_token'] ?? '');
    chatwootCalls.push(token);
    if (req.url !== '/api/v1/profile') {
      res.writeHead(404).end();
    } else if (token === CHATWOOT_TOKEN) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: 7, name: 'Ana Agent', accounts: [{ id: CHATWOOT_ACCOUNT, role: 'agent' }] }));
    } else if (token === 'cw-elsewhere-token') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: 8, name: 'Other Account', accounts: [{ id: 99, role: 'administrator' }] }));
    } else {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"Invalid Access Token"}');
    }
  });
  return new Promise((resolve) => chatwoot.listen(0, '127.0.0.1', resolve));
}

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'other'] });
  await startFakeChatwoot();
  chatwootUrl = `http://127.0.0.1:${(chatwoot.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => chatwoot.close(resolve));
  await server.stop();
});

async function storedWorkspace(id: string) {
  return WorkspaceModel.findById(id).lean().exec();
}

async function setZendeskSecret(workspaceId: string, sharedSecret: string) {
  const result = await server.execute(ZENDESK_SET, { input: { sharedSecret } }, { as: 'admin', workspaceId });
  expect(result.errors).toBeUndefined();
}

async function setChatwoot(workspaceId = 'acme') {
  const result = await server.execute(
    CHATWOOT_SET,
    { input: { baseUrl: chatwootUrl, accountId: CHATWOOT_ACCOUNT } },
    { as: 'admin', workspaceId },
  );
  expect(result.errors).toBeUndefined();
}

/** A JWT as Zendesk's proxy signs it for the sidebar app's request. */
function zendeskJwt(
  claims: Record<string, unknown> = {},
  { secret = ZENDESK_SECRET, algorithm = 'HS256' as jwt.Algorithm, header = {} } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  // A claim given as undefined is left out.
  const payload = Object.fromEntries(
    Object.entries({ sub: 12345, aud: 'nps-desk:acme', iat: now, exp: now + 60, ...claims }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  return jwt.sign(payload, secret, {
    algorithm,
    header: { alg: algorithm, ...header },
  });
}

async function post(path: string, init: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: JSON.stringify(init.body ?? {}),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as { token?: string; userId?: string; expiresAt?: string; errors?: unknown[] },
  };
}

function codeOf(body: { errors?: unknown[] }): unknown {
  return (body.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
}

describe('helpdesk settings: admins only, secrets sealed and never read back', () => {
  test('successful-zendesk-secret-generated-shown-once-and-stored-sealed', async () => {
    const result = await server.execute(ZENDESK_SET, { input: {} }, { as: 'admin', workspaceId: 'acme' });
    expect(result.errors).toBeUndefined();
    const payload = result.data?.zendeskEmbedSettingsSet;
    expect(payload?.sharedSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(payload?.zendesk).toMatchObject({ pagePath: '/embed/acme/zendesk', updatedBy: 'test-admin' });
    const stored = JSON.stringify(await storedWorkspace('acme'));
    expect(stored).not.toContain(payload?.sharedSecret);
    expect(stored).toContain(payload?.zendesk.sharedSecretFingerprint);

    // A pasted secret is not echoed.
    const pasted = await server.execute(
      ZENDESK_SET,
      { input: { sharedSecret: ZENDESK_SECRET } },
      { as: 'admin', workspaceId: 'acme' },
    );
    expect(pasted.data?.zendeskEmbedSettingsSet.sharedSecret).toBeNull();
    const read = await server.execute(HOST_SETTINGS, {}, { as: 'admin', workspaceId: 'acme' });
    expect(JSON.stringify(read.data)).not.toContain(ZENDESK_SECRET);
  });

  test.each([
    ['agent', 'FORBIDDEN'],
    ['sales', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('failing-settings-as-%s-are-refused-%s-and-nothing-is-written', async (caller, code) => {
    const before = await storedWorkspace('acme');
    const zendesk = await server.execute(
      ZENDESK_SET,
      { input: { sharedSecret: OTHER_SECRET } },
      { as: caller, workspaceId: 'acme' },
    );
    const chatwootSet = await server.execute(
      CHATWOOT_SET,
      { input: { baseUrl: 'https://chat.evil.example', accountId: 1 } },
      { as: caller, workspaceId: 'acme' },
    );
    const remove = await server.execute(
      HOST_REMOVE,
      { input: { host: 'ZENDESK' } },
      { as: caller, workspaceId: 'acme' },
    );
    const read = await server.execute(HOST_SETTINGS, {}, { as: caller, workspaceId: 'acme' });
    for (const answer of [zendesk, chatwootSet, remove, read]) expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(await storedWorkspace('acme')).toEqual(before);
  });

  test('failing-another-workspaces-admin-changes-only-their-own', async () => {
    await setZendeskSecret('acme', ZENDESK_SECRET);
    const acmeBefore = await storedWorkspace('acme');
    await setZendeskSecret('other', OTHER_SECRET);
    await server.execute(HOST_REMOVE, { input: { host: 'ZENDESK' } }, { as: 'admin', workspaceId: 'other' });
    expect(await storedWorkspace('acme')).toEqual(acmeBefore);
  });

  test.each([
    ['a short secret', ZENDESK_SET, { input: { sharedSecret: 'too-short' } }, 'sharedSecret'],
    ['plain http', CHATWOOT_SET, { input: { baseUrl: 'http://chat.acme.example', accountId: 1 } }, 'baseUrl'],
    ['a query', CHATWOOT_SET, { input: { baseUrl: 'https://chat.acme.example/?x=1', accountId: 1 } }, 'baseUrl'],
    ['user info', CHATWOOT_SET, { input: { baseUrl: 'https://u:p@chat.acme.example', accountId: 1 } }, 'baseUrl'],
    [
      'an account id of 0',
      CHATWOOT_SET,
      { input: { baseUrl: 'https://chat.acme.example', accountId: 0 } },
      'accountId',
    ],
  ] as const)(
    'failing-settings-with-%s-are-bad-input-and-nothing-is-written',
    async (_label, document, variables, field) => {
      const before = await storedWorkspace('acme');
      const answer = await server.execute(document as typeof CHATWOOT_SET, variables as never, {
        as: 'admin',
        workspaceId: 'acme',
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await storedWorkspace('acme')).toEqual(before);
    },
  );

  test('successful-chatwoot-address-kept-without-trailing-slash-and-removed', async () => {
    const set = await server.execute(
      CHATWOOT_SET,
      { input: { baseUrl: 'https://chat.acme.example/support/', accountId: 4 } },
      { as: 'admin', workspaceId: 'acme' },
    );
    expect(set.data?.chatwootEmbedSettingsSet.chatwoot).toEqual({
      baseUrl: 'https://chat.acme.example/support',
      accountId: 4,
      pagePath: '/embed/acme/chatwoot',
    });
    const removed = await server.execute(
      HOST_REMOVE,
      { input: { host: 'CHATWOOT' } },
      { as: 'admin', workspaceId: 'acme' },
    );
    expect(removed.data?.embedHostRemove.embedHostSettings.chatwoot).toBeNull();
  });
});

describe('Zendesk: a JWT signed with the workspace secret opens a panel session', () => {
  beforeAll(async () => {
    await setZendeskSecret('acme', ZENDESK_SECRET);
    await setZendeskSecret('other', OTHER_SECRET);
  });

  test('successful-exchange-gives-a-15-minute-agent-token-for-that-zendesk-user', async () => {
    const answer = await post('/embed/acme/zendesk/session', { token: zendeskJwt() });
    expect(answer.status).toBe(200);
    expect(answer.cacheControl).toBe('no-store');
    expect(answer.body.userId).toBe('zendesk:12345');
    const claims = jwt.decode(String(answer.body.token)) as Record<string, number | string>;
    expect(claims).toMatchObject({ workspace: 'acme', role: 'agent', sub: 'zendesk:12345', host: 'zendesk' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(PANEL_SESSION_SECONDS);

    const viewer = await server.execute(PANEL_VIEWER, {}, { token: answer.body.token });
    expect(viewer.data?.viewer).toEqual({ userId: 'zendesk:12345', role: 'AGENT', workspace: { id: 'acme' } });
  });

  const now = () => Math.floor(Date.now() / 1000);
  test.each([
    ['no token', () => undefined],
    ['another secret', () => zendeskJwt({}, { secret: OTHER_SECRET })],
    [
      'the secret of another workspace for its audience',
      () => zendeskJwt({ aud: 'nps-desk:other' }, { secret: OTHER_SECRET }),
    ],
    ['another audience', () => zendeskJwt({ aud: 'nps-desk:other' })],
    ['no audience', () => zendeskJwt({ aud: undefined })],
    ['an expired token', () => zendeskJwt({ iat: now() - 600, exp: now() - 300 })],
    ['a token living an hour', () => zendeskJwt({ exp: now() + 3600 })],
    ['no expiry', () => zendeskJwt({ exp: undefined })],
    ['no subject', () => zendeskJwt({ sub: undefined })],
    ['HS512', () => zendeskJwt({}, { algorithm: 'HS512' })],
    ['a crit header', () => zendeskJwt({}, { header: { crit: ['exp'] } })],
    [
      'alg none',
      () =>
        `${zendeskJwt()
          .split('.')
          .slice(0, 2)
          .map((part, index) => (index === 0 ? Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url') : part))
          .join('.')}.`,
    ],
    ['our own agent token', () => server.tokenFor('agent', 'acme')],
  ])('failing-exchange-with-%s-is-401-unauthenticated', async (_label, token) => {
    const answer = await post('/embed/acme/zendesk/session', { token: token() });
    expect({ status: answer.status, code: codeOf(answer.body), token: answer.body.token }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      token: undefined,
    });
  });

  test('failing-exchange-for-a-workspace-without-zendesk-or-disabled', async () => {
    await server.execute(HOST_REMOVE, { input: { host: 'ZENDESK' } }, { as: 'admin', workspaceId: 'other' });
    expect(
      (
        await post('/embed/other/zendesk/session', {
          token: zendeskJwt({ aud: 'nps-desk:other' }, { secret: OTHER_SECRET }),
        })
      ).status,
    ).toBe(401);
    await setWorkspaceDisabled('acme', true);
    try {
      expect((await post('/embed/acme/zendesk/session', { token: zendeskJwt() })).status).toBe(401);
    } finally {
      await setWorkspaceDisabled('acme', false);
    }
    expect((await post('/embed/acme/zendesk/session', { token: zendeskJwt() })).status).toBe(200);
  });
});

describe('Chatwoot: an access token confirmed by the Chatwoot server opens a panel session', () => {
  beforeAll(async () => {
    await setChatwoot('acme');
  });

  test('successful-sign-in-carries-the-agent-chatwoot-answered-and-renews', async () => {
    chatwootCalls.length = 0;
    const answer = await post('/embed/acme/chatwoot/session', { body: { accessToken: CHATWOOT_TOKEN } });
    expect(answer.status).toBe(200);
    expect(answer.body.userId).toBe('chatwoot:7');
    expect(chatwootCalls).toEqual([CHATWOOT_TOKEN]);
    expect(JSON.stringify(await storedWorkspace('acme'))).not.toContain(CHATWOOT_TOKEN);

    const renewed = await post('/embed/session/renew', { token: answer.body.token });
    expect(renewed.status).toBe(200);
    expect(renewed.body.userId).toBe('chatwoot:7');
    const first = jwt.decode(String(answer.body.token)) as Record<string, number>;
    const second = jwt.decode(String(renewed.body.token)) as Record<string, number>;
    expect(second.auth_time).toBe(first.auth_time);
  });

  test.each([
    ['a token Chatwoot refuses', { accessToken: 'cw-unknown-token' }],
    ['an agent of another Chatwoot account', { accessToken: 'cw-elsewhere-token' }],
    ['no token', {}],
    ['a token that is not one', { accessToken: 'a b' }],
    ['an object in place of the token', { accessToken: { $ne: null } }],
  ])('failing-sign-in-with-%s-is-401', async (_label, body) => {
    const answer = await post('/embed/acme/chatwoot/session', { body });
    expect({ status: answer.status, code: codeOf(answer.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  test('failing-sign-in-where-chatwoot-is-not-set-up', async () => {
    expect((await post('/embed/other/chatwoot/session', { body: { accessToken: CHATWOOT_TOKEN } })).status).toBe(401);
  });

  test('failing-renewal-of-tokens-that-are-not-a-live-chatwoot-sign-in', async () => {
    const zendesk = await post('/embed/acme/zendesk/session', { token: zendeskJwt() });
    const jwtConfig = server.config.jwt;
    const stale = signToken(jwtConfig, { userId: 'chatwoot:7', workspaceId: 'acme', role: 'agent' }, 600, {
      host: 'chatwoot',
      auth_time: Math.floor(Date.now() / 1000) - CHATWOOT_SIGN_IN_MAX_SECONDS - 1,
    });
    const adminClaimingChatwoot = signToken(
      jwtConfig,
      { userId: 'chatwoot:7', workspaceId: 'acme', role: 'admin' },
      600,
      {
        host: 'chatwoot',
        auth_time: Math.floor(Date.now() / 1000),
      },
    );
    for (const token of [
      zendesk.body.token,
      server.tokenFor('agent', 'acme'),
      stale,
      adminClaimingChatwoot,
      'not-a-jwt',
    ]) {
      const answer = await post('/embed/session/renew', { token });
      expect({ status: answer.status, code: codeOf(answer.body) }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  test('failing-renewal-once-chatwoot-is-removed', async () => {
    const answer = await post('/embed/acme/chatwoot/session', { body: { accessToken: CHATWOOT_TOKEN } });
    await server.execute(HOST_REMOVE, { input: { host: 'CHATWOOT' } }, { as: 'admin', workspaceId: 'acme' });
    expect((await post('/embed/session/renew', { token: answer.body.token })).status).toBe(401);
    await setChatwoot('acme');
  });
});

describe('the iframe pages', () => {
  test.each(['zendesk', 'chatwoot'])(
    'successful-%s-page-framable-by-the-workspace-origins-only-with-no-token-in-it',
    async (host) => {
      await server.execute(
        ORIGINS_SET,
        { input: { origins: ['https://acme.zendesk.com', 'https://chat.acme.example'] } },
        {
          as: 'admin',
          workspaceId: 'acme',
        },
      );
      const response = await fetch(`${server.baseUrl}/embed/acme/${host}`);
      const page = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(
        'frame-ancestors https://acme.zendesk.com https://chat.acme.example',
      );
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(page).toContain('/panel/nps-desk-embed.js');
      expect(page).not.toMatch(/eyJ[A-Za-z0-9_-]+\./);
      expect(page.includes('zaf_sdk')).toBe(host === 'zendesk');
      const config = JSON.parse(
        /<script type="application\/json" id="nps-desk-embed-config">(.*?)<\/script>/.exec(page)?.[1] ?? '{}',
      );
      expect(config).toMatchObject({
        host,
        workspaceId: 'acme',
        allowedOrigins: ['https://acme.zendesk.com', 'https://chat.acme.example'],
      });

      const other = await fetch(`${server.baseUrl}/embed/other/${host}`);
      expect(other.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    },
  );
});

describe('follow-ups opened from a ticket remember it', () => {
  test('successful-follow-up-keeps-the-ticket-id', async () => {
    const contact = await server.execute(
      CONTACT_UPSERT,
      { input: { externalId: 'zd-77', email: 'kim@acme.example' } },
      { as: 'agent', workspaceId: 'acme' },
    );
    const contactId = String(contact.data?.contactUpsert.contact.id);
    const created = await server.execute(
      FOLLOW_UP_CREATE,
      { input: { contactId, kind: 'PROBE', ticketId: '4821' } },
      { as: 'agent', workspaceId: 'acme' },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.followUpCreate.followUp.ticketId).toBe('4821');
    const tooLong = await server.execute(
      FOLLOW_UP_CREATE,
      { input: { contactId, kind: 'THANK', ticketId: 'x'.repeat(101) } },
      { as: 'agent', workspaceId: 'acme' },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ticketId' });
  });
});
