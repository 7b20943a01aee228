// 延链 candidates for one region: the firm counts of the region and its peers (regions of the same kind),
// their specialisation and co-location (server/compare/relatedness.ts), and the region's industries ranked
// by density. One read transaction of aggregate counts and names; the formulas run in memory.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { NodeRef } from '../../graph/model';
import type { RelatedView } from '../../graph/model/related';
import { firmCountTable, peerRegionIds } from '../compare/counts';
import { DEFAULT_COMPARE_CONFIG, type CompareConfig } from '../compare/input';
import { rankCandidates, relatedness } from '../compare/relatedness';
import type { SpecialisationCell } from '../compare/specialisation';
import { readRows } from '../presenters/rows';
import { NODE_REFS } from './queries';

/**
 * Below five regions that can specialise, φ is a ratio of counts of at most four, so one region more or
 * less moves it by a quarter or more; ours, in the spirit of the size floor on a cell.
 */
export const MIN_REGIONS = 5;

const RefRow = z.object({ ref: NodeRef, kind: z.string().nullable() });

export async function relatedView(db: Database, regionId: string, limit: number, config: CompareConfig = DEFAULT_COMPARE_CONFIG): Promise<RelatedView> {
  const { table, refs } = await db.read(async (tx) => {
    const peers = (await peerRegionIds(tx, regionId)).filter((id) => id !== regionId);
    const counts = await firmCountTable(tx, [regionId, ...peers], undefined);
    const rows = readRows(await tx.run(NODE_REFS, { ids: [...counts.regions, ...counts.industries] }), RefRow);
    return { table: counts, refs: new Map(rows.map((row) => [row.ref.id, row])) };
  });
  const ref = (id: string): NodeRef => refs.get(id)?.ref ?? { id, label: 'Entity', nameZh: id, nameEn: id, illustrative: false };
  const { specialisation, matrix, proximity } = relatedness(table, config);
  const cells = new Map<string, SpecialisationCell>();
  for (const cell of specialisation.cells) if (cell.region === regionId) cells.set(cell.industry, cell);
  const lqOf = (industry: string): number | null => {
    const rating = cells.get(industry)?.rating;
    return rating?.kind === 'rated' ? rating.lq : null;
  };
  const ranked = rankCandidates(matrix, proximity, regionId);
  const ratedRegions = new Set(specialisation.cells.filter((cell) => cell.rating.kind === 'rated').map((cell) => cell.region));
  const strengths = [...(matrix.present.get(regionId) ?? [])]
    .map((industry) => ({ industry: ref(industry), count: cells.get(industry)?.count ?? 0, lq: lqOf(industry) ?? 0 }))
    .sort((a, b) => b.lq - a.lq || (a.industry.id < b.industry.id ? -1 : 1));
  return {
    region: { ...ref(regionId), kind: refs.get(regionId)?.kind ?? null },
    measure: table.measure,
    peers: table.regions.filter((id) => id !== regionId).map(ref),
    regionCount: table.regions.length,
    ratedRegionCount: ratedRegions.size,
    minRegions: MIN_REGIONS,
    fewRegions: ratedRegions.size < MIN_REGIONS,
    industryCount: table.industries.length,
    presenceLq: config.presenceLq,
    minCount: config.minCount,
    strengths,
    candidates: ranked.slice(0, limit).map((c) => ({
      industry: ref(c.industry),
      density: c.density,
      count: cells.get(c.industry)?.count ?? 0,
      lq: lqOf(c.industry),
      supports: c.supports.map((s) => ({ industry: ref(s.industry), proximity: s.proximity })),
    })),
    totalCandidates: ranked.length,
  };
}
