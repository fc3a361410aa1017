// The load generator of the panel benchmark, run as a process of its own so that it does not
// share an event loop (and a core's time slices) with the server it measures. Reads its
// job as JSON from argv, prints every response time and autocannon's totals as JSON.
import autocannon from 'autocannon';

interface LoadJob {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  connections: number;
  seconds: number;
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as LoadJob;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        connections: job.connections,
        duration: job.seconds,
        headers: { 'content-type': 'application/json', ...job.headers },
        requests: job.bodies.map((body) => ({ method: 'POST', body })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  process.stdout.write(
    JSON.stringify({
      latencies,
      total: result.requests.total,
      perSecond: result.requests.average,
      errors: result.errors + result.non2xx,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
