import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { PROJECT_ROOT, type AppConfig } from './config';
import { resolveViewer, type GraphQLContext } from './context';
import { demoRouter } from './demo/demo.routes';
import { formatError } from './errors';
import { exportRouter } from './modules/report/report.export';
import { surveyCandidatesExportRouter } from './modules/survey-candidate/survey-candidate.export';
import { webhookRouter } from './modules/webhook/webhook.routes';
import { secretBox } from './auth/secret-box';
import { loadTypeDefs, resolvers } from './graphql/schema';

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
}

const PANEL_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'plugin-ui');

/**
 * Builds the HTTP app (GraphQL at /graphql, the panel bundles, the demo page) without
 * listening: `main.ts` listens, tests listen on port 0. Expects mongoose to be connected.
 */
export async function createApp(config: AppConfig): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    introspection: true,
    // main.ts stops the server on SIGINT/SIGTERM itself, after which it stops the database;
    // Apollo's own handlers would race it (and a second concurrent stop() never settles).
    stopOnTerminationSignals: false,
    // No field sets cache hints, so the per-field cache-control bookkeeping is pure cost.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const secrets = secretBox(config.secretsKey);
  const corsOptions: cors.CorsOptions = { origin: config.corsOrigins === '*' ? '*' : config.corsOrigins };

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    cors(corsOptions),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => ({
        viewer: await resolveViewer(config, req.headers.authorization),
        secretBox: secrets,
      }),
    }),
  );
  // Row-level CSV exports for admins, streamed (bearer token, same CORS policy as the API).
  app.use('/export', cors(corsOptions), exportRouter(config), surveyCandidatesExportRouter(config));
  // Signed deliveries from survey tools, per workspace (server to server: no CORS).
  app.use('/hooks', webhookRouter(secrets));
  // The panel for other pages: an ES module for React hosts and a standalone script.
  app.use('/panel', cors(corsOptions), express.static(path.join(PANEL_BUILD_DIR, 'standalone')));
  app.use('/panel/esm', cors(corsOptions), express.static(path.join(PANEL_BUILD_DIR, 'esm')));
  if (config.demo) app.use('/demo', demoRouter(config));
  app.get('/', (_req, res) => {
    res.redirect(config.demo ? '/demo/ticket' : '/healthz');
  });

  return { app, httpServer, apollo };
}
