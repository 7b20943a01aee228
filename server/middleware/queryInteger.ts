// Whole-number query parameters (offset, limit, depth…). z.coerce.number() reads "" and " " as 0 and
// "1e3" as 1000, so `?offset=` would quietly mean the first page; here only an optional sign and digits
// become a number, and any other text is refused (a 400 naming the field).
import { z } from 'zod';

const WHOLE_NUMBER = /^-?\d{1,16}$/;

export interface QueryIntegerBounds {
  min: number;
  max: number;
  /** Used when the parameter is absent (never when it is present but empty). */
  default?: number;
}

export function queryInteger(bounds: QueryIntegerBounds) {
  const number = z
    .number()
    .int()
    .min(bounds.min)
    .max(bounds.max);
  // The default sits inside the pipe so the OpenAPI parameter still shows it (zod drops a default on a pipe's input side).
  const inner = bounds.default === undefined ? number : number.default(bounds.default);
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    if (WHOLE_NUMBER.test(value)) return Number(value);
    ctx.addIssue({ code: 'custom', message: 'must be a whole number (应为整数)', input: value });
    return z.NEVER;
  }, inner);
}
