// The console's limits (part of the server's settings, server/auth/settings.ts).
export interface ConsoleSettings {
  /** Transaction timeout of a console query, in milliseconds. */
  timeoutMs: number;
  /** Rows returned to the browser; more are cut and flagged as truncated. */
  rowCap: number;
  /** Rows written to a CSV/XLSX export of a console result. */
  exportRowCap: number;
  /** Longest Cypher text accepted, in characters. */
  maxQueryLength: number;
  /** Deepest bracket nesting accepted; Neo4j's parser stops answering on thousands of levels. */
  maxDepth: number;
  /** JSON bytes of one result sent to the browser; reading stops there and the result says it was cut. */
  maxResponseBytes: number;
  /** Bytes of one CSV/XLSX export's cells, likewise. */
  maxExportBytes: number;
  /** JSON bytes of any one cell; a larger value is replaced by a "cut" marker with its size. */
  maxValueBytes: number;
  /** Console queries one user may have running at once; more answer 429. */
  perUserConcurrency: number;
  /** Console queries running at once in the whole server (each in its own worker thread and connection). */
  totalConcurrency: number;
  /** Heap of one console worker thread, in MB: a result too large to decode ends that worker, not the server. */
  workerHeapMb: number;
  /** Time after timeoutMs before the server terminates the transaction itself and answers 504. */
  deadlineMarginMs: number;
}

export const DEFAULT_CONSOLE: ConsoleSettings = {
  timeoutMs: 15_000,
  rowCap: 1000,
  exportRowCap: 50_000,
  maxQueryLength: 20_000,
  maxDepth: 40,
  maxResponseBytes: 8 * 2 ** 20,
  maxExportBytes: 32 * 2 ** 20,
  maxValueBytes: 256 * 2 ** 10,
  perUserConcurrency: 2,
  totalConcurrency: 4,
  workerHeapMb: 160,
  deadlineMarginMs: 1_000,
};
