// Reads what a briefing needs besides the gap engine's findings: the scope's industries, their chains,
// the sources of the facts shown, and when the data last changed. Driver values stay in this module.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../graph/db/database';
import { CHAIN_STAGES, Slug, SOURCE_KINDS, type SourceKind } from '../../graph/model';
import { datasetDir } from '../datasets';
import { CHAINS_OF_INDUSTRIES, INDUSTRIES_BY_ID, LATEST_CHANGE, SOURCES_OF_INDUSTRIES } from './queries';
import type { ChainView, DatasetInfo, SourceCitation } from './types';

/** The requested ids that name no industry. */
export async function missingIndustries(db: Database, ids: string[]): Promise<string[]> {
  const result = await db.read((tx) => tx.run(INDUSTRIES_BY_ID, { ids }));
  return result.records.filter((record) => record.get('found') !== true).map((record) => record.get('id') as string);
}

interface LinkRow {
  id: string;
  nameZh: string;
  nameEn: string;
  stage: string;
  order: number;
  illustrative: boolean;
  enterprises: number;
  platforms: number;
  institutes: number;
  illustrativeMembers: number;
}

export async function loadChains(db: Database, industryIds: string[]): Promise<Map<string, ChainView>> {
  const result = await db.read((tx) => tx.run(CHAINS_OF_INDUSTRIES, { ids: industryIds }));
  const chains = new Map<string, ChainView>();
  for (const record of result.records) {
    const industryId = record.get('industryId') as string;
    const links = (record.get('links') as LinkRow[]).map((row) => ({
      id: row.id,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      stage: CHAIN_STAGES.find((s) => s === row.stage) ?? 'midstream',
      order: row.order,
      illustrative: row.illustrative,
      counts: { enterprises: row.enterprises, platforms: row.platforms, institutes: row.institutes },
      countsIncludeIllustrative: row.illustrativeMembers > 0,
    }));
    const feeds = record.get('feeds') as ChainView['feeds'];
    chains.set(industryId, { industryId, links, feeds });
  }
  return chains;
}

interface Fact {
  sourceKind: string | null;
  sourceRef: string | null;
  dataset: string | null;
}

/** Citations (by source) and datasets behind the facts of the scope, most cited first. */
export async function loadSources(
  db: Database,
  options: { industryIds: string[]; withTargets: boolean },
): Promise<{ citations: SourceCitation[]; datasets: DatasetInfo[] }> {
  const result = await db.read((tx) =>
    tx.run(SOURCES_OF_INDUSTRIES, { ids: options.industryIds, withTargets: options.withTargets }),
  );
  const record = result.records[0];
  const nodeFacts = (record?.get('nodeFacts') as Fact[] | undefined) ?? [];
  const relFacts = (record?.get('relFacts') as Fact[] | undefined) ?? [];

  const citations = new Map<string, SourceCitation>();
  for (const fact of [...nodeFacts, ...relFacts]) {
    const sourceKind = SOURCE_KINDS.find((k) => k === fact.sourceKind);
    if (!sourceKind || !fact.sourceRef) continue;
    const key = `${sourceKind}\u0000${fact.sourceRef}`;
    const entry = citations.get(key) ?? { sourceKind, sourceRef: fact.sourceRef, facts: 0 };
    entry.facts += 1;
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
  return {
    citations: [...citations.values()].sort(compareCitations),
    datasets: datasets.sort((a, b) => b.facts - a.facts || a.id.localeCompare(b.id)),
  };
}

const KIND_ORDER: SourceKind[] = ['document', 'domain', 'import', 'user', 'illustrative'];

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

/** When the data last changed, if the graph records it (audit log or updatedAt stamps). */
export async function latestChange(db: Database): Promise<Date | null> {
  const result = await db.read((tx) => tx.run(LATEST_CHANGE));
  const record = result.records[0];
  const dates = [record?.get('audited'), record?.get('stamped')]
    .filter((value): value is string => typeof value === 'string')
    // Neo4j zoned times may end in a zone id ("…+08:00[Asia/Shanghai]"): Date reads the offset.
    .map((value) => new Date(value.replace(/\[.*\]$/, '')))
    .filter((date) => !Number.isNaN(date.getTime()));
  return dates.length === 0 ? null : new Date(Math.max(...dates.map((d) => d.getTime())));
}
