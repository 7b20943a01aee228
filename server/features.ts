// Every feature of the API, in mount order (a more general router after the ones it would shadow). A new
// feature adds its folder and one line here; the routes, the access policy, the 405 table and the
// OpenAPI document all follow from this list.
import { accessPolicy } from './auth/policy';
import { auditFeature } from './audit/feature';
import { authFeature } from './auth/feature';
import { briefingsFeature } from './briefings/feature';
import { casesFeature } from './cases/feature';
import { chainsFeature } from './chains/feature';
import { compareFeature } from './compare/feature';
import { consoleFeature } from './console/feature';
import { editFeature } from './edit/feature';
import { entitiesFeature } from './entities/feature';
import { exchangeFeature } from './exchange/feature';
import { freshnessFeature } from './freshness/feature';
import type { Feature, RouteSpec } from './feature';
import { gapsFeature } from './gaps/feature';
import { graphFeature } from './graph/feature';
import { healthFeature } from './health/feature';
import { historyFeature } from './history/feature';
import { importFeature } from './import/feature';
import { openApiFeature } from './openapi/feature';
import { partnersFeature } from './partners/feature';
import { questionsFeature } from './questions/feature';
import { regionsFeature } from './regions/feature';
import { relatedFeature } from './related/feature';
import { changesFeature } from './changes/feature';
import { searchFeature } from './search/feature';
import { usersFeature } from './users/feature';

export const FEATURES: readonly Feature[] = [
  healthFeature,
  authFeature,
  usersFeature,
  auditFeature,
  casesFeature,
  editFeature,
  consoleFeature,
  importFeature,
  graphFeature,
  chainsFeature,
  partnersFeature,
  regionsFeature,
  relatedFeature,
  changesFeature,
  historyFeature,
  freshnessFeature,
  gapsFeature,
  compareFeature,
  questionsFeature,
  searchFeature,
  briefingsFeature,
  exchangeFeature,
  openApiFeature,
  entitiesFeature,
];

export const ALL_OPERATIONS = FEATURES.flatMap((feature) => feature.operations);

/** Every /api route with its methods, documented or not: the 405 middleware answers from it. */
export const API_ROUTES: readonly RouteSpec[] = FEATURES.flatMap((feature) => [
  ...feature.operations.map(({ method, path }) => ({ method, path })),
  ...(feature.undocumentedRoutes ?? []),
]);

export const ACCESS_POLICY = accessPolicy(FEATURES.flatMap((feature) => feature.policy));
