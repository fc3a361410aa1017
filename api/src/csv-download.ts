import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import type { Action } from './auth/permissions';
import { assertCan, type AuthenticatedViewer } from './auth/viewer';
import type { AppConfig } from './config';
import { resolveViewer } from './context';
import { parseInput } from './validation';

// Row-level CSV downloads, streamed: the rows (a database cursor behind them) feed the CSV
// writer, which feeds the HTTP response, with back-pressure all along, so memory stays
// flat whatever the number of rows.

/**
 * Free text from customers can start a spreadsheet formula (`=HYPERLINK(...)`): such a cell
 * gets a leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
export function neutralizeFormula(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

export interface CsvDownload<S extends z.ZodType> {
  /** What the caller's bearer token must allow. */
  action: Action;
  /** The query string's schema; a problem answers 400 with the field at fault. */
  query: S;
  columns: readonly string[];
  /** The file's name before unsafe characters are replaced. */
  filename: (viewer: AuthenticatedViewer, query: z.output<S>) => string;
  rows: (viewer: AuthenticatedViewer, query: z.output<S>) => AsyncIterable<Record<string, unknown>>;
}

/**
 * A GET handler streaming a CSV download. The token and the query string are checked
 * before anything is sent: a failure answers errors shaped like GraphQL's (`extensions.code`)
 * with HTTP 401, 403 or 400.
 */
export function csvDownload<S extends z.ZodType>(config: AppConfig, download: CsvDownload<S>): express.RequestHandler {
  return async (req, res) => {
    let viewer: AuthenticatedViewer;
    let query: z.output<S>;
    try {
      viewer = assertCan(await resolveViewer(config, req.headers.authorization), download.action);
      query = parseInput(download.query, req.query);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions.code);
      res.status(HTTP_STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code } }] });
      return;
    }
    const filename = download.filename(viewer, query).replace(/[^\w.-]/g, '_');
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('cache-control', 'no-store');
    try {
      await pipeline(
        Readable.from(download.rows(viewer, query)),
        stringify({ header: true, columns: [...download.columns] }),
        res,
      );
    } catch (error) {
      // Headers are gone: a failure mid-stream (or the client leaving) cuts the download.
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        console.error(`[export] ${req.path} failed:`, error);
      }
      res.destroy();
    }
  };
}
