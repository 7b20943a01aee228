// Filter ids must name existing nodes: a typo answers 400 naming the field, not an empty list.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { errors, type ErrorDetail } from '../errors';
import { EXISTING_INDUSTRY_IDS, EXISTING_REGION_IDS } from './queries';
import { Ids, readFirst } from './read';

/** Both queries aggregate to one row: the ids that exist. */
const FoundRow = z.object({ found: Ids });

const KINDS = {
  industry: { query: EXISTING_INDUSTRY_IDS, en: 'industry', zh: '产业' },
  region: { query: EXISTING_REGION_IDS, en: 'region', zh: '地区' },
} as const;

export async function unknownIdDetails(
  db: Database,
  kind: keyof typeof KINDS,
  ids: readonly string[] | undefined,
): Promise<ErrorDetail[]> {
  if (!ids || ids.length === 0) return [];
  const spec = KINDS[kind];
  const found = await db.read(async (tx) => {
    const result = await tx.run(spec.query, { ids: [...ids] });
    return new Set(readFirst(result, FoundRow)?.found ?? []);
  });
  return ids
    .filter((id) => !found.has(id))
    .map((id) => ({ field: `query.${kind}`, reason: `unknown ${spec.en} id "${id}"`, reasonZh: `未知${spec.zh}编号「${id}」` }));
}

export async function assertKnownIds(
  db: Database,
  filters: { industry?: readonly string[] | undefined; region?: readonly string[] | undefined },
): Promise<void> {
  const details = [
    ...(await unknownIdDetails(db, 'industry', filters.industry)),
    ...(await unknownIdDetails(db, 'region', filters.region)),
  ];
  if (details.length > 0) throw errors.validation(details);
}
