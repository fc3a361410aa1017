import type { z } from 'zod';
import { ILL_FORMED_MESSAGE, illFormedStringPath } from '../../validation';
import { contactUpsertSchema } from '../contact/contact.input';
import type { BatchRow } from '../recording/recording.batch';
import { responseValuesSchema } from '../response/response.input';

// One row of an import file, whatever its format, checked by the same schemas as an answer
// recorded through the API: the contact's, and the answer's.

/** The fields of an answer, as the API takes them (`responseRecord` and the contact in it). */
export const ANSWER_FIELDS = [
  'externalId',
  'email',
  'name',
  'company',
  'metric',
  'score',
  'scaleMax',
  'comment',
  'channel',
  'campaign',
  'ticketId',
  'agentId',
  'team',
  'plan',
  'region',
  'tags',
  'answeredAt',
  'source',
  'sourceId',
] as const;

export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Why a row, or one of its values, was not imported. `column` names the file's column or field. */
export interface Rejection {
  row: number;
  column: string;
  reason: string;
}

/** A row as read: values converted to what the API takes, and what could not be. */
export interface RawRow {
  /** Where the row is in the file: its line, or its position in a JSON array. */
  row: number;
  fields: Partial<Record<AnswerField, unknown>>;
  /** The file's name of the column or field a value came from. */
  columnOf(field: AnswerField): string;
  /** Values that could not be read (not a number, not a date, ...), found by the reader. */
  problems: Rejection[];
}

export type CheckedRow = { row: number; answer: BatchRow } | { row: number; rejections: Rejection[] };

/**
 * Checks rows against `now` (answers "in the future", the default answered-at time); each
 * row gives either the answer to record or every reason it cannot be.
 */
export function rowChecker(now: Date): (raw: RawRow) => CheckedRow {
  // Built once: a zod schema costs far more to build and compile than to run.
  const valuesSchema = responseValuesSchema(now);
  return (raw) => {
    const { fields } = raw;
    // The contact's rules (`contactUpsert`'s), which also hold for the answer's plan and region.
    const contact = contactUpsertSchema.safeParse({
      externalId: fields.externalId,
      email: fields.email,
      name: fields.name,
      company: fields.company,
      plan: fields.plan,
      region: fields.region,
    });
    const values = valuesSchema.safeParse({
      metric: fields.metric,
      score: fields.score,
      scaleMax: fields.scaleMax,
      comment: fields.comment,
      channel: fields.channel,
      campaign: fields.campaign,
      ticketId: fields.ticketId,
      agentId: fields.agentId,
      team: fields.team,
      tags: fields.tags,
      answeredAt: fields.answeredAt,
      source: fields.source,
      sourceId: fields.sourceId,
    });
    // A lone UTF-16 surrogate (a `\ud800` escape in a JSON export) would be stored as U+FFFD,
    // so two different ids would collide: the row is refused, like every other way in does.
    const illFormed: Rejection[] = ANSWER_FIELDS.filter((field) => illFormedStringPath(fields[field]) !== null).map(
      (field) => ({ row: raw.row, column: raw.columnOf(field), reason: ILL_FORMED_MESSAGE }),
    );
    // A value the reader could not read is reported once, as the reader says.
    const unreadable = new Set([...raw.problems, ...illFormed].map(({ column }) => column));
    const rejections = [...raw.problems, ...illFormed];
    for (const result of [contact, values]) {
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const field = issue.path[0] as AnswerField | undefined;
        const column = field ? raw.columnOf(field) : '';
        if (unreadable.has(column)) continue;
        rejections.push({ row: raw.row, column, reason: reasonOf(issue, field ? fields[field] : undefined) });
      }
    }
    if (rejections.length > 0 || !contact.success || !values.success) return { row: raw.row, rejections };
    const { externalId, email, name, company, plan, region } = contact.data;
    return {
      row: raw.row,
      answer: { contact: { externalId, email, name, company }, values: values.data, plan, region },
    };
  };
}

function reasonOf(issue: z.core.$ZodIssue, value: unknown): string {
  return issue.code === 'invalid_type' && value === undefined ? 'is required' : issue.message;
}
