import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { emailKey, externalIdKey } from '../contact/contact.model';
import { recordCountsGroup, type BatchOptions, type BatchRow, type BatchTimings } from '../recording/recording.batch';
import { openRows, type FormatOptions, type ImportFormat, type RowSource } from './import.formats';
import { rowChecker, type Rejection } from './import.rows';

// Importing a file of answers: rows are read and checked one by one; up to CHUNK_ROWS good
// rows at a time are put in batches of about `batchSize` that keep each contact's answers
// together (so a batch writes each of its contacts' snapshots once, not once a batch as a
// file in time order would make it), and go through the batched recording path as one
// counts group (the report counts of the whole chunk are written once). Bad rows go to
// `<file>.rejected.csv` (row, column, reason) and the good ones still go in. Answers are
// stored once per (source, sourceId), so a file imported again, or again after an import
// died half-way, adds only what is missing.

/** How answers already read are imported: into which workspace, in batches of how many. */
export interface RowsImportOptions {
  workspaceId: string;
  batchSize: number;
  /** The time rows are checked against (answers "in the future"), and the default answered-at time. */
  now?: Date;
  /** Asked after each batch: true stops the import there (after writing the report counts of the batches done). */
  shouldStop?: () => boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Told the reasons of every row not imported. */
  onRejected?: (rejections: Rejection[]) => void;
  batch?: Pick<BatchOptions, 'afterStep' | 'leaseWaitMs' | 'transactions'>;
}

/**
 * Good rows grouped and counted together at most: a contact's answers in one chunk make one
 * snapshot write. About 100 MB of rows in memory at most.
 */
const CHUNK_ROWS = 100_000;

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
 * answer recorded through the API is, and the good rows go through the batched recording
 * path a chunk at a time.
 */
export async function importRows(source: RowSource, options: RowsImportOptions): Promise<RowsImportSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const progress: ImportProgress = { rowsRead: 0, stored: 0, alreadyPresent: 0, rejected: 0, fraction: 0 };
  const timings = { parse: 0, contacts: 0, compute: 0, write: 0, counts: 0 };
  const checkRow = rowChecker(now);

  let batches = 0;
  let stopped = false;
  let chunk: BatchRow[] = [];
  // The file read before the chunk's rows, as a fraction: progress moves through a chunk as its batches are done.
  let chunkStart = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const rows = chunk;
    chunk = [];
    const chunkEnd = source.progress();
    let recorded = 0;
    const group = await recordCountsGroup(options.workspaceId, batchesByContact(rows, options.batchSize), {
      ...options.batch,
      now,
      timings,
      shouldStop: options.shouldStop,
      onBatch: (result) => {
        batches += 1;
        recorded += result.stored + result.alreadyPresent;
        progress.stored += result.stored;
        progress.alreadyPresent += result.alreadyPresent;
        progress.fraction = chunkStart + ((chunkEnd - chunkStart) * recorded) / rows.length;
        options.onProgress?.({ ...progress });
      },
    });
    chunkStart = chunkEnd;
    stopped = group.stopped;
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
    chunk.push(checked.answer);
    if (chunk.length < CHUNK_ROWS) continue;
    timings.parse += performance.now() - parsing;
    await flush();
    parsing = performance.now();
    if (stopped) break;
  }
  timings.parse += performance.now() - parsing;
  if (!stopped) await flush();
  progress.fraction = stopped ? source.progress() : 1;
  return { ...progress, batches, stopped, seconds: (performance.now() - started) / 1000, timings };
}

/**
 * The rows in batches of about `batchSize` that keep each contact's answers together (a
 * contact with more answers than that makes a batch of its own), contacts in the order
 * the rows first name them.
 */
function* batchesByContact(rows: BatchRow[], batchSize: number): Generator<BatchRow[]> {
  const byContact = new Map<string, BatchRow[]>();
  for (const row of rows) {
    const { externalId, email } = row.contact;
    // Rows naming one contact by its id and by its email apart are two groups: still right, only less grouped.
    const key = externalId !== null ? externalIdKey(externalId) : emailKey(email ?? '');
    const answers = byContact.get(key);
    if (answers) answers.push(row);
    else byContact.set(key, [row]);
  }
  let batch: BatchRow[] = [];
  for (const answers of byContact.values()) {
    if (batch.length > 0 && batch.length + answers.length > batchSize) {
      yield batch;
      batch = [];
    }
    batch.push(...answers);
  }
  if (batch.length > 0) yield batch;
}
