// Growth of a region × industry cell, from the founding years of its firms: the only dated series the
// graph holds per region and industry (Measurements are per indicator and region, not per industry).
// Firms that closed are not in the graph, so the earlier count is a floor and growth an upper bound.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { readRows } from '../presenters/rows';
import { FIRMS_IN_REGION, INDUSTRIES_OF_FIRM } from './counts';

/** Per region and industry: firms with a founding year, and those founded by $fromYear and by $toYear. */
const FOUNDING_COUNTS = `
UNWIND $regionIds AS rid
MATCH (r:Region {id: rid})
${FIRMS_IN_REGION}
CALL (firms) {
  UNWIND firms AS e
  WITH e WHERE e.foundedYear IS NOT NULL
  ${INDUSTRIES_OF_FIRM}
  WITH DISTINCT e, top WHERE top.id IN $industryIds
  WITH top.id AS industry,
    count(e) AS dated,
    count(CASE WHEN e.foundedYear <= $fromYear THEN 1 END) AS atFrom,
    count(CASE WHEN e.foundedYear <= $toYear THEN 1 END) AS atTo
  RETURN collect({industry: industry, dated: dated, atFrom: atFrom, atTo: atTo}) AS cells
}
RETURN r.id AS region, cells`;

const Row = z.object({
  region: z.string(),
  cells: z.array(z.object({ industry: z.string(), dated: z.number().int(), atFrom: z.number().int(), atTo: z.number().int() })),
});

export interface FoundingCounts {
  dated: number;
  atFrom: number;
  atTo: number;
}

/** region → industry → counts; a cell without dated firms is absent. */
export async function foundingCounts(
  tx: ManagedTransaction,
  regionIds: readonly string[],
  industryIds: readonly string[],
  years: { fromYear: number; toYear: number },
): Promise<Map<string, Map<string, FoundingCounts>>> {
  const rows = readRows(await tx.run(FOUNDING_COUNTS, { regionIds: [...regionIds], industryIds: [...industryIds], ...years }), Row);
  return new Map(rows.map((row) => [row.region, new Map(row.cells.map(({ industry, ...counts }) => [industry, counts]))]));
}

/**
 * The cell's growth, (atTo − atFrom) / atFrom, when at least `minCount` (and at least one) of its firms
 * were founded by the earlier year; else null: one year of data, or too few firms to rate a change.
 */
export function growthOf(counts: FoundingCounts | undefined, minCount: number): { from: number; to: number; rate: number } | null {
  if (!counts || counts.atFrom < Math.max(1, minCount)) return null;
  return { from: counts.atFrom, to: counts.atTo, rate: (counts.atTo - counts.atFrom) / counts.atFrom };
}
