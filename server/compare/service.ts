// GET /api/compare: regions side by side, per industry. Firm counts, LQ and stars over each region's peer
// level (counts.ts), link coverage (links.ts), growth from founding years (growth.ts), and 六个一 with the
// score from the gap engine scoped to each region. Bounded: at most MAX_COMPARED_REGIONS gap-engine
// reads (cached) and one read transaction of a fixed number of set-based queries per peer level.
import type { Database } from '../../graph/db/database';
import {
  DEFAULT_COMPARE_SETTINGS,
  type CompareCell,
  type CompareCoverage,
  type CompareIndustryRef,
  type CompareRegionRef,
  type CompareResponse,
  type CompareSettings,
  type CompareSixOnes,
  type MatrixRow,
} from '../../graph/model';
import { activeGapConfig, asOfYear } from '../gaps/config';
import { computeMatrix } from '../gaps/service';
import { databaseVersion, FactCache } from '../gaps/cache';
import { firmCountTable, peerRegionIds, regionLevel, topIndustryIds } from './counts';
import { foundingCounts, growthOf, type FoundingCounts } from './growth';
import { countOf, type CountTable } from './input';
import { linkCoverage } from './links';
import { readRefs } from './refs';
import { specialisation, type SpecialisationCell } from './specialisation';

export interface CompareRequest {
  regions: readonly string[];
  industry?: string | undefined;
}

const MEASURE_NOTE = {
  zh: 'e 为企业数：位于该地区（含其下辖地区和园区）的企业；企业覆盖某产业的链条环节或为其龙头即属于该产业，细分产业计入其上级产业。LQ 以同级全部地区为参照。',
  en: "e counts firms: enterprises located in the region (its sub-regions and parks included); a firm belongs to an industry when it covers one of the industry's chain links or leads it, subsectors counting for their parent. Each LQ is taken over all regions of the same level.",
};

function growthNote(fromYear: number, toYear: number): CompareResponse['growth']['note'] {
  return {
    zh: `增长按企业成立年份计算：${toYear} 年与 ${fromYear} 年已成立企业数之比；已关闭的企业不在图中，故增长偏高。成立年份不足的地区显示为无数据（只有一年的数据）。`,
    en: `Growth is counted from founding years: firms founded by ${toYear} against those founded by ${fromYear}. Closed firms are not in the graph, so growth is overstated. Where too few firms have a founding year there is no figure: only one year of data.`,
  };
}

function sixOnesOf(row: MatrixRow | undefined): CompareSixOnes {
  if (!row) return { status: 'not-key-industry' };
  const cells = Object.values(row.cells);
  return { status: 'analysed', filled: cells.filter((c) => c.status === 'filled').length, of: cells.length, score: row.score.total };
}

/**
 * The gap engine's rows for each region, by industry id: its key industries only. Filtered to one
 * industry, the engine answers at most one row, the industry's or, for a subsector, its parent's (as
 * /api/industries/{id}/gaps does): it is filed under the id asked for.
 */
async function matrixRows(db: Database, regions: readonly CompareRegionRef[], industry: string | undefined): Promise<Map<string, Map<string, MatrixRow>>> {
  const filter = industry === undefined ? {} : { industryIds: [industry] };
  const matrices = await Promise.all(regions.map((r) => computeMatrix(db, filter, { regionId: r.id })));
  return new Map(
    regions.map((r, i) => [r.id, new Map((matrices[i]?.rows ?? []).map((row) => [industry ?? row.industry.id, row]))]),
  );
}

/** The industries compared: the one asked for, or every industry some region analyses, in first-seen order. */
function comparedIndustries(industry: CompareIndustryRef | null, rows: Map<string, Map<string, MatrixRow>>): CompareIndustryRef[] {
  if (industry) return [industry];
  const seen = new Map<string, CompareIndustryRef>();
  for (const byIndustry of rows.values()) {
    for (const row of byIndustry.values()) {
      const { id, nameZh, nameEn } = row.industry;
      if (!seen.has(id)) seen.set(id, { id, nameZh, nameEn });
    }
  }
  return [...seen.values()];
}

interface LevelTable {
  level: string;
  peers: string[];
  table: CountTable;
  cells: Map<string, SpecialisationCell>;
}

const key = (region: string, industry: string): string => `${region}\u0000${industry}`;

interface Counts {
  tables: LevelTable[];
  coverage: Map<string, CompareCoverage> | null;
  founding: Map<string, Map<string, FoundingCounts>>;
}

/** One read transaction: a count table per peer level, the industry's link coverage, founding-year counts. */
function readCounts(
  db: Database,
  regions: readonly CompareRegionRef[],
  industry: string | undefined,
  industryIds: readonly string[],
  years: { fromYear: number; toYear: number },
  settings: CompareSettings,
): Promise<Counts> {
  const regionIds = regions.map((r) => r.id);
  return db.read(async (tx) => {
    // Every top-level industry is in each table, so e_i, e and the focus pool do not depend on what was asked.
    const tableIndustries = [...new Set([...(await topIndustryIds(tx)), ...industryIds])];
    const levels = new Map<string, CompareRegionRef[]>();
    for (const region of regions) levels.set(regionLevel(region.kind), [...(levels.get(regionLevel(region.kind)) ?? []), region]);
    const tables: LevelTable[] = [];
    for (const [level, members] of levels) {
      const first = members[0];
      if (!first) continue;
      const peers = [...new Set([...(await peerRegionIds(tx, first.id, years.toYear)), ...members.map((m) => m.id)])].sort();
      const table = await firmCountTable(tx, peers, tableIndustries);
      const cells = new Map(specialisation(table, settings).cells.map((c) => [key(c.region, c.industry), c]));
      tables.push({ level, peers, table, cells });
    }
    const coverage = industry === undefined ? null : await linkCoverage(tx, regionIds, industry);
    const founding = await foundingCounts(tx, regionIds, industryIds, years);
    return { tables, coverage, founding };
  });
}

/** Counts are kept until the database changes (as the gap engine keeps its facts), apart from its cache. */
const countCaches = new WeakMap<Database, FactCache>();

async function cachedCounts(...args: Parameters<typeof readCounts>): Promise<Counts> {
  const [db, regions, industry, industryIds, years, settings] = args;
  const cache = countCaches.get(db) ?? new FactCache(32);
  countCaches.set(db, cache);
  const version = await databaseVersion(db);
  const cacheKey = JSON.stringify([regions.map((r) => [r.id, r.kind]), industry ?? null, industryIds, years, settings]);
  const kept = cache.get(cacheKey, version) as Counts | undefined;
  if (kept) return kept;
  const fresh = await readCounts(...args);
  // Kept only when nothing was written meanwhile, so a kept entry is one state of the graph.
  if ((await databaseVersion(db)) === version) cache.set(cacheKey, version, fresh);
  return fresh;
}

export async function compareRegions(db: Database, request: CompareRequest, now: Date = new Date()): Promise<CompareResponse> {
  const config = activeGapConfig().config;
  const settings = config.compare ?? DEFAULT_COMPARE_SETTINGS;
  const toYear = asOfYear(config, now);
  const fromYear = toYear - settings.growthYears;

  const refs = await db.read((tx) => readRefs(tx, request.regions, request.industry));
  const rows = await matrixRows(db, refs.regions, refs.industry?.id);
  const industries = comparedIndustries(refs.industry, rows);
  const industryIds = industries.map((i) => i.id);

  const read = await cachedCounts(db, refs.regions, refs.industry?.id, industryIds, { fromYear, toYear }, settings);

  const tableOf = new Map(read.tables.map((t) => [t.level, t]));
  const regionRows = refs.regions.map((region) => {
    const level = regionLevel(region.kind);
    const levelTable = tableOf.get(level);
    const cells = industries.map((industry): CompareCell => {
      const spec = levelTable?.cells.get(key(region.id, industry.id));
      const counts = read.founding.get(region.id)?.get(industry.id);
      const coverage = read.coverage?.get(region.id);
      return {
        industry,
        firms: levelTable ? countOf(levelTable.table, region.id, industry.id) : 0,
        specialisation: spec?.rating ?? { kind: 'too-small', reason: 'empty-region' },
        sixOnes: sixOnesOf(rows.get(region.id)?.get(industry.id)),
        growth: growthOf(counts, settings.minCount),
        firmsWithFoundingYear: counts?.dated ?? 0,
        ...(coverage ? { coverage } : {}),
      };
    });
    return { region, firms: levelTable?.table.regionTotals?.[region.id] ?? 0, referenceLevel: level, cells };
  });

  return {
    measure: 'firms',
    measureNote: MEASURE_NOTE,
    industry: refs.industry,
    industries,
    reference: read.tables.map((t) => ({ level: t.level, regionIds: t.peers })),
    thresholds: settings,
    growth: {
      basis: 'founding-year',
      fromYear,
      toYear,
      available: regionRows.some((r) => r.cells.some((c) => c.growth !== null)),
      note: growthNote(fromYear, toYear),
    },
    regions: regionRows,
  };
}
