import { waitFor } from '@testing-library/react';

import type { HostState } from '../host-bridge';
import { chatwootAdapter, chatwootContextOf } from './chatwoot';
import { keepRenewed, type EmbedConfig, type PanelSession } from './panel-session';
import { zendeskAdapter, type ZafClient } from './zendesk';

const ORIGIN = 'https://chat.acme.example';

function appContext(contact: Record<string, unknown>): string {
  return JSON.stringify({
    event: 'appContext',
    data: { conversation: { id: 77, account_id: 3 }, contact, currentAgent: { id: 7 } },
  });
}

describe('chatwootContextOf', () => {
  it('reads the contact, conversation and agent of an appContext message', () => {
    expect(chatwootContextOf(appContext({ id: 5, identifier: 'zd-1003', email: 'lena@x.example' }), ORIGIN)).toEqual({
      origin: ORIGIN,
      conversationId: '77',
      accountId: '3',
      agentId: '7',
      contact: { externalId: 'zd-1003', email: 'lena@x.example' },
    });
  });

  it('falls back to the email, then to the Chatwoot contact id', () => {
    expect(chatwootContextOf(appContext({ id: 5, email: 'lena@x.example' }), ORIGIN)?.contact).toEqual({
      email: 'lena@x.example',
    });
    expect(chatwootContextOf(appContext({ id: 5 }), ORIGIN)?.contact).toEqual({ externalId: 'cw-5' });
  });

  it.each([
    ['an object, not Chatwoot’s JSON string', { event: 'appContext', data: {} }],
    ['malformed JSON', '{"event":'],
    ['another event', JSON.stringify({ event: 'somethingElse', data: { contact: { email: 'a@b.example' } } })],
    ['no contact', JSON.stringify({ event: 'appContext', data: {} })],
    ['the fetch-info request itself', 'chatwoot-dashboard-app:fetch-info'],
  ])('ignores %s', (_label, data) => {
    expect(chatwootContextOf(data, ORIGIN)).toBeNull();
  });
});

describe('keepRenewed', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const sessionFor = (token: string, lifeMs: number): PanelSession => ({
    token,
    expiresAt: new Date(Date.now() + lifeMs).toISOString(),
    apiUrl: '/graphql',
    userId: 'chatwoot:7',
  });

  it('renews before the session runs out, again and again, until stopped', async () => {
    const renewed: string[] = [];
    let count = 0;
    const stop = keepRenewed(
      sessionFor('t0', 15 * 60_000),
      async () => sessionFor(`t${++count}`, 15 * 60_000),
      (session) => renewed.push(session.token),
      () => renewed.push('lost'),
    );
    await jest.advanceTimersByTimeAsync(12 * 60_000);
    expect(renewed).toEqual(['t1']);
    await jest.advanceTimersByTimeAsync(12 * 60_000);
    expect(renewed).toEqual(['t1', 't2']);
    stop();
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(renewed).toEqual(['t1', 't2']);
  });

  it('tells when a renewal fails', async () => {
    const lost = jest.fn();
    keepRenewed(sessionFor('t0', 60_000), () => Promise.reject(new Error('refused')), jest.fn(), lost);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(lost).toHaveBeenCalledTimes(1);
  });
});

describe('the agent’s language, as each host tells it', () => {
  const config = (host: EmbedConfig['host']): EmbedConfig => ({
    host,
    workspaceId: 'demo',
    apiUrl: '/graphql',
    sessionPath: `/embed/demo/${host}/session`,
    renewPath: '/embed/session/renew',
    audience: 'nps-desk:demo',
    allowedOrigins: [ORIGIN],
  });

  /** The states a Chatwoot frame at `path` reports before any context came. */
  function chatwootStatesAt(path: string): HostState[] {
    window.history.replaceState(null, '', path);
    const states: HostState[] = [];
    chatwootAdapter(config('chatwoot')).connect((state) => states.push(state))();
    return states;
  }

  afterEach(() => window.history.replaceState(null, '', '/'));

  it('successful-chatwoot-frame-takes-its-locale-parameter', () => {
    expect(chatwootStatesAt('/embed/demo/chatwoot?locale=zh-CN')).toEqual([{ status: 'waiting', locale: 'zh-CN' }]);
  });

  it('successful-chatwoot-frame-without-parameter-takes-the-browser-language', () => {
    expect(chatwootStatesAt('/embed/demo/chatwoot')).toEqual([{ status: 'waiting', locale: navigator.language }]);
  });

  it('successful-zendesk-tells-the-signed-in-agent-profile-locale', async () => {
    const client: ZafClient = {
      get: async () => ({
        'ticket.id': 6001,
        'ticket.requester': { id: 1003 },
        currentUser: { id: 515151, name: 'Agent Li', locale: 'zh-cn' },
      }),
      metadata: async () => ({ settings: {} }),
      on: () => undefined,
      invoke: async () => ({}),
      request: async () => ({
        token: 'panel-token',
        expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
        apiUrl: '/graphql',
        userId: 'zendesk:515151',
      }),
    };
    const states: HostState[] = [];
    const stop = zendeskAdapter(config('zendesk'), { init: () => client }).connect((state) => states.push(state));
    await waitFor(() => expect(states).toHaveLength(1));
    stop();

    expect(states[0]).toMatchObject({
      status: 'ready',
      locale: 'zh-cn',
      context: { contact: { externalId: 'zd-1003' } },
    });
  });
});
