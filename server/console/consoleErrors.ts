// Neo4j's errors as console answers, classified by code and GQL status (never by message text).
import { errorMessage, gqlStatusesOf, neo4jErrorCode, TIMEOUT_CODES } from '../../graph/db/errors';
import { consoleErrors, type AppError } from '../errors';

const MEMORY_CODES = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);

/**
 * GQL statuses that are the query's fault although Neo4j reports them as database errors:
 * 51N23, a shortest-path search whose start and end are the same node (found when run, or planned).
 */
const QUERY_FAULT_GQL_STATUSES = new Set(['51N23']);

/** Neo4j's error as a console answer; undefined for anything that is not the query's fault. */
export function classifyNeo4jError(error: unknown, timeoutMs: number): AppError | undefined {
  const code = neo4jErrorCode(error);
  if (code === undefined) return undefined;
  const message = errorMessage(error);
  // An error that crossed from the worker thread carries its statuses as a list (protocol.ts).
  const statuses = typeof error === 'object' && error !== null && 'gqlStatuses' in error && Array.isArray(error.gqlStatuses) ? error.gqlStatuses : gqlStatusesOf(error);
  if (statuses.some((status) => QUERY_FAULT_GQL_STATUSES.has(String(status)))) return consoleErrors.invalid(message, code);
  if (TIMEOUT_CODES.has(code)) return consoleErrors.timeout(Math.round(timeoutMs / 1000));
  if (MEMORY_CODES.has(code) || code.startsWith('Neo.TransientError.General.Memory')) return consoleErrors.memory();
  // Writing in a READ transaction, syntax, types, missing parameters: the query's fault.
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.') || code === 'Neo.ClientError.Request.Invalid') {
    return consoleErrors.invalid(message, code);
  }
  if (code.startsWith('Neo.ClientError.Security.')) return consoleErrors.refused({ reason: 'not permitted by the database', reasonZh: '数据库不允许该操作' });
  return undefined;
}
