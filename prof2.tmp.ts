import mongoose from 'mongoose';
import { startEmbeddedDatabase } from './api/src/db/embedded';
import { connectDatabase } from './api/src/db/connect';
import { ResponseModel } from './api/src/modules/response/response.model';
import { computeAggregates } from './api/src/modules/report/report.rebuild';
import { benchContacts, benchResponses } from './bench/report-data';
async function t(name: string, f: () => Promise<unknown>) { const s = Date.now(); await f(); console.log(name, Date.now() - s, 'ms'); }
async function main() {
  const db = await startEmbeddedDatabase({ kind: 'ferretdb', dataDir: '/tmp/probe/prof2', ephemeral: true });
  await connectDatabase(db.uri, 'prof');
  const contacts = benchContacts(5000);
  const n = Number(process.argv[2]);
  await t('insert', async () => { const docs = [...benchResponses('bench', contacts, 0, n)]; for (let i = 0; i < docs.length; i += 10000) await ResponseModel.collection.insertMany(docs.slice(i, i + 10000) as never[]); });
  for (const bs of [2000, 20000]) await t(`cursor ${bs}`, async () => { let k = 0; for await (const _ of ResponseModel.collection.find({ workspaceId: 'bench' }, { projection: { metric: 1, score: 1 } }).batchSize(bs)) k++; });
  await t('agg', () => ResponseModel.aggregate([{ $match: { workspaceId: 'bench' } }, { $group: { _id: '$score', n: { $sum: 1 } } }]).exec());
  await t('compute', () => computeAggregates('bench', { start: (p, n) => console.log('  start', p, n, Date.now()), advance: () => undefined, stop: () => console.log('  stop', Date.now()) }));
  await mongoose.disconnect(); await db.stop();
}
main();
