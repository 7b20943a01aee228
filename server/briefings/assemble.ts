// Gathers a briefing's content: the gap engine's findings (matrix, gaps, summary, targets, rules) for
// the scope, plus the chains, sources and data date read here. No gap logic of its own.
import type { Database } from '../../graph/db/database';
import { countTargets, SEVERITIES, type Gap, type MatrixRow, type NodeRef, type TargetProgress } from '../../graph/model';
import { computeGaps, computeMatrix, computeSummary, computeTargetProgress, gapRules } from '../gaps/service';
import { latestChange, loadChains, loadRegion, loadSources, missingIndustries, targetIdsOfIndustries } from './graphData';
import { changesView } from '../changes/service';
import type { AsOf } from '../history/asOf';
import { judgedAt } from '../freshness/briefingNotes';
import { onPastGraph } from './pastBriefing';
import { loadBriefingMap } from './outlineMap';
import { problemsWithCases, rankProblems } from './problems';
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
  const { since, asOf, regionId } = request;
  // The changes take the graph back themselves (at since and at asOf): outside the past graph below,
  // where a second as-of transaction would wait for the first's locks.
  const changes = since ? await changesView(db, { since, until: asOf?.date, regionId, regionGiven: true, limit: SINCE_FACTS }) : null;
  // As of a moment, everything else is read in one graph taken back (pastBriefing.ts).
  const content = asOf ? await onPastGraph(db, asOf, (past) => assembleContent(past, request, now)) : await assembleContent(db, request, now);
  // Cases are today's follow-up of the gaps shown, read from the database itself.
  const problems = await problemsWithCases(db, regionId, rankProblems(content.allGaps, content.industries.map((s) => s.row)));
  return { ...content, changes, asOf: asOf?.date ?? null, problems };
}

/** The briefing but its changes section, from `db`: the database, or a past graph dressed as one. */
async function assembleContent(db: Database, request: AssembleRequest, now: Date): Promise<Omit<Briefing, 'changes' | 'asOf' | 'problems'>> {
  const { scope, lang, regionId, asOf } = request;
  const industryFilter = scope.kind === 'city' ? {} : { industryIds: scope.ids };
  // No asOf for the engine: `db` already is the graph of that moment.
  const engine = { now, regionId };
  const [matrix, allTargets, dataChangedAt, region] = await Promise.all([
    computeMatrix(db, industryFilter, engine),
    computeTargetProgress(db, engine),
    // The audit log is not taken back with the graph: entries after the moment are skipped.
    latestChange(db, asOf?.atMs),
    loadRegion(db, regionId),
  ]);
  const rows = await rowsInScope(db, scope, matrix.rows);
  const industryIds = rows.map((r) => r.industry.id);
  const rules = gapRules();
  // An industry briefing prints only its industries' targets (a target or its indicator CONCERNS one).
  const targetIds = scope.kind === 'city' ? null : new Set(await targetIdsOfIndustries(db, industryIds));
  const targets = targetIds ? allTargets.filter((t) => targetIds.has(t.target.id)) : allTargets;

  const [gaps, citySummary, chains, sources] = await Promise.all([
    computeGaps(db, industryFilter, engine),
    scope.kind === 'city' ? computeSummary(db, engine) : Promise.resolve(null),
    loadChains(db, industryIds, regionId),
    // Data notes judge each fact's age at the moment read (a past briefing: then, not today).
    loadSources(db, { industryIds, withTargets: true, targetIds: targetIds ? [...targetIds] : null, now: judgedAt(now, asOf) }),
  ]);
  const map = scope.kind === 'city' ? await loadBriefingMap(db, regionId, now) : null;

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
    allGaps: gaps,
  };
}

/** The matrix rows of the scope, in the order asked; industries without a row are refused. */
async function rowsInScope(db: Database, scope: BriefingScope, rows: MatrixRow[]): Promise<MatrixRow[]> {
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
