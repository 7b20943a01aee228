// Industry filter ids must name existing industries: a typo answers 400 naming the field, not an empty
// list. (A region is the scope, checked by scope.ts.)
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { errors, type ErrorDetail } from '../errors';
import { EXISTING_INDUSTRY_IDS } from './queries';
import { Ids, readFirst } from './read';

/** The query aggregates to one row: the ids that exist. */
const FoundRow = z.object({ found: Ids });

async function unknownIndustryDetails(db: Database, ids: readonly string[]): Promise<ErrorDetail[]> {
  const found = await db.read(async (tx) => {
    const result = await tx.run(EXISTING_INDUSTRY_IDS, { ids: [...ids] });
    return new Set(readFirst(result, FoundRow)?.found ?? []);
  });
  return ids
    .filter((id) => !found.has(id))
    .map((id) => ({ field: 'query.industry', reason: `unknown industry id "${id}"`, reasonZh: `未知产业编号「${id}」` }));
}

export async function assertKnownIds(db: Database, filters: { industry?: readonly string[] | undefined }): Promise<void> {
  if (!filters.industry || filters.industry.length === 0) return;
  const details = await unknownIndustryDetails(db, filters.industry);
  if (details.length > 0) throw errors.validation(details);
}
