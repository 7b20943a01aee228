// Runs one analyst query: its length checked here, then (within the per-user and server caps) in a
// console worker thread, which screens its tokens, statement and plan and reads it with caps. When
// the deadline passes, the answer is a 504 at once and the transaction is terminated on the server;
// the query keeps its slot until the server has let go of it.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../graph/db/database';
import type { ConsoleSettings } from './settings';
import { consoleErrors } from '../errors';
import { classifyNeo4jError } from './consoleErrors';
import type { ConsoleResult } from './execute';
import { ConcurrencyGate } from './gate';
import { terminateConsoleTransaction } from './terminate';
import { ConsoleWorkerPool, WorkerJobError } from './workers';
import { logger } from '../logger';

export type { ConsoleResult } from './execute';

export interface ConsoleRequest {
  cypher: string;
  params: Record<string, unknown>;
  /** Rows to return at most (never more than the settings' cap for the format). */
  rowCap: number;
  /** A download is allowed more rows and bytes than a page. */
  download: boolean;
  username: string;
}

/** Idle workers keep their connection this long. */
const WORKER_IDLE_MS = 60_000;
/** Loading a worker's code takes 1-2 s on a 2-core machine. */
const WORKER_START_MS = 30_000;
/** How long a terminated query may hold its slot while Neo4j reaches its next check. */
const TERMINATED_GONE_WAIT_MS = 120_000;

export class ConsoleRunner {
  private readonly gate: ConcurrencyGate;
  private readonly pool: ConsoleWorkerPool;

  constructor(
    private readonly db: Database,
    private readonly limits: ConsoleSettings,
  ) {
    this.gate = new ConcurrencyGate({ perUser: limits.perUserConcurrency, total: limits.totalConcurrency });
    this.pool = new ConsoleWorkerPool({
      heapMb: limits.workerHeapMb,
      deadlineMs: limits.timeoutMs + limits.deadlineMarginMs,
      idleMs: WORKER_IDLE_MS,
      startMs: WORKER_START_MS,
    });
  }

  async run(request: ConsoleRequest): Promise<ConsoleResult> {
    this.checkShape(request.cypher);
    const requestId = randomUUID();
    return this.guarded(request.username, requestId, () =>
      this.pool.run(
        {
          requestId,
          cypher: request.cypher,
          params: request.params,
          maxLength: this.limits.maxQueryLength,
          maxDepth: this.limits.maxDepth,
          rowCap: request.rowCap,
          maxBytes: (request.download ? this.limits.maxExportBytes : this.limits.maxResponseBytes) / 2,
          maxValueBytes: this.limits.maxValueBytes,
          timeoutMs: this.limits.timeoutMs,
          username: request.username,
          database: this.db.info.database,
        },
        this.db.connection(),
      ),
    );
  }

  /** The statement check alone (saving a query the console would refuse helps nobody). */
  async check(cypher: string, username: string): Promise<void> {
    this.checkShape(cypher);
    await this.guarded(username, randomUUID(), (requestId) =>
      this.pool.check({ requestId, cypher, maxLength: this.limits.maxQueryLength, maxDepth: this.limits.maxDepth }),
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  /** The length alone, here: nothing longer is even handed to a worker. The rest is checked there. */
  private checkShape(cypher: string): void {
    const max = this.limits.maxQueryLength;
    if (cypher.length > max) {
      throw consoleErrors.refused({ reason: `The query is longer than ${max} characters`, reasonZh: `查询超过 ${max} 个字符`, kind: 'length', limit: max });
    }
  }

  private async guarded<T>(username: string, requestId: string, work: (requestId: string) => Promise<T>): Promise<T> {
    const entered = this.gate.enter(username);
    if ('refusal' in entered) throw consoleErrors.busy(entered.refusal);
    let release: () => void = entered.release;
    try {
      return await work(requestId);
    } catch (error) {
      if (error instanceof WorkerJobError) {
        // The slot stays taken until the server has let go of the transaction, so queries that
        // outlive their answer (Neo4j stops some only at its next check) still count against the caps.
        const slot = entered.release;
        release = () => void this.endOnServer(requestId, error.reason).finally(slot);
        throw this.workerFailure(error);
      }
      throw classifyNeo4jError(error, this.limits.timeoutMs) ?? error;
    } finally {
      release();
    }
  }

  private async endOnServer(requestId: string, reason: WorkerJobError['reason']): Promise<void> {
    try {
      const ended = await terminateConsoleTransaction(this.db, requestId, TERMINATED_GONE_WAIT_MS);
      if (ended > 0) logger.info({ requestId, reason }, 'console: terminated a query on the server');
    } catch (cause) {
      logger.warn({ err: cause, requestId }, 'console: could not terminate a query on the server');
    }
  }

  /** The answer when the worker is gone; its transaction is ended on the server meanwhile (endOnServer). */
  private workerFailure(error: WorkerJobError): Error {
    if (error.reason === 'memory') return consoleErrors.tooLarge(this.limits.workerHeapMb);
    if (error.reason === 'crashed') return error;
    return consoleErrors.timeout(Math.round(this.limits.timeoutMs / 1000));
  }
}
