// Cypher the questions read themselves (most are built on the gap engine and have none): the
// organisations covering each chain link, with where the COVERS fact came from. Every value is a
// parameter; localness is the gap engine's (readLocalPlaceIds, then isLocalIn).
import { isLocalIn, refMap } from '../gaps/cypher';

/**
 * One record per COVERS relationship of a link some industry has (of $industryId only, unless null): the
 * industry, the link, the organisation with its nearest region (directly, or through a park), whether it
 * is local, its tags and credit code, and the relationship's provenance. In chain order, then by
 * organisation; the first $limit only, ordered and cut before the per-row reads so those stay bounded.
 */
export const LINK_ORGANISATIONS_QUERY = `
MATCH (i:Industry)-[:HAS_LINK]->(l:ChainLink)<-[r:COVERS]-(o:Entity)
WHERE $industryId IS NULL OR i.id = $industryId
WITH i, l, r, o ORDER BY i.id, l.order, l.id, o.nameZh, o.id LIMIT toInteger($limit)
RETURN ${refMap('i')} AS industry, ${refMap('l')} AS link, ${refMap('o')} AS organisation,
  COLLECT {
    MATCH p = (o)-[:LOCATED_IN*1..3]->(g:Region)
    RETURN ${refMap('g')} ORDER BY length(p), g.id LIMIT 1
  } AS regions,
  ${isLocalIn('o')} AS local, o.tags AS tags, o.creditCode AS creditCode,
  r.sourceKind AS sourceKind, r.sourceRef AS sourceRef, r.sourceUrl AS sourceUrl, r.observedAt AS observedAt`;

/** The industries with a link some organisation covers: the question's industry filter, whatever the cap. */
export const LINK_ORGANISATION_INDUSTRIES_QUERY = `
MATCH (i:Industry)
WHERE EXISTS { (i)-[:HAS_LINK]->(:ChainLink)<-[:COVERS]-(:Entity) }
RETURN i.id AS id, coalesce(i.nameZh, i.id) AS nameZh, coalesce(i.nameEn, i.nameZh, i.id) AS nameEn
ORDER BY i.id`;
