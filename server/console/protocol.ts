// Messages between the server and a console worker thread, and errors made fit to cross it.
import { errorMessage, gqlStatusesOf, neo4jErrorCode } from '../../graph/db/errors';
import { AppError, type ErrorDetail } from '../errors';
import type { ConsoleJob, ConsoleResult } from './execute';

export interface Credentials {
  uri: string;
  user: string;
  password: string;
}

export interface CheckRequest {
  requestId: string;
  cypher: string;
  maxLength: number;
  maxDepth: number;
}

export type ToWorker = { kind: 'run'; job: ConsoleJob; credentials: Credentials } | ({ kind: 'check' } & CheckRequest);

export type WorkerError =
  | { kind: 'app'; status: number; code: string; message: string; messageZh: string; details: ErrorDetail[] }
  | { kind: 'neo4j'; code: string; message: string; gqlStatuses: string[] }
  | { kind: 'internal'; message: string; stack: string | undefined };

export type FromWorker =
  | { kind: 'started'; requestId: string }
  | { kind: 'result'; requestId: string; result: ConsoleResult }
  | { kind: 'checked'; requestId: string; statement: string }
  | { kind: 'failed'; requestId: string; error: WorkerError };

/** Structured clone keeps only plain data: errors travel as their parts. */
export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof AppError) {
    return { kind: 'app', status: error.status, code: error.code, message: error.message, messageZh: error.messageZh, details: error.details };
  }
  const code = neo4jErrorCode(error);
  if (code !== undefined) return { kind: 'neo4j', code, message: errorMessage(error), gqlStatuses: gqlStatusesOf(error) };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
}

/** The error again on the server's side: an AppError, or an object with the driver's code (classified there). */
export function fromWorkerError(error: WorkerError): Error {
  if (error.kind === 'app') return new AppError(error.status, error.code, error.message, error.messageZh, error.details);
  if (error.kind === 'neo4j') return Object.assign(new Error(error.message), { code: error.code, gqlStatuses: error.gqlStatuses });
  return Object.assign(new Error(`console worker: ${error.message}`), { stack: error.stack });
}
