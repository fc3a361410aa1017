import { createReadStream, type ReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { CsvError, parse } from 'csv-parse';
import { DateTimeResolver } from 'graphql-scalars';
import { ANSWER_FIELDS, type AnswerField, type RawRow, type Rejection } from './import.rows';

// Reading import files row by row: our own CSV layout, and Delighted's survey responses
// (the API's JSON with the person expanded, as an array or one object a line, and its CSV
// export). See docs/import.md for both layouts and the mapping.

export const IMPORT_FORMATS = ['csv', 'delighted'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface FormatOptions {
  /** Delighted's CSAT projects ask on 1-5 unless set to 1-3. */
  csatScale?: number;
  /** Delighted's CES projects ask on 1-7 unless set to 1-5. */
  cesScale?: number;
}

/** A row that could not be read at all. */
export interface UnreadableRow {
  row: number;
  rejections: Rejection[];
}

export interface RowSource {
  rows: AsyncIterable<RawRow | UnreadableRow>;
  /** How much of the file has been read, from 0 to 1. */
  progress(): number;
}

/** Something about the file as a whole (its header, its size) that stops the import before it starts. */
export class ImportFileError extends Error {}

/** A Delighted JSON array is parsed whole, so only up to this size; NDJSON has no limit. */
export const MAX_JSON_ARRAY_BYTES = 100 * 1024 * 1024;

export async function openRows(file: string, format: ImportFormat, options: FormatOptions = {}): Promise<RowSource> {
  const { size } = await stat(file);
  if (format === 'csv') return csvSource(file, size, ourCsvRows);
  const first = await firstCharacter(file);
  if (first === '[') return delightedArraySource(file, size, options);
  if (first === '{') return delightedLinesSource(file, size, options);
  return csvSource(file, size, (records) => delightedCsvRows(records, options));
}

/** The first character that is not a byte order mark or white space. */
async function firstCharacter(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(4096), position: 0 });
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()[0];
  } finally {
    await handle.close();
  }
}

function countingStream(file: string): { stream: ReadStream; bytesRead: () => number } {
  const stream = createReadStream(file);
  let bytes = 0;
  stream.on('data', (chunk) => (bytes += chunk.length));
  return { stream, bytesRead: () => bytes };
}

interface CsvRecord {
  line: number;
  cells: string[];
}

function csvSource(
  file: string,
  size: number,
  rowsOf: (records: AsyncIterable<CsvRecord>) => AsyncIterable<RawRow | UnreadableRow>,
): RowSource {
  const { stream, bytesRead } = countingStream(file);
  // Lines are counted here: csv-parse's `info` (which counts them too) made reading a file half as fast again.
  const parser = stream.pipe(parse({ bom: true, relax_column_count: true }));
  async function* records(): AsyncGenerator<CsvRecord> {
    let line = 1;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        const start = line;
        // Quoted cells may span lines.
        line += 1;
        for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
        // An empty line.
        if (record.length === 1 && record[0] === '') continue;
        yield { line: start, cells: record };
      }
    } catch (error) {
      // The rows after a broken one (a quote never closed) cannot be told apart.
      if (error instanceof CsvError)
        throw new ImportFileError(`${file} cannot be read past a broken row: ${error.message}`);
      throw error;
    }
  }
  return { rows: rowsOf(records()), progress: () => (size === 0 ? 1 : Math.min(1, bytesRead() / size)) };
}

/** A row with more or fewer cells than the header is not read: its cells cannot be told apart. */
function cellCountProblem(record: CsvRecord, header: string[]): UnreadableRow | null {
  if (record.cells.length === header.length) return null;
  return {
    row: record.line,
    rejections: [
      {
        row: record.line,
        column: '',
        reason: `has ${record.cells.length} cells where the header has ${header.length}`,
      },
    ],
  };
}

const blankToUndefined = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : cell);

function numberOf(value: unknown): number | undefined | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : null;
}

/** An RFC 3339 date-time with its zone, read as the API's DateTime scalar reads it. */
function isoDateTime(text: string): Date | null {
  try {
    return DateTimeResolver.parseValue(text) as Date;
  } catch {
    return null;
  }
}

/** Collects the values of one row and what could not be read. */
class RowReader {
  readonly fields: Partial<Record<AnswerField, unknown>> = {};
  readonly problems: Rejection[] = [];

  constructor(
    readonly row: number,
    readonly columnOf: (field: AnswerField) => string,
  ) {}

  set(field: AnswerField, value: unknown): void {
    this.fields[field] = value;
  }

  reject(field: AnswerField, reason: string): void {
    this.problems.push({ row: this.row, column: this.columnOf(field), reason });
  }

  number(field: AnswerField, value: unknown): void {
    const number = numberOf(value);
    if (number === null) this.reject(field, `is not a number: ${JSON.stringify(value)}`);
    else this.set(field, number);
  }

  done(): RawRow {
    return { row: this.row, fields: this.fields, columnOf: this.columnOf, problems: this.problems };
  }
}

// ---------------------------------------------------------------------------------------
// Our CSV layout: a header row naming the answer's fields, one answer a row.

const REQUIRED_COLUMNS: AnswerField[] = ['score', 'source', 'sourceId'];

async function* ourCsvRows(records: AsyncIterable<CsvRecord>): AsyncGenerator<RawRow | UnreadableRow> {
  let header: AnswerField[] | null = null;
  let columns = new Map<AnswerField, number>();
  for await (const record of records) {
    if (!header) {
      header = ourCsvHeader(record.cells);
      // The last column of a field named twice, as a map of the header would keep it.
      columns = new Map(header.map((field, index) => [field, index]));
      continue;
    }
    const unreadable = cellCountProblem(record, header);
    if (unreadable) {
      yield unreadable;
      continue;
    }
    const reader = new RowReader(record.line, (field) => field);
    for (const field of ANSWER_FIELDS) {
      const column = columns.get(field);
      const cell = column === undefined ? undefined : blankToUndefined(record.cells[column]);
      if (field === 'score' || field === 'scaleMax') reader.number(field, cell);
      // The API's default metric.
      else if (field === 'metric') reader.set(field, cell?.trim().toUpperCase() ?? 'NPS');
      else if (field === 'tags')
        reader.set(
          field,
          cell?.split(';').flatMap((tag) => (tag.trim() ? [tag] : [])),
        );
      else if (field === 'answeredAt' && cell !== undefined) {
        const at = isoDateTime(cell.trim());
        if (at) reader.set(field, at);
        else reader.reject(field, `is not an ISO 8601 date-time with a time zone (2026-03-01T10:00:00Z): ${cell}`);
      } else reader.set(field, cell);
    }
    yield reader.done();
  }
}

function ourCsvHeader(cells: string[]): AnswerField[] {
  const header = cells.map((cell) => cell.trim());
  const unknown = header.filter((name) => !(ANSWER_FIELDS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new ImportFileError(
      `Unknown column ${unknown.map((name) => `"${name}"`).join(', ')}: the columns are ${ANSWER_FIELDS.join(', ')}`,
    );
  }
  const fields = header as AnswerField[];
  const missing: string[] = REQUIRED_COLUMNS.filter((field) => !fields.includes(field));
  if (!fields.includes('externalId') && !fields.includes('email')) missing.push('externalId or email');
  if (missing.length > 0) throw new ImportFileError(`The header has no ${missing.join(', ')} column`);
  return fields;
}

// ---------------------------------------------------------------------------------------
// Delighted: a survey response of its API, with the person expanded.

interface DelightedResponse {
  id?: unknown;
  survey_type?: unknown;
  score?: unknown;
  comment?: unknown;
  created_at?: unknown;
  person?: unknown;
  person_properties?: unknown;
  tags?: unknown;
}

/** Where each value of a Delighted response sits in the file (JSON paths or CSV headers). */
interface DelightedNames {
  id: string;
  survey_type: string;
  score: string;
  comment: string;
  created_at: string;
  email: string;
  name: string;
  tags: string;
  property(key: string): string;
}

const JSON_NAMES: DelightedNames = {
  id: 'id',
  survey_type: 'survey_type',
  score: 'score',
  comment: 'comment',
  created_at: 'created_at',
  email: 'person.email',
  name: 'person.name',
  tags: 'tags',
  property: (key) => `person_properties.${key}`,
};

/** Person properties read into the answer, by their name in lower case without spaces or punctuation. */
const PROPERTY_FIELDS: Record<string, AnswerField> = {
  customerid: 'externalId',
  externalid: 'externalId',
  helpdeskid: 'externalId',
  company: 'company',
  plan: 'plan',
  region: 'region',
  channel: 'channel',
  delightedsource: 'channel',
  campaign: 'campaign',
  ticket: 'ticketId',
  ticketid: 'ticketId',
  agent: 'agentId',
  agentid: 'agentId',
  team: 'team',
};

const normalized = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const SURVEY_TYPES: Record<string, (options: FormatOptions) => { metric: string; scaleMax: number | undefined }> = {
  nps: () => ({ metric: 'NPS', scaleMax: undefined }),
  csat: (options) => ({ metric: 'CSAT', scaleMax: options.csatScale ?? 5 }),
  ces: (options) => ({ metric: 'CES', scaleMax: options.cesScale ?? 7 }),
};

/** Delighted's `created_at` is in Unix seconds; an export may also write an ISO 8601 date-time. */
function delightedTime(value: unknown): Date | null {
  const seconds = numberOf(value);
  if (typeof seconds === 'number') return Number.isInteger(seconds) ? new Date(seconds * 1000) : null;
  if (typeof value !== 'string') return null;
  // `2026-03-01 10:00:00 UTC` or `... +0100` as well as RFC 3339.
  const text = value
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
    .replace(/\s*(UTC|GMT)$/i, 'Z')
    .replace(/\s*([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return isoDateTime(text);
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

function delightedRow(row: number, response: DelightedResponse, names: DelightedNames, options: FormatOptions) {
  const columns: Partial<Record<AnswerField, string>> = {
    sourceId: names.id,
    metric: names.survey_type,
    scaleMax: names.survey_type,
    score: names.score,
    comment: names.comment,
    answeredAt: names.created_at,
    email: names.email,
    externalId: names.email,
    name: names.name,
    tags: names.tags,
  };
  const reader = new RowReader(row, (field) => columns[field] ?? field);
  reader.set('source', 'delighted');
  reader.set('sourceId', text(response.id));

  const surveyType = text(response.survey_type)?.toLowerCase() ?? 'nps';
  const metric = SURVEY_TYPES[surveyType]?.(options);
  if (metric) {
    reader.set('metric', metric.metric);
    reader.set('scaleMax', metric.scaleMax);
  } else {
    reader.reject('metric', `survey type "${surveyType}" is not imported (nps, csat or ces only)`);
  }
  reader.number('score', response.score);
  reader.set('comment', text(response.comment));
  if (response.created_at !== undefined && response.created_at !== null && response.created_at !== '') {
    const at = delightedTime(response.created_at);
    if (at) reader.set('answeredAt', at);
    else reader.reject('answeredAt', `is not a Unix time in seconds: ${JSON.stringify(response.created_at)}`);
  }
  const person = typeof response.person === 'object' && response.person !== null ? response.person : {};
  reader.set('email', blankToUndefined(text((person as { email?: unknown }).email)));
  reader.set('name', text((person as { name?: unknown }).name));
  if (Array.isArray(response.tags)) reader.set('tags', response.tags.map(text));

  const properties = typeof response.person_properties === 'object' ? (response.person_properties ?? {}) : {};
  for (const [key, given] of Object.entries(properties)) {
    const field = PROPERTY_FIELDS[normalized(key)];
    const value = blankToUndefined(text(given));
    // An explicit channel wins over the Delighted Source one.
    if (!field || value === undefined) continue;
    if (normalized(key) === 'delightedsource' && reader.fields.channel !== undefined) continue;
    columns[field] = names.property(key);
    reader.set(field, value);
  }
  return reader.done();
}

async function delightedArraySource(file: string, size: number, options: FormatOptions): Promise<RowSource> {
  if (size > MAX_JSON_ARRAY_BYTES) {
    throw new ImportFileError(
      `${file} is a JSON array of ${(size / 1024 / 1024).toFixed(0)} MB; arrays are read whole, up to ` +
        `${MAX_JSON_ARRAY_BYTES / 1024 / 1024} MB: write it one object a line (jq -c '.[]' FILE) and import that`,
    );
  }
  let responses: unknown;
  try {
    responses = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ImportFileError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(responses)) throw new ImportFileError(`${file} starts like a JSON array but is not one`);
  let done = 0;
  async function* rows(): AsyncGenerator<RawRow | UnreadableRow> {
    for (const [index, response] of (responses as unknown[]).entries()) {
      done = index + 1;
      yield delightedObjectRow(index + 1, response, options);
    }
  }
  return {
    rows: rows(),
    progress: () => ((responses as unknown[]).length === 0 ? 1 : done / (responses as unknown[]).length),
  };
}

function delightedObjectRow(row: number, response: unknown, options: FormatOptions): RawRow | UnreadableRow {
  if (typeof response !== 'object' || response === null || Array.isArray(response)) {
    return { row, rejections: [{ row, column: '', reason: 'is not a survey response object' }] };
  }
  return delightedRow(row, response as DelightedResponse, JSON_NAMES, options);
}

function delightedLinesSource(file: string, size: number, options: FormatOptions): RowSource {
  const { stream, bytesRead } = countingStream(file);
  async function* rows(): AsyncGenerator<RawRow | UnreadableRow> {
    let line = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      line += 1;
      if (text.trim() === '') continue;
      let response: unknown;
      try {
        response = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        yield {
          row: line,
          rejections: [{ row: line, column: '', reason: `is not valid JSON: ${(error as Error).message}` }],
        };
        continue;
      }
      yield delightedObjectRow(line, response, options);
    }
  }
  return { rows: rows(), progress: () => (size === 0 ? 1 : Math.min(1, bytesRead() / size)) };
}

/** Delighted's CSV export: its columns by name, whatever their order; other columns are person properties. */
const DELIGHTED_COLUMNS: Record<string, keyof Omit<DelightedNames, 'property'> | null> = {
  responseid: 'id',
  id: 'id',
  surveytype: 'survey_type',
  score: 'score',
  comment: 'comment',
  createdat: 'created_at',
  date: 'created_at',
  responsedate: 'created_at',
  responsetimestamp: 'created_at',
  timestamp: 'created_at',
  email: 'email',
  personemail: 'email',
  name: 'name',
  personname: 'name',
  tags: 'tags',
  // Read by nothing here.
  notes: null,
  permalink: null,
  personid: null,
  updatedat: null,
  additionalanswers: null,
};

async function* delightedCsvRows(
  records: AsyncIterable<CsvRecord>,
  options: FormatOptions,
): AsyncGenerator<RawRow | UnreadableRow> {
  let header: string[] | null = null;
  let names: DelightedNames | null = null;
  for await (const record of records) {
    if (!header) {
      header = record.cells.map((cell) => cell.trim());
      names = delightedCsvNames(header);
      continue;
    }
    const unreadable = cellCountProblem(record, header);
    if (unreadable) {
      yield unreadable;
      continue;
    }
    const response: DelightedResponse & { person: Record<string, unknown> } = { person: {} };
    const properties: Record<string, string> = {};
    header.forEach((name, index) => {
      const cell = record.cells[index] ?? '';
      const known = DELIGHTED_COLUMNS[normalized(name)];
      if (known === null) return;
      if (known === undefined) properties[name] = cell;
      else if (known === 'email' || known === 'name') response.person[known] = cell;
      else if (known === 'tags') response.tags = cell.split(',').flatMap((tag) => (tag.trim() ? [tag] : []));
      else response[known] = blankToUndefined(cell);
    });
    response.person_properties = properties;
    yield delightedRow(record.line, response, names!, options);
  }
}

function delightedCsvNames(header: string[]): DelightedNames {
  const nameOf = (field: keyof Omit<DelightedNames, 'property'>) =>
    header.find((name) => DELIGHTED_COLUMNS[normalized(name)] === field);
  const id = nameOf('id');
  const score = nameOf('score');
  if (!id || !score) {
    throw new ImportFileError('Not a Delighted CSV export: the header has no Response ID and Score columns');
  }
  return {
    id,
    score,
    survey_type: nameOf('survey_type') ?? 'Survey type',
    comment: nameOf('comment') ?? 'Comment',
    created_at: nameOf('created_at') ?? 'Date',
    email: nameOf('email') ?? 'Email',
    name: nameOf('name') ?? 'Name',
    tags: nameOf('tags') ?? 'Tags',
    property: (key) => key,
  };
}
