// Rule 4b, 全覆盖 of co-built parks (三(三)): every county, county-level city and district valid today
// should have a park or base co-built with Shanghai or southern Jiangsu.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Gap, NodeRef } from '../../../graph/model';
import { parksIn, refMap, VALID_COUNTIES } from '../cypher';
import { makeGap, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref } from '../read';
import { namesEn, namesZh } from '../text';

export const CO_BUILT_RULE = {
  id: 'region-no-co-built-park',
  category: 'coverage',
  defaultSeverity: 'medium',
  titleZh: '县(市)区没有沪苏共建园区',
  titleEn: 'County or district without a co-built park',
  explanationZh:
    '每个县(市)、区都应有与上海或苏南共建的合作园区（基地）（全覆盖，三(三)）：该地区（含其下辖地区）没有类型为共建园区、或与沪苏共建的园区。已撤销或合并的地区不计。',
  explanationEn:
    'Every county, county-level city and district should have a park or base co-built with Shanghai or southern Jiangsu (full coverage, 三(三)): none of its parks is a co-built park or CO_BUILT_WITH a partner region. Regions no longer valid are not counted.',
} as const satisfies RuleDefinition;

export const REGION_CO_BUILT_QUERY = `${VALID_COUNTIES}
RETURN ${refMap('r')} AS region, regionIds,
  ${parksIn(
    'r',
    `coBuilt: p.kind = 'co-built-park' OR EXISTS { MATCH (p)-[:CO_BUILT_WITH]->(pr:Region) WHERE pr.id IN $partnerRegionIds }`,
  )} AS parks
ORDER BY r.id`;

const Row = z.object({ region: Ref, regionIds: Ids, parks: z.array(Ref.extend({ coBuilt: z.boolean() })) });

export interface RegionCoBuilt {
  region: NodeRef;
  regionIds: string[];
  coBuiltParks: NodeRef[];
  otherParks: NodeRef[];
}

export async function loadRegionCoBuilt(tx: ManagedTransaction, ctx: RuleContext): Promise<RegionCoBuilt[]> {
  return readRows(await tx.run(REGION_CO_BUILT_QUERY, ctx.params), Row).map((row) => ({
    region: row.region,
    regionIds: row.regionIds,
    coBuiltParks: row.parks.filter((p) => p.coBuilt).map(({ coBuilt: _c, ...ref }) => ref),
    otherParks: row.parks.filter((p) => !p.coBuilt).map(({ coBuilt: _c, ...ref }) => ref),
  }));
}

export function coBuiltGaps(all: readonly RegionCoBuilt[], ctx: RuleContext): Gap[] {
  return all
    .filter((r) => r.coBuiltParks.length === 0)
    .map((r) =>
      makeGap(
        {
          rule: CO_BUILT_RULE,
          subject: r.region,
          industryId: null,
          evidence: r.otherParks,
          regionIds: r.regionIds,
          explanationZh:
            `「${r.region.nameZh}」没有记录与上海或苏南共建的园区（基地）` +
            (r.otherParks.length > 0 ? `；已记录的园区：${namesZh(r.otherParks)}。` : '。'),
          explanationEn:
            `No park or base co-built with Shanghai or southern Jiangsu is recorded in "${r.region.nameEn}"` +
            (r.otherParks.length > 0 ? `; parks recorded there: ${namesEn(r.otherParks)}.` : '.'),
        },
        ctx.config,
      ),
    );
}
