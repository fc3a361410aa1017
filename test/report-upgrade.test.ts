import mongoose from 'mongoose';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { moveLegacyRecoveryLinks } from '../api/src/modules/report/report.upgrade';
import { ResponseModel, type ResponseDoc } from '../api/src/modules/response/response.model';
import { clearContactData } from './support/db-state';
import { RECORD_RESPONSE, npsInput } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// A database written before recovery links moved onto their answers keeps them in
// `report_recovery_links`: the API moves them at start, so the counts they stand for stay
// right when later answers move them.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ workspaces: ['acme'] });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(async () => {
  await clearContactData();
});

async function record(score: number, sourceId: string, answeredAt: string): Promise<void> {
  const result = await server.execute(RECORD_RESPONSE, {
    input: npsInput({ score, sourceId, answeredAt, contact: { externalId: 'zd-upgrade' } }),
  });
  expect(result.errors).toBeUndefined();
}

test('successful-links-stored-the-old-way-are-moved-onto-their-answers-and-keep-the-counts-right', async () => {
  await record(3, 'u1', '2026-10-01T10:00:00.000Z');
  await record(10, 'u2', '2026-10-20T10:00:00.000Z');
  await record(2, 'u3', '2026-11-01T10:00:00.000Z');
  const answers = await ResponseModel.find({ workspaceId: 'acme' })
    .sort({ answeredAt: 1 })
    .lean<ResponseDoc[]>()
    .exec();
  const [first, second, last] = answers as [ResponseDoc, ResponseDoc, ResponseDoc];
  expect(first.recoveryLink).toMatchObject({ nextResponseId: second._id, nextCategory: 'PROMOTER' });

  // As an earlier version left it: the links in their own collection, one per detractor answer.
  await ResponseModel.updateMany({ workspaceId: 'acme' }, { $unset: { recoveryLink: '' } }).exec();
  const legacy = mongoose.connection.db!.collection('report_recovery_links');
  await legacy.insertMany([
    {
      _id: `acme|${first._id.toHexString()}`,
      workspaceId: 'acme',
      responseId: first._id,
      nextResponseId: second._id,
      nextCategory: 'PROMOTER',
      pending: null,
    },
    {
      _id: `acme|${last._id.toHexString()}`,
      workspaceId: 'acme',
      responseId: last._id,
      nextResponseId: null,
      nextCategory: null,
      pending: null,
    },
  ] as never[]);

  expect(await moveLegacyRecoveryLinks()).toBe(1);
  const moved = await ResponseModel.findById(first._id).lean<ResponseDoc>().exec();
  expect(moved!.recoveryLink).toMatchObject({ nextResponseId: second._id, nextCategory: 'PROMOTER' });
  expect(await mongoose.connection.db!.listCollections({ name: 'report_recovery_links' }).toArray()).toEqual([]);
  expect(await moveLegacyRecoveryLinks()).toBe(0);

  // A late answer between the first two moves the moved link: counted once, as a rebuild would.
  await record(4, 'u4', '2026-10-10T10:00:00.000Z');
  expect((await verifyAggregates('acme')).differences).toEqual([]);
});
