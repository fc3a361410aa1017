// The load generator of `npm run soak`, a process of its own (it must not share the event
// loop and memory of the server it measures). Drives two operations at once with
// autocannon, each on its own connections: the panel's contact query, and recording a new
// answer (`responseRecord`, a fresh source id each time, over a pool of contacts so each
// history grows slowly). A response counts as an error when it is not HTTP 200 or its
// body holds GraphQL `errors`. Reads its job as JSON from argv and prints, as JSON, every
// response time and the totals per operation.
import autocannon from 'autocannon';
import { PANEL_CONTACT_QUERY } from '../test/support/panel-query';

export interface SoakJob {
  url: string;
  panelToken: string;
  recordToken: string;
  /** Connections per operation. */
  connections: { panel: number; record: number };
  seconds: number;
  panelContacts: string[];
  /** How many contacts the recorded answers are spread over. */
  recordContacts: number;
  /** Makes this run's source ids unique. */
  runId: string;
}

export interface OperationFigures {
  latencies: number[];
  total: number;
  errors: number;
  /** The first few error answers, for the log. */
  samples: string[];
}

const RECORD = /* GraphQL */ `
  mutation SoakResponseRecord($input: ResponseRecordInput!) {
    responseRecord(input: $input) {
      duplicate
      contact {
        id
        loyalty {
          category
          responseCount
        }
      }
    }
  }
`;

function figures(): OperationFigures {
  return { latencies: [], total: 0, errors: 0, samples: [] };
}

function checkAnswer(into: OperationFigures, status: number, body: string): void {
  into.total += 1;
  if (status === 200 && !body.includes('"errors"')) return;
  into.errors += 1;
  if (into.samples.length < 5) into.samples.push(`${status} ${body.slice(0, 300)}`);
}

function run(
  job: SoakJob,
  into: OperationFigures,
  token: string,
  connections: number,
  request: autocannon.Request,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        connections,
        duration: job.seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [request],
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => into.latencies.push(responseTime));
  });
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as SoakJob;
  const panel = figures();
  const record = figures();
  let panelIndex = 0;
  let recordIndex = 0;
  await Promise.all([
    run(job, panel, job.panelToken, job.connections.panel, {
      method: 'POST',
      setupRequest: (request) => {
        const externalId = job.panelContacts[panelIndex++ % job.panelContacts.length];
        return { ...request, body: JSON.stringify({ query: PANEL_CONTACT_QUERY, variables: { externalId } }) };
      },
      onResponse: (status, body) => checkAnswer(panel, status, body),
    }),
    run(job, record, job.recordToken, job.connections.record, {
      method: 'POST',
      setupRequest: (request) => {
        const n = recordIndex++;
        const input = {
          contact: { externalId: `soak-${n % job.recordContacts}` },
          score: n % 11,
          comment: n % 3 === 0 ? `soak comment ${n}` : null,
          channel: n % 2 === 0 ? 'email' : 'chat',
          tags: n % 5 === 0 ? ['soak'] : [],
          // A second in the past: answers may not be in the future.
          answeredAt: new Date(Date.now() - 1000).toISOString(),
          source: 'soak',
          sourceId: `${job.runId}-${n}`,
        };
        return { ...request, body: JSON.stringify({ query: RECORD, variables: { input } }) };
      },
      onResponse: (status, body) => checkAnswer(record, status, body),
    }),
  ]);
  process.stdout.write(JSON.stringify({ panel, record }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
