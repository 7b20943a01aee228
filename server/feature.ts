// A feature is one folder under server/ (router, schema, openapi, service, queries, as it needs) that
// brings its routers, the operations it documents and its rows of the access policy. server/features.ts
// lists them; the app, the policy, the 405 table and the OpenAPI document all read that one list.
import type { Router } from 'express';
import type { PolicyRule } from './auth/policy';
import type { AppContext } from './context';
import type { OperationSpec } from './openapi/operation';

/** A method and path under /api, as OpenAPI writes it ("/api/edit/nodes/{id}"). */
export type RouteSpec = Pick<OperationSpec, 'method' | 'path'>;

export interface Feature {
  name: string;
  /** Its routers and where each mounts under /api ('/' for a router that writes full paths); mounted in list order. */
  mounts: readonly { path: string; router: (context: AppContext, features: readonly Feature[]) => Router }[];
  operations: readonly OperationSpec[];
  policy: readonly PolicyRule[];
  /** Routes outside the documented API (the reference pages), so a wrong method on them is still a 405. */
  undocumentedRoutes?: readonly RouteSpec[];
}
