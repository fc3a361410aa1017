import type express from 'express';
import helmet from 'helmet';
import { findWorkspace } from './modules/workspace/workspace.service';
import { embedOriginsOf } from './modules/workspace/workspace.embed';

/** Nothing may frame a response unless a route says otherwise (`frameablePage`). */
const NO_FRAMING = "frame-ancestors 'none'";

/**
 * Standard headers on every response (helmet): `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: DENY` and CSP `frame-ancestors 'none'`, `Cross-Origin-Resource-Policy:
 * same-origin`, `Referrer-Policy: no-referrer`, HSTS and the rest of helmet's defaults. The
 * CSP holds `frame-ancestors` alone: a fuller policy would break the demo pages' inline
 * scripts and Apollo's development landing page, and JSON answers are never rendered.
 */
export function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    xFrameOptions: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/** Helpdesk pages on other origins load the panel scripts with a plain `<script src>`. */
export function crossOriginResource(): express.RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  };
}

/** The default CSP, set right after helmet; `frameablePage` replaces it on the pages it serves. */
export function noFraming(): express.RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', NO_FRAMING);
    next();
  };
}

/**
 * For pages a helpdesk shows in a frame: `Content-Security-Policy: frame-ancestors` lists
 * the workspace's configured helpdesk origins (`embedSettings`) and nothing else, `'none'`
 * while it has none, and X-Frame-Options (which cannot name an origin) is dropped. The
 * origins are read per request, so a change applies at once.
 */
export function frameablePage(workspaceIdOf: (req: express.Request) => string): express.RequestHandler {
  return async (req, res, next) => {
    const origins = embedOriginsOf(await findWorkspace(workspaceIdOf(req)));
    res.setHeader('Content-Security-Policy', origins.length > 0 ? `frame-ancestors ${origins.join(' ')}` : NO_FRAMING);
    res.removeHeader('X-Frame-Options');
    next();
  };
}
