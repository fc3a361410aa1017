import mongoose from 'mongoose';
import { startEmbeddedDatabase } from './api/src/db/embedded';
import { connectDatabase } from './api/src/db/connect';
import { ResponseModel } from './api/src/modules/response/response.model';
import { rebuildAggregates } from './api/src/modules/report/report.rebuild';
import { monthCountsModelFor, dayCountsModelFor } from "./api/src/modules/report/report.model";
import { benchContacts, benchResponses } from './bench/report-data';
import { loadCounts } from './api/src/modules/report/report.tally';
async function t(name: string, f: () => Promise<unknown>) { const s = Date.now(); const r = await f(); console.log(name, Date.now() - s, 'ms', Array.isArray(r) ? r.length : ''); return r; }
async function main() {
  const db = await startEmbeddedDatabase({ kind: 'ferretdb', dataDir: '/tmp/probe/prof', ephemeral: true });
  await connectDatabase(db.uri, 'prof');
  const contacts = benchContacts(5000);
  const docs = [...benchResponses('bench', contacts, 0, Number(process.argv[2] ?? 10000))];
  for (let i = 0; i < docs.length; i += 10000) await ResponseModel.collection.insertMany(docs.slice(i, i + 10000) as never[]);
  await t('rebuild', () => rebuildAggregates('bench'));
  for (const m of [monthCountsModelFor("all"), dayCountsModelFor("all"), monthCountsModelFor("agent"), dayCountsModelFor("agent")] as any[]) await t(`count ${m.collection.name}`, () => m.countDocuments().exec());
  await t('months all', () => monthCountsModelFor("all").find({ workspaceId: 'bench', dimension: 'all', value: null }).lean().exec());
  await t('months all raw', () => monthCountsModelFor("all").collection.find({ workspaceId: 'bench', dimension: 'all', value: null }).toArray());
  await t('months agent', () => monthCountsModelFor('agent').find({ workspaceId: 'bench', dimension: 'agent' }).lean().exec());
  await t('overall days in', () => dayCountsModelFor("all").find({ workspaceId: 'bench', dimension: 'all', day: { $in: [new Date('2025-08-01'), new Date('2025-09-01')] } }).lean().exec());
  await t('overall days all', () => dayCountsModelFor("all").collection.find({}).toArray());
  await t('seg days in', () => dayCountsModelFor("agent").find({ workspaceId: 'bench', dimension: 'agent', day: { $in: [new Date('2025-08-01'), new Date('2025-09-01')] } }).lean().exec());
  const b = [];
  for (let m = 0; m < 13; m++) b.push(new Date(Date.UTC(2025, 6 + m, 1, 4)));
  await t('loadCounts NY', () => loadCounts('bench', 'all', null, b[0]!, b[12]!, b).then((x) => [...x.values()]));
  await mongoose.disconnect(); await db.stop();
}
main();
