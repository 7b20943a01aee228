// How a route describes itself for the OpenAPI document: zod schemas, converted in one place.
import type { z } from 'zod';

export interface ResponseSpec {
  description: string;
  /** JSON body schema. */
  schema?: z.ZodType;
  /** Media types of files this status answers instead of (or besides) JSON, e.g. by a `format` parameter; parameters such as charset are dropped. */
  files?: readonly string[];
  /** OpenAPI links: operations this answer supplies parameters to, e.g. { id: '$response.body#/items/0/id' }. */
  links?: Record<string, { method: OperationSpec['method']; path: string; parameters: Record<string, string> }>;
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
