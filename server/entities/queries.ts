// Cypher of the entity read API. Labels are spliced only from NODE_LABELS and relationship types only
// from the whitelists in filters.ts; every value is a $parameter.
import { locatedInRegion } from '../../graph/db/fragments';
import { NODE_LABELS, type NodeLabel } from '../../graph/model';
import { INDUSTRY_ROLE_TYPES } from './filters';

/**
 * Ids of the industries `n` belongs to (same rules as the `industry` list filter, see filters.ts):
 * a COLLECT subquery over the variable `n`.
 */
export const RELATED_INDUSTRIES = `COLLECT {
  MATCH (n)-[:${INDUSTRY_ROLE_TYPES.join('|')}]->(i:Industry) RETURN i
  UNION MATCH (n)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(i:Industry) RETURN i
  UNION MATCH (i:Industry)-[:HAS_LINK]->(n) RETURN i
  UNION MATCH (i:Industry)-[:NEEDS]->(n) RETURN i
  UNION MATCH (i:Industry)-[:HAS_LINK]->(:ChainLink)-[:NEEDS]->(n) RETURN i
}`;

/**
 * Whether `n` lies in region $region: located there (as the gap engine means it: directly or in a park
 * there, or in a part of it), a key industry of it or of a part of it, or a sub-region.
 */
const IN_REGION = `(
  EXISTS { MATCH ${locatedInRegion('n', '(:Region {id: $region})')} }
  OR EXISTS { MATCH (n)-[:KEY_INDUSTRY_OF]->(:Region)-[:PART_OF*0..]->(:Region {id: $region}) }
  OR EXISTS { MATCH (n)-[:PART_OF*1..]->(:Region {id: $region}) }
)`;

/** One WHERE condition per list filter; only the filters a request uses go into its query. */
export const LIST_FILTER_CONDITIONS = {
  tier: 'n.tier = $tier',
  kind: 'n.kind = $kind',
  sourceKind: 'n.sourceKind = $sourceKind',
  q: '(n.nameZh CONTAINS $q OR toLower(n.nameEn) CONTAINS toLower($q) OR n.id CONTAINS toLower($q))',
  region: IN_REGION,
  industry: `any(i IN ${RELATED_INDUSTRIES} WHERE i.id = $industry)`,
} as const;
export type ListFilterKey = keyof typeof LIST_FILTER_CONDITIONS;

const LIST_FILTER_KEYS = Object.keys(LIST_FILTER_CONDITIONS) as ListFilterKey[];
const LABEL_SET = new Set<string>(NODE_LABELS);

/**
 * The list query of a label with the given filters. Built from the constants above only (the label
 * checked against the whitelist), so Neo4j plans a small query per combination and caches it.
 */
export function listEntitiesQuery(label: NodeLabel, filters: readonly ListFilterKey[]): string {
  if (!LABEL_SET.has(label)) throw new Error(`not a node label: ${label}`);
  const conditions = LIST_FILTER_KEYS.filter((key) => filters.includes(key)).map((key) => LIST_FILTER_CONDITIONS[key]);
  return `
MATCH (n:${label})
${conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : ''}
WITH n
ORDER BY CASE $sort WHEN 'nameZh' THEN n.nameZh WHEN 'nameEn' THEN toLower(coalesce(n.nameEn, n.nameZh)) ELSE n.id END, n.id
WITH collect(n) AS matches
RETURN size(matches) AS total, matches[toInteger($offset)..toInteger($offset + $limit)] AS items`;
}

/** Whether an id used as a filter value exists with the expected label. */
export const ENTITY_HAS_LABEL = `
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n IS NOT NULL AS exists, coalesce($label IN labels(n), false) AS hasLabel`;

/** One entity and its relationships in both directions, with the far end of each. */
export const ENTITY_DETAIL = `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(other:Entity)
WITH n, r, other
ORDER BY type(r), startNode(r) = n DESC, other.id
WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {rel: r, outgoing: startNode(r) = n, other: other} END) AS edges
RETURN n AS node, labels(n) AS labels, size(edges) AS relationshipCount, edges[..toInteger($relationshipLimit)] AS edges`;
