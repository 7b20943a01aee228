// Cypher fragments that mean the same thing in every feature. They splice variable names and patterns
// chosen in code, never values: every value is a $parameter.

/**
 * "Located in a region": the path from `node` to a region it is located in (directly, or through
 * parks, at most three LOCATED_IN hops) and on up PART_OF to `region`, a node pattern such as
 * "(:Region {id: $cityId})" or "(pr:Region)". With `orIsRegion`, `node` may itself be the region.
 * Used inside MATCH or EXISTS { MATCH ... }.
 */
export function locatedInRegion(node: string, region: string, options: { orIsRegion?: boolean } = {}): string {
  return `(${node})-[:LOCATED_IN*${options.orIsRegion ? 0 : 1}..3]->(:Region)-[:PART_OF*0..]->${region}`;
}
