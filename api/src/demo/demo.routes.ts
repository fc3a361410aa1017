import path from 'node:path';
import express from 'express';
import { signToken } from '../auth/jwt';
import { PROJECT_ROOT, type AppConfig } from '../config';
import { httpStatusOf } from '../errors';
import { DEMO_PEOPLE, DEMO_WORKSPACE_ID } from './demo-data';

const DEMO_SESSION_SECONDS = 60 * 60;
const DEMO_DIR = path.join(PROJECT_ROOT, 'plugin-ui', 'demo');
const DEMO_PAGES = ['ticket', 'sales', 'report'] as const;

/**
 * Roles a demo visitor may try: the agent's ticket view, the sales rep's list and the admin's
 * report page. Admin is handed out because the report page is an admin's page and a demo of
 * it as a sales rep would hide most of it. What that gives away: any visitor of a server with
 * NPS_DEMO on becomes admin of the demo workspace for an hour (reports, settings, recording
 * answers there; never another workspace, as every token is scoped to one). That is what a
 * demo is for, and why NPS_DEMO is off in production unless set: never turn it on for a
 * server whose `demo` workspace holds data anyone should not change.
 */
const DEMO_ROLES = Object.keys(DEMO_PEOPLE) as (keyof typeof DEMO_PEOPLE)[];

/**
 * The demo helpdesk: a fake ticket page with the panel in its sidebar, a sales page with the
 * candidates list, a report page, and a session endpoint handing them a short-lived token for
 * the demo workspace (`?role=sales` for a sales rep, `?role=admin` for an admin; an agent
 * otherwise) and the name of who it signs in (DEMO_PEOPLE), for the pages to show. Only
 * mounted when NPS_DEMO is on (the default outside production).
 */
export function demoRouter(config: AppConfig): express.Router {
  const router = express.Router();
  for (const page of DEMO_PAGES) {
    router.get(`/${page}`, (_req, res) => {
      res.sendFile(path.join(DEMO_DIR, `${page}.html`));
    });
  }
  router.get('/demo-pages.css', (_req, res) => {
    res.sendFile(path.join(DEMO_DIR, 'demo-pages.css'));
  });
  router.get('/session', (req, res) => {
    const requested = req.query.role ?? 'agent';
    const role = DEMO_ROLES.find((candidate) => candidate === requested);
    if (!role) {
      const message = `role must be one of: ${DEMO_ROLES.join(', ')}`;
      res
        .status(httpStatusOf('BAD_USER_INPUT'))
        .json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'role' } }] });
      return;
    }
    const name = DEMO_PEOPLE[role];
    const token = signToken(
      config.jwt,
      { userId: `demo-${role}`, workspaceId: DEMO_WORKSPACE_ID, role, name },
      DEMO_SESSION_SECONDS,
    );
    res.set('Cache-Control', 'no-store').json({ token, apiUrl: '/graphql', name, role });
  });
  return router;
}
