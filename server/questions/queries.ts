// Cypher the questions read themselves (most are built on the gap engine and have none): the
// organisations covering each chain link, with where the COVERS fact came from. Every value is a
// parameter; localness is the gap engine's (readLocalPlaceIds, then isLocalIn).
import { isLocalIn, refMap } from '../gaps/cypher';

/**
 * One record per COVERS relationship of a link some industry has: the industry, the link, the
 * organisation with its nearest region (directly, or through a park), whether it is local, its tags
 * and credit code, and the relationship's provenance. In chain order, then by organisation.
 */
export const LINK_ORGANISATIONS_QUERY = `
MATCH (i:Industry)-[:HAS_LINK]->(l:ChainLink)<-[r:COVERS]-(o:Entity)
RETURN ${refMap('i')} AS industry, ${refMap('l')} AS link, ${refMap('o')} AS organisation,
  COLLECT {
    MATCH p = (o)-[:LOCATED_IN*1..3]->(g:Region)
    RETURN ${refMap('g')} ORDER BY length(p), g.id LIMIT 1
  } AS regions,
  ${isLocalIn('o')} AS local, o.tags AS tags, o.creditCode AS creditCode,
  r.sourceKind AS sourceKind, r.sourceRef AS sourceRef, r.sourceUrl AS sourceUrl, r.observedAt AS observedAt
ORDER BY i.id, l.order, l.id, o.nameZh, o.id`;
