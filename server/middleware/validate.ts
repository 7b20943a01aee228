// Validates request parts with zod at the edge; the first issues become a 400 naming each field.
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { errors, type ErrorDetail } from '../errors';
import { zodIssuesToDetails } from '../zodDetails';

interface Schemas<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  query?: Q;
  params?: P;
  body?: B;
}

/** Parsed, typed request parts, kept on res.locals.valid by validate(). */
export interface Valid<Q, P, B> {
  query: Q;
  params: P;
  body: B;
}

/** A route that declares no query parameters refuses any, so a typo is a 400 rather than silently ignored. */
const NO_QUERY = z.object({}).strict();

export function validate<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(schemas: Schemas<Q, P, B>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const details: ErrorDetail[] = [];
    const valid: Record<string, unknown> = {};
    for (const part of ['query', 'params', 'body'] as const) {
      const schema = part === 'query' ? (schemas.query ?? NO_QUERY) : schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(req[part] ?? {});
      if (result.success) valid[part] = result.data;
      else details.push(...zodIssuesToDetails(result.error.issues, part));
    }
    if (details.length > 0) {
      next(errors.validation(details));
      return;
    }
    res.locals.valid = valid;
    next();
  };
}

/** The parsed parts, typed by the schemas given to validate(). */
export function valid<Q extends z.ZodType = z.ZodNever, P extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(
  res: Response,
): Valid<z.infer<Q>, z.infer<P>, z.infer<B>> {
  return res.locals.valid as Valid<z.infer<Q>, z.infer<P>, z.infer<B>>;
}
