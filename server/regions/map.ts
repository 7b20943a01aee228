// GET /api/regions/:id/map: every child region with the measures a tile map is coloured by. Score and gaps
// are the gap engine's own summary with the child as the scope (computeSummary, cached per scope), so a
// tile says what the child's own page and briefing say. Firms and the LQ come from the compare feature's
// firm counts, the LQ against the child's fixed reference economy (peerRegionIds: every region of its
// level), so a tile's LQ is the one the comparison page shows.
//
// Bounded: at most MAP_CHILD_LIMIT children (a city's counties, a province's cities: 13 for Jiangsu), so
// at most that many engine summaries, run CHILD_CONCURRENCY at a time; the firm counts are two set-based
// queries whatever the number of firms.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { NodeRef, type GapSummary } from '../../graph/model';
import type { MapChild, MapMeasure, MapValue, RegionMap } from '../../graph/model/regionMap';
import { firmCountTable, peerRegionIds } from '../compare/counts';
import { countOf, DEFAULT_COMPARE_CONFIG, type CompareConfig, type CountTable } from '../compare/input';
import { cellOf, specialisation } from '../compare/specialisation';
import { errors } from '../errors';
import { activeGapConfig, asOfYear } from '../gaps/config';
import { readFirst, readRows } from '../gaps/read';
import { computeSummary } from '../gaps/service';
import { MAP_INDUSTRY, MAP_INDUSTRY_NAMES, MAP_REGION } from './mapQueries';

/** Most children one map request rates (each costs one gap-engine summary). */
export const MAP_CHILD_LIMIT = 24;
/** Engine summaries run side by side: enough to keep Neo4j busy, few enough to leave room for other requests. */
const CHILD_CONCURRENCY = 3;

const RegionNode = NodeRef.extend({ kind: z.string().nullable() });
const HeadRow = z.object({ region: RegionNode, children: z.array(RegionNode) });
const IndustryRow = z.object({ industry: NodeRef });

const rated = (value: number): MapValue => ({ status: 'rated', value });
const NO_DATA: MapValue = { status: 'no-data', value: null };

export interface MapRequest {
  id: string;
  measure: MapMeasure;
  industry?: string | undefined;
}

/** Summaries being computed, per database: a map asked for again (another industry, another page) waits for them instead of redoing them. */
const inFlight = new WeakMap<Database, Map<string, Promise<GapSummary>>>();

/** The engine's summary with `regionId` as the scope (the engine caches it once done). */
function childSummary(db: Database, regionId: string, now: Date): Promise<GapSummary> {
  const running = inFlight.get(db) ?? new Map<string, Promise<GapSummary>>();
  inFlight.set(db, running);
  const key = `${regionId}@${asOfYear(activeGapConfig().config, now)}`;
  const pending = running.get(key);
  if (pending) return pending;
  const result = computeSummary(db, { regionId, now }).finally(() => running.delete(key));
  running.set(key, result);
  return result;
}

/** The map of region `id`, or null when there is no such region; a 400 naming the field for an unknown industry. */
export async function regionMap(db: Database, request: MapRequest, now: Date = new Date()): Promise<RegionMap | null> {
  const { id, measure, industry: industryId } = request;
  if (measure === 'lq' && industryId === undefined) {
    throw errors.validation([{ field: 'query.industry', reason: 'the LQ measure needs an industry', reasonZh: '区位商需要指定产业' }]);
  }
  const config = activeGapConfig().config;
  const year = asOfYear(config, now);
  const read = await db.read(async (tx) => {
    const head = readFirst(await tx.run(MAP_REGION, { id, year, limit: MAP_CHILD_LIMIT }), HeadRow);
    if (!head) return null;
    const industry = industryId === undefined ? null : (readFirst(await tx.run(MAP_INDUSTRY, { industry: industryId }), IndustryRow)?.industry ?? null);
    if (industryId !== undefined && !industry) return { head, industry, unknownIndustry: true as const };
    const children = head.children.slice(0, MAP_CHILD_LIMIT);
    const childIds = children.map((c) => c.id);
    const all = await firmCountTable(tx, childIds);
    const present = all.industries.filter((i) => childIds.some((c) => countOf(all, c, i) > 0));
    const names = readRows(await tx.run(MAP_INDUSTRY_NAMES, { ids: present }), IndustryRow).map((r) => r.industry);
    // The LQ's reference economy: every region of the children's level (they share one), plus the children.
    const peers = industry && children[0] ? await peerRegionIds(tx, children[0].id, year) : [];
    const lqTable = industry ? await firmCountTable(tx, [...new Set([...peers, ...childIds])], [industry.id]) : null;
    return { head, industry, children, all, names, lqTable, unknownIndustry: false as const };
  });
  if (!read) return null;
  if (read.unknownIndustry) {
    throw errors.validation([{ field: 'query.industry', reason: `unknown industry id "${industryId}"`, reasonZh: `未知产业编号「${industryId}」` }]);
  }
  const { head, industry, children, all, names, lqTable } = read;
  // The comparison page's thresholds (the gap configuration's `compare` section), so both rate alike.
  const compare: CompareConfig = config.compare ?? DEFAULT_COMPARE_CONFIG;
  const minCount = compare.minCount;
  const lqOf = lqValues(lqTable, industry?.id ?? null, compare);
  const summaries = await mapLimit(children, CHILD_CONCURRENCY, (c) => childSummary(db, c.id, now));

  const rows: MapChild[] = children.map((region, i) => {
    const summary = summaries[i];
    const gapCount = summary ? Object.values(summary.gapsBySeverity).reduce((a, b) => a + b, 0) : 0;
    const values: Record<MapMeasure, MapValue> = {
      score: summary && summary.industries > 0 ? rated(summary.averageScore) : NO_DATA,
      gaps: summary ? rated(gapCount) : NO_DATA,
      firms: rated(industry ? countOf(lqTable ?? all, region.id, industry.id) : (all.regionTotals?.[region.id] ?? 0)),
      lq: lqOf(region.id),
    };
    return { region, industries: summary?.industries ?? 0, ...values, value: values[measure] };
  });
  return {
    region: head.region,
    measure,
    industry,
    industries: names,
    basis: 'firms',
    minCount,
    asOfYear: year,
    children: rows,
    childLimit: MAP_CHILD_LIMIT,
    truncated: head.children.length > MAP_CHILD_LIMIT,
  };
}

/** A child's LQ from the table, or why there is none. */
function lqValues(table: CountTable | null, industryId: string | null, compare: CompareConfig): (regionId: string) => MapValue {
  if (!table || industryId === null) return () => NO_DATA;
  const result = specialisation(table, compare);
  return (regionId) => {
    const rating = cellOf(result, regionId, industryId)?.rating;
    if (!rating) return NO_DATA;
    if (rating.kind === 'rated') return rated(Math.round(rating.lq * 100) / 100);
    // No firm at all in the region or industry: nothing to rate; a few firms: too small to rate.
    return rating.reason === 'below-floor' ? { status: 'too-small', value: null } : NO_DATA;
  };
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
