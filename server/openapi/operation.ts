// How a route describes itself for the OpenAPI document: zod schemas, converted in one place.
import type { z } from 'zod';

export interface ResponseSpec {
  description: string;
  /** JSON body schema; omit for non-JSON answers and give contentType instead. */
  schema?: z.ZodType;
  contentType?: string;
}

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path form, e.g. /api/industries/{id}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Extra request body types (e.g. multipart or CSV uploads). */
  bodyContentType?: string;
  responses: Record<number, ResponseSpec>;
}
