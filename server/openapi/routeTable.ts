// Every /api route with its methods: the documented operations, and the reference pages that describe
// the API rather than belong to it. The 405 middleware answers from this table.
import { ALL_OPERATIONS } from './document';
import type { OperationSpec } from './operation';

export type RouteSpec = Pick<OperationSpec, 'method' | 'path'>;

export const API_ROUTES: readonly RouteSpec[] = [
  ...ALL_OPERATIONS.map(({ method, path }) => ({ method, path })),
  { method: 'get', path: '/api/openapi.json' },
  { method: 'get', path: '/api/docs' },
  { method: 'get', path: '/api/docs/{asset}' },
];
