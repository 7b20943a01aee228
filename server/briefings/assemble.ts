// Gathers a briefing's content: the gap engine's findings (matrix, gaps, summary, targets, rules) for
// the scope, plus the chains, sources and data date read here. No gap logic of its own.
import type { Database } from '../../graph/db/database';
import { countTargets, SEVERITIES, type Gap, type MatrixRow, type NodeRef, type TargetProgress } from '../../graph/model';
import { computeGaps, computeMatrix, computeSummary, computeTargetProgress, gapRules } from '../gaps/service';
import { latestChange, loadChains, loadRegion, loadSources, missingIndustries } from './graphData';
import { changesView } from '../changes/service';
import type { AsOf } from '../history/asOf';
import type { GraphReader } from '../history/past';
import { readGraph, together } from './pastReads';
import { loadBriefingMap } from './outlineMap';
import type { Briefing, BriefingLang, BriefingScope, BriefingSummary, ChainView, IndustrySection } from './types';

/** Facts a "since" section reads (it lists the latest few and counts the rest). */
const SINCE_FACTS = 500;

/** How many of the most severe gaps a summary of chosen industries lists (the city's comes from the engine). */
const TOP_GAPS = 8;

/** Industries a briefing cannot cover: no such industry, or one the gap engine does not rate. */
export class UnknownIndustriesError extends Error {
  override name = 'UnknownIndustriesError';
  constructor(readonly industries: { id: string; reason: 'not-found' | 'not-rated' }[]) {
    super(`cannot brief on ${industries.map((i) => `${i.id} (${i.reason})`).join(', ')}`);
  }
}

export interface AssembleRequest {
  scope: BriefingScope;
  lang: BriefingLang;
  regionId: string;
  since?: string | undefined;
  /** The graph as recorded at this moment (server/history), checked by the router; absent: now. */
  asOf?: AsOf | undefined;
}

export async function assembleBriefing(db: Database, request: AssembleRequest, now: Date = new Date()): Promise<Briefing> {
  const { scope, lang, regionId, since, asOf } = request;
  const industryFilter = scope.kind === 'city' ? {} : { industryIds: scope.ids };
  const engine = { now, regionId, asOf };
  // As of a moment each engine call takes the graph back in its own transaction: one at a time, or two
  // would lock the same facts in turn (pastReads.ts).
  const [matrix, targets, gaps, citySummary] = await together(asOf !== undefined, [
    () => computeMatrix(db, industryFilter, engine),
    () => computeTargetProgress(db, engine),
    () => computeGaps(db, industryFilter, engine),
    () => (scope.kind === 'city' ? computeSummary(db, engine) : Promise.resolve(null)),
  ] as const);
  // The briefing's own reads, in one past graph when asOf is given.
  const { region, dataChangedAt, rows, chains, sources } = await readGraph(db, asOf, async (graph) => {
    const [region, dataChangedAt, rows] = await Promise.all([
      loadRegion(graph, regionId),
      latestChange(graph, asOf?.atMs),
      rowsInScope(graph, scope, matrix.rows),
    ]);
    const industryIds = rows.map((r) => r.industry.id);
    const [chains, sources] = await Promise.all([
      loadChains(graph, industryIds, regionId),
      loadSources(graph, { industryIds, withTargets: true, now }),
    ]);
    return { region, dataChangedAt, rows, chains, sources };
  });
  const rules = gapRules();
  // The map is the regions API's, which reads the graph of now: left out of a briefing as of a past date.
  const map = scope.kind === 'city' && !asOf ? await loadBriefingMap(db, regionId, now) : null;
  // With asOf, the changes from since up to that moment.
  const changes = since ? await changesView(db, { since, until: asOf?.date, regionId, regionGiven: true, limit: SINCE_FACTS }) : null;

  const industries: IndustrySection[] = rows.map((row) => ({
    row,
    chain: chains.get(row.industry.id) ?? { industryId: row.industry.id, links: [], feeds: [] },
    gaps: gaps.filter((g) => g.industryId === row.industry.id),
  }));
  const categories = new Map(rules.map((r) => [r.id, r.category]));
  // Target findings are shown in the target table; the rest of the city's own gaps get a section.
  const cityGaps = scope.kind === 'city' ? gaps.filter((g) => g.industryId === null && categories.get(g.ruleId) !== 'targets') : [];

  const summary: BriefingSummary = citySummary
    ? {
        industries: citySummary.industries,
        averageScore: citySummary.averageScore,
        gapsBySeverity: citySummary.gapsBySeverity,
        topGaps: citySummary.topGaps,
        targets: citySummary.targets,
      }
    : summaryOf(rows, gaps, targets);

  return {
    scope,
    region,
    lang,
    generatedAt: now,
    asOf: asOf?.date ?? null,
    dataChangedAt,
    includesIllustrative:
      sources.citations.some((c) => c.sourceKind === 'illustrative') ||
      shownRefs(industries, cityGaps, summary.topGaps, targets).some((r) => r.illustrative) ||
      industries.some((s) => chainIsIllustrative(s.chain)) ||
      targets.some((t) => t.latest?.illustrative === true),
    summary,
    industries,
    cityGaps,
    targets,
    rules,
    sources,
    map,
    changes,
  };
}

/** The matrix rows of the scope, in the order asked; industries without a row are refused. */
async function rowsInScope(db: GraphReader, scope: BriefingScope, rows: MatrixRow[]): Promise<MatrixRow[]> {
  if (scope.kind === 'city') return rows;
  const byId = new Map(rows.map((r) => [r.industry.id, r]));
  const absent = scope.ids.filter((id) => !byId.has(id));
  if (absent.length > 0) {
    const missing = new Set(await missingIndustries(db, absent));
    throw new UnknownIndustriesError(absent.map((id) => ({ id, reason: missing.has(id) ? 'not-found' : 'not-rated' })));
  }
  return scope.ids.flatMap((id) => byId.get(id) ?? []);
}

/** The summary of chosen industries, counted from the engine's findings for them (already ranked). */
function summaryOf(rows: MatrixRow[], gaps: Gap[], targets: TargetProgress[]): BriefingSummary {
  const totals = rows.map((r) => r.score.total);
  return {
    industries: rows.length,
    averageScore: totals.length === 0 ? 0 : totals.reduce((a, b) => a + b, 0) / totals.length,
    gapsBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, gaps.filter((g) => g.severity === s).length])) as BriefingSummary['gapsBySeverity'],
    topGaps: gaps.slice(0, TOP_GAPS),
    targets: countTargets(targets),
  };
}

/** Every node a reader will see named, to decide whether the illustrative notice is needed. */
function shownRefs(industries: IndustrySection[], cityGaps: Gap[], topGaps: Gap[], targets: TargetProgress[]): NodeRef[] {
  const refs: NodeRef[] = [];
  for (const { row, gaps } of industries) {
    refs.push(row.industry);
    for (const cell of Object.values(row.cells)) refs.push(...cell.holders, ...(cell.uncoveredLinks ?? []));
    for (const gap of gaps) refs.push(gap.subject, ...gap.suggestions);
  }
  for (const gap of [...cityGaps, ...topGaps]) refs.push(gap.subject, ...gap.suggestions);
  for (const t of targets) refs.push(t.indicator ?? t.target);
  return refs;
}

function chainIsIllustrative(chain: ChainView): boolean {
  return chain.links.some((l) => l.illustrative || l.countsIncludeIllustrative) || chain.feeds.some((f) => f.illustrative);
}
