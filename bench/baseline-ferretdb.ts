// The figures of the embedded database before SecantusDB, printed beside every new figure:
// FerretDB 1.24 with its SQLite backend (synchronous=normal, WAL), measured on 2026-11-28 on
// the machine `machine` describes. Reports, rebuild, CSV export and ingest come from
// docs/benchmarks.md as of commit c365318 (`NPS_EMBEDDED_DB=ferretdb BENCH_ONLY=reports npm
// run bench`), the panel from commit f97cbca (`BENCH_ONLY=panel npm run bench`); recording
// with more answers stored, 8 senders at once and the test suite's time from the database
// issue. Recorded once, never measured again.

interface ReportsAt {
  /** Medians by the report bench's report names. */
  reportMs: Record<string, number>;
  rawMs: number;
  /**
   * Includes recovery links for CSAT and CES answers, which the benchmark's stream of
   * generated responses then made by mistake (it ignored the rebuild's NPS-only pass).
   */
  aggregateDocuments: number;
  computeAndWriteSeconds: number;
  /** Run at 10k only. */
  rebuildFromDatabaseSeconds?: number;
}

export const FERRETDB = {
  label: 'FerretDB 1.24 on 2026-11-28',
  machine: 'AMD EPYC, 2 cores, 23.5 GiB, Debian 12, Node v20.20.2',
  /** 200 answers of 200 contacts, sequentially into an empty database (means). */
  ingest: {
    plain: { perSecond: 737, ms: 1.4 },
    recorded: { perSecond: 8, ms: 124 },
    aggregatesOnly: { perSecond: 15, ms: 68.4 },
  },
  /** Recording one more answer with this many answers stored in the workspace (the issue). */
  recordingWithStored: [
    { stored: 200, ms: 124, source: 'mean of the ingest benchmark' },
    { stored: 2_650, ms: 1_500, source: 'the issue' },
  ],
  /** The issue: what recording one answer took with 8 senders at once. */
  eightSendersSecondsPerAnswer: '12-15',
  /** Reports and the rebuild, by responses stored. */
  reports: new Map<number, ReportsAt>([
    [
      10_000,
      {
        reportMs: {
          'year by month, America/New_York': 83.3,
          '90 days by day, Asia/Kolkata': 129,
          'year by quarter, by agent, Asia/Kathmandu': 386,
        },
        rawMs: 891,
        aggregateDocuments: 22_905,
        computeAndWriteSeconds: 2.2,
        rebuildFromDatabaseSeconds: 5.9,
      },
    ],
    [
      100_000,
      {
        reportMs: {
          'year by month, America/New_York': 225,
          '90 days by day, Asia/Kolkata': 618,
          'year by quarter, by agent, Asia/Kathmandu': 1_443,
        },
        rawMs: 8_839,
        aggregateDocuments: 86_076,
        computeAndWriteSeconds: 19.4,
      },
    ],
    [
      1_000_000,
      {
        reportMs: {
          'year by month, America/New_York': 555,
          '90 days by day, Asia/Kolkata': 1_864,
          'year by quarter, by agent, Asia/Kathmandu': 9_003,
        },
        rawMs: 111_194,
        aggregateDocuments: 699_578,
        computeAndWriteSeconds: 161.4,
      },
    ],
  ]),
  /** `GET /export/responses.csv` for the year at 100,000 responses. */
  export: { responses: 100_000, seconds: 18.6, rowsPerSecond: 5_371 },
  panel: {
    /**
     * The standalone script's gzip size (node's zlib gzipSync, default level) at commit 38d4867,
     * when nps-desk.js still held the sales view and the report page: 145,300 bytes.
     */
    standaloneGzipBytes: 145_300,
    /** 60 demo ticket page loads in Chromium, ms. */
    loads: { median: 306.9, p95: 386.9, min: 240.0, max: 420.2 },
    /** The panel's contact query, 16 concurrent clients for 15 s. */
    api: { requests: 5_994, perSecond: 400, p50: 38.3, p95: 64.8, p99: 80.8, errors: 0 },
    bare: { requests: 8_638, perSecond: 576, p50: 25.7, p95: 53.7, p99: 71.0, errors: 0 },
  },
  /** The whole jest run on FerretDB (the issue); the benchmarks do not run the tests. */
  testSuiteSeconds: 141,
};
