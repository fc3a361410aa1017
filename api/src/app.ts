import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import { PROJECT_ROOT, type AppConfig } from './config';
import { resolveViewer, type GraphQLContext } from './context';
import { demoRouter } from './demo/demo.routes';
import { errorFormatter, httpStatusOf } from './errors';
import { DEMO_WORKSPACE_ID } from './demo/demo-data';
import { jsonErrorHandler, jsonNotFound } from './http-errors';
import { createLogger, type Logger } from './logger';
import { reenterRequestContext, requestContext } from './request-context';
import { crossOriginResource, frameablePage, noFraming, securityHeaders } from './security-headers';
import { contactDataExportRouter } from './modules/data-rights/data-rights.routes';
import { exportRouter } from './modules/report/report.export';
import { surveyCandidatesExportRouter } from './modules/survey-candidate/survey-candidate.export';
import { webhookRouter } from './modules/webhook/webhook.routes';
import { embedRouter } from './modules/embed/embed.routes';
import { secretBox } from './auth/secret-box';
import { loadTypeDefs, resolvers } from './graphql/schema';
import { wellFormedInputPlugin } from './graphql/well-formed-input';
import { serviceUnavailablePlugin, unavailableOrSame } from './graphql/service-unavailable';
import { databaseReachable } from './db/health';
import { queryLimitRules, queryLimitsPlugin, queryParseOptions } from './graphql/query-limits';
import { clearLoadersOnMutationPlugin, createLoaders } from './graphql/loaders';
import { serveSubscriptions } from './graphql/subscriptions';
import { startActivityFeed } from './modules/activity/activity.feed';
import { authorizationKeys, bearerKeys, createRateLimiters, rateLimit, webhookKeys } from './http/rate-limit';
import { requestLocale, varyByLanguage } from './http/locale';
import { DEFAULT_LOCALE, type Locale } from './loyalty';

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** The server's structured log (JSON lines); every line of a request carries its `requestId`. */
  logger: Logger;
}

export interface CreateAppOptions {
  /** Default: JSON lines on stdout at `config.logLevel` (silent under NODE_ENV=test). Tests pass one to read the lines. */
  logger?: Logger;
}

const PANEL_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'plugin-ui');

/** Static files of `dir`, each sent as its brotli or gzip copy (written by the build) when the browser accepts it. */
const precompressed = (dir: string) => expressStaticGzip(dir, { enableBrotli: true, orderPreference: ['br', 'gzip'] });

/**
 * Builds the HTTP app (GraphQL at /graphql, the panel bundles, the demo page) without
 * listening: `main.ts` listens, tests listen on port 0. Expects mongoose to be connected.
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // In-process callers under NODE_ENV=test (jest, the benchmarks) log nothing unless they pass a logger.
  const logger = options.logger ?? createLogger({ level: config.env === 'test' ? 'silent' : config.logLevel });
  const production = config.env === 'production';
  // First on every request: its id (x-request-id), nosniff and the other standard headers,
  // and no framing unless a page allows its workspace's helpdesk origins (frameablePage).
  app.use(requestContext(logger), securityHeaders(), noFraming());
  const httpServer = http.createServer(app);

  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const secrets = secretBox(config.secretsKey);
  // Contacts' changes from every API process on the database, for subscriptions.
  const activityFeed = startActivityFeed((error) => logger.warn({ err: error }, 'activity feed poll failed'));
  const contextFor = async (
    authorization: string | undefined,
    request?: object,
    locale: Locale = DEFAULT_LOCALE,
  ): Promise<GraphQLContext> => {
    const viewer = await resolveViewer(config, authorization, request);
    return { viewer, loaders: createLoaders(viewer), secretBox: secrets, activityFeed, locale };
  };
  const formatError = errorFormatter({ hideSuggestions: production, logger });
  // Per credential, per workspace and per anonymous address, shared through the database.
  const limiters = await createRateLimiters(config);
  const subscriptions = serveSubscriptions({
    httpServer,
    schema,
    limits: config.limits.query,
    connectionLimits: config.limits.webSocketConnections,
    maxPayloadBytes: config.limits.bodyBytes,
    rateLimiters: limiters,
    rateKeysOf: authorizationKeys(config),
    contextFor,
    formatError,
    logger,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // Production hides the schema: no introspection, no landing page or IDE on GET /graphql,
    // no "Did you mean ...?" suggestions. No mode ever sends a stack trace.
    nodeEnv: config.env,
    formatError,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // Apollo's default, stated: a POST must be JSON (or carry a preflight-forcing header) and a
    // GET must carry `apollo-require-preflight` or `x-apollo-operation-name`, so a page on
    // another site cannot make a browser send a "simple" request; GET never runs a mutation.
    csrfPrevention: true,
    // main.ts stops the server on SIGINT/SIGTERM itself, after which it stops the database;
    // Apollo's own handlers would race it (and a second concurrent stop() never settles).
    stopOnTerminationSignals: false,
    // No field sets cache hints, so the per-field cache-control bookkeeping is pure cost.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Stopping also closes the WebSocket connections and the activity feed.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await subscriptions.dispose();
              await activityFeed.stop();
            },
          };
        },
      },
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Lone UTF-16 surrogates in any input: refused before anything runs.
      wellFormedInputPlugin(),
      // HTTP 503 when the database could not be reached.
      serviceUnavailablePlugin(),
      // Abuse limits: page sizes before execution, and each limit's own error code.
      queryLimitsPlugin(config.limits.query),
      // A write makes what the request's loaders read before it stale.
      clearLoadersOnMutationPlugin(),
    ],
    // Abuse limits on the document (depth, aliases, directives, cost, tokens): api/src/graphql/query-limits.ts.
    validationRules: queryLimitRules(config.limits.query),
    parseOptions: queryParseOptions(config.limits.query),
    // A JSON array body (a batch) is refused with 400 BAD_REQUEST (Apollo's default, stated).
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  const corsOptions: cors.CorsOptions = { origin: config.corsOrigins === '*' ? '*' : config.corsOrigins };

  // Liveness: the process answers (no database call). Readiness: the database answers a
  // ping within 2 s (no address or detail in the answer either way).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await databaseReachable();
    res
      .status(ready ? 200 : httpStatusOf('SERVICE_UNAVAILABLE'))
      .set('cache-control', 'no-store')
      .json({ status: ready ? 'ready' : 'unavailable' });
  });
  app.use(
    '/graphql',
    cors(corsOptions),
    // Default texts are written in the caller's language (requestLocale).
    varyByLanguage,
    rateLimit(limiters, bearerKeys(config)),
    express.json({ limit: config.limits.bodyBytes }),
    // formatError reads the request id from the context the body parser stepped out of.
    reenterRequestContext(logger),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => {
        return contextFor(req.headers.authorization, req, requestLocale(req)).catch((error: unknown) => {
          throw unavailableOrSame(error);
        });
      },
    }),
  );
  // Row-level CSV exports for admins, streamed (bearer token, same CORS policy as the API).
  app.use(
    '/export',
    cors(corsOptions),
    rateLimit(limiters, bearerKeys(config)),
    exportRouter(config),
    surveyCandidatesExportRouter(config),
    // Everything stored about one contact, as JSON (data rights).
    contactDataExportRouter(config),
  );
  // Signed deliveries from survey tools, per workspace (server to server: no CORS).
  app.use('/hooks', rateLimit(limiters, webhookKeys), webhookRouter(secrets));
  // The panel inside helpdesks: iframe pages and the panel sessions (docs/embedding.md).
  app.use('/embed', rateLimit(limiters, bearerKeys(config)), embedRouter(config, secrets));
  // The panel for other pages: an ES module for React hosts and a standalone script. The build
  // writes each script compressed beside it (.br, .gz): sent as the browser accepts, no CPU per request.
  app.use('/panel', cors(corsOptions), crossOriginResource(), precompressed(path.join(PANEL_BUILD_DIR, 'standalone')));
  app.use('/panel/esm', cors(corsOptions), crossOriginResource(), precompressed(path.join(PANEL_BUILD_DIR, 'esm')));
  // The demo pages: framable only by the demo workspace's helpdesk origins (embedSettings).
  const demoWorkspace = () => DEMO_WORKSPACE_ID;
  if (config.demo) app.use('/demo', frameablePage(demoWorkspace), demoRouter(config));
  app.get('/', (_req, res) => {
    res.redirect(config.demo ? '/demo/ticket' : '/healthz');
  });

  // Keep these two last: unknown paths and every unhandled error answer JSON with a code and
  // the request id (never Express's HTML page with a stack), the detail going to the log.
  app.use(jsonNotFound(logger));
  app.use(jsonErrorHandler(logger));

  return { app, httpServer, apollo, logger };
}
