import { parse } from 'csv-parse/sync';
import { safeCsvCell } from '../api/src/csv-download';
import { ContactModel } from '../api/src/modules/contact/contact.model';
import { EXPORT_COLUMNS } from '../api/src/modules/report/report.export';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import { clearAll, everythingStored, generateResponses, inLocalRange, insertRaw } from './report-support';
import { startTestServer, type TestServer } from './support/test-server';

// The streamed CSV export: parsed back with a CSV parser, it gives back the stored rows.

let server: TestServer;
let responses: ResponseDoc[];

const TRICKY = [
  'Commas, "quotes" and\na new line',
  '=HYPERLINK("http://evil.example","click")',
  '-1 point for the wait',
  'Émojis 🎉 and accents: çà',
  '  spaces kept  ',
];

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'other'] });
  await clearAll();
  const generated = generateResponses('acme', 1500, {
    seed: 99,
    contacts: 60,
    from: new Date('2026-01-01T00:00:00.000Z'),
    to: new Date('2026-04-01T00:00:00.000Z'),
  });
  responses = generated.responses.map((response, index) => ({
    ...response,
    comment: index < TRICKY.length ? (TRICKY[index] ?? null) : response.comment,
  }));
  await ContactModel.collection.insertMany(
    generated.contactIds.map((_id, index) => ({
      _id,
      workspaceId: 'acme',
      externalId: `ext-${index}`,
      email: `c${index}@example.com`,
      externalIdKey: `id:ext-${index}`,
      emailKey: `email:c${index}@example.com`,
      name: index === 0 ? 'Zoë "Zed", Jr.' : `Contact ${index}`,
      tags: [],
    })) as never[],
  );
  await insertRaw(responses);
  await insertRaw(
    generateResponses('other', 50, { seed: 3, contacts: 5, from: new Date('2026-01-01'), to: new Date('2026-04-01') })
      .responses,
  );
});
afterAll(async () => {
  await server.stop();
});

async function download(query: string, as: 'admin' | 'sales' | 'agent' | 'anonymous' = 'admin') {
  const token = as === 'anonymous' ? undefined : server.tokenFor(as);
  return fetch(`${server.baseUrl}/export/responses.csv?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

// Every text cell goes through the one CSV-injection rule (unit-tested in csv-download.test.ts).
const neutral = (value: string | null | undefined) =>
  value === null || value === undefined ? '' : safeCsvCell(value).value;

describe('GET /export/responses.csv', () => {
  test('successful-export-round-trips-through-a-csv-parser', async () => {
    const response = await download('from=2026-01-15&to=2026-02-28&timeZone=America/Los_Angeles');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="responses-acme-2026-01-15-to-2026-02-28.csv"',
    );
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...EXPORT_COLUMNS]);

    const expected = inLocalRange(responses, '2026-01-15', '2026-02-28', 'America/Los_Angeles');
    expect(expected.length).toBeGreaterThan(500);
    expect(rows).toHaveLength(expected.length);
    const contacts = new Map(
      (await ContactModel.find({ workspaceId: 'acme' }).lean().exec()).map((contact) => [
        contact._id.toHexString(),
        contact,
      ]),
    );
    const byId = new Map(rows.map((row) => [row.response_id, row]));
    for (const response of expected) {
      const contact = contacts.get(response.contactId.toHexString());
      expect(byId.get(response._id.toHexString())).toEqual({
        response_id: response._id.toHexString(),
        answered_at: response.answeredAt.toISOString(),
        contact_id: response.contactId.toHexString(),
        contact_external_id: neutral(contact?.externalId),
        contact_email: neutral(contact?.email),
        contact_name: neutral(contact?.name),
        metric: response.metric,
        score: String(response.score),
        scale_max: String(response.scaleMax),
        category: response.category ?? '',
        comment: neutral(response.comment),
        channel: neutral(response.channel),
        campaign: neutral(response.campaign),
        ticket_id: neutral(response.ticketId),
        agent_id: neutral(response.agentId),
        team: neutral(response.team),
        plan: neutral(response.plan),
        region: neutral(response.region),
        tags: neutral((response.tags ?? []).join(';')),
        source: response.source,
        source_id: response.sourceId,
      });
    }
  });

  test('successful-tricky-text-survives-and-formulas-are-neutralized', async () => {
    const response = await download('from=2026-01-01&to=2026-03-31');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(responses.length);
    const comments = new Map(rows.map((row) => [row.response_id, row.comment]));
    expect(TRICKY.map((_, index) => comments.get(responses[index]!._id.toHexString()))).toEqual([
      'Commas, "quotes" and\na new line',
      '\'=HYPERLINK("http://evil.example","click")',
      "'-1 point for the wait",
      'Émojis 🎉 and accents: çà',
      '  spaces kept  ',
    ]);
    expect(rows.some((row) => row.contact_name === 'Zoë "Zed", Jr.')).toBe(true);
  });

  test('successful-empty-range-is-just-the-header', async () => {
    const response = await download('from=2030-01-01&to=2030-01-31');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`${EXPORT_COLUMNS.join(',')}\n`);
  });

  test.each([
    ['agent', 403, 'FORBIDDEN'],
    ['sales', 403, 'FORBIDDEN'],
    ['anonymous', 401, 'UNAUTHENTICATED'],
  ] as const)('failing-export-as-%s', async (as, status, code) => {
    const before = await everythingStored();
    const response = await download('from=2026-01-01&to=2026-03-31', as);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      code,
    );
    expect(await everythingStored()).toBe(before);
  });

  test.each([
    ['no range', '', 'from'],
    ['to before from', 'from=2026-02-01&to=2026-01-01', 'to'],
    ['an unknown time zone', 'from=2026-01-01&to=2026-01-31&timeZone=Nowhere/City', 'timeZone'],
    ['an impossible date', 'from=2026-02-31&to=2026-03-31', 'from'],
  ])('failing-export-with-%s', async (_name, query, field) => {
    const response = await download(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(new RegExp(`^${field}`));
  });

  test('successful-export-never-shows-another-workspace', async () => {
    const response = await download('from=2026-01-01&to=2026-03-31');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const foreign = new Set(
      (await ResponseModel.find({ workspaceId: 'other' }).lean().exec()).map((r) => r._id.toHexString()),
    );
    expect(foreign.size).toBe(50);
    expect(rows.filter((row) => foreign.has(row.response_id ?? ''))).toEqual([]);
  });
});
