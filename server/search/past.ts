// Search in the graph as recorded at a moment (asOf). The full-text index is updated after commit, so
// it cannot see the facts a rolled-back as-of transaction puts back (server/history/past.ts): a node
// deleted since would be missed and one added since found. Here the past graph's own names are matched
// instead, inside that transaction: every word must occur (case- and width-folded, as the cjk analyzer
// folds them) in the name, English name, id or an alias. A scan, like the substring top-up of today's
// search, paid only by as-of searches.
import type { Database } from '../../graph/db/database';
import type { AsOf } from '../history/asOf';
import { withPastGraph } from '../history/past';
import { presentHits } from './hits';
import { HIT_FIELDS } from './queries';
import type { SearchQuery, SearchResult } from './schema';

/**
 * Ranked as today's search ranks: a name equal to the words, then one starting with them, then any
 * other; at equal closeness an industry first (it is what a planner opens), then shorter names.
 */
export const PAST_SEARCH = `
MATCH (n:Entity)
WHERE $label IS NULL OR $label IN labels(n)
WITH n, [t IN [n.nameZh, n.nameEn, n.id] + coalesce(n.aliasesZh, []) + coalesce(n.aliasesEn, []) WHERE t IS NOT NULL
  | toLower(normalize(toString(t), NFKC))] AS texts
WHERE all(w IN $words WHERE any(t IN texts WHERE t CONTAINS w))
WITH n, CASE WHEN $whole IN texts THEN 0 WHEN any(t IN texts WHERE t STARTS WITH $whole) THEN 1 ELSE 2 END AS closeness
ORDER BY closeness, CASE WHEN n:Industry THEN 0 ELSE 1 END, size(n.nameZh), n.id
LIMIT toInteger($limit)
WITH n, 0.0 AS score
RETURN ${HIT_FIELDS}`;

/** What was typed, folded as the names are: NFKC (full-width letters and digits to ASCII), lower case. */
export function foldWords(text: string): { whole: string; words: string[] } {
  const whole = text.normalize('NFKC').toLowerCase().trim();
  return { whole, words: whole.split(/\s+/u).filter(Boolean) };
}

/** The hits in the graph as recorded at `asOf`; each is a substring match (score 0). */
export async function searchPast(db: Database, query: SearchQuery, asOf: AsOf): Promise<SearchResult> {
  const { whole, words } = foldWords(query.q);
  const result = await withPastGraph(db, asOf.atMs, (past) =>
    past.read((tx) => tx.run(PAST_SEARCH, { label: query.label ?? null, words, whole, limit: query.limit })),
  );
  return { q: query.q, items: presentHits(result, 'substring') };
}
