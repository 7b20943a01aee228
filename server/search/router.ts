// GET /api/search: ranked name search across every label (Chinese fragments and English prefixes).
import { Router } from 'express';
import type { Database } from '../../graph/db/database';
import { neo4jErrorCode } from '../../graph/db/errors';
import type { AppContext } from '../context';
import { valid } from '../middleware/validate';
import { validateQuery } from '../entities/middleware';
import { resolveAsOf } from '../history/asOf';
import { presentHits } from './hits';
import { toLuceneQuery } from './lucene';
import { searchPast } from './past';
import { FULLTEXT_SEARCH, SUBSTRING_SEARCH } from './queries';
import { SearchQuery, type SearchHit, type SearchResult } from './schema';

/** Neo4j's code when the full-text procedure rejects a query; escaping should prevent it. */
const PROCEDURE_FAILED = 'Neo.ClientError.Procedure.ProcedureCallFailed';

export function searchRouter({ db }: AppContext): Router {
  const router = Router();
  router.get(
    '/',
    validateQuery(SearchQuery),
    async (req, res) => {
      const query = valid<typeof SearchQuery>(res).query;
      // As of a past date the index cannot answer (past.ts); today's search is untouched.
      const asOf = await resolveAsOf(db, query.asOf);
      if (asOf) {
        res.json(await searchPast(db, query, asOf));
        return;
      }
      res.json(await search(db, query, (error) => req.log.warn({ err: error }, 'full-text query rejected')));
    },
  );
  return router;
}

export async function search(db: Database, query: SearchQuery, onRejected?: (error: unknown) => void): Promise<SearchResult> {
  const label = query.label ?? null;
  const hits: SearchHit[] = [];
  try {
    const result = await db.read((tx) =>
      tx.run(FULLTEXT_SEARCH, { lucene: toLuceneQuery(query.q), label, limit: query.limit }),
    );
    hits.push(...presentHits(result, 'fulltext'));
  } catch (error) {
    // A query Lucene cannot parse is the user's text, not a server fault: fall back to substrings.
    if (neo4jErrorCode(error) !== PROCEDURE_FAILED) throw error;
    onRejected?.(error);
  }
  if (hits.length < query.limit) {
    const result = await db.read((tx) =>
      tx.run(SUBSTRING_SEARCH, {
        text: query.q,
        label,
        exclude: hits.map((h) => h.id),
        limit: query.limit - hits.length,
      }),
    );
    hits.push(...presentHits(result, 'substring'));
  }
  return { q: query.q, items: hits };
}
