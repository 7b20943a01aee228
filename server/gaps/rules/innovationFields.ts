// Rule 3, innovation chain: technology fields an industry (or one of its links) NEEDS that no local
// institute, platform or centre RESEARCHES; each with ranked candidates in the partner regions.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Gap, NodeRef } from '../../../graph/model';
import { ANALYSED_INDUSTRIES, isLocalIn, refMap } from '../cypher';
import { makeGap, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { rankCandidates, type NeededField } from '../rank';
import { Ids, readRows, Ref, Refs } from '../read';
import { fieldMissingData } from '../missingData';
import type { CandidatePool } from '../suggestions';
import { namesEn, namesZh } from '../text';

export const INNOVATION_RULE = {
  id: 'innovation-uncovered-field',
  category: 'innovation',
  defaultSeverity: 'medium',
  titleZh: '所需技术领域无本地研发力量',
  titleEn: 'Needed technology field without local research',
  explanationZh:
    '产业或其环节需要的技术领域，本市没有研发机构（或平台、创新中心，可配置）研究；按相关度列出上海、苏南可对接的研发机构和平台及理由。',
  explanationEn:
    'A technology field the industry or one of its links needs that no local institute (or platform or centre, configurable) researches; with ranked institutes and platforms in Shanghai and southern Jiangsu, and why.',
} as const satisfies RuleDefinition;

/**
 * Each (industry, needed field) pair with the links needing it and the local organisations researching
 * it. Who researches a field does not depend on the industry: it is read once per field (a field is
 * needed by many industries), and a few researchers are enough to tell a covered field (up to 3, by id).
 */
export const INNOVATION_FIELDS_QUERY = `${ANALYSED_INDUSTRIES}
CALL (i, family) {
  UNWIND family AS s MATCH (s)-[:NEEDS]->(f:TechField) RETURN f
  UNION
  UNWIND family AS s MATCH (s)-[:HAS_LINK]->(:ChainLink)-[:NEEDS]->(f:TechField) RETURN f
}
WITH collect({i: i, family: family, regionIds: cityRegionIds, f: f}) AS needs
CALL (needs) {
  UNWIND needs AS need
  WITH DISTINCT need.f AS f
  RETURN collect({f: f, researchers: COLLECT {
    MATCH (o)-[r:RESEARCHES]->(f)
    WHERE any(lb IN labels(o) WHERE lb IN $researcherLabels) AND ${isLocalIn('o')}
    WITH o, r ORDER BY o.id LIMIT 3
    RETURN ${refMap('o', 'r')}
  }}) AS byField
}
UNWIND needs AS need
WITH need.i AS i, need.family AS family, need.regionIds AS regionIds, need.f AS f,
  [x IN byField WHERE x.f = need.f][0].researchers AS researchers
RETURN ${refMap('i')} AS industry, regionIds, ${refMap('f')} AS field,
  COLLECT { UNWIND family AS s MATCH (s)-[:HAS_LINK]->(l:ChainLink)-[:NEEDS]->(f) RETURN DISTINCT ${refMap('l')} } AS links,
  researchers
ORDER BY i.id, f.id`;

const Row = z.object({ industry: Ref, regionIds: Ids, field: Ref, links: Refs, researchers: Refs });

export interface FieldNeed {
  industry: NodeRef;
  regionIds: string[];
  field: NodeRef;
  /** Links of the industry that need the field (none when only the industry as a whole does). */
  links: NodeRef[];
  /** Local organisations researching it (up to 3); empty means uncovered. */
  researchers: NodeRef[];
}

export async function loadFieldNeeds(tx: ManagedTransaction, ctx: RuleContext): Promise<FieldNeed[]> {
  return readRows(await tx.run(INNOVATION_FIELDS_QUERY, ctx.params), Row);
}

export function innovationGaps(needs: readonly FieldNeed[], pool: CandidatePool, ctx: RuleContext): Gap[] {
  const uncoveredByIndustry = new Map<string, NeededField[]>();
  for (const need of needs) {
    if (need.researchers.length > 0) continue;
    const list = uncoveredByIndustry.get(need.industry.id) ?? [];
    list.push({ field: need.field, linksNeeding: need.links.length });
    uncoveredByIndustry.set(need.industry.id, list);
  }
  const gaps: Gap[] = [];
  for (const need of needs) {
    if (need.researchers.length > 0) continue;
    const suggestions = rankCandidates(
      pool.candidates,
      { primaryFieldId: need.field.id, fields: uncoveredByIndustry.get(need.industry.id) ?? [] },
      ctx.config,
      pool.city,
    );
    const byLinksZh = need.links.length > 0 ? `（${namesZh(need.links)}环节需要）` : '';
    const byLinksEn = need.links.length > 0 ? ` (needed by ${namesEn(need.links)})` : '';
    const candidatesZh = suggestions.length === 0 ? '' : `可对接：${namesZh(suggestions, 3)}。`;
    const candidatesEn = suggestions.length === 0 ? '' : ` Candidates: ${namesEn(suggestions, 3)}.`;
    gaps.push(
      makeGap(
        {
          rule: INNOVATION_RULE,
          subject: need.field,
          industryId: need.industry.id,
          idParts: [need.industry.id, need.field.id],
          evidence: [need.industry, ...need.links],
          regionIds: need.regionIds,
          suggestions,
          ...(suggestions.length === 0 && ctx.config.suggestions.max > 0 ? { missingData: fieldMissingData(need.field, pool) } : {}),
          explanationZh: `「${need.industry.nameZh}」需要技术领域「${need.field.nameZh}」${byLinksZh}，但${pool.city.zh}没有研发力量研究该领域。${candidatesZh}`,
          explanationEn: `"${need.industry.nameEn}" needs "${need.field.nameEn}"${byLinksEn}, but nobody in ${pool.city.en} researches it.${candidatesEn}`,
        },
        ctx.config,
      ),
    );
  }
  return gaps;
}
