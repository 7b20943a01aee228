// The gap engine's API for routes, the chain view and briefings. Every call reads the graph in one
// read transaction with a fixed, small number of set-based queries (one per fact set), whatever the
// number of industries, links or regions; what it read is kept until the database changes (cache.ts).
import type { Database } from '../../graph/db/database';
import {
  countTargets,
  GAP_RULE_IDS,
  SEVERITIES,
  SIX_ONES_SLOTS,
  type Gap,
  type GapConfig,
  type GapMatrix,
  type GapRuleId,
  type GapRuleInfo,
  type GapSummary,
  type MatrixRow,
  type NodeRef,
  type TargetProgress,
} from '../../graph/model';
import { readAt } from '../history/past';
import type { AsOf } from '../history/asOf';
import { activeGapConfig } from './config';
import { compareGaps, ruleInfo, severityOf } from './gap';
import { ruleContext, type GapFilter, type RuleContext } from './params';
import { chainGaps, linkState } from './rules/chainLinks';
import { CANDIDATE_SETS, FACTS_FOR_RULE, INDUSTRY_RULES, RULE_DEFINITIONS, ruleDefinition, type FactSet } from './rules';
import { loadFacts, type Facts } from './facts';
import { innovationGaps } from './rules/innovationFields';
import { parkSpecialityGaps } from './rules/parkSpeciality';
import { partnerGaps } from './rules/partners';
import { coBuiltGaps } from './rules/regionCoBuiltParks';
import { highTechZoneGaps } from './rules/regionHighTechZones';
import { platformSet, sixOnesGaps, slotCells } from './rules/sixOnes';
import { targetGaps } from './rules/targets';
import { industryAnalysis, type IndustryAnalysis } from './industry';
import { industryScore } from './score';
import type { CandidatePool } from './suggestions';

export { activeGapConfig } from './config';
export type { GapFilter } from './params';

export interface EngineOptions {
  /** Defaults to the configuration in force (activeGapConfig). */
  config?: GapConfig;
  /** "Today", for region validity when the configuration sets no asOfYear. */
  now?: Date;
  /** The region analysed (scope.ts resolveScope); the configuration's home city when absent. */
  regionId?: string;
  /** The database version read just before (scope.ts resolveScopeAt), saving the engine its own read. */
  version?: string;
  /** The graph as recorded at this moment (server/history): read in a rolled-back transaction, never cached here. */
  asOf?: AsOf;
}

/** The configuration with the scope as its home region: every rule query reads $cityId as the scope. */
function scopedConfig(options: EngineOptions): GapConfig {
  const config = options.config ?? activeGapConfig().config;
  return options.regionId === undefined ? config : { ...config, cityId: options.regionId };
}

/** Every rule with its titles, explanation and the severity in force. */
export function gapRules(config: GapConfig = activeGapConfig().config): GapRuleInfo[] {
  return RULE_DEFINITIONS.map((rule) => ruleInfo(rule, config));
}

/** The rules a filter asks for: by id and severity, and only industry rules under an industry filter. */
function selectedRules(filter: GapFilter, config: GapConfig): GapRuleId[] {
  return GAP_RULE_IDS.filter(
    (id) =>
      (!filter.ruleIds?.length || filter.ruleIds.includes(id)) &&
      (!filter.severities?.length || filter.severities.includes(severityOf(ruleDefinition(id), config))) &&
      (!filter.industryIds?.length || INDUSTRY_RULES.has(id)),
  );
}

function factSetsFor(rules: readonly GapRuleId[], withCandidates = true): Set<FactSet> {
  return new Set(rules.flatMap((id) => FACTS_FOR_RULE[id]).filter((set) => withCandidates || !CANDIDATE_SETS.has(set)));
}

function gapsFromFacts(facts: Facts, ctx: RuleContext, rules: readonly GapRuleId[]): Gap[] {
  const emptyPool: CandidatePool = { city: { zh: ctx.params.cityId, en: ctx.params.cityId }, partnerRegions: [], candidates: [] };
  const all = [
    ...(facts.sixOnes ? sixOnesGaps(facts.sixOnes, ctx) : []),
    ...(facts.links ? chainGaps(facts.links, ctx, facts.linkCandidates) : []),
    ...(facts.needs && rules.includes('innovation-uncovered-field')
      ? innovationGaps(facts.needs, facts.candidates ?? emptyPool, ctx)
      : []),
    ...(facts.partners ? partnerGaps(facts.partners, facts.needs ?? [], facts.candidates ?? emptyPool, ctx) : []),
    ...(facts.coBuilt ? coBuiltGaps(facts.coBuilt, ctx) : []),
    ...(facts.highTech ? highTechZoneGaps(facts.highTech, ctx) : []),
    ...(facts.parks ? parkSpecialityGaps(facts.parks, ctx) : []),
    ...(facts.targets ? targetGaps(facts.targets, ctx) : []),
  ];
  return all.filter((gap) => rules.includes(gap.ruleId)).sort(compareGaps(GAP_RULE_IDS));
}

/** Gaps found by the selected rules, most severe first. */
export async function computeGaps(db: Database, filter: GapFilter = {}, options: EngineOptions = {}): Promise<Gap[]> {
  const config = scopedConfig(options);
  const ctx = ruleContext(config, filter, options.now);
  const rules = selectedRules(filter, config);
  if (rules.length === 0) return [];
  const facts = await loadFacts(db, ctx, factSetsFor(rules), options.version, options.asOf);
  return gapsFromFacts(facts, ctx, rules);
}

const MATRIX_RULES = GAP_RULE_IDS.filter((id) => INDUSTRY_RULES.has(id));

function groupByIndustry<T extends { industry: NodeRef }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.industry.id);
    if (group) group.push(item);
    else groups.set(item.industry.id, [item]);
  }
  return groups;
}

function matrixFromFacts(facts: Facts, ctx: RuleContext, gaps: readonly Gap[]): GapMatrix {
  const gapCount = new Map<string, number>();
  for (const gap of gaps) {
    if (gap.industryId && INDUSTRY_RULES.has(gap.ruleId)) gapCount.set(gap.industryId, (gapCount.get(gap.industryId) ?? 0) + 1);
  }
  // Grouped once: at province size a filter per row would compare every link with every industry.
  const linksOf = groupByIndustry(facts.links ?? []);
  const needsOf = groupByIndustry(facts.needs ?? []);
  const partnersOf = groupByIndustry(facts.partners ?? []);
  const rows: MatrixRow[] = (facts.sixOnes ?? []).map((slots) => {
    const id = slots.industry.id;
    const links = linksOf.get(id) ?? [];
    const states = links.map((l) => linkState(l, ctx.config));
    const needs = needsOf.get(id) ?? [];
    const partners = partnersOf.get(id)?.[0]?.partners ?? [];
    const cells = slotCells(slots, ctx.config);
    const score = industryScore(
      {
        cells,
        platformFraction: platformSet(slots, ctx.config).fraction,
        links: {
          total: links.length,
          withLocalFirm: states.filter((s) => !s.missing).length,
          sound: states.filter((s) => s.countedAs === null).length,
        },
        fields: { needed: needs.length, covered: needs.filter((n) => n.researchers.length > 0).length },
        partners: partners.length,
      },
      ctx.config.scoreWeights,
    );
    return { industry: slots.industry, cells, score, gapCount: gapCount.get(id) ?? 0 };
  });
  return { rows, slots: [...SIX_ONES_SLOTS] };
}

/** The 六个一 matrix: analysed industries × six slots, each row with its score and gap count. */
export async function computeMatrix(
  db: Database,
  filter: Pick<GapFilter, 'industryIds'> = {},
  options: EngineOptions = {},
): Promise<GapMatrix> {
  const config = scopedConfig(options);
  const ctx = ruleContext(config, { industryIds: filter.industryIds }, options.now);
  const facts = await loadFacts(db, ctx, factSetsFor(MATRIX_RULES, false), options.version, options.asOf);
  return matrixFromFacts(facts, ctx, gapsFromFacts(facts, ctx, MATRIX_RULES));
}

export async function computeTargetProgress(db: Database, options: EngineOptions = {}): Promise<TargetProgress[]> {
  const config = scopedConfig(options);
  const ctx = ruleContext(config, {}, options.now);
  const facts = await loadFacts(db, ctx, new Set<FactSet>(['targets']), options.version, options.asOf);
  return (facts.targets ?? []).map((t) => t.progress);
}

/** Share of the distinct nodes cited (gap evidence and matrix holders) that are illustrative. */
function illustrativeShare(gaps: readonly Gap[], matrix: GapMatrix): number {
  const cited = new Map<string, boolean>();
  const cite = (ref: NodeRef): void => {
    cited.set(ref.id, (cited.get(ref.id) ?? true) && ref.illustrative);
  };
  for (const gap of gaps) (gap.evidenceNodes ?? [gap.subject]).forEach(cite);
  for (const row of matrix.rows) for (const cell of Object.values(row.cells)) cell.holders.forEach(cite);
  if (cited.size === 0) return 0;
  const illustrative = [...cited.values()].filter(Boolean).length;
  return Math.round((illustrative / cited.size) * 1000) / 1000;
}

/** The city at a glance: scores, gaps by severity and rule, the worst gaps, targets. */
export async function computeSummary(db: Database, options: EngineOptions = {}): Promise<GapSummary> {
  const config = scopedConfig(options);
  const ctx = ruleContext(config, {}, options.now);
  const facts = await loadFacts(db, ctx, factSetsFor(GAP_RULE_IDS, false), options.version, options.asOf);
  const gaps = gapsFromFacts(facts, ctx, GAP_RULE_IDS);
  const matrix = matrixFromFacts(facts, ctx, gaps);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, gaps.filter((g) => g.severity === s).length]));
  const byRule = Object.fromEntries(GAP_RULE_IDS.map((id) => [id, gaps.filter((g) => g.ruleId === id).length]));
  const targets = (facts.targets ?? []).map((t) => t.progress.status);
  const totals = matrix.rows.map((r) => r.score.total);
  return {
    industries: matrix.rows.length,
    averageScore: totals.length === 0 ? 0 : Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10,
    gapsBySeverity: bySeverity as GapSummary['gapsBySeverity'],
    gapsByRule: byRule,
    topGaps: gaps.slice(0, config.summary.topGaps),
    targets: countTargets(targets.map((status) => ({ status }))),
    illustrativeShare: illustrativeShare(gaps, matrix),
  };
}

export interface IndustryGapsResult extends IndustryAnalysis {
  row: MatrixRow | null;
  gaps: Gap[];
}

/** One industry's gaps and matrix row (a subsector gets its parent's); null when there is no such industry. */
export async function computeIndustryGaps(db: Database, industryId: string, options: EngineOptions = {}): Promise<IndustryGapsResult | null> {
  const config = scopedConfig(options);
  const analysis = await readAt(db, options.asOf, (tx) => industryAnalysis(tx, industryId, config));
  if (!analysis) return null;
  if (!analysis.analysedAs) return { ...analysis, row: null, gaps: [] };
  const ctx = ruleContext(config, { industryIds: [analysis.analysedAs] }, options.now);
  const facts = await loadFacts(db, ctx, factSetsFor(MATRIX_RULES), options.version, options.asOf);
  const gaps = gapsFromFacts(facts, ctx, MATRIX_RULES);
  const matrix = matrixFromFacts(facts, ctx, gaps);
  return { ...analysis, row: matrix.rows.find((r) => r.industry.id === analysis.analysedAs) ?? null, gaps };
}
