import type { AuthenticatedViewer } from '../api/src/auth/viewer';
import { ContactModel, type ContactDoc } from '../api/src/modules/contact/contact.model';
import { ContactLeaseModel } from '../api/src/modules/recording/recording.lease';
import { RECORDING_STEPS, sweepPendingRecordings } from '../api/src/modules/recording/recording.pipeline';
import { verifyAggregates } from '../api/src/modules/report/report.rebuild';
import { recordResponse, type RecordResponseInput } from '../api/src/modules/response/response.service';
import { ResponseModel, type RecordingStep, type ResponseDoc } from '../api/src/modules/response/response.model';
import { WorkspaceModel, type WorkspaceDoc } from '../api/src/modules/workspace/workspace.model';
import type { ResponseRecordInput } from './__generated__/graphql';
import { FULL_REPORT } from './report-operations';
import { npsInput, RECORD_RESPONSE } from './support/operations';
import { startTestServer, type TestServer } from './support/test-server';

// An answer is counted in the reports exactly once even when the process dies between two
// steps of the recording pipeline: the stored answer says what is left, and a retried
// delivery or the sweep finishes it. Dying is simulated by failing right after a step ran
// and before it was recorded done, the worst moment.

let server: TestServer;
let agent: AuthenticatedViewer;

beforeAll(async () => {
  server = await startTestServer();
  const workspace = await WorkspaceModel.findById(server.workspaceId).lean<WorkspaceDoc>().exec();
  agent = {
    kind: 'authenticated',
    userId: 'test-agent',
    role: 'agent',
    workspaceId: server.workspaceId,
    workspace: workspace!,
  };
});

afterAll(async () => {
  await server.stop();
});

/** `npsInput` as the service takes it (GraphQL's DateTime scalar hands it a Date). */
function serviceInput(overrides: Partial<ResponseRecordInput>): RecordResponseInput {
  const input = npsInput(overrides);
  return { ...input, answeredAt: new Date(input.answeredAt as string) } as unknown as RecordResponseInput;
}

const storedPending = async (sourceId: string) =>
  (await ResponseModel.findOne({ sourceId }).lean<ResponseDoc>().exec())?.pending;

const crashAfter = (crashStep: RecordingStep) => ({
  afterStep: (step: RecordingStep) => {
    if (step === crashStep) throw new Error(`simulated crash after ${step}`);
  },
});

const report = async () => {
  const result = await server.execute(
    FULL_REPORT,
    { input: { from: '2026-10-01', to: '2026-12-31' } },
    { as: 'admin' },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.npsReport;
};

describe.each(RECORDING_STEPS)('a process dies right after the %s step', (crashStep) => {
  const externalId = `crash-${crashStep}`;
  const contact = { externalId };
  const detractor = { contact, score: 3, sourceId: `${crashStep}-1`, answeredAt: '2026-11-01T10:00:00.000Z' };
  const promoter = { contact, score: 10, sourceId: `${crashStep}-2`, answeredAt: '2026-11-02T10:00:00.000Z' };

  test('a retried delivery finishes the answer: counted once, snapshot and recovery right', async () => {
    await recordResponse(agent, serviceInput(detractor));
    await expect(recordResponse(agent, serviceInput(promoter), new Date(), crashAfter(crashStep))).rejects.toThrow(
      'simulated crash',
    );
    expect(await storedPending(promoter.sourceId)).toContain(crashStep);

    const retried = await server.execute(RECORD_RESPONSE, { input: npsInput(promoter) });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.responseRecord.duplicate).toBe(true);
    expect(retried.data!.responseRecord.contact.loyalty).toMatchObject({
      category: 'PROMOTER',
      previousCategory: 'DETRACTOR',
      responseCount: 2,
    });

    expect(await storedPending(promoter.sourceId)).toEqual([]);
    expect((await verifyAggregates(server.workspaceId)).differences).toEqual([]);
  });
});

describe('the sweep', () => {
  test('finishes an answer whose process died, once the dead process lease has expired', async () => {
    const contact = { externalId: 'swept' };
    const before = (await report()).overall.responses;
    const answer = serviceInput({ contact, score: 2, sourceId: 'swept-1', answeredAt: '2026-11-03T10:00:00.000Z' });
    await expect(recordResponse(agent, answer, new Date(), crashAfter('counts'))).rejects.toThrow();

    // The dead process still holds the contact's lease: the sweep leaves the contact alone.
    const stored = await ContactModel.findOne({ workspaceId: server.workspaceId, externalId: 'swept' })
      .lean<ContactDoc>()
      .exec();
    const leaseId = `${server.workspaceId}|${stored!._id.toHexString()}`;
    const until = new Date(Date.now() + 60_000);
    await ContactLeaseModel.create({ _id: leaseId, workspaceId: server.workspaceId, owner: 'dead', until });
    expect(await sweepPendingRecordings()).toEqual({ contacts: 1, unfinished: 1 });
    expect(await storedPending('swept-1')).toContain('counts');

    // Expired: the sweep takes the contact over and finishes its answer.
    await ContactLeaseModel.updateOne({ _id: leaseId }, { $set: { until: new Date(Date.now() - 1) } }).exec();
    expect(await sweepPendingRecordings()).toEqual({ contacts: 1, unfinished: 0 });
    expect(await storedPending('swept-1')).toEqual([]);
    expect((await report()).overall.responses).toBe(before + 1);
    expect((await verifyAggregates(server.workspaceId)).differences).toEqual([]);
    expect(await sweepPendingRecordings()).toEqual({ contacts: 0, unfinished: 0 });
  });
});

test('ten concurrent deliveries of one answer store and count it once', async () => {
  const before = (await report()).overall.responses;
  const input = npsInput({ contact: { externalId: 'tenfold' }, score: 8, sourceId: 'tenfold-1' });
  const results = await Promise.all(Array.from({ length: 10 }, () => server.execute(RECORD_RESPONSE, { input })));
  for (const result of results) expect(result.errors).toBeUndefined();
  expect(results.filter((result) => !result.data!.responseRecord.duplicate)).toHaveLength(1);
  expect(await ResponseModel.countDocuments({ sourceId: 'tenfold-1' })).toBe(1);
  expect((await report()).overall.responses).toBe(before + 1);
  expect((await verifyAggregates(server.workspaceId)).differences).toEqual([]);
});
