import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { setImmediate } from 'node:timers/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { emailKey, externalIdKey } from '../contact/contact.model';
import { recordCountsGroup, type BatchOptions, type BatchRow, type BatchTimings } from '../recording/recording.batch';
import { openRows, type FormatOptions, type ImportFormat, type RowSource, type UnreadableRow } from './import.formats';
import { rowChecker, type RawRow, type Rejection } from './import.rows';

// Importing a file of answers: rows are read one by one; up to CHUNK_ROWS rows at a time are
// put in batches of about `batchSize` that keep each contact's answers together (so a batch
// writes each of its contacts' snapshots once, not once a batch as a file in time order
// would make it), checked a batch at a time, and go through the batched recording path as
// one counts group (the report counts of the whole chunk are written once). Bad rows go to
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
 * Rows grouped and counted together at most: a contact's answers in one chunk make one
 * snapshot write. About 100 MB of rows in memory at most.
 */
const CHUNK_ROWS = 100_000;

/** Rows checked between two turns of the event loop: a few milliseconds of work. */
const CHECK_SLICE_ROWS = 100;

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
 * Imports answers as read from a file (or made up, for the demo): rows are read, grouped by
 * contact and checked as an answer recorded through the API is, a batch at a time as the
 * batched recording path takes them (checking overlaps the batches' commits), and the good
 * rows go in. Rejections go out in file order once their chunk is done.
 */
export async function importRows(source: RowSource, options: RowsImportOptions): Promise<RowsImportSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const progress: ImportProgress = { rowsRead: 0, stored: 0, alreadyPresent: 0, rejected: 0, fraction: 0 };
  const timings = { parse: 0, contacts: 0, compute: 0, write: 0, counts: 0 };
  const checkRow = rowChecker(now);

  let batches = 0;
  let stopped = false;
  let chunk: RawRow[] = [];
  let rejectedRows: UnreadableRow[] = [];
  const reject = (row: UnreadableRow) => {
    progress.rejected += 1;
    rejectedRows.push(row);
  };
  /**
   * The chunk's batches as the recording path takes them, each checked when it is next, a
   * slice of rows at a time: between slices the commits in flight go on.
   */
  async function* checkedBatches(rows: RawRow[]): AsyncGenerator<BatchRow[]> {
    for (const group of batchesByContact(rows, options.batchSize)) {
      const batch: BatchRow[] = [];
      for (let start = 0; start < group.length; start += CHECK_SLICE_ROWS) {
        await setImmediate();
        const checking = performance.now();
        for (const raw of group.slice(start, start + CHECK_SLICE_ROWS)) {
          const checked = checkRow(raw);
          if ('rejections' in checked) reject(checked);
          else batch.push(checked.answer);
        }
        timings.parse += performance.now() - checking;
      }
      if (batch.length > 0) yield batch;
    }
  }
  // The file read before the chunk's rows, as a fraction: progress moves through a chunk as its batches are done.
  let chunkStart = 0;
  const flush = async () => {
    const rows = chunk;
    chunk = [];
    const chunkEnd = source.progress();
    const rejectedBefore = progress.rejected;
    let recorded = 0;
    if (rows.length > 0) {
      const group = await recordCountsGroup(options.workspaceId, checkedBatches(rows), {
        ...options.batch,
        now,
        timings,
        shouldStop: options.shouldStop,
        onBatch: (result) => {
          batches += 1;
          recorded += result.stored + result.alreadyPresent;
          progress.stored += result.stored;
          progress.alreadyPresent += result.alreadyPresent;
          const done = recorded + progress.rejected - rejectedBefore;
          progress.fraction = chunkStart + ((chunkEnd - chunkStart) * done) / rows.length;
          options.onProgress?.({ ...progress });
        },
      });
      stopped = group.stopped;
    }
    chunkStart = chunkEnd;
    for (const { rejections } of rejectedRows.sort((a, b) => a.row - b.row)) options.onRejected?.(rejections);
    rejectedRows = [];
  };
  let reading = performance.now();
  for await (const read of source.rows) {
    progress.rowsRead += 1;
    if ('rejections' in read) reject(read);
    else chunk.push(read);
    if (chunk.length < CHUNK_ROWS) continue;
    timings.parse += performance.now() - reading;
    await flush();
    reading = performance.now();
    if (stopped) break;
  }
  timings.parse += performance.now() - reading;
  if (!stopped) await flush();
  progress.fraction = stopped ? source.progress() : 1;
  return { ...progress, batches, stopped, seconds: (performance.now() - started) / 1000, timings };
}

/**
 * The rows in batches of about `batchSize` that keep each contact's answers together (a
 * contact with more answers than that makes a batch of its own), contacts in the order
 * the rows first name them.
 */
function* batchesByContact(rows: RawRow[], batchSize: number): Generator<RawRow[]> {
  const byContact = new Map<string, RawRow[]>();
  for (const row of rows) {
    // Keyed as the checked row will name its contact (trimmed; an email in lower case). Rows
    // naming one contact by its id and by its email apart are two groups: still right, only less grouped.
    const { externalId, email } = row.fields;
    const key =
      typeof externalId === 'string' && externalId.trim() !== ''
        ? externalIdKey(externalId.trim())
        : emailKey(typeof email === 'string' ? email.trim().toLowerCase() : '');
    const answers = byContact.get(key);
    if (answers) answers.push(row);
    else byContact.set(key, [row]);
  }
  let batch: RawRow[] = [];
  for (const answers of byContact.values()) {
    if (batch.length > 0 && batch.length + answers.length > batchSize) {
      yield batch;
      batch = [];
    }
    batch.push(...answers);
  }
  if (batch.length > 0) yield batch;
}
