import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { AbuseLimits } from '../config';
import type { GraphQLContext } from '../context';
import { countRequest, retryAfterSeconds, type AuthorizationKeysOf, type RateLimiters } from '../http/rate-limit';
import type { Logger } from '../logger';
import { documentRefusals, queryLimitRules, queryParseOptions } from './query-limits';

// Subscriptions over WebSocket at /graphql (graphql-ws's `graphql-transport-ws` protocol),
// beside HTTP on the same port. The connection's `connection_init` payload carries the
// credential (`{ authorization: 'Bearer …' }`); it is checked when the connection opens
// (anonymous callers are closed with 4403) and again for each subscription, so a revoked
// key or a disabled workspace stops new subscriptions at once. Only subscriptions run here:
// queries and mutations go over HTTP, where the rate limits and CSRF rules apply; a
// connection holds at most MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions. Each
// document passes the same abuse limits as over HTTP, and errors are formatted as they are.
//
// Opening a connection counts as one request against the HTTP rate limits (the same keys:
// credential and workspace, or the address of a caller without a valid credential). A
// process also caps the connections open at once per credential and per workspace
// (NPS_MAX_WS_CONNECTIONS_*, default 20 and 500: a panel holds one per browser tab); each
// close gives its place back, whatever ended the connection. Over either limit, the
// connection is closed with OVER_LIMIT_CLOSE_CODE and a reason saying which.

/** Subscriptions one connection may hold at once (a panel holds one). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;

/**
 * The close code of a connection over a rate limit or a connection cap. Not graphql-ws's
 * 4429 (too many `connection_init` messages), which its client treats as fatal: a panel
 * refused for now retries with backoff and gets in once a place is free.
 */
export const OVER_LIMIT_CLOSE_CODE = 4420;

export interface SubscriptionServer {
  /** Closes every connection (their subscriptions end) and stops accepting new ones. */
  dispose(): Promise<void>;
}

interface SubscriptionOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  limits: AbuseLimits['query'];
  connectionLimits: AbuseLimits['webSocketConnections'];
  /** Largest message accepted, as for HTTP bodies. */
  maxPayloadBytes: number;
  /** The HTTP rate limiters, and who a connection counts against in them. */
  rateLimiters: RateLimiters;
  rateKeysOf: AuthorizationKeysOf;
  /**
   * The context of an operation for a credential, as over HTTP (anonymous when it is missing
   * or bad); `request` lets it reuse the API key the rate keys read.
   */
  contextFor(authorization: string | undefined, request?: object): Promise<GraphQLContext>;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  logger: Logger;
}

/** The connections open in this process, per credential and per workspace, within their caps. */
class OpenConnections {
  private readonly perCredential = new Map<string, number>();
  private readonly perWorkspace = new Map<string, number>();

  constructor(private readonly caps: AbuseLimits['webSocketConnections']) {}

  /** Takes a place for a connection: the function giving it back, or why there is none. */
  take(credential: string, workspace: string): { release(): void } | { refusal: string } {
    const { perCredential, perWorkspace } = this.caps;
    if ((this.perCredential.get(credential) ?? 0) >= perCredential) {
      return { refusal: `Too many connections: at most ${perCredential} per credential` };
    }
    if ((this.perWorkspace.get(workspace) ?? 0) >= perWorkspace) {
      return { refusal: `Too many connections: at most ${perWorkspace} per workspace` };
    }
    add(this.perCredential, credential, 1);
    add(this.perWorkspace, workspace, 1);
    let held = true;
    return {
      release: () => {
        if (!held) return;
        held = false;
        add(this.perCredential, credential, -1);
        add(this.perWorkspace, workspace, -1);
      },
    };
  }
}

/** Adds to a count, forgetting keys that fall to zero. */
function add(counts: Map<string, number>, key: string, delta: number): void {
  const count = (counts.get(key) ?? 0) + delta;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}

/** Closes an over-limit connection; graphql-ws's own close after `false` is then a no-op. */
function refuseOverLimit(socket: WebSocket, reason: string): false {
  socket.close(OVER_LIMIT_CLOSE_CODE, reason);
  return false;
}

/** An authenticated connection's credential and workspace, or why it is refused for now. */
type Admission = { credential: string; workspace: string } | { refusal: string };

function authorizationOf(connectionParams: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = connectionParams?.authorization;
  return typeof value === 'string' ? value : undefined;
}

export function serveSubscriptions(options: SubscriptionOptions): SubscriptionServer {
  const { schema, limits } = options;
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => options.formatError(error.toJSON(), error));
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: options.maxPayloadBytes,
  });
  const open = new OpenConnections(options.connectionLimits);
  // The place each admitted connection holds, given back when it closes.
  const places = new WeakMap<object, { release(): void }>();

  /** Counts the attempt against the rate limits, then authenticates it (null: anonymous). */
  async function admit(authorization: string | undefined, request: http.IncomingMessage): Promise<Admission | null> {
    let keys = await options.rateKeysOf(authorization, request);
    const limited = await countRequest(options.rateLimiters, keys, options.logger);
    if (limited) return { refusal: `Too many requests: try again in ${retryAfterSeconds(limited)} s` };
    const { viewer } = await options.contextFor(authorization, request);
    if (viewer.kind !== 'authenticated') return null;
    // A token whose key the context just fetched (JWT_JWKS_URL) counted as its address: key it now.
    if (!keys.credential) keys = await options.rateKeysOf(authorization, request);
    const { credential, workspace } = keys;
    return credential && workspace ? { credential, workspace } : null;
  }

  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        let admission: Admission | null;
        try {
          admission = await admit(authorizationOf(ctx.connectionParams), request);
        } catch {
          // The close reason reaches the client: nothing of the cause goes in it.
          throw new Error('Service unavailable: try again later');
        }
        if (!admission) return false;
        if ('refusal' in admission) return refuseOverLimit(socket, admission.refusal);
        // Closed while it was checked: there is nothing to hold a place for.
        if (socket.readyState !== WebSocket.OPEN) return false;
        const place = open.take(admission.credential, admission.workspace);
        if ('refusal' in place) return refuseOverLimit(socket, place.refusal);
        places.set(ctx, place);
        return true;
      },
      // Every close, a clean one or a dropped socket (1006), ends here.
      onClose: (ctx) => {
        places.get(ctx)?.release();
      },
      onSubscribe: async (ctx, _id, payload) => {
        // The connection's subscriptions, this one included (graphql-ws registers it first).
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new GraphQLError(`A connection holds at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions`, {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, queryParseOptions(limits));
        } catch (error) {
          const parseError =
            error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed');
          return documentRefusals([parseError], 'parse', limits);
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) return documentRefusals(invalid, 'validation', limits);
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions run over WebSocket: send queries and mutations over HTTP', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await options.contextFor(authorizationOf(ctx.connectionParams)),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
    },
    wsServer,
  );
  return {
    async dispose() {
      await server.dispose();
    },
  };
}
