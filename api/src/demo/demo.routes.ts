import path from 'node:path';
import express from 'express';
import { signToken } from '../auth/jwt';
import { PROJECT_ROOT, type AppConfig } from '../config';
import { DEMO_WORKSPACE_ID } from './demo-data';

const DEMO_SESSION_SECONDS = 60 * 60;

/**
 * The demo helpdesk: a fake ticket page with the panel in its sidebar, and a session
 * endpoint handing it a short-lived agent token for the demo workspace. Only mounted
 * when NPS_DEMO is on (the default outside production).
 */
export function demoRouter(config: AppConfig): express.Router {
  const router = express.Router();
  router.get('/ticket', (_req, res) => {
    res.sendFile(path.join(PROJECT_ROOT, 'plugin-ui', 'demo', 'ticket.html'));
  });
  router.get('/session', (_req, res) => {
    const token = signToken(
      config.jwt,
      { userId: 'demo-agent', workspaceId: DEMO_WORKSPACE_ID, role: 'agent' },
      DEMO_SESSION_SECONDS,
    );
    res.set('Cache-Control', 'no-store').json({ token, apiUrl: '/graphql' });
  });
  return router;
}
