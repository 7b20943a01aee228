// The console's worker threads: at most `size` at once, each running one query at a time, with a
// capped heap. A job that passes its deadline has its worker ended (the caller terminates the
// transaction on the server); a worker that runs out of memory is replaced, and the job fails as
// "too large". Idle workers keep their connection for a while, then end.
import { Worker } from 'node:worker_threads';
import type { ConsoleJob, ConsoleResult } from './execute';
import { fromWorkerError, type CheckRequest, type Credentials, type FromWorker, type ToWorker } from './protocol';

const BOOT = new URL('./workerBoot.mjs', import.meta.url);

export interface WorkerPoolOptions {
  /** Heap of each worker (old generation), in MB. */
  heapMb: number;
  /** How long a job may run once its worker has started it, in ms. */
  deadlineMs: number;
  /** How long an idle worker is kept, in ms. */
  idleMs: number;
  /** How long a new worker may take to load its code and start a job, in ms. */
  startMs: number;
}

/** Why a job ended without an answer from its worker. */
export class WorkerJobError extends Error {
  override name = 'WorkerJobError';
  constructor(readonly reason: 'deadline' | 'memory' | 'crashed', message: string) {
    super(message);
  }
}

interface IdleWorker {
  worker: Worker;
  timer: NodeJS.Timeout;
}

export class ConsoleWorkerPool {
  private readonly idle: IdleWorker[] = [];
  private readonly all = new Set<Worker>();

  constructor(private readonly options: WorkerPoolOptions) {}

  run(job: ConsoleJob, credentials: Credentials): Promise<ConsoleResult> {
    return this.send({ kind: 'run', job, credentials }, job.requestId).then((reply) => {
      if (reply.kind !== 'result') throw new Error(`console worker answered ${reply.kind} to a run`);
      return reply.result;
    });
  }

  /** The statement check, in a worker too: parsing a long text must not hold up the server. */
  check(request: CheckRequest): Promise<string> {
    return this.send({ kind: 'check', ...request }, request.requestId).then((reply) => {
      if (reply.kind !== 'checked') throw new Error(`console worker answered ${reply.kind} to a check`);
      return reply.statement;
    });
  }

  /** Ends every worker (tests, shutdown). */
  async close(): Promise<void> {
    for (const { timer } of this.idle.splice(0)) clearTimeout(timer);
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
  }

  private take(): Worker {
    const reused = this.idle.pop();
    if (reused) {
      clearTimeout(reused.timer);
      return reused.worker;
    }
    const worker = new Worker(BOOT, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    this.all.add(worker);
    worker.once('exit', () => this.all.delete(worker));
    return worker;
  }

  private giveBack(worker: Worker): void {
    const timer = setTimeout(() => {
      const index = this.idle.findIndex((i) => i.worker === worker);
      if (index >= 0) this.idle.splice(index, 1);
      void worker.terminate();
    }, this.options.idleMs);
    timer.unref();
    this.idle.push({ worker, timer });
  }

  private send(message: ToWorker, requestId: string): Promise<Exclude<FromWorker, { kind: 'started' | 'failed' }>> {
    const worker = this.take();
    return new Promise((resolve, reject) => {
      let timer = setTimeout(() => end(new WorkerJobError('deadline', 'the console worker did not start the query in time')), this.options.startMs);
      const onMessage = (reply: FromWorker): void => {
        if (reply.requestId !== requestId) return;
        if (reply.kind === 'started') {
          clearTimeout(timer);
          timer = setTimeout(() => end(new WorkerJobError('deadline', 'the query passed its deadline')), this.options.deadlineMs);
          return;
        }
        end(undefined, reply);
      };
      const onError = (error: Error & { code?: string }): void => {
        end(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WorkerJobError('memory', 'the result was too large for a console worker')
            : new WorkerJobError('crashed', `console worker failed: ${error.message}`),
        );
      };
      const onExit = (): void => end(new WorkerJobError('crashed', 'console worker ended'));
      const end = (error: Error | undefined, reply?: FromWorker): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (error) {
          // A worker past its deadline or out of memory is not reused: end it (its socket closes).
          void worker.terminate();
          reject(error);
          return;
        }
        this.giveBack(worker);
        if (reply?.kind === 'failed') reject(fromWorkerError(reply.error));
        else if (reply && reply.kind !== 'started') resolve(reply);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(message);
    });
  }
}
