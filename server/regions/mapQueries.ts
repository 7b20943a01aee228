// Cypher for GET /api/regions/:id/map. Values are parameters.
import { refMap } from '../gaps/cypher';

/**
 * The region and its children valid in $year, by id: regions directly PART_OF it, partner regions left
 * out (Shanghai is drawn across the river, not rated as a part of Jiangsu). At most $limit + 1, so the
 * caller can tell it cut the list. No row: no region of that id.
 */
export const MAP_REGION = `
MATCH (r:Region {id: $id})
RETURN ${refMap('r', undefined, 'kind: r.kind')} AS region,
  COLLECT {
    MATCH (c:Region)-[:PART_OF]->(r)
    WHERE coalesce(c.kind, '') <> 'partner-region'
      AND (c.validTo IS NULL OR toInteger(left(c.validTo, 4)) >= $year)
      AND (c.validFrom IS NULL OR toInteger(left(c.validFrom, 4)) <= $year)
    RETURN ${refMap('c', undefined, 'kind: c.kind')} ORDER BY c.id LIMIT toInteger($limit) + 1
  } AS children`;

/** The industry asked for, when it exists. */
export const MAP_INDUSTRY = `
MATCH (i:Industry {id: $industry})
RETURN ${refMap('i')} AS industry`;

/** Names of industries by id, in id order (the ones with a firm in a child). */
export const MAP_INDUSTRY_NAMES = `
MATCH (i:Industry) WHERE i.id IN $ids
RETURN ${refMap('i')} AS industry ORDER BY i.id`;
