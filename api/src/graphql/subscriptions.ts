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
import { WebSocketServer } from 'ws';
import type { AbuseLimits } from '../config';
import type { GraphQLContext } from '../context';
import { documentRefusals, queryLimitRules, queryParseOptions } from './query-limits';

// Subscriptions over WebSocket at /graphql (graphql-ws's `graphql-transport-ws` protocol),
// beside HTTP on the same port. The connection's `connection_init` payload carries the
// credential (`{ authorization: 'Bearer …' }`); it is checked when the connection opens
// (anonymous callers are closed with 4403) and again for each subscription, so a revoked
// key or a disabled workspace stops new subscriptions at once. Only subscriptions run here:
// queries and mutations go over HTTP, where the rate limits and CSRF rules apply; a
// connection holds at most MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions. Each
// document passes the same abuse limits as over HTTP, and errors are formatted as they are.

/** Subscriptions one connection may hold at once (a panel holds one). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;

export interface SubscriptionServer {
  /** Closes every connection (their subscriptions end) and stops accepting new ones. */
  dispose(): Promise<void>;
}

interface SubscriptionOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  limits: AbuseLimits['query'];
  /** Largest message accepted, as for HTTP bodies. */
  maxPayloadBytes: number;
  /** The context of an operation for a credential, as over HTTP (anonymous when it is missing or bad). */
  contextFor(authorization: string | undefined): Promise<GraphQLContext>;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

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
  const server = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        let context: GraphQLContext;
        try {
          context = await options.contextFor(authorizationOf(ctx.connectionParams));
        } catch {
          // The close reason reaches the client: nothing of the cause goes in it.
          throw new Error('Service unavailable: try again later');
        }
        return context.viewer.kind === 'authenticated';
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
