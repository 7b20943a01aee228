// The one error handler: known errors keep their code; driver errors are classified by code; the rest
// is logged with its stack and answered as a plain 500 without it.
import type { NextFunction, Request, Response } from 'express';
import { DatabaseUnavailableError } from '../../graph/db/database';
import { neo4jErrorCode, TIMEOUT_CODES, UNAVAILABLE_CODES } from '../../graph/db/errors';
import { AppError, errors } from '../errors';

function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Says why: e.g. embedded Neo4j is restarting (graph/db/database.ts).
  if (error instanceof DatabaseUnavailableError) return errors.unavailable(error.message, error.messageZh);
  const code = neo4jErrorCode(error) ?? '';
  if (UNAVAILABLE_CODES.has(code)) {
    return errors.unavailable('The database is not reachable; try again shortly', '数据库暂时无法访问，请稍后再试');
  }
  if (TIMEOUT_CODES.has(code)) {
    return errors.queryTimeout();
  }
  // Body parser errors carry an HTTP status and a type.
  if (typeof error === 'object' && error !== null && 'type' in error && 'status' in error) {
    const status = Number(error.status);
    if (error.type === 'entity.parse.failed') {
      return errors.validation([{ field: 'body', reason: 'is not valid JSON', reasonZh: '不是有效的 JSON' }]);
    }
    if (error.type === 'entity.too.large') {
      return errors.payloadTooLarge();
    }
    if (status >= 400 && status < 500) {
      return errors.badRequest(status);
    }
  }
  return errors.internal();
}

export function onError(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const appError = classify(error);
  // The database being down is logged once by its supervisor, not with a stack per request.
  if (appError.code === 'database_unavailable') req.log.warn({ code: appError.code, status: appError.status }, 'request refused: database unavailable');
  else if (appError.status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: appError.code, status: appError.status }, 'request rejected');
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(appError.status).json({
    error: {
      code: appError.code,
      message: appError.message,
      messageZh: appError.messageZh,
      details: appError.details,
    },
  });
}
