// The product's hot queries must be served by the indexes its models declare: a server
// that scans whole collections instead gets slower with every contact and answer stored.
// The real indexes are created from the real models, over a few hundred documents so a
// planner has a reason to choose, and each query is written the way its service sends it.
import { Types, type Connection, type Model, type Query } from 'mongoose';
import type { Collection, Document } from 'mongodb';
import { RECOVERY_KINDS } from '../../api/src/loyalty';
import { ContactModel, type ContactDoc } from '../../api/src/modules/contact/contact.model';
import {
  FollowUpModel,
  closedKeyOf,
  openKeyOf,
  type FollowUpDoc,
} from '../../api/src/modules/follow-up/follow-up.model';
import {
  DayCountsModel,
  MonthCountsModel,
  type DayCountsDoc,
  type MonthCountsDoc,
} from '../../api/src/modules/report/report.model';
import { ResponseModel, type ResponseDoc } from '../../api/src/modules/response/response.model';
import { bindModel, openModelConnection, openTestDatabase, winningPlanStages, type TestDatabase } from './support';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-06-15T12:00:00.000Z');
const CONTACTS = 300;
const RESPONSES_PER_CONTACT = 3;
const CATEGORIES = ['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const;
const REPORT_SERIES = [
  { dimension: 'all', values: [null] },
  { dimension: 'plan', values: ['free', 'pro', 'enterprise', null] },
  { dimension: 'region', values: ['emea', 'amer', 'apac', null] },
];
const REPORT_MONTHS = 24;
const REPORT_DAYS = 30;

interface Models {
  contacts: Model<ContactDoc>;
  responses: Model<ResponseDoc>;
  followUps: Model<FollowUpDoc>;
  monthCounts: Model<MonthCountsDoc>;
  dayCounts: Model<DayCountsDoc>;
}

let database: TestDatabase;
let connection: Connection;
let models: Models;
const contactIds = Array.from({ length: CONTACTS }, () => new Types.ObjectId());
/** The contact the per-contact queries ask about. */
const contactId = contactIds[42] as Types.ObjectId;

/** Most data in the workspace under test, some in another one (every index starts with workspaceId). */
function workspaceOf(index: number): string {
  return index % 5 === 0 ? 'other' : 'acme';
}

/** Contacts, three answers each and a follow-up each, mostly in the workspace under test. */
async function seedContactData(): Promise<void> {
  await models.contacts.insertMany(
    contactIds.map((_id, index) => ({
      _id,
      workspaceId: workspaceOf(index),
      externalId: `ext-${index}`,
      email: `c${index}@example.com`,
      externalIdKey: `id:ext-${index}`,
      emailKey: `email:c${index}@example.com`,
      accountValue: index % 7 === 0 ? null : (index * 37) % 1000,
      loyalty: {
        category: CATEGORIES[index % 3],
        latestScore: [10, 8, 3][index % 3],
        answeredAt: new Date(NOW.getTime() - (index % 120) * DAY_MS),
        responseCount: RESPONSES_PER_CONTACT,
      },
    })),
  );
  await models.responses.insertMany(
    contactIds.flatMap((_id, index) =>
      Array.from({ length: RESPONSES_PER_CONTACT }, (_, answer) => ({
        workspaceId: workspaceOf(index),
        contactId: _id,
        metric: answer === 1 ? 'CSAT' : 'NPS',
        score: answer === 1 ? 4 : (index + answer) % 11,
        scaleMax: answer === 1 ? 5 : 10,
        answeredAt: new Date(NOW.getTime() - (index + answer * 30) * DAY_MS),
        receivedAt: NOW,
        source: 'widget',
        sourceId: `delivery-${index}-${answer}`,
      })),
    ),
  );
  await models.followUps.insertMany(
    contactIds.map((_id, index) => {
      const followUpId = new Types.ObjectId();
      const kind = index % 2 === 0 ? 'RECOVER' : 'THANK';
      const open = index % 3 === 0;
      return {
        _id: followUpId,
        workspaceId: workspaceOf(index),
        contactId: _id,
        kind,
        title: kind,
        status: open ? 'OPEN' : 'DONE',
        dueAt: new Date(NOW.getTime() + ((index % 20) - 10) * DAY_MS),
        createdBy: 'agent-1',
        createdAt: new Date(NOW.getTime() - (index % 60) * DAY_MS),
        openKey: open ? openKeyOf(_id, kind) : closedKeyOf(followUpId),
      };
    }),
  );
}

/** Counts of every series, per month over two years and per day over a month, in two workspaces. */
async function seedReportCounts(): Promise<void> {
  const series = ['acme', 'other'].flatMap((workspaceId) =>
    REPORT_SERIES.flatMap(({ dimension, values }) => values.map((value) => ({ workspaceId, dimension, value }))),
  );
  const seriesId = ({ workspaceId, dimension, value }: (typeof series)[number]) =>
    `${workspaceId}|${dimension}|${value ?? '~'}`;
  await models.monthCounts.insertMany(
    series.flatMap((one) =>
      Array.from({ length: REPORT_MONTHS }, (_, month) => {
        const start = new Date(Date.UTC(2025, month, 1));
        return { _id: `${seriesId(one)}|${start.toISOString().slice(0, 7)}`, ...one, month: start, days: {} };
      }),
    ),
  );
  await models.dayCounts.insertMany(
    series.flatMap((one) =>
      Array.from({ length: REPORT_DAYS }, (_, day) => {
        const start = new Date(Date.UTC(2026, 5, 1 + day));
        return { _id: `${seriesId(one)}|${start.toISOString().slice(0, 10)}`, ...one, day: start, slots: {} };
      }),
    ),
  );
}

beforeAll(async () => {
  database = await openTestDatabase('indexes');
  connection = await openModelConnection(database.name);
  models = {
    contacts: bindModel(connection, ContactModel),
    responses: bindModel(connection, ResponseModel),
    followUps: bindModel(connection, FollowUpModel),
    monthCounts: bindModel(connection, MonthCountsModel),
    dayCounts: bindModel(connection, DayCountsModel),
  };
  for (const model of Object.values(models)) await model.createIndexes();
  await seedContactData();
  await seedReportCounts();
});

afterAll(async () => {
  await connection.close();
  await database.drop();
});

/** The name the server gave the index with exactly these keys (in this order). */
async function indexNameOf(
  collection: Pick<Collection, 'indexes'>,
  keys: Record<string, 1 | -1>,
): Promise<string | undefined> {
  const indexes = await collection.indexes();
  return indexes.find((index) => JSON.stringify(index.key) === JSON.stringify(keys))?.name;
}

interface HotQuery {
  name: string;
  model: keyof Models;
  index: Record<string, 1 | -1>;
  query: () => Query<unknown, unknown>;
}

/** The NPS survey candidates under the default policy, as listSurveyCandidates asks for them. */
function surveyCandidatesQuery(idRange: Record<string, unknown> = {}) {
  const notAfter = (days: number) => ({ $not: { $gt: new Date(NOW.getTime() - days * DAY_MS) } });
  return {
    workspaceId: 'acme',
    hasOpenTicket: false,
    signedUpAt: notAfter(30),
    'surveys.NPS.lastSentAt': notAfter(90),
    'surveys.NPS.lastAnsweredAt': notAfter(90),
    _id: { ...idRange, $nin: contactIds.slice(0, 10) },
  };
}

const hotQueries: HotQuery[] = [
  {
    name: 'contact by externalId key (findContact)',
    model: 'contacts',
    index: { workspaceId: 1, externalIdKey: 1 },
    query: () => models.contacts.findOne({ workspaceId: 'acme', externalIdKey: 'id:ext-42' }),
  },
  {
    name: 'contact by email key (findContact)',
    model: 'contacts',
    index: { workspaceId: 1, emailKey: 1 },
    query: () => models.contacts.findOne({ workspaceId: 'acme', emailKey: 'email:c42@example.com' }),
  },
  {
    name: 'contacts of a category, newest first (listContacts)',
    model: 'contacts',
    index: { workspaceId: 1, 'loyalty.category': 1, _id: -1 },
    query: () =>
      models.contacts.find({ workspaceId: 'acme', 'loyalty.category': 'DETRACTOR' }).sort({ _id: -1 }).limit(21),
  },
  {
    name: "a contact's responses by answeredAt desc, _id desc (listContactResponses)",
    model: 'responses',
    index: { workspaceId: 1, contactId: 1, metric: 1, answeredAt: -1, _id: -1 },
    query: () => models.responses.find({ workspaceId: 'acme', contactId }).sort({ answeredAt: -1, _id: -1 }).limit(21),
  },
  {
    name: "the next page of a contact's responses (keyset cursor)",
    model: 'responses',
    index: { workspaceId: 1, contactId: 1, metric: 1, answeredAt: -1, _id: -1 },
    query: () => {
      const answeredAt = new Date(NOW.getTime() - 60 * DAY_MS);
      return models.responses
        .find({
          workspaceId: 'acme',
          contactId,
          $or: [{ answeredAt: { $lt: answeredAt } }, { answeredAt, _id: { $lt: new Types.ObjectId() } }],
        })
        .sort({ answeredAt: -1, _id: -1 })
        .limit(21);
    },
  },
  {
    name: "a contact's two latest NPS answers (loyalty snapshot refresh)",
    model: 'responses',
    index: { workspaceId: 1, contactId: 1, metric: 1, answeredAt: -1, _id: -1 },
    query: () =>
      models.responses
        .find({ workspaceId: 'acme', contactId, metric: 'NPS' })
        .sort({ answeredAt: -1, _id: -1 })
        .limit(2),
  },
  {
    name: 'response by (workspaceId, source, sourceId) (duplicate delivery check)',
    model: 'responses',
    index: { workspaceId: 1, source: 1, sourceId: 1 },
    query: () => models.responses.findOne({ workspaceId: 'acme', source: 'widget', sourceId: 'delivery-42-1' }),
  },
  {
    name: "a contact's follow-ups, newest first (listContactFollowUps)",
    model: 'followUps',
    index: { workspaceId: 1, contactId: 1, _id: -1 },
    query: () => models.followUps.find({ workspaceId: 'acme', contactId }).sort({ _id: -1 }).limit(21),
  },
  {
    name: 'the open and recently closed follow-ups of a batch of contacts (the request loader, liveFollowUpsOf)',
    model: 'followUps',
    index: { workspaceId: 1, contactId: 1, _id: -1 },
    query: () =>
      models.followUps
        .find({
          workspaceId: 'acme',
          contactId: { $in: contactIds.slice(40, 90) },
          $or: [{ status: 'OPEN' }, { closedAt: { $gte: new Date(NOW.getTime() - 30 * DAY_MS) } }],
        })
        .sort({ _id: -1 }),
  },
  {
    name: 'open follow-ups past due, most overdue first (listFollowUps overdue)',
    model: 'followUps',
    index: { workspaceId: 1, status: 1, dueAt: 1, _id: 1 },
    query: () =>
      models.followUps
        .find({ workspaceId: 'acme', status: 'OPEN', dueAt: { $lt: NOW } })
        .sort({ dueAt: 1, _id: 1 })
        .limit(21),
  },
  {
    name: 'the next page of overdue follow-ups (keyset cursor)',
    model: 'followUps',
    index: { workspaceId: 1, status: 1, dueAt: 1, _id: 1 },
    query: () => {
      const dueAt = new Date(NOW.getTime() - 8 * DAY_MS);
      return models.followUps
        .find({
          workspaceId: 'acme',
          status: 'OPEN',
          dueAt: { $lt: NOW },
          $or: [
            { dueAt: { $gt: dueAt, $lt: NOW } },
            { dueAt, _id: { $gt: new Types.ObjectId('000000000000000000000000') } },
          ],
        })
        .sort({ dueAt: 1, _id: 1 })
        .limit(21);
    },
  },
  {
    name: 'contacts with an open recovery follow-up (contactsWithOpenRecovery)',
    model: 'followUps',
    index: { workspaceId: 1, status: 1, dueAt: 1, _id: 1 },
    query: () =>
      models.followUps
        .find({ workspaceId: 'acme', status: 'OPEN', kind: { $in: [...RECOVERY_KINDS] } })
        .select({ contactId: 1 }),
  },
  {
    name: 'the open follow-up of a contact and kind (logRecommendedAction)',
    model: 'followUps',
    index: { workspaceId: 1, openKey: 1 },
    query: () => models.followUps.findOne({ workspaceId: 'acme', openKey: openKeyOf(contactId, 'THANK') }),
  },
  {
    name: 'sales candidates: recent promoters by account value, recency (listSalesCandidates)',
    model: 'contacts',
    index: { workspaceId: 1, 'loyalty.category': 1, accountValue: -1, 'loyalty.answeredAt': -1, _id: -1 },
    query: () =>
      models.contacts
        .find({
          workspaceId: 'acme',
          'loyalty.category': 'PROMOTER',
          'loyalty.answeredAt': { $gte: new Date(NOW.getTime() - 90 * DAY_MS) },
          _id: { $nin: contactIds.slice(0, 10) },
        })
        .sort({ accountValue: -1, 'loyalty.answeredAt': -1, _id: -1 })
        .limit(21),
  },
  {
    name: 'the next page of sales candidates (keyset cursor)',
    model: 'contacts',
    index: { workspaceId: 1, 'loyalty.category': 1, accountValue: -1, 'loyalty.answeredAt': -1, _id: -1 },
    query: () => {
      const answeredAt = new Date(NOW.getTime() - 30 * DAY_MS);
      return models.contacts
        .find({
          workspaceId: 'acme',
          'loyalty.category': 'PROMOTER',
          'loyalty.answeredAt': { $gte: new Date(NOW.getTime() - 90 * DAY_MS) },
          $or: [
            { accountValue: { $lt: 500 } },
            { accountValue: null },
            { accountValue: 500, 'loyalty.answeredAt': { $lt: answeredAt } },
            { accountValue: 500, 'loyalty.answeredAt': answeredAt, _id: { $lt: new Types.ObjectId() } },
          ],
        })
        .sort({ accountValue: -1, 'loyalty.answeredAt': -1, _id: -1 })
        .limit(21);
    },
  },
  {
    name: 'survey candidates: no open ticket, past the date rules, in _id order (listSurveyCandidates)',
    model: 'contacts',
    index: { workspaceId: 1, hasOpenTicket: 1, _id: 1 },
    query: () => models.contacts.find(surveyCandidatesQuery()).sort({ _id: 1 }).limit(21),
  },
  {
    name: 'the next page of survey candidates (keyset cursor)',
    model: 'contacts',
    index: { workspaceId: 1, hasOpenTicket: 1, _id: 1 },
    query: () =>
      models.contacts
        .find(surveyCandidatesQuery({ $gt: contactIds[150] }))
        .sort({ _id: 1 })
        .limit(21),
  },
  {
    name: 'report month counts of a dimension over a range, every value (loadCounts)',
    model: 'monthCounts',
    index: { workspaceId: 1, dimension: 1, month: 1, value: 1 },
    query: () =>
      models.monthCounts.find({
        workspaceId: 'acme',
        dimension: 'plan',
        month: { $gte: new Date('2026-01-01T00:00:00.000Z'), $lt: new Date('2026-04-01T00:00:00.000Z') },
      }),
  },
  {
    name: 'report month counts of one series over a range (loadCounts)',
    model: 'monthCounts',
    index: { workspaceId: 1, dimension: 1, month: 1, value: 1 },
    query: () =>
      models.monthCounts.find({
        workspaceId: 'acme',
        dimension: 'plan',
        value: 'pro',
        month: { $gte: new Date('2026-01-01T00:00:00.000Z'), $lt: new Date('2026-04-01T00:00:00.000Z') },
      }),
  },
  {
    name: 'report day counts of the days a bucket boundary cuts, every value (loadCounts)',
    model: 'dayCounts',
    index: { workspaceId: 1, dimension: 1, day: 1, value: 1 },
    query: () =>
      models.dayCounts.find({
        workspaceId: 'acme',
        dimension: 'plan',
        day: { $in: [new Date('2026-06-07T00:00:00.000Z'), new Date('2026-06-14T00:00:00.000Z')] },
      }),
  },
];

test.each(hotQueries)('$name: an IXSCAN of its index, no COLLSCAN', async ({ model, index, query }) => {
  const indexName = await indexNameOf(models[model].collection, index);
  expect(indexName).toBeDefined();

  const explain = (await query().explain('queryPlanner')) as Document;

  const stages = winningPlanStages(explain);
  expect(stages.map((stage) => stage.stage)).not.toContain('COLLSCAN');
  expect(stages).toContainEqual({ stage: expect.stringMatching(/IXSCAN$/), indexName });
});
