// Rule 4d, 一园一专业 (三(三)): each local park should specialise in exactly one industry; a park with
// none recorded, or with more than the configured maximum, is flagged.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { locatedInRegion } from '../../../graph/db/fragments';
import type { Gap, NodeRef } from '../../../graph/model';
import { isLocalIn, refMap } from '../cypher';
import { makeGap, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref, Refs } from '../read';
import { namesEn, namesZh } from '../text';

export const PARK_SPECIALITY_RULE = {
  id: 'park-speciality',
  category: 'coverage',
  defaultSeverity: 'low',
  titleZh: '园区不符合“一园一专业”',
  titleEn: 'Park without a single speciality',
  explanationZh: '“一区一特色、一园一专业”（三(三)）：本市园区应有且只有一个主导产业；未记录主导产业或主导产业多于上限（可配置，默认 1）的园区列出。',
  explanationEn:
    '"One zone, one feature; one park, one speciality" (三(三)): each park in the city should specialise in one industry; parks with none recorded or more than the maximum (configurable, default 1) are listed.',
} as const satisfies RuleDefinition;

export const PARK_SPECIALITY_QUERY = `
MATCH (p:Park) WHERE ${isLocalIn('p')}
WITH p, COLLECT { MATCH ${locatedInRegion('p', '(up:Region)')} RETURN DISTINCT up.id } AS regionIds
WHERE $regionIds IS NULL OR any(x IN regionIds WHERE x IN $regionIds)
RETURN ${refMap('p')} AS park, regionIds,
  COLLECT { MATCH (p)-[r:SPECIALISES_IN]->(i:Industry) RETURN ${refMap('i', 'r')} } AS specialities
ORDER BY p.id`;

const Row = z.object({ park: Ref, regionIds: Ids, specialities: Refs });

export interface ParkSpecialities {
  park: NodeRef;
  regionIds: string[];
  specialities: NodeRef[];
}

export async function loadParkSpecialities(tx: ManagedTransaction, ctx: RuleContext): Promise<ParkSpecialities[]> {
  return readRows(await tx.run(PARK_SPECIALITY_QUERY, ctx.params), Row);
}

export function parkSpecialityGaps(all: readonly ParkSpecialities[], ctx: RuleContext): Gap[] {
  const max = ctx.config.parks.maxSpecialities;
  return all
    .filter((p) => p.specialities.length === 0 || p.specialities.length > max)
    .map((p) => {
      const none = p.specialities.length === 0;
      return makeGap(
        {
          rule: PARK_SPECIALITY_RULE,
          subject: p.park,
          industryId: null,
          evidence: p.specialities,
          regionIds: p.regionIds,
          explanationZh: none
            ? `「${p.park.nameZh}」没有记录主导产业（一园一专业）。`
            : `「${p.park.nameZh}」记录了 ${p.specialities.length} 个主导产业（${namesZh(p.specialities)}），多于 ${max} 个，不符合“一园一专业”。`,
          explanationEn: none
            ? `No speciality is recorded for "${p.park.nameEn}" (one park, one speciality).`
            : `"${p.park.nameEn}" has ${p.specialities.length} specialities (${namesEn(p.specialities)}), more than ${max}: not one park, one speciality.`,
        },
        ctx.config,
      );
    });
}
