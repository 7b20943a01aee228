// Specialisation of regions in industries: the location quotient and EU-style cluster stars, computed
// from one region × industry table. Pure: the caller reads the table from the graph.
//
//   LQ(r, i) = (e_ri / e_r) / (e_i / e)
//
// The European Cluster Observatory rates each region × category cell with up to three stars: size,
// specialisation and focus (http://www.clusterobservatory.eu/index.php?id=49&nid=). The thresholds and
// the sources of their defaults are on CompareConfigSchema in graph/model/compare.ts.
import { countOf, totalsOf, type CompareConfig, type CountTable, type Measure } from './input';

/** Why a cell has no LQ, most basic first: an empty region says more than a small count does. */
export type TooSmallReason = 'empty-region' | 'absent-industry' | 'below-floor';

export interface Stars {
  size: boolean;
  specialisation: boolean;
  focus: boolean;
  count: 0 | 1 | 2 | 3;
}

/** A tagged value, so "too small to rate" can never be read as a number (no 0, no NaN). */
export type Rating =
  | { kind: 'rated'; lq: number; share: number; stars: Stars }
  | { kind: 'too-small'; reason: TooSmallReason };

export interface SpecialisationCell {
  region: string;
  industry: string;
  /** e_ri, in the table's measure. */
  count: number;
  rating: Rating;
}

export interface Specialisation {
  /** Carried from the table so no one shows a firm-count LQ as an output LQ. */
  measure: Measure;
  /** Cells in the table's order: regions, then industries within each region. */
  cells: SpecialisationCell[];
}

/**
 * LQ from the four counts. Computed as (e_ri · e) / (e_r · e_i): the products of whole counts are exact, so
 * a cell at exactly the threshold (LQ 1 or 2) does not fall just below it by rounding.
 */
export function locationQuotient(eri: number, er: number, ei: number, e: number): number {
  return (eri * e) / (er * ei);
}

/** The LQ and share of one cell, or why it is too small to rate. */
export function rateCell(
  eri: number,
  er: number,
  ei: number,
  e: number,
  minCount: number,
): { kind: 'rated'; lq: number; share: number } | { kind: 'too-small'; reason: TooSmallReason } {
  if (er <= 0) return { kind: 'too-small', reason: 'empty-region' };
  if (ei <= 0) return { kind: 'too-small', reason: 'absent-industry' };
  if (eri < minCount) return { kind: 'too-small', reason: 'below-floor' };
  return { kind: 'rated', lq: locationQuotient(eri, er, ei, e), share: eri / er };
}

/** How many values make the top share of n: ⌈n × share⌉, at least 1. */
export function topCount(n: number, share: number): number {
  // 100 × 0.07 is 7.000000000000001 in floating point; round first so the top 7% of 100 is 7, not 8.
  return Math.max(1, Math.ceil(Math.round(n * share * 1e9) / 1e9));
}

/**
 * The top-decile rule, exactly: take the pool's values (cells with e_ri > 0), sort them from largest down,
 * k = ⌈n × share⌉ (at least 1), and the threshold is the k-th largest value. A cell is in the top share
 * when its value is ≥ the threshold, so every cell tied with the k-th value is in, and more than k cells
 * can be. An empty pool has no threshold.
 */
export function topShareThreshold(values: readonly number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => b - a);
  return sorted[topCount(sorted.length, share) - 1] ?? null;
}

const atLeast = (value: number, threshold: number | null): boolean => threshold !== null && value >= threshold;

/** The location quotient, share and stars of every region × industry cell of the table. */
export function specialisation(table: CountTable, config: CompareConfig): Specialisation {
  const totals = totalsOf(table);
  const raw = table.regions.flatMap((region) =>
    table.industries.map((industry) => {
      const count = countOf(table, region, industry);
      const er = totals.byRegion.get(region) ?? 0;
      const ei = totals.byIndustry.get(industry) ?? 0;
      return { region, industry, count, er, base: rateCell(count, er, ei, totals.all, config.minCount) };
    }),
  );

  // Pools of the two top-share stars: every cell with e_ri > 0, rated or not, since a small cell is
  // still part of the distribution the top tenth is taken from.
  const present = raw.filter((c) => c.count > 0);
  const sizeThreshold = new Map<string, number | null>();
  const sizeKey = (industry: string): string => (config.sizePool === 'industry' ? industry : '*');
  for (const key of new Set(present.map((c) => sizeKey(c.industry)))) {
    const pool = present.filter((c) => sizeKey(c.industry) === key).map((c) => c.count);
    sizeThreshold.set(key, topShareThreshold(pool, config.sizeTopShare));
  }
  const focusThreshold = topShareThreshold(
    present.filter((c) => c.er > 0).map((c) => c.count / c.er),
    config.focusTopShare,
  );

  const cells = raw.map(({ region, industry, count, base }): SpecialisationCell => {
    if (base.kind === 'too-small') return { region, industry, count, rating: base };
    const size = atLeast(count, sizeThreshold.get(sizeKey(industry)) ?? null);
    const special = base.lq >= config.specialisationLq;
    const focus = atLeast(base.share, focusThreshold);
    const stars: Stars = { size, specialisation: special, focus, count: ([size, special, focus].filter(Boolean).length as Stars['count']) };
    return { region, industry, count, rating: { ...base, stars } };
  });
  return { measure: table.measure, cells };
}

/** One cell of a result; undefined for a region or industry the table did not list. */
export function cellOf(result: Specialisation, region: string, industry: string): SpecialisationCell | undefined {
  return result.cells.find((c) => c.region === region && c.industry === industry);
}
