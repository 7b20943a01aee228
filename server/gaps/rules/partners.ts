// Rule 4a, cross-river partners: an analysed industry with no partner in Shanghai or southern Jiangsu.
// A partner is shown by the industry PARTNERS_WITH a partner-region node, by a local organisation that
// leads, serves or covers the industry PARTNERS_WITH one, or by a park specialising in the industry
// that is co-built with a partner region.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Gap, NodeRef } from '../../../graph/model';
import { ANALYSED_INDUSTRIES, inPartnerRegion, isLocalIn, refMap } from '../cypher';
import { makeGap, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { rankCandidates } from '../rank';
import { Ids, readRows, Ref, Refs } from '../read';
import { partnerMissingData } from '../missingData';
import type { CandidatePool } from '../suggestions';
import type { FieldNeed } from './innovationFields';
import { namesEn, namesZh } from '../text';

export const PARTNER_RULE = {
  id: 'partner-none',
  category: 'coverage',
  defaultSeverity: 'medium',
  titleZh: '产业没有沪苏合作伙伴',
  titleEn: 'Industry without a Shanghai or southern-Jiangsu partner',
  explanationZh:
    '产业（或其龙头企业、服务机构、环节企业）与上海、苏南的机构没有合作关系，也没有主导该产业的沪苏共建园区（跨江融合，三(三)、三(五)）；建议对接研究该产业所需技术的沪苏机构。',
  explanationEn:
    'Neither the industry nor a local organisation leading, serving or covering it partners with anyone in Shanghai or southern Jiangsu, and no park co-built with them specialises in it (三(三), 三(五)); suggests partner-region organisations researching what the industry needs.',
} as const satisfies RuleDefinition;

/**
 * Each analysed industry with the facts that show a cross-river partnership (empty = none). Partnerships
 * are few and organisations many: the PARTNERS_WITH hop comes before the locality test.
 */
export const PARTNERS_QUERY = `${ANALYSED_INDUSTRIES}
RETURN ${refMap('i')} AS industry, cityRegionIds AS regionIds,
  COLLECT {
    UNWIND family AS s MATCH (s)-[r:PARTNERS_WITH]->(x) WHERE ${inPartnerRegion('x')}
    RETURN ${refMap('x', 'r')} AS ref
    UNION
    UNWIND family AS s
    MATCH (o)-[:LEADS|SERVES]->(s)
    MATCH (o)-[r:PARTNERS_WITH]->(x) WHERE ${inPartnerRegion('x')} AND ${isLocalIn('o')}
    RETURN ${refMap('x', 'r')} AS ref
    UNION
    UNWIND family AS s
    MATCH (s)-[:HAS_LINK]->(:ChainLink)<-[:COVERS]-(o)-[r:PARTNERS_WITH]->(x)
    WHERE ${inPartnerRegion('x')} AND ${isLocalIn('o')}
    RETURN ${refMap('x', 'r')} AS ref
    UNION
    UNWIND family AS s
    MATCH (p:Park)-[sp:SPECIALISES_IN]->(s)
    MATCH (p)-[r:CO_BUILT_WITH]->(x:Region) WHERE x.id IN $partnerRegionIds
    RETURN ${refMap('p', 'r')} AS ref
  } AS partners
ORDER BY i.id`;

const Row = z.object({ industry: Ref, regionIds: Ids, partners: Refs });

export interface IndustryPartners {
  industry: NodeRef;
  regionIds: string[];
  /** Partner-region nodes worked with, or co-built parks specialising in the industry. */
  partners: NodeRef[];
}

export async function loadPartners(tx: ManagedTransaction, ctx: RuleContext): Promise<IndustryPartners[]> {
  return readRows(await tx.run(PARTNERS_QUERY, ctx.params), Row);
}

export function partnerGaps(
  all: readonly IndustryPartners[],
  needs: readonly FieldNeed[],
  pool: CandidatePool,
  ctx: RuleContext,
): Gap[] {
  const gaps: Gap[] = [];
  for (const facts of all) {
    if (facts.partners.length > 0) continue;
    const fields = needs
      .filter((n) => n.industry.id === facts.industry.id)
      .map((n) => ({ field: n.field, linksNeeding: n.links.length }));
    const suggestions = rankCandidates(pool.candidates, { fields }, ctx.config, pool.city, true);
    gaps.push(
      makeGap(
        {
          rule: PARTNER_RULE,
          subject: facts.industry,
          industryId: facts.industry.id,
          evidence: fields.map((f) => f.field),
          regionIds: facts.regionIds,
          suggestions,
          ...(suggestions.length === 0 && ctx.config.suggestions.max > 0
            ? { missingData: partnerMissingData(facts.industry, fields.map((f) => f.field), pool) }
            : {}),
          explanationZh:
            `「${facts.industry.nameZh}」没有记录与上海、苏南的合作伙伴或共建园区。` +
            (suggestions.length > 0 ? `可对接：${namesZh(suggestions, 3)}。` : ''),
          explanationEn:
            `No partner or co-built park in Shanghai or southern Jiangsu is recorded for "${facts.industry.nameEn}".` +
            (suggestions.length > 0 ? ` Candidates: ${namesEn(suggestions, 3)}.` : ''),
        },
        ctx.config,
      ),
    );
  }
  return gaps;
}
