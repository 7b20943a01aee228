// Rule 4c, 全覆盖 of high-tech zones (三(三)): every county, county-level city and district valid today
// should have a high-tech zone of provincial level or above.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Gap, NodeRef } from '../../../graph/model';
import { parksIn, refMap, VALID_COUNTIES } from '../cypher';
import { makeGap, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref } from '../read';
import { namesEn, namesZh } from '../text';

export const HIGH_TECH_ZONE_RULE = {
  id: 'region-no-high-tech-zone',
  category: 'coverage',
  defaultSeverity: 'medium',
  titleZh: '县(市)区没有省级以上高新区',
  titleEn: 'County or district without a provincial+ high-tech zone',
  explanationZh:
    '每个县(市)、区都应有省级以上高新区（全覆盖，三(三)）：该地区（含其下辖地区）没有国家级或省级高新区。已撤销或合并的地区不计。',
  explanationEn:
    'Every county, county-level city and district should have a high-tech zone of provincial level or above (full coverage, 三(三)): no national or provincial high-tech zone lies in it. Regions no longer valid are not counted.',
} as const satisfies RuleDefinition;

/** Park kinds that are high-tech zones of provincial level or above. */
export const HIGH_TECH_ZONE_KINDS = ['national-high-tech-zone', 'provincial-high-tech-zone'];

export const REGION_HIGH_TECH_QUERY = `${VALID_COUNTIES}
RETURN ${refMap('r')} AS region, regionIds,
  ${parksIn('r', 'highTech: p.kind IN $highTechZoneKinds')} AS parks
ORDER BY r.id`;

const Row = z.object({ region: Ref, regionIds: Ids, parks: z.array(Ref.extend({ highTech: z.boolean() })) });

export interface RegionHighTech {
  region: NodeRef;
  regionIds: string[];
  zones: NodeRef[];
  otherParks: NodeRef[];
}

export async function loadRegionHighTech(tx: ManagedTransaction, ctx: RuleContext): Promise<RegionHighTech[]> {
  return readRows(await tx.run(REGION_HIGH_TECH_QUERY, { ...ctx.params, highTechZoneKinds: HIGH_TECH_ZONE_KINDS }), Row).map((row) => ({
    region: row.region,
    regionIds: row.regionIds,
    zones: row.parks.filter((p) => p.highTech).map(({ highTech: _h, ...ref }) => ref),
    otherParks: row.parks.filter((p) => !p.highTech).map(({ highTech: _h, ...ref }) => ref),
  }));
}

export function highTechZoneGaps(all: readonly RegionHighTech[], ctx: RuleContext): Gap[] {
  return all
    .filter((r) => r.zones.length === 0)
    .map((r) =>
      makeGap(
        {
          rule: HIGH_TECH_ZONE_RULE,
          subject: r.region,
          industryId: null,
          evidence: r.otherParks,
          regionIds: r.regionIds,
          explanationZh:
            `「${r.region.nameZh}」没有记录省级以上高新区` +
            (r.otherParks.length > 0 ? `；已记录的园区：${namesZh(r.otherParks)}。` : '。'),
          explanationEn:
            `No high-tech zone of provincial level or above is recorded in "${r.region.nameEn}"` +
            (r.otherParks.length > 0 ? `; parks recorded there: ${namesEn(r.otherParks)}.` : '.'),
        },
        ctx.config,
      ),
    );
}
