// Reads what a briefing needs besides the gap engine's findings: the scope's industries, their chains,
// the sources of the facts shown, and when the data last changed. Driver values stay in this module.
// Each takes a GraphReader: the database, or the graph as recorded at a moment (server/history/past.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CHAIN_STAGES, isWebAddress, Slug, SOURCE_KINDS, type SourceKind } from '../../graph/model';
import { datasetDir } from '../datasets';
import { briefingFreshness, type BriefingFreshness } from '../freshness/briefingNotes';
import { activeFreshnessConfig } from '../freshness/config';
import { activeGapConfig } from '../gaps/service';
import type { GraphReader } from '../history/past';
import { readFirst, readRows } from '../presenters/rows';
import { CHAINS_OF_INDUSTRIES, INDUSTRIES_BY_ID, LATEST_CHANGE, REGION_OF_SCOPE, SOURCES_OF_INDUSTRIES, TARGETS_OF_INDUSTRIES } from './queries';
import type { BriefingRegion, ChainView, DatasetInfo, SourceCitation } from './types';

// Row schemas, one per query (queries.ts): a record that does not match means the query and its reader
// disagree, and fails the request as a server error instead of drawing a wrong briefing.
const IndustryFound = z.object({ id: z.string(), found: z.boolean() });
const RegionRow = z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string().nullable(), kind: z.string().nullable() });

const LinkRow = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** Unknown stages are drawn as midstream rather than refused (see loadChains). */
  stage: z.string().nullable(),
  order: z.number(),
  illustrative: z.boolean(),
  enterprises: z.number(),
  localEnterprises: z.number(),
  platforms: z.number(),
  institutes: z.number(),
  illustrativeMembers: z.number(),
});
const ChainRow = z.object({
  industryId: z.string(),
  links: z.array(LinkRow),
  feeds: z.array(z.object({ from: z.string(), to: z.string(), illustrative: z.boolean() })),
});

const Fact = z.object({
  sourceKind: z.string().nullable(),
  sourceRef: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  observedAt: z.string().nullable(),
  dataset: z.string().nullable(),
  /** A node's label or a relationship's type, and its name ("a → b" for a relationship): for the freshness notes. */
  label: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
});
const SourcesRow = z.object({ nodeFacts: z.array(Fact), relFacts: z.array(Fact) });

/** Either may be null: no audit entry, or no node stamped with updatedAt. */
const LatestChangeRow = z.object({ audited: z.string().nullable(), stamped: z.string().nullable() });

/** The requested ids that name no industry. */
export async function missingIndustries(db: GraphReader, ids: string[]): Promise<string[]> {
  const result = await db.read((tx) => tx.run(INDUSTRIES_BY_ID, { ids }));
  return readRows(result, IndustryFound)
    .filter((row) => !row.found)
    .map((row) => row.id);
}

/** Ids of the targets of these industries (a target or its indicator CONCERNS one of them). */
export async function targetIdsOfIndustries(db: GraphReader, industryIds: string[]): Promise<string[]> {
  const row = readFirst(await db.read((tx) => tx.run(TARGETS_OF_INDUSTRIES, { ids: industryIds })), z.object({ ids: z.array(z.string()) }));
  return row?.ids ?? [];
}

/** The scope's region (resolveScope has checked it exists), named for the title and file name. */
export async function loadRegion(db: GraphReader, id: string): Promise<BriefingRegion> {
  const row = readFirst(await db.read((tx) => tx.run(REGION_OF_SCOPE, { id })), RegionRow);
  const home = id === activeGapConfig().config.cityId;
  return { id, nameZh: row?.nameZh ?? id, nameEn: row?.nameEn || row?.nameZh || id, kind: row?.kind ?? null, home };
}

/** Each industry's chain; a firm is local when it lies inside the scope `cityId`, as in the chain view. */
export async function loadChains(db: GraphReader, industryIds: string[], cityId: string): Promise<Map<string, ChainView>> {
  const result = await db.read((tx) => tx.run(CHAINS_OF_INDUSTRIES, { ids: industryIds, cityId }));
  const chains = new Map<string, ChainView>();
  for (const { industryId, links: linkRows, feeds } of readRows(result, ChainRow)) {
    const links = linkRows.map((row) => ({
      id: row.id,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      stage: CHAIN_STAGES.find((s) => s === row.stage) ?? 'midstream',
      order: row.order,
      illustrative: row.illustrative,
      counts: { enterprises: row.enterprises, localEnterprises: row.localEnterprises, platforms: row.platforms, institutes: row.institutes },
      countsIncludeIllustrative: row.illustrativeMembers > 0,
    }));
    chains.set(industryId, { industryId, links, feeds });
  }
  return chains;
}

/** Citations (by source) and datasets behind the facts of the scope, most cited first. */
export async function loadSources(
  db: GraphReader,
  options: { industryIds: string[]; withTargets: boolean; targetIds?: string[] | null; now?: Date },
): Promise<{ citations: SourceCitation[]; datasets: DatasetInfo[]; freshness: BriefingFreshness }> {
  const result = await db.read((tx) =>
    tx.run(SOURCES_OF_INDUSTRIES, { ids: options.industryIds, withTargets: options.withTargets, targetIds: options.targetIds ?? null }),
  );
  // The query aggregates to one row; none would mean no facts.
  const { nodeFacts, relFacts } = readFirst(result, SourcesRow) ?? { nodeFacts: [], relFacts: [] };

  const citations = new Map<string, SourceCitation>();
  for (const fact of [...nodeFacts, ...relFacts]) {
    const sourceKind = SOURCE_KINDS.find((k) => k === fact.sourceKind);
    if (!sourceKind || !fact.sourceRef) continue;
    // Only an http(s) address is shown: a briefing never prints a javascript: or file: link.
    const sourceUrl = fact.sourceUrl && isWebAddress(fact.sourceUrl) ? fact.sourceUrl : undefined;
    const key = `${sourceKind}\u0000${fact.sourceRef}\u0000${sourceUrl ?? ''}`;
    const entry: SourceCitation = citations.get(key) ?? { sourceKind, sourceRef: fact.sourceRef, ...(sourceUrl ? { sourceUrl } : {}), facts: 0 };
    entry.facts += 1;
    // YYYY, YYYY-MM and YYYY-MM-DD sort as text; the latest stands for the source.
    if (fact.observedAt && (!entry.observedAt || fact.observedAt > entry.observedAt)) entry.observedAt = fact.observedAt;
    citations.set(key, entry);
  }

  const byDataset = new Map<string, { facts: number; illustrativeFacts: number }>();
  for (const fact of nodeFacts) {
    if (!fact.dataset) continue;
    const entry = byDataset.get(fact.dataset) ?? { facts: 0, illustrativeFacts: 0 };
    entry.facts += 1;
    if (fact.sourceKind === 'illustrative') entry.illustrativeFacts += 1;
    byDataset.set(fact.dataset, entry);
  }
  const datasets = await Promise.all(
    [...byDataset.entries()].map(async ([id, counts]) => ({ id, ...(await datasetNames(id)), ...counts })),
  );
  const noted = [...nodeFacts.map((f) => ({ ...f, kind: 'node' as const })), ...relFacts.map((f) => ({ ...f, kind: 'relationship' as const }))];
  return {
    freshness: briefingFreshness(noted, activeFreshnessConfig().config, options.now ?? new Date()),
    citations: [...citations.values()].sort(compareCitations),
    datasets: datasets.sort((a, b) => b.facts - a.facts || a.id.localeCompare(b.id)),
  };
}

const KIND_ORDER: SourceKind[] = ['document', 'public', 'domain', 'import', 'user', 'illustrative'];

/** Document sections in the document's order (三(一) before 三(二) before 四), then other sources by use. */
function compareCitations(a: SourceCitation, b: SourceCitation): number {
  const kinds = KIND_ORDER.indexOf(a.sourceKind) - KIND_ORDER.indexOf(b.sourceKind);
  if (kinds !== 0) return kinds;
  if (a.sourceKind === 'document') return sectionKey(a.sourceRef).localeCompare(sectionKey(b.sourceRef));
  return b.facts - a.facts || a.sourceRef.localeCompare(b.sourceRef);
}

const NUMERAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** "三(十)" → "03.10": Chinese section numbers made sortable. */
export function sectionKey(ref: string): string {
  return ref.replace(/[一二三四五六七八九十]+/g, (numeral) => {
    const chars = [...numeral];
    const digit = (i: number): number => NUMERAL_VALUE[chars[i] ?? ''] ?? 0;
    const value = chars[0] === '十' ? 10 + digit(1) : chars[1] === '十' ? digit(0) * 10 + digit(2) : digit(0);
    return String(value).padStart(2, '0');
  });
}

/** A dataset's display names from its manifest in seeds/, or its id when the folder is gone. */
async function datasetNames(id: string): Promise<{ nameZh: string; nameEn: string }> {
  // Only a slug names a folder under seeds/; anything else is shown as it is.
  if (!Slug.safeParse(id).success) return { nameZh: id, nameEn: id };
  try {
    const manifest = JSON.parse(await readFile(path.join(datasetDir(id), 'dataset.json'), 'utf8')) as {
      nameZh?: unknown;
      nameEn?: unknown;
    };
    return {
      nameZh: typeof manifest.nameZh === 'string' ? manifest.nameZh : id,
      nameEn: typeof manifest.nameEn === 'string' ? manifest.nameEn : id,
    };
  } catch {
    return { nameZh: id, nameEn: id };
  }
}

/**
 * When the data last changed, if the graph records it (audit log or updatedAt stamps); by `untilMs` when
 * given (an as-of briefing: the audit log is not taken back with the graph, so later entries are skipped).
 */
export async function latestChange(db: GraphReader, untilMs?: number): Promise<Date | null> {
  const untilIso = untilMs === undefined ? null : new Date(untilMs).toISOString();
  const result = await db.read((tx) => tx.run(LATEST_CHANGE, { untilIso }));
  const row = readFirst(result, LatestChangeRow);
  const dates = [row?.audited, row?.stamped]
    .filter((value): value is string => typeof value === 'string')
    // Neo4j zoned times may end in a zone id ("…+08:00[Asia/Shanghai]"): Date reads the offset.
    .map((value) => new Date(value.replace(/\[.*\]$/, '')))
    .filter((date) => !Number.isNaN(date.getTime()));
  return dates.length === 0 ? null : new Date(Math.max(...dates.map((d) => d.getTime())));
}
