// Rule 2, chain links: 缺链 (no local firm), 断链 risk (only outside firms, or a single firm), 弱链 (local
// firms but no platform, institute or centre covering the link). A link in several conditions is one gap,
// under the most severe (linkState). One query reads every link of every analysed industry with counts
// of the firms covering it and the support it has.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { CHAIN_STAGES, SEVERITIES, type Gap, type GapConfig, type NodeRef } from '../../../graph/model';
import { ANALYSED_INDUSTRIES, isLocalIn, refMap } from '../cypher';
import { makeGap, severityOf, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref } from '../read';
import { HeldRef, heldRefs, validityOf } from '../validity';
import type { LinkCandidatePool } from '../linkCandidates';
import { linkMissingData, rankLinkCandidates } from '../linkRank';
import { explainLink } from './chainText';

const ONCE_ZH = '一个环节只计一次：同时符合缺链、断链、弱链中几条时，计入严重程度最高的一条（同级时依次为缺链、断链、弱链），说明中注明其余情形。';
const ONCE_EN =
  ' A link is counted once: when it is more than one of missing, at risk and weak, it counts under the most severe of them (on a tie: missing, then break risk, then weak), and the explanation names the others.';

export const CHAIN_RULES = {
  missing: {
    id: 'chain-missing-link',
    category: 'chain',
    defaultSeverity: 'high',
    titleZh: '缺链：环节没有本地企业',
    titleEn: 'Missing link: no local firm',
    explanationZh: '产业链环节没有位于本市（或其下辖地区、园区）的企业覆盖；若只有外地企业，说明该环节依赖外部供给。' + ONCE_ZH,
    explanationEn:
      'No firm located in the city (or a region or park inside it) covers the chain link; where only outside firms do, the link depends on outside supply.' + ONCE_EN,
  },
  breakRisk: {
    id: 'chain-break-risk',
    category: 'chain',
    defaultSeverity: 'medium',
    titleZh: '断链风险：只靠外地企业或单一企业',
    titleEn: 'Break risk: outside or single supplier',
    explanationZh: '环节只由外地企业覆盖，或覆盖它的企业少于阈值（可配置，默认 2 家，即只有一家）：一旦该企业退出，链条即断。' + ONCE_ZH,
    explanationEn:
      'The link is covered only by firms outside the city, or by fewer firms than the threshold (configurable, default 2, i.e. a single firm): if that firm leaves, the chain breaks.' + ONCE_EN,
  },
  weak: {
    id: 'chain-weak-link',
    category: 'chain',
    defaultSeverity: 'low',
    titleZh: '弱链：有企业但无创新支撑',
    titleEn: 'Weak link: firms without innovation support',
    explanationZh: '环节有本地企业，但没有公共技术服务平台、研发机构或创新中心覆盖它（围绕产业链布局创新链）。' + ONCE_ZH,
    explanationEn:
      'The link has local firms, but no platform, institute or innovation centre covers it (the innovation chain should follow the industry chain).' + ONCE_EN,
  },
} as const satisfies Record<string, RuleDefinition>;

/**
 * Every link of every analysed industry: how many firms cover it and how many of them are local, the
 * platforms, institutes and centres covering it, and the firms themselves only where a gap will cite
 * them (no local firm, fewer firms than the threshold, or no support). One pass over each link's
 * COVERS relationships; at province size a link has hundreds of firms, and shipping them all was most
 * of the cost. Support comes with its validity, judged in loadChainLinks (../validity.ts): a platform
 * closed, or no longer covering the link, supports nothing. Firms are counted whatever their validity:
 * reading every covering firm's and relationship's dates costs the query 40% more database hits.
 */
export const CHAIN_LINKS_QUERY = `${ANALYSED_INDUSTRIES}
UNWIND family AS s
MATCH (s)-[:HAS_LINK]->(l:ChainLink)
CALL (l) {
  OPTIONAL MATCH (o)-[r:COVERS]->(l)
  WITH o, r, o:Enterprise AS firm
  RETURN count(CASE WHEN firm THEN 1 END) AS firmCount,
    count(CASE WHEN firm AND ${isLocalIn('o')} THEN 1 END) AS localCount,
    collect(CASE WHEN o:Platform OR o:Institute OR o:InnovationCentre THEN ${refMap('o', 'r', validityOf('o', 'r'))} END) AS support
}
CALL (l, firmCount, localCount, support) {
  WITH l WHERE localCount = 0 OR firmCount < $minFirms OR size(support) = 0
  MATCH (e:Enterprise)-[r:COVERS]->(l)
  RETURN collect(${refMap('e', 'r', `local: ${isLocalIn('e')}`)}) AS firms
}
RETURN ${refMap('i')} AS industry, cityRegionIds AS regionIds,
  ${refMap('l')} AS link, l.stage AS stage, l.order AS order, firmCount, localCount, firms, support
ORDER BY i.id, l.order, l.id`;

const Row = z.object({
  industry: Ref,
  regionIds: Ids,
  link: Ref,
  stage: z.enum(CHAIN_STAGES),
  order: z.number(),
  firmCount: z.number().int(),
  localCount: z.number().int(),
  firms: z.array(Ref.extend({ local: z.boolean() })),
  support: z.array(HeldRef),
});

export interface LinkFacts {
  industry: NodeRef;
  regionIds: string[];
  link: NodeRef;
  stage: (typeof CHAIN_STAGES)[number];
  order: number;
  /** Local and outside firms covering the link. */
  localCount: number;
  outsideCount: number;
  /** The firms themselves, listed only where a gap cites them (see CHAIN_LINKS_QUERY); else empty. */
  localFirms: NodeRef[];
  outsideFirms: NodeRef[];
  support: NodeRef[];
}

export async function loadChainLinks(tx: ManagedTransaction, ctx: RuleContext): Promise<LinkFacts[]> {
  const rows = readRows(await tx.run(CHAIN_LINKS_QUERY, ctx.params), Row);
  return rows.map((row) => ({
    industry: row.industry,
    regionIds: row.regionIds,
    link: row.link,
    stage: row.stage,
    order: row.order,
    localCount: row.localCount,
    outsideCount: row.firmCount - row.localCount,
    localFirms: row.firms.filter((f) => f.local).map(({ local: _local, ...ref }) => ref),
    outsideFirms: row.firms.filter((f) => !f.local).map(({ local: _local, ...ref }) => ref),
    support: heldRefs(row.support, ctx.params.year),
  }));
}

/** The three conditions a link can be in; a link may be in more than one (outside firms only: 缺链 and 断链). */
export type ChainCondition = 'missing' | 'breakRisk' | 'weak';

/** Most severe first on a tie of the severities in force: 缺链 > 断链 > 弱链. */
const CONDITIONS: readonly ChainCondition[] = ['missing', 'breakRisk', 'weak'];

export interface LinkState {
  missing: boolean;
  breakRisk: boolean;
  weak: boolean;
  /**
   * The one rule the link is counted under (null when sound): the condition whose rule has the most
   * severe severity in force (configuration `severities` may override the defaults), on a tie the first
   * of CONDITIONS. Gaps, summaries and scores all read this, so no link is counted twice.
   */
  countedAs: ChainCondition | null;
}

/** The three judgements on one link and the one it is counted under; a link with none of them is sound. */
export function linkState(facts: Pick<LinkFacts, 'localCount' | 'outsideCount' | 'support'>, config: GapConfig): LinkState {
  const firms = facts.localCount + facts.outsideCount;
  const held = {
    missing: facts.localCount === 0,
    breakRisk: firms > 0 && (facts.localCount === 0 || firms < config.chain.minFirms),
    weak: facts.localCount > 0 && facts.support.length === 0,
  };
  let countedAs: ChainCondition | null = null;
  for (const condition of CONDITIONS) {
    if (!held[condition]) continue;
    const rank = SEVERITIES.indexOf(severityOf(CHAIN_RULES[condition], config));
    if (countedAs === null || rank < SEVERITIES.indexOf(severityOf(CHAIN_RULES[countedAs], config))) countedAs = condition;
  }
  return { ...held, countedAs };
}

/**
 * One gap per unsound link, under the rule it is counted as; its explanation names the other conditions.
 * With `candidates` (read for gap lists, not for counts), each gap names its candidates, or says which
 * data would produce one.
 */
export function chainGaps(links: readonly LinkFacts[], ctx: RuleContext, candidates?: LinkCandidatePool): Gap[] {
  const gaps: Gap[] = [];
  for (const facts of links) {
    const state = linkState(facts, ctx.config);
    const counted = state.countedAs;
    if (counted === null) continue;
    const others = CONDITIONS.filter((c) => c !== counted && state[c]);
    const text = explainLink(facts, counted, others, ctx.config.chain.minFirms);
    const suggestions = candidates ? rankLinkCandidates(candidates, facts.link, state.weak, ctx.config, facts.industry.id) : [];
    const wantsCandidates = candidates !== undefined && ctx.config.suggestions.max > 0;
    gaps.push(
      makeGap(
        {
          subject: facts.link,
          industryId: facts.industry.id,
          regionIds: facts.regionIds,
          rule: CHAIN_RULES[counted],
          evidence: text.evidence,
          explanationZh: text.explanationZh,
          explanationEn: text.explanationEn,
          suggestions,
          ...(wantsCandidates && suggestions.length === 0 ? { missingData: linkMissingData(facts.link, state.weak, candidates) } : {}),
        },
        ctx.config,
      ),
    );
  }
  return gaps;
}
