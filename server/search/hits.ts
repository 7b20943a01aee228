// Search records to hits. Both queries return the same columns (HIT_FIELDS in queries.ts); a record
// that does not match means the query changed without this reader, and fails as a server error.
import type { QueryResult } from 'neo4j-driver';
import { z } from 'zod';
import { presentNodeRef, toNodeRef } from '../entities/present';
import { presentNode } from '../presenters/entity';
import { DriverNode, readRows } from '../presenters/rows';
import type { SearchHit } from './schema';

const HitRow = z.object({ node: DriverNode, score: z.number(), industries: z.array(DriverNode) });

export function presentHits(result: QueryResult, match: SearchHit['match']): SearchHit[] {
  return readRows(result, HitRow).map((row) => {
    const entity = presentNode(row.node);
    const industries = row.industries.map(presentNodeRef).sort((a, b) => a.id.localeCompare(b.id));
    const industryId =
      entity.label === 'Industry' ? entity.id : entity.label === 'ChainLink' ? String(entity.properties.industryId) : null;
    const aliases = [entity.properties.aliasesZh, entity.properties.aliasesEn].flatMap((list) =>
      Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string') : [],
    );
    return { ...toNodeRef(entity), score: row.score, match, industryId, industries, aliases };
  });
}
