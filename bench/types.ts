/** What every bench module gets: the database to use and a way to log progress. */
export interface BenchContext {
  /** URI of the throwaway database server started for this run. */
  uri: string;
  /** Human-readable database server name. */
  databaseLabel: string;
  /** 1 for the full run; smaller to try the benchmarks quickly (BENCH_SCALE). */
  scale: number;
  log(message: string): void;
}

/** One benchmark: runs against the context and returns its markdown section. */
export interface BenchModule {
  name: string;
  run(context: BenchContext): Promise<string>;
}
