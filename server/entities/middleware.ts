// Validates a query string against a zod object and also rejects parameters the route does not know,
// so a typo or a filter that does not apply to this list is a 400 naming it, never silently ignored.
// Every problem is reported at once; the parsed query is read with valid<typeof schema>(res).
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { errors, type ErrorDetail } from '../errors';
import { zodIssuesToDetails } from '../zodDetails';

/** Explains a key the route does not accept; undefined gives the generic "unknown parameter". */
export type ExplainKey = (key: string) => Omit<ErrorDetail, 'field'> | undefined;

export function validateQuery(schema: z.ZodObject, explain?: ExplainKey) {
  const allowed = Object.keys(schema.shape);
  const known = new Set(allowed);
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const details: ErrorDetail[] = Object.keys(query)
      .filter((key) => !known.has(key))
      .map((key) => ({
        field: `query.${key}`,
        ...(explain?.(key) ?? {
          reason: allowed.length > 0 ? `unknown parameter; expected one of: ${allowed.join(', ')}` : 'this route takes no parameters',
          reasonZh: allowed.length > 0 ? `不认识的参数；可用参数：${allowed.join('、')}` : '此接口不接受参数',
        }),
      }));
    const result = schema.safeParse(query);
    if (!result.success) details.push(...zodIssuesToDetails(result.error.issues, 'query'));
    if (details.length > 0 || !result.success) {
      next(errors.validation(details));
      return;
    }
    res.locals.valid = { ...(res.locals.valid as object | undefined), query: result.data };
    next();
  };
}
