import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { recordBatch, type BatchOptions, type BatchRow, type BatchTimings } from '../recording/recording.batch';
import { openRows, type FormatOptions, type ImportFormat, type RowSource } from './import.formats';
import { rowChecker, type Rejection } from './import.rows';

// Importing a file of answers: rows are read and checked one by one, and every
// `batchSize` good rows go through the batched recording path at once. Bad rows go to
// `<file>.rejected.csv` (row, column, reason) and the good ones still go in. Answers are
// stored once per (source, sourceId), so a file imported again, or again after an import
// died half-way, adds only what is missing.

/** How answers already read are imported: into which workspace, in batches of how many. */
export interface RowsImportOptions {
  workspaceId: string;
  batchSize: number;
  /** The time rows are checked against (answers "in the future"), and the default answered-at time. */
  now?: Date;
  /** Asked after each batch: true stops the import there. */
  shouldStop?: () => boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Told the reasons of every row not imported. */
  onRejected?: (rejections: Rejection[]) => void;
  batch?: Pick<BatchOptions, 'afterStep' | 'leaseWaitMs' | 'transactions'>;
}

export interface ImportOptions extends Omit<RowsImportOptions, 'onRejected'> {
  file: string;
  format: ImportFormat;
  formatOptions?: FormatOptions;
}

export interface ImportProgress {
  rowsRead: number;
  stored: number;
  alreadyPresent: number;
  rejected: number;
  /** How much of the file has been read, from 0 to 1. */
  fraction: number;
}

export interface RowsImportSummary extends ImportProgress {
  batches: number;
  /** Stopped on request before the end of the rows. */
  stopped: boolean;
  seconds: number;
  /** Milliseconds: reading and checking rows, and the batches' steps. */
  timings: BatchTimings & { parse: number };
}

export interface ImportSummary extends RowsImportSummary {
  /** Where the rejected rows are, when there are any. */
  rejectedFile: string | null;
}

export function rejectedFileOf(file: string): string {
  return `${file}.rejected.csv`;
}

/** The rejected-rows file, written from the first rejection on. */
class RejectedRows {
  private writer: Stringifier | null = null;
  private done: Promise<void> | null = null;

  constructor(readonly file: string) {}

  write(rejections: Rejection[]): void {
    if (!this.writer) {
      this.writer = stringify({ header: true, columns: ['row', 'column', 'reason'] });
      const output = createWriteStream(this.file);
      this.writer.pipe(output);
      this.done = finished(output);
    }
    for (const rejection of rejections) this.writer.write(rejection);
  }

  async close(): Promise<boolean> {
    if (!this.writer) return false;
    this.writer.end();
    await this.done;
    return true;
  }
}

/** Imports a file of answers; its bad rows go to the rejected-rows file. */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const rejected = new RejectedRows(rejectedFileOf(options.file));
  // A rejected-rows file of an earlier run would describe rows that are not rejected now.
  await rm(rejected.file, { force: true });
  const source = await openRows(options.file, options.format, options.formatOptions);
  let summary: RowsImportSummary;
  try {
    summary = await importRows(source, { ...options, onRejected: (rejections) => rejected.write(rejections) });
  } finally {
    await rejected.close();
  }
  return { ...summary, rejectedFile: summary.rejected > 0 ? rejected.file : null };
}

/**
 * Imports answers as read from a file (or made up, for the demo): each row is checked as an
 * answer recorded through the API is, and every `batchSize` good rows go through the batched
 * recording path at once.
 */
export async function importRows(source: RowSource, options: RowsImportOptions): Promise<RowsImportSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const progress: ImportProgress = { rowsRead: 0, stored: 0, alreadyPresent: 0, rejected: 0, fraction: 0 };
  const timings = { parse: 0, contacts: 0, insert: 0, compute: 0, apply: 0 };
  const checkRow = rowChecker(now);

  let batches = 0;
  let stopped = false;
  let pending: BatchRow[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    const result = await recordBatch(options.workspaceId, rows, { ...options.batch, now, timings });
    batches += 1;
    progress.stored += result.stored;
    progress.alreadyPresent += result.alreadyPresent;
    progress.fraction = source.progress();
    options.onProgress?.({ ...progress });
  };
  let parsing = performance.now();
  for await (const read of source.rows) {
    progress.rowsRead += 1;
    const checked = 'rejections' in read ? read : checkRow(read);
    if ('rejections' in checked) {
      progress.rejected += 1;
      options.onRejected?.(checked.rejections);
      continue;
    }
    pending.push(checked.answer);
    if (pending.length < options.batchSize) continue;
    timings.parse += performance.now() - parsing;
    await flush();
    parsing = performance.now();
    if (options.shouldStop?.()) {
      stopped = true;
      break;
    }
  }
  timings.parse += performance.now() - parsing;
  if (!stopped) await flush();
  progress.fraction = stopped ? source.progress() : 1;
  return { ...progress, batches, stopped, seconds: (performance.now() - started) / 1000, timings };
}
