// Rule 1, 六个一 completeness (task 三(一)): every analysed industry should have a plan, a lead firm, an
// innovation centre, an alliance, a fund and a set of public technology service platforms. One query
// reads every slot of every industry; the matrix is built from the same facts.
import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import {
  INDUSTRY_TIERS,
  SIX_ONES_NAMES,
  SIX_ONES_SLOTS,
  SixOnesSlot,
  type Gap,
  type GapConfig,
  type MatrixCell,
  type NodeRef,
} from '../../../graph/model';
import { ANALYSED_INDUSTRIES, isLocalIn, refMap } from '../cypher';
import { dedupeRefs, makeGap, type RuleDefinition } from '../gap';
import type { RuleContext } from '../params';
import { Ids, readRows, Ref } from '../read';
import { HeldRef, heldIn, heldRefs, Validity, validityOf } from '../validity';
import { namesEn, namesZh } from '../text';

/** Slot names as they read inside an English sentence. */
const SLOT_PHRASE_EN: Record<SixOnesSlot, string> = {
  plan: 'industry innovation development plan',
  leadFirm: 'lead firm',
  innovationCentre: 'industry innovation centre',
  alliance: 'technology innovation alliance',
  fund: 'S&T development fund',
  platforms: 'public technology service platform',
};

const slotRule = (
  id: RuleDefinition['id'],
  slot: SixOnesSlot,
  defaultSeverity: RuleDefinition['defaultSeverity'],
  explanationZh: string,
  explanationEn: string,
): RuleDefinition => ({
  id,
  category: 'six-ones',
  defaultSeverity,
  titleZh: slot === 'platforms' ? '公共技术服务平台不成套' : `缺少${SIX_ONES_NAMES[slot].zh}`,
  titleEn: slot === 'platforms' ? 'Public technology platforms not a set' : `No ${SLOT_PHRASE_EN[slot]}`,
  explanationZh,
  explanationEn,
});

export const SIX_ONES_RULES: Record<SixOnesSlot, RuleDefinition> = {
  plan: slotRule(
    'six-ones-plan',
    'plan',
    'medium',
    '重点产业应有一个产业创新发展规划（六个一，三(一)）：图中没有规划（类型为产业规划）指向该产业。',
    'Each key industry should have an industry innovation development plan (six ones, 三(一)): no Plan of kind industry-plan PLANS it.',
  ),
  leadFirm: slotRule(
    'six-ones-lead-firm',
    'leadFirm',
    'high',
    '重点产业应有一个龙头带动企业（六个一）：图中没有企业“龙头带动”该产业。',
    'Each key industry should have a lead firm driving its chain (six ones): no Enterprise LEADS it.',
  ),
  innovationCentre: slotRule(
    'six-ones-innovation-centre',
    'innovationCentre',
    'medium',
    '重点产业应有一个产业创新中心（六个一）：图中没有创新中心服务该产业。',
    'Each key industry should have an industry innovation centre (six ones): no InnovationCentre SERVES it.',
  ),
  alliance: slotRule(
    'six-ones-alliance',
    'alliance',
    'low',
    '重点产业应有一个产业技术创新战略联盟（六个一）：图中没有联盟服务该产业。',
    'Each key industry should have a technology innovation strategic alliance (six ones): no Alliance SERVES it.',
  ),
  fund: slotRule(
    'six-ones-fund',
    'fund',
    'medium',
    '重点产业应有一个产业科技发展基金（六个一）：图中没有基金投资该产业。',
    'Each key industry should have an S&T development fund (six ones): no Fund INVESTS_IN it.',
  ),
  platforms: slotRule(
    'six-ones-platform-set',
    'platforms',
    'medium',
    '重点产业应有一套公共技术服务平台（六个一）：“一套”指至少若干个（可配置，默认 2 个）服务该产业的公共技术服务平台，且产业链每个环节都有平台或研发机构覆盖。',
    'Each key industry should have a set of public technology service platforms (six ones): "a set" means at least N platforms (configurable, default 2) serving the industry and every chain link covered by a platform or an institute.',
  ),
};

const PLATFORM = `Platform {kind: 'public-technology-service'}`;

/**
 * Every analysed industry with the holders of each slot and its links (covered = a local platform or
 * institute COVERS it). Only holders inside the scope fill a slot: organisations located there
 * (isLocalIn), plans issued for it (APPLIES_TO). A national centre in Suzhou is not Nantong's centre.
 * Each holder and coverer comes with its validity, judged in loadSixOnes (../validity.ts).
 */
const held = (h: string, r: string) => refMap(h, r, validityOf(h, r));
export const SIX_ONES_QUERY = `${ANALYSED_INDUSTRIES}
RETURN ${refMap('i')} AS industry, i.tier AS tier, coalesce(i.confirmedMissing, []) AS confirmedMissing,
  cityRegionIds AS regionIds,
  COLLECT {
    UNWIND family AS s MATCH (h:Plan {kind: 'industry-plan'})-[r:PLANS]->(s)
    WHERE EXISTS { MATCH (h)-[:APPLIES_TO]->(place:Region) WHERE place.id IN $localPlaceIds }
    RETURN ${held('h', 'r')}
  } AS plan,
  COLLECT { UNWIND family AS s MATCH (h:Enterprise)-[r:LEADS]->(s) WHERE ${isLocalIn('h')} RETURN ${held('h', 'r')} } AS leadFirm,
  COLLECT { UNWIND family AS s MATCH (h:InnovationCentre)-[r:SERVES]->(s) WHERE ${isLocalIn('h')} RETURN ${held('h', 'r')} } AS innovationCentre,
  COLLECT { UNWIND family AS s MATCH (h:Alliance)-[r:SERVES]->(s) WHERE ${isLocalIn('h')} RETURN ${held('h', 'r')} } AS alliance,
  COLLECT { UNWIND family AS s MATCH (h:Fund)-[r:INVESTS_IN]->(s) WHERE ${isLocalIn('h')} RETURN ${held('h', 'r')} } AS fund,
  COLLECT {
    UNWIND family AS s MATCH (h:${PLATFORM})-[r:SERVES]->(s) WHERE ${isLocalIn('h')} RETURN ${held('h', 'r')} AS ref
    UNION
    UNWIND family AS s MATCH (s)-[:HAS_LINK]->(:ChainLink)<-[r:COVERS]-(h:${PLATFORM}) WHERE ${isLocalIn('h')} RETURN ${held('h', 'r')} AS ref
  } AS platforms,
  COLLECT {
    UNWIND family AS s MATCH (s)-[:HAS_LINK]->(l:ChainLink)
    RETURN ${refMap('l', undefined, `order: l.order, coverers: COLLECT { MATCH (l)<-[cr:COVERS]-(c) WHERE (c:Platform OR c:Institute) AND ${isLocalIn('c')} RETURN [c.validFrom, c.validTo, cr.validFrom, cr.validTo] }`)}
  } AS links
ORDER BY i.id`;

const Row = z.object({
  industry: Ref,
  tier: z.enum(INDUSTRY_TIERS),
  confirmedMissing: z.array(z.string()),
  regionIds: Ids,
  plan: z.array(HeldRef),
  leadFirm: z.array(HeldRef),
  innovationCentre: z.array(HeldRef),
  alliance: z.array(HeldRef),
  fund: z.array(HeldRef),
  platforms: z.array(HeldRef),
  links: z.array(Ref.extend({ order: z.number(), coverers: z.array(Validity) })),
});

export interface IndustrySlots {
  industry: NodeRef & { tier: (typeof INDUSTRY_TIERS)[number] };
  confirmedMissing: SixOnesSlot[];
  regionIds: string[];
  holders: Record<SixOnesSlot, NodeRef[]>;
  links: (NodeRef & { order: number; covered: boolean })[];
}

export async function loadSixOnes(tx: ManagedTransaction, ctx: RuleContext): Promise<IndustrySlots[]> {
  const rows = readRows(await tx.run(SIX_ONES_QUERY, ctx.params), Row);
  const { year } = ctx.params;
  // Traditional, emerging, seed… as the document lists them; by id within a tier.
  rows.sort((a, b) => INDUSTRY_TIERS.indexOf(a.tier) - INDUSTRY_TIERS.indexOf(b.tier) || a.industry.id.localeCompare(b.industry.id));
  return rows.map((row) => ({
    industry: { ...row.industry, tier: row.tier },
    confirmedMissing: row.confirmedMissing.filter((s): s is SixOnesSlot => SixOnesSlot.safeParse(s).success),
    regionIds: row.regionIds,
    // A holder closed, or no longer in its role, in the engine's year fills nothing; nor covers a link.
    holders: {
      plan: dedupeRefs(heldRefs(row.plan, year)),
      leadFirm: dedupeRefs(heldRefs(row.leadFirm, year)),
      innovationCentre: dedupeRefs(heldRefs(row.innovationCentre, year)),
      alliance: dedupeRefs(heldRefs(row.alliance, year)),
      fund: dedupeRefs(heldRefs(row.fund, year)),
      platforms: dedupeRefs(heldRefs(row.platforms, year)),
    },
    links: dedupeRefs(row.links.map(({ coverers, ...link }) => ({ ...link, covered: coverers.some((v) => heldIn(v, year)) }))).sort((a, b) => a.order - b.order),
  }));
}

export interface PlatformSetState {
  cell: MatrixCell;
  /** 0..1, for the score: half for the number of platforms, half for link coverage (when required). */
  fraction: number;
}

/** Whether the platforms make "a set": enough of them, and every link covered when so configured. */
export function platformSet(facts: IndustrySlots, config: GapConfig): PlatformSetState {
  const { minPlatforms, requireEveryLinkCovered } = config.sixOnes;
  const platforms = facts.holders.platforms;
  const uncoveredLinks = facts.links.filter((l) => !l.covered).map(stripLink);
  const countShare = Math.min(platforms.length, minPlatforms) / minPlatforms;
  const coveredShare = facts.links.length === 0 ? 1 : (facts.links.length - uncoveredLinks.length) / facts.links.length;
  const coverageOk = !requireEveryLinkCovered || uncoveredLinks.length === 0;
  const fraction = platforms.length === 0 ? 0 : requireEveryLinkCovered ? (countShare + coveredShare) / 2 : countShare;
  const status =
    platforms.length >= minPlatforms && coverageOk
      ? 'filled'
      : platforms.length > 0
        ? 'partial'
        : facts.confirmedMissing.includes('platforms')
          ? 'confirmed-missing'
          : 'not-recorded';
  return {
    cell: { status, holders: platforms, uncoveredLinks: requireEveryLinkCovered ? uncoveredLinks : [] },
    fraction: status === 'filled' ? 1 : fraction,
  };
}

function stripLink(link: NodeRef & { order: number; covered: boolean }): NodeRef {
  const { order: _order, covered: _covered, ...ref } = link;
  return ref;
}

/** The six cells of one industry's matrix row. */
export function slotCells(facts: IndustrySlots, config: GapConfig): Record<SixOnesSlot, MatrixCell> {
  const cells = {} as Record<SixOnesSlot, MatrixCell>;
  for (const slot of SIX_ONES_SLOTS) {
    if (slot === 'platforms') {
      cells[slot] = platformSet(facts, config).cell;
      continue;
    }
    const holders = facts.holders[slot];
    cells[slot] = {
      status: holders.length > 0 ? 'filled' : facts.confirmedMissing.includes(slot) ? 'confirmed-missing' : 'not-recorded',
      holders,
    };
  }
  return cells;
}

export function sixOnesGaps(all: readonly IndustrySlots[], ctx: RuleContext): Gap[] {
  const gaps: Gap[] = [];
  for (const facts of all) {
    const cells = slotCells(facts, ctx.config);
    for (const slot of SIX_ONES_SLOTS) {
      const cell = cells[slot];
      if (cell.status === 'filled') continue;
      gaps.push(
        makeGap(
          {
            rule: SIX_ONES_RULES[slot],
            subject: facts.industry,
            industryId: facts.industry.id,
            evidence: [...cell.holders, ...(cell.uncoveredLinks ?? [])],
            regionIds: facts.regionIds,
            status: cell.status === 'confirmed-missing' ? 'confirmed-missing' : 'not-recorded',
            ...explainSlot(facts, slot, cell, ctx.config),
          },
          ctx.config,
        ),
      );
    }
  }
  return gaps;
}

function explainSlot(
  facts: IndustrySlots,
  slot: SixOnesSlot,
  cell: MatrixCell,
  config: GapConfig,
): { explanationZh: string; explanationEn: string } {
  const zh = facts.industry.nameZh;
  const en = facts.industry.nameEn;
  const name = SIX_ONES_NAMES[slot];
  if (cell.status === 'confirmed-missing') {
    return {
      explanationZh: `「${zh}」没有${name.zh}（用户已确认缺失）。`,
      explanationEn: `"${en}" has no ${SLOT_PHRASE_EN[slot]} (confirmed missing by a user).`,
    };
  }
  if (cell.status === 'partial') {
    const min = config.sixOnes.minPlatforms;
    const uncovered = cell.uncoveredLinks ?? [];
    const count = cell.holders.length;
    const tooFewZh = count < min ? `只有 ${count} 个公共技术服务平台（${namesZh(cell.holders)}），少于一套所需的 ${min} 个` : `有 ${count} 个公共技术服务平台`;
    const tooFewEn =
      count < min
        ? `has only ${count} public technology service platform${count === 1 ? '' : 's'} (${namesEn(cell.holders)}), fewer than the ${min} a set needs`
        : `has ${count} public technology service platforms`;
    const linksZh = uncovered.length > 0 ? `；${uncovered.length} 个环节（${namesZh(uncovered)}）没有平台或研发机构覆盖` : '';
    const linksEn =
      uncovered.length > 0
        ? `; ${uncovered.length} link${uncovered.length === 1 ? '' : 's'} (${namesEn(uncovered)}) ha${uncovered.length === 1 ? 's' : 've'} no platform or institute covering ${uncovered.length === 1 ? 'it' : 'them'}`
        : '';
    return {
      explanationZh: `「${zh}」${tooFewZh}${linksZh}：公共技术服务平台尚不成套。`,
      explanationEn: `"${en}" ${tooFewEn}${linksEn}: the platforms are not yet a set.`,
    };
  }
  return {
    explanationZh: `「${zh}」尚未记录${slot === 'platforms' ? '公共技术服务平台' : name.zh}（六个一之一）。`,
    explanationEn: `No ${SLOT_PHRASE_EN[slot]} is recorded for "${en}" (one of the six ones).`,
  };
}
