// Link coverage of one industry in each compared region: per chain link of the industry (and of its
// subsectors, as the gap engine's chain rules count them), the distinct firms inside the region covering it.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { CompareCoverage } from '../../graph/model';
import { readRows } from '../presenters/rows';
import { PLACES_IN_REGION } from './counts';

const LINK_COUNTS = `
MATCH (i:Industry {id: $industryId})
CALL (i) {
  MATCH (s:Industry)-[:SUBSECTOR_OF*0..]->(i)
  MATCH (s)-[:HAS_LINK]->(l:ChainLink)
  WITH DISTINCT l ORDER BY coalesce(l.order, 0), l.id
  RETURN collect(l) AS links
}
UNWIND $regionIds AS rid
MATCH (r:Region {id: rid})
${PLACES_IN_REGION}
CALL (links, places) {
  UNWIND links AS l
  CALL (l, places) {
    OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
    WHERE EXISTS { MATCH (e)-[:LOCATED_IN]->(place) WHERE place IN places }
    RETURN count(DISTINCT e) AS firms
  }
  RETURN collect({
    id: l.id, nameZh: coalesce(l.nameZh, l.id), nameEn: coalesce(l.nameEn, l.nameZh, l.id),
    stage: l.stage, order: l.order, firms: firms
  }) AS counted
}
RETURN r.id AS region, counted AS links`;

const LinkRow = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  stage: z.string().nullable(),
  order: z.number().nullable(),
  firms: z.number().int(),
});
const Row = z.object({ region: z.string(), links: z.array(LinkRow) });

/** region → the industry's coverage there. */
export async function linkCoverage(
  tx: ManagedTransaction,
  regionIds: readonly string[],
  industryId: string,
): Promise<Map<string, CompareCoverage>> {
  const rows = readRows(await tx.run(LINK_COUNTS, { regionIds: [...regionIds], industryId }), Row);
  return new Map(
    rows.map((row) => {
      const covered = row.links.filter((l) => l.firms > 0).length;
      const coverage: CompareCoverage = {
        links: row.links.length,
        covered,
        share: row.links.length === 0 ? null : covered / row.links.length,
        perLink: row.links.map(({ firms, ...link }) => ({ link, firms })),
      };
      return [row.region, coverage];
    }),
  );
}
