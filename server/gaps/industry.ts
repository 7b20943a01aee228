// Which analysed industry covers a given industry: itself when its tier is analysed, or the industry
// it is a subsector of when subsectors roll up; and only when that one is a key industry of the scope.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { INDUSTRY_TIERS, type GapConfig, type NodeRef } from '../../graph/model';
import { IS_KEY_INDUSTRY_QUERY, refMap } from './cypher';
import { readRows, Ref } from './read';

export const INDUSTRY_ANALYSIS_QUERY = `
MATCH (i:Industry {id: $id})
OPTIONAL MATCH (i)-[:SUBSECTOR_OF*0..]->(top:Industry) WHERE NOT (top)-[:SUBSECTOR_OF]->(:Industry)
RETURN ${refMap('i')} AS industry, i.tier AS tier, top.id AS topId, top.tier AS topTier
LIMIT 1`;

const KeyRow = z.object({ key: z.boolean() });

const Row = z.object({
  industry: Ref,
  tier: z.enum(INDUSTRY_TIERS),
  topId: z.string().nullable(),
  topTier: z.enum(INDUSTRY_TIERS).nullable(),
});

export interface IndustryAnalysis {
  industry: NodeRef & { tier: (typeof INDUSTRY_TIERS)[number] };
  analysedAs: string | null;
}

/** Null when there is no such industry; analysedAs null when the scope (config.cityId) does not analyse it. */
export async function industryAnalysis(tx: ManagedTransaction, id: string, config: GapConfig): Promise<IndustryAnalysis | null> {
  const [row] = readRows(await tx.run(INDUSTRY_ANALYSIS_QUERY, { id }), Row);
  if (!row) return null;
  const top = row.topId ?? row.industry.id;
  const topTier = row.topTier ?? row.tier;
  const rollsUp = top === row.industry.id || config.sixOnes.subsectors === 'roll-up';
  const analysed = config.sixOnes.tiers.includes(topTier) && rollsUp;
  const [key] = analysed ? readRows(await tx.run(IS_KEY_INDUSTRY_QUERY, { cityId: config.cityId, id: top }), KeyRow) : [];
  return {
    industry: { ...row.industry, tier: row.tier },
    analysedAs: analysed && key?.key ? top : null,
  };
}
