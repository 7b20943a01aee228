// Search: the full-text index first, then a substring scan to top up (single Chinese characters and
// fragments the analyzer cannot match). The driver sends JS numbers as floats: LIMIT uses toInteger().
import { NAME_INDEX } from '../../graph/db/migrations';
import { RELATED_INDUSTRIES } from '../entities/queries';

export const HIT_FIELDS = `n AS node, score, ${RELATED_INDUSTRIES} AS industries`;

export const FULLTEXT_SEARCH = `
CALL db.index.fulltext.queryNodes('${NAME_INDEX}', $lucene) YIELD node AS n, score
WHERE $label IS NULL OR $label IN labels(n)
WITH n, score
// At equal relevance an industry comes first: it is what a planner typing 纺织 opens (its chain), and a
// short firm name such as 纺织集团 would otherwise outrank 高端纺织 on length alone.
ORDER BY score * CASE WHEN n:Industry THEN 2.0 ELSE 1.0 END DESC, size(n.nameZh), n.id
LIMIT toInteger($limit)
RETURN ${HIT_FIELDS}`;

export const SUBSTRING_SEARCH = `
MATCH (n:Entity)
WHERE ($label IS NULL OR $label IN labels(n))
  AND NOT n.id IN $exclude
  AND (n.nameZh CONTAINS $text OR toLower(n.nameEn) CONTAINS toLower($text) OR n.id CONTAINS toLower($text)
    OR any(a IN coalesce(n.aliasesZh, []) + coalesce(n.aliasesEn, []) WHERE toLower(a) CONTAINS toLower($text)))
WITH n, 0.0 AS score
ORDER BY size(n.nameZh), n.id
LIMIT toInteger($limit)
RETURN ${HIT_FIELDS}`;
