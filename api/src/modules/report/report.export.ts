import express from 'express';
import { z } from 'zod';
import type { AppConfig } from '../../config';
import { csvDownload } from '../../csv-download';
import { ContactModel, type ContactDoc } from '../contact/contact.model';
import { ResponseModel, type ResponseDoc } from '../response/response.model';
import { MAX_RANGE_DAYS } from './report.input';
import { daysInRange, isKnownTimeZone, parseLocalDate } from './report.periods';

// Row-level CSV export of responses, streamed (see csvDownload). Contacts are looked up a
// batch of rows at a time.

export const EXPORT_COLUMNS = [
  'response_id',
  'answered_at',
  'contact_id',
  'contact_external_id',
  'contact_email',
  'contact_name',
  'metric',
  'score',
  'scale_max',
  'category',
  'comment',
  'channel',
  'campaign',
  'ticket_id',
  'agent_id',
  'team',
  'plan',
  'region',
  'tags',
  'source',
  'source_id',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

const BATCH_SIZE = 1000;
const CONTACT_CACHE_LIMIT = 10_000;

const exportQuerySchema = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
    timeZone: z
      .string()
      .optional()
      .transform((value) => value || 'UTC')
      .refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  })
  .transform((query, ctx) => {
    const first = parseLocalDate(query.from, query.timeZone);
    const last = parseLocalDate(query.to, query.timeZone);
    if (!first || !last) {
      ctx.addIssue({ code: 'custom', path: [first ? 'to' : 'from'], message: 'must be a real calendar date' });
      return z.NEVER;
    }
    const days = daysInRange(query.from, query.to);
    if (days < 1 || days > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must be from \`from\` to ${MAX_RANGE_DAYS} days after` });
      return z.NEVER;
    }
    return { ...query, start: first.toJSDate(), end: last.plus({ days: 1 }).startOf('day').toJSDate() };
  });

// Text cells go out as stored: csvDownload applies the CSV-injection rule to every cell.
function toRow(response: ResponseDoc, contact: ContactDoc | undefined): ExportRow {
  return {
    response_id: response._id.toHexString(),
    answered_at: response.answeredAt.toISOString(),
    contact_id: response.contactId.toHexString(),
    contact_external_id: contact?.externalId ?? null,
    contact_email: contact?.email ?? null,
    contact_name: contact?.name ?? null,
    metric: response.metric,
    score: response.score,
    scale_max: response.scaleMax,
    category: response.category,
    comment: response.comment ?? null,
    channel: response.channel ?? null,
    campaign: response.campaign ?? null,
    ticket_id: response.ticketId ?? null,
    agent_id: response.agentId ?? null,
    team: response.team ?? null,
    plan: response.plan ?? null,
    region: response.region ?? null,
    tags: (response.tags ?? []).join(';'),
    source: response.source,
    source_id: response.sourceId,
  };
}

/**
 * The rows of a workspace's responses answered in [start, end), in storage order (sorting
 * would make the database hold the whole range), a batch at a time.
 */
export async function* exportRows(workspaceId: string, start: Date, end: Date): AsyncGenerator<ExportRow> {
  const cursor = ResponseModel.find({ workspaceId, answeredAt: { $gte: start, $lt: end } })
    .lean<ResponseDoc[]>()
    .cursor({ batchSize: BATCH_SIZE });
  const contacts = new Map<string, ContactDoc>();
  let batch: ResponseDoc[] = [];
  const flush = async function* () {
    const missing = [...new Set(batch.map((response) => response.contactId.toHexString()))].filter(
      (id) => !contacts.has(id),
    );
    if (contacts.size + missing.length > CONTACT_CACHE_LIMIT) contacts.clear();
    if (missing.length > 0) {
      const found = await ContactModel.find({ _id: { $in: missing }, workspaceId })
        .select({ externalId: 1, email: 1, name: 1 })
        .lean<ContactDoc[]>()
        .exec();
      for (const contact of found) contacts.set(contact._id.toHexString(), contact);
    }
    for (const response of batch) yield toRow(response, contacts.get(response.contactId.toHexString()));
    batch = [];
  };
  try {
    for await (const response of cursor as AsyncIterable<ResponseDoc>) {
      batch.push(response);
      if (batch.length >= BATCH_SIZE) yield* flush();
    }
    yield* flush();
  } finally {
    await cursor.close();
  }
}

/**
 * `GET /export/responses.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&timeZone=Area/City` with an
 * admin's bearer token: every response answered in those local days, as CSV.
 */
export function exportRouter(config: AppConfig): express.Router {
  const router = express.Router();
  router.get(
    '/responses.csv',
    csvDownload(config, {
      action: 'report:read',
      query: exportQuerySchema,
      columns: EXPORT_COLUMNS,
      filename: ({ workspaceId }, query) => `responses-${workspaceId}-${query.from}-to-${query.to}.csv`,
      rows: ({ workspaceId }, query) => exportRows(workspaceId, query.start, query.end),
    }),
  );
  return router;
}
