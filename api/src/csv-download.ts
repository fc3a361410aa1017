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
import { httpStatusOf } from './errors';
import { requestLog } from './request-context';
import { parseInput } from './validation';

// Row-level CSV downloads, streamed: the rows (a database cursor behind them) feed the CSV
// writer, which feeds the HTTP response, with back-pressure all along, so memory stays
// flat whatever the number of rows.

// One rule for every cell of every CSV download (OWASP "CSV Injection"): a spreadsheet
// may run a cell as a formula when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
// return, and a spreadsheet that splits cells on another separator (`;` in many locales,
// tab, `|`) or on quotes would start a new cell right after one of them, so the same
// characters are looked for there too (spaces before them are skipped, as spreadsheets
// skip them). Such a cell gets a leading apostrophe, which spreadsheets show as text and
// do not evaluate, and is always quoted, its own quotes doubled. Text that is exactly a
// decimal number (`-12`, `+3.5`, `1e3`) is left alone: a spreadsheet reads it as that
// number and nothing else, so it cannot hold a formula and stays readable.

const TRIGGER_AT_CELL_START = /(?:^|[,;|\t\r\n"'])[ ]*[=+\-@\t\r]/;
const DECIMAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell's text after the rule, and whether it must be quoted. */
export interface SafeCell {
  value: string;
  quoted: boolean;
}

/** The CSV-injection rule for one text cell (see above). */
export function safeCsvCell(text: string): SafeCell {
  if (DECIMAL_NUMBER.test(text) || !TRIGGER_AT_CELL_START.test(text)) return { value: text, quoted: false };
  return { value: `'${text}`, quoted: true };
}

/**
 * Options for csv-stringify that apply `safeCsvCell` to every text cell; numbers, dates and
 * empty cells pass unchanged. Every CSV download writes through these.
 */
export function safeCsvOptions(columns: readonly string[]) {
  return {
    header: true,
    columns: [...columns],
    cast: {
      string: (text: string) => {
        const cell = safeCsvCell(text);
        return cell.quoted ? { value: cell.value, quoted: true } : cell.value;
      },
    },
  };
}

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
 * with the code's HTTP status (`httpStatusOf`: 401, 403 or 400).
 */
export function csvDownload<S extends z.ZodType>(config: AppConfig, download: CsvDownload<S>): express.RequestHandler {
  return async (req, res) => {
    let viewer: AuthenticatedViewer;
    let query: z.output<S>;
    try {
      viewer = assertCan(await resolveViewer(config, req.headers.authorization, req), download.action);
      query = parseInput(download.query, req.query);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions.code);
      res.status(httpStatusOf(code)).json({ errors: [{ message: error.message, extensions: { code } }] });
      return;
    }
    const filename = download.filename(viewer, query).replace(/[^\w.-]/g, '_');
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('cache-control', 'no-store');
    try {
      await pipeline(Readable.from(download.rows(viewer, query)), stringify(safeCsvOptions(download.columns)), res);
    } catch (error) {
      // Headers are gone: a failure mid-stream (or the client leaving) cuts the download.
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        requestLog(res).error({ err: error, path: req.path }, 'export failed mid-stream');
      }
      res.destroy();
    }
  };
}
