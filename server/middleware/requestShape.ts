// Checks on the request line and headers that come before any route: a URL whose path does not decode
// and a body in an encoding the server does not read are refused with a reason, not left to fail later.
import type { NextFunction, Request, Response } from 'express';
import { errors } from '../errors';

/** A path with a bad percent-escape ("/%ff") names no route and no file: 400 naming it. */
export function rejectMalformedPath(req: Request, _res: Response, next: NextFunction): void {
  try {
    decodeURIComponent(req.path);
  } catch {
    next(errors.malformedPath(req.path));
    return;
  }
  next();
}

/**
 * Bodies are taken as sent: spreadsheet uploads are hashed (to resume a job) and parsed byte for byte, so
 * a compressed one would be read as garbage. One rule for every route: any encoding but identity is a 415.
 */
export function rejectEncodedBody(req: Request, _res: Response, next: NextFunction): void {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    next(errors.unsupportedEncoding(encoding));
    return;
  }
  next();
}

const STATIC_DOCS = /^\/(openapi\.json|docs)(\/|$)/;

/** API answers hold what a session may see: no browser or proxy keeps them (the static docs excepted). */
export function noStoreApi(req: Request, res: Response, next: NextFunction): void {
  if (!STATIC_DOCS.test(req.path)) res.setHeader('Cache-Control', 'no-store');
  next();
}
