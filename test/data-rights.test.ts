import mongoose from 'mongoose';
import type { AuthenticatedViewer } from '../api/src/auth/viewer';
import { AlertDeliveryModel } from '../api/src/modules/alert/alert.model';
import { ContactModel, type ContactDoc } from '../api/src/modules/contact/contact.model';
import { ContactErasureModel, ERASURE_STEPS } from '../api/src/modules/data-rights/data-rights.model';
import {
  eraseContact,
  sweepContactErasures,
  type ContactDataExport,
  type ErasureOptions,
} from '../api/src/modules/data-rights/data-rights.service';
import { FollowUpModel } from '../api/src/modules/follow-up/follow-up.model';
import { rebuildAggregates, verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { ResponseModel } from '../api/src/modules/response/response.model';
import { WorkspaceModel, type WorkspaceDoc } from '../api/src/modules/workspace/workspace.model';
import { graphql } from './__generated__';
import type { ResponseRecordInput } from './__generated__/graphql';
import { FULL_REPORT } from './report-operations';
import { ALERT_ENDPOINT_ADD } from './support/alert-operations';
import { FOLLOW_UP_CREATE } from './support/closed-loop-operations';
import { npsInput, RECORD_RESPONSE } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// Data rights: an admin downloads everything stored about a contact, and erases a contact
// with every copy of its personal data, the report counts adjusted exactly (they equal a
// rebuild from the remaining answers), also when the erasure dies between two steps and a
// retry or the sweep finishes it.

jest.setTimeout(120_000);

let server: TestServer;
let admin: AuthenticatedViewer;

const CONTACT_ERASE = graphql(`
  mutation TestContactErase($input: ContactEraseInput!) {
    contactErase(input: $input) {
      erasure {
        id
        contactId
        requestedBy
        requestedAt
        finishedAt
        status
        note
        removedResponses
        removedFollowUps
        removedAlertDeliveries
        removedRecoveryLinks
      }
    }
  }
`);

const SURVEY_SENT = graphql(`
  mutation DataRightsSurveySent($input: SurveySentInput!) {
    surveySent(input: $input) {
      contact {
        id
      }
    }
  }
`);

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme', 'other'] });
  const workspace = await WorkspaceModel.findById('acme').lean<WorkspaceDoc>().exec();
  admin = { kind: 'authenticated', userId: 'test-admin', role: 'admin', workspaceId: 'acme', workspace: workspace! };
  const endpoint = await server.execute(
    ALERT_ENDPOINT_ADD,
    {
      input: {
        kind: 'STANDARD_WEBHOOK',
        name: 'Support leads',
        url: 'https://hooks.example.com/nps',
        events: ['DETRACTOR_ANSWER', 'FALL_TO_DETRACTOR', 'RECOVERY_OVERDUE'],
      },
    },
    { as: 'admin' },
  );
  expect(endpoint.errors).toBeUndefined();
  // Another contact with answers in the same series: it must stay counted as it is.
  await seedContact('keeper', { withExtras: false });
});

afterAll(async () => {
  await server.stop();
});

interface Seeded {
  id: string;
  email: string;
  name: string;
  comments: string[];
}

/**
 * A contact with a history that touches every collection: a detractor answer recovered by a
 * promoter, a fall back to detractor (alerts), a CSAT answer, a follow-up and a survey send.
 */
async function seedContact(key: string, { withExtras = true } = {}): Promise<Seeded> {
  const contact = { externalId: `ext-${key}`, email: `${key}@example.com`, name: `Person ${key}`, company: 'Acme' };
  const answers = [
    { score: 3, comment: `slow reply ${key}`, answeredAt: '2026-10-05T10:00:00.000Z', tags: ['billing'] },
    { score: 10, comment: `fixed fast ${key}`, answeredAt: '2026-10-20T10:00:00.000Z', campaign: 'q4' },
    { score: 2, comment: `broke again ${key}`, answeredAt: '2026-11-03T10:00:00.000Z', channel: 'chat' },
    { metric: 'CSAT', score: 4, scaleMax: 5, comment: `csat ${key}`, answeredAt: '2026-11-04T10:00:00.000Z' },
  ] satisfies Partial<ResponseRecordInput>[];
  let id = '';
  for (const [index, answer] of answers.entries()) {
    const result = await server.execute(RECORD_RESPONSE, {
      input: npsInput({ contact, sourceId: `${key}-${index}`, ...answer }),
    });
    expect(result.errors).toBeUndefined();
    id = result.data!.responseRecord.contact.id;
  }
  if (withExtras) {
    const followUp = await server.execute(FOLLOW_UP_CREATE, {
      input: { contactId: id, kind: 'RECOVER', note: `call ${contact.name} back` },
    });
    expect(followUp.errors).toBeUndefined();
    const sent = await server.execute(SURVEY_SENT, {
      input: { contact: { externalId: contact.externalId }, metric: 'NPS' },
    });
    expect(sent.errors).toBeUndefined();
  }
  return { id, email: contact.email, name: contact.name, comments: answers.map(({ comment }) => comment) };
}

async function downloadExport(id: string, as: 'admin' | 'agent' | 'sales' | 'anonymous' = 'admin', workspace = 'acme') {
  const token = as === 'anonymous' ? undefined : server.tokenFor(as, workspace);
  return fetch(`${server.baseUrl}/export/contacts/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

const report = async () => {
  const result = await server.execute(
    FULL_REPORT,
    { input: { from: '2026-10-01', to: '2026-11-30', granularity: 'WEEK', segmentBy: 'TAG' } },
    { as: 'admin' },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.npsReport;
};

/** The report as the maintained counts give it equals the report after a rebuild from the raw answers. */
async function expectReportsExact(): Promise<void> {
  const verified = await verifyAggregates('acme');
  expect(verified.differences).toEqual([]);
  const maintained = await report();
  await rebuildAggregates('acme');
  expect(await report()).toEqual(maintained);
}

/** Every stored document of every collection, as text: where a copy of personal data would show. */
async function everythingStoredAsText(): Promise<string> {
  const db = mongoose.connection.db!;
  const parts: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    parts.push(JSON.stringify(await db.collection(name).find({}).toArray()));
  }
  return parts.join('\n');
}

async function storedCounts(contactId: string) {
  const _id = new mongoose.Types.ObjectId(contactId);
  return {
    contact: await ContactModel.countDocuments({ _id }).exec(),
    responses: await ResponseModel.countDocuments({ contactId: _id }).exec(),
    followUps: await FollowUpModel.countDocuments({ contactId: _id }).exec(),
    deliveries: await AlertDeliveryModel.countDocuments({ 'payload.data.contact.id': contactId }).exec(),
    erasures: await ContactErasureModel.countDocuments({ contactId: _id }).exec(),
  };
}

describe('GET /export/contacts/<id>', () => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await seedContact('exported');
  });

  test('successful-export-holds-everything-stored-about-the-contact', async () => {
    const response = await downloadExport(seeded.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="contact-${seeded.id}.json"`);
    const data = (await response.json()) as ContactDataExport & Record<string, never>;
    const contactId = new mongoose.Types.ObjectId(seeded.id);

    expect(data.format).toBe('nps-desk.contact-data/1');
    expect(data.contactId).toBe(seeded.id);
    expect(data.contact).toMatchObject({ _id: seeded.id, email: seeded.email, name: seeded.name, company: 'Acme' });
    // Every collection holding the contact's id or data, in full.
    const responses = await ResponseModel.find({ contactId }).lean().exec();
    expect(data.responses.map((r) => (r as unknown as { _id: string })._id).sort()).toEqual(
      responses.map((r) => r._id.toHexString()).sort(),
    );
    expect(data.responses.map((r) => r.comment).sort()).toEqual([...seeded.comments].sort());
    expect(data.followUps).toHaveLength(await FollowUpModel.countDocuments({ contactId }).exec());
    expect(data.followUps.length).toBeGreaterThan(0);
    // The first detractor answer's recovery link names the promoter answer after it; the last answer has none.
    const byScore = (score: number) => data.responses.find((r) => r.metric === 'NPS' && r.score === score)!;
    expect(data.responses.filter((r) => r.recoveryLink)).toHaveLength(1);
    expect(byScore(3).recoveryLink).toMatchObject({ nextResponseId: byScore(10)._id, nextCategory: 'PROMOTER' });
    expect(data.alertDeliveries.length).toBeGreaterThan(0);
    expect(data.alertDeliveries).toHaveLength(
      await AlertDeliveryModel.countDocuments({ 'payload.data.contact.id': seeded.id }).exec(),
    );
    expect(data.surveySends.find((send) => send.metric === 'NPS')?.lastSentAt).toEqual(expect.any(String));
    expect(data.importBatches).toEqual([]);
    expect(data.erasure).toBeNull();
    // Machine-readable: ids as hex strings, times as ISO 8601.
    expect(data.responses[0]).toMatchObject({ contactId: seeded.id, answeredAt: '2026-10-05T10:00:00.000Z' });
  });

  test('failing-export-needs-an-admin', async () => {
    expect((await downloadExport(seeded.id, 'anonymous')).status).toBe(401);
    for (const role of ['agent', 'sales'] as const) {
      const response = await downloadExport(seeded.id, role);
      expect(response.status).toBe(403);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('FORBIDDEN');
    }
  });

  test('failing-another-workspaces-id-answers-like-a-missing-one', async () => {
    const foreign = await downloadExport(seeded.id, 'admin', 'other');
    const missing = await downloadExport('0123456789abcdef01234567', 'admin');
    const malformed = await downloadExport('not-an-id', 'admin');
    for (const response of [foreign, missing, malformed]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        errors: [{ message: 'No contact with this id', extensions: { code: 'NOT_FOUND' } }],
      });
    }
  });
});

describe('contactErase', () => {
  test('failing-non-admins-are-forbidden-and-nothing-changes', async () => {
    const seeded = await seedContact('forbidden');
    const before = await storedCounts(seeded.id);
    const aggregates = await verifyAggregates('acme');
    for (const role of ['agent', 'sales'] as const) {
      const result = await server.execute(CONTACT_ERASE, { input: { id: seeded.id } }, { as: role });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await storedCounts(seeded.id)).toEqual(before);
    expect(before.contact).toBe(1);
    expect(before.erasures).toBe(0);
    expect((await verifyAggregates('acme')).documentsChecked).toBe(aggregates.documentsChecked);
  });

  test('failing-another-workspaces-id-answers-like-a-missing-one-and-nothing-changes', async () => {
    const seeded = await seedContact('foreign');
    const before = await storedCounts(seeded.id);
    const foreign = await server.execute(
      CONTACT_ERASE,
      { input: { id: seeded.id } },
      { as: 'admin', workspaceId: 'other' },
    );
    const missing = await server.execute(CONTACT_ERASE, { input: { id: '0123456789abcdef01234567' } }, { as: 'admin' });
    const malformed = await server.execute(CONTACT_ERASE, { input: { id: 'nope' } }, { as: 'admin' });
    for (const result of [foreign, missing, malformed]) {
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'No contact with this id',
          extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
        }),
      ]);
    }
    expect(await storedCounts(seeded.id)).toEqual(before);
  });

  test('successful-erase-removes-every-copy-and-keeps-reports-exact', async () => {
    const seeded = await seedContact('erased');
    const contactId = new mongoose.Types.ObjectId(seeded.id);
    const responseIds = (await ResponseModel.find({ contactId }).lean().exec()).map(({ _id }) => _id);
    expect(responseIds).toHaveLength(4);
    const deliveriesBefore = await AlertDeliveryModel.countDocuments({ 'payload.data.contact.id': seeded.id }).exec();
    expect(deliveriesBefore).toBeGreaterThan(0);
    expect(await everythingStoredAsText()).toContain(seeded.email);

    const result = await server.execute(CONTACT_ERASE, { input: { id: seeded.id } }, { as: 'admin' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.contactErase.erasure).toMatchObject({
      contactId: seeded.id,
      requestedBy: 'test-admin',
      status: 'DONE',
      finishedAt: expect.any(String),
      removedResponses: 4,
      removedFollowUps: 1,
      removedAlertDeliveries: deliveriesBefore,
      removedRecoveryLinks: 1,
    });

    // Nothing of the contact is left: no document refers to it, no copy of its data anywhere.
    expect(await storedCounts(seeded.id)).toMatchObject({ contact: 0, responses: 0, followUps: 0, deliveries: 0 });
    expect(
      await AlertDeliveryModel.countDocuments({ subjectId: { $in: responseIds.map((id) => id.toHexString()) } }).exec(),
    ).toBe(0);
    const stored = await everythingStoredAsText();
    for (const personal of [seeded.email, seeded.name, 'ext-erased', ...seeded.comments]) {
      expect(stored).not.toContain(personal);
    }
    // The reports no longer count its answers, exactly: the same as a rebuild from what is left.
    await expectReportsExact();
    // The keeper is untouched.
    expect(await ContactModel.countDocuments({ externalId: 'ext-keeper' }).exec()).toBe(1);

    // Asking again answers the finished erasure; the export finds nothing.
    const again = await server.execute(CONTACT_ERASE, { input: { id: seeded.id } }, { as: 'admin' });
    expect(again.data!.contactErase.erasure).toMatchObject({ status: 'DONE', removedResponses: 4 });
    expect((await downloadExport(seeded.id)).status).toBe(404);
  });

  test('successful-an-erased-person-who-answers-again-becomes-a-new-contact', async () => {
    const seeded = await seedContact('returning', { withExtras: false });
    const erased = await server.execute(CONTACT_ERASE, { input: { id: seeded.id } }, { as: 'admin' });
    expect(erased.data!.contactErase.erasure.status).toBe('DONE');

    // The same helpdesk id and email, freed by the erasure, name a new contact.
    const contact = { externalId: 'ext-returning', email: seeded.email };
    const again = await server.execute(RECORD_RESPONSE, {
      input: npsInput({ contact, sourceId: 'returning-again', score: 9, answeredAt: '2026-11-20T10:00:00.000Z' }),
    });
    expect(again.errors).toBeUndefined();
    const returned = again.data!.responseRecord.contact;
    expect(returned.id).not.toBe(seeded.id);
    const stored = await ContactModel.findById(returned.id).lean<ContactDoc>().exec();
    expect(stored).toMatchObject({ externalId: 'ext-returning', email: seeded.email, loyalty: { responseCount: 1 } });
    expect(await ContactModel.countDocuments({ workspaceId: 'acme', email: seeded.email }).exec()).toBe(1);
  });

  test('successful-audit-record-says-who-when-what-without-personal-data', async () => {
    const seeded = await seedContact('audited');
    await server.execute(CONTACT_ERASE, { input: { id: seeded.id } }, { as: 'admin' });
    const record = await ContactErasureModel.findOne({ contactId: new mongoose.Types.ObjectId(seeded.id) })
      .lean()
      .exec();
    expect(record).toMatchObject({
      workspaceId: 'acme',
      requestedBy: 'test-admin',
      requestedAt: expect.any(Date),
      finishedAt: expect.any(Date),
      pending: [],
      removed: { responses: 4, followUps: 1, recoveryLinks: 1 },
    });
    const text = JSON.stringify(record);
    for (const personal of [seeded.email, seeded.name, 'ext-audited', ...seeded.comments]) {
      expect(text).not.toContain(personal);
    }
    const log = await server.execute(
      graphql(`
        query TestContactErasures {
          contactErasures(first: 100) {
            contactId
            status
            requestedBy
          }
        }
      `),
      {},
      { as: 'admin' },
    );
    expect(log.data!.contactErasures.map(({ contactId }) => contactId)).toContain(seeded.id);
    const forbidden = await server.execute(
      graphql(`
        query TestContactErasureIds {
          contactErasures {
            id
          }
        }
      `),
      {},
      { as: 'agent' },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const CRASH_POINTS = [...ERASURE_STEPS, 'answer-subtracted', 'answer-removed'] as const;

describe.each(CRASH_POINTS)('an erasure dies right after %s', (crashPoint) => {
  const crash: ErasureOptions = {
    afterStep: (step) => {
      if (step === crashPoint) throw new Error(`simulated crash after ${step}`);
    },
  };

  test.each(['a retry', 'the sweep'])('%s finishes it: everything gone, counted out exactly once', async (finisher) => {
    const key = `crash-${crashPoint}-${finisher === 'a retry' ? 'retry' : 'sweep'}`;
    const seeded = await seedContact(key);
    await expect(eraseContact(admin, { id: seeded.id }, crash)).rejects.toThrow('simulated crash');
    const stored = await ContactErasureModel.findOne({ contactId: new mongoose.Types.ObjectId(seeded.id) })
      .lean()
      .exec();
    expect(stored!.pending.length).toBeGreaterThan(0);

    if (finisher === 'a retry') {
      const retried = await server.execute(CONTACT_ERASE, { input: { id: seeded.id } }, { as: 'admin' });
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.contactErase.erasure).toMatchObject({
        status: 'DONE',
        removedResponses: 4,
        removedFollowUps: 1,
        removedRecoveryLinks: 1,
      });
    } else {
      // The dead process's lease has to expire first in real life; here it was released.
      const summary = await sweepContactErasures();
      expect(summary).toEqual({ erasures: 1, unfinished: 0 });
    }
    expect(await storedCounts(seeded.id)).toMatchObject({ contact: 0, responses: 0, followUps: 0, deliveries: 0 });
    const text = await everythingStoredAsText();
    for (const personal of [seeded.email, seeded.name, ...seeded.comments]) expect(text).not.toContain(personal);
    await expectReportsExact();
  });
});
