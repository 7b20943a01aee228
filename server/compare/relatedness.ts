// Relatedness from co-location: which industries a region could grow into next (延链), after the product
// space of Hidalgo, Klinger, Barabási and Hausmann (2007) and the density of the Atlas of Economic
// Complexity (Hausmann et al. 2014), with regions in place of countries and LQ in place of RCA.
//
//   M[r][i]  = 1 when the cell is rated and LQ ≥ presenceLq (1), else 0
//   φ(i, j)  = min(P(M_i | M_j), P(M_j | M_i)) = |regions with both| / max(u_i, u_j),
//              u_i = |regions with M_i|; 0 when either ubiquity is 0
//   ω(r, j)  = Σ_{i≠j} M[r][i] φ(i, j) / Σ_{i≠j} φ(i, j); 0 when the denominator is 0
import type { CompareConfig, CountTable } from './input';
import { specialisation, type Specialisation } from './specialisation';

export interface PresenceMatrix {
  regions: readonly string[];
  industries: readonly string[];
  /** Region → the industries with M[r][i] = 1. Every listed region has an entry, empty or not. */
  present: ReadonlyMap<string, ReadonlySet<string>>;
}

/** φ for every ordered pair i ≠ j (symmetric); a pair that never co-occurs is absent and reads as 0. */
export type Proximity = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface Support {
  industry: string;
  proximity: number;
}

export interface Candidate {
  industry: string;
  density: number;
  /** The region's strengths (M = 1) related to the candidate (φ > 0), strongest first. */
  supports: Support[];
}

/** Densities equal to 12 places are a tie: the same fractions summed in another order may differ in the last bit. */
const EPSILON = 1e-12;
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** M from a specialisation result: only rated cells count, so a too-small cell is never a strength. */
export function presenceMatrix(result: Specialisation, regions: readonly string[], industries: readonly string[], presenceLq: number): PresenceMatrix {
  const present = new Map<string, Set<string>>(regions.map((r) => [r, new Set<string>()]));
  for (const cell of result.cells) {
    if (cell.rating.kind === 'rated' && cell.rating.lq >= presenceLq) present.get(cell.region)?.add(cell.industry);
  }
  return { regions, industries, present };
}

export function proximity(m: PresenceMatrix): Proximity {
  const ubiquity = new Map(m.industries.map((i) => [i, 0]));
  for (const set of m.present.values()) for (const i of set) ubiquity.set(i, (ubiquity.get(i) ?? 0) + 1);
  const phi = new Map<string, Map<string, number>>(m.industries.map((i) => [i, new Map<string, number>()]));
  m.industries.forEach((i, index) => {
    for (const j of m.industries.slice(index + 1)) {
      const ui = ubiquity.get(i) ?? 0;
      const uj = ubiquity.get(j) ?? 0;
      if (ui === 0 || uj === 0) continue;
      const both = [...m.present.values()].filter((set) => set.has(i) && set.has(j)).length;
      if (both === 0) continue;
      const value = Math.min(both / uj, both / ui); // P(M_i | M_j), P(M_j | M_i)
      phi.get(i)?.set(j, value);
      phi.get(j)?.set(i, value);
    }
  });
  return phi;
}

export function phiOf(prox: Proximity, i: string, j: string): number {
  return prox.get(i)?.get(j) ?? 0;
}

function presentIn(m: PresenceMatrix, region: string): ReadonlySet<string> {
  const set = m.present.get(region);
  if (!set) throw new Error(`Unknown region ${region}: not in the table / 地区 ${region} 不在计数表中`);
  return set;
}

/**
 * ω(r, j). The sums leave out i = j: an industry is no evidence for itself, and counting φ(j, j) = 1 in
 * the denominator would lower every density by an amount that depends only on whether j exists anywhere.
 */
export function density(m: PresenceMatrix, prox: Proximity, region: string, industry: string): number {
  const strengths = presentIn(m, region);
  let related = 0;
  let all = 0;
  for (const i of m.industries) {
    if (i === industry) continue;
    const phi = phiOf(prox, i, industry);
    all += phi;
    if (strengths.has(i)) related += phi;
  }
  return all === 0 ? 0 : related / all;
}

/** The region's strengths related to industry j, strongest first, then by id. */
export function supportsOf(m: PresenceMatrix, prox: Proximity, region: string, industry: string): Support[] {
  return [...presentIn(m, region)]
    .filter((i) => i !== industry)
    .map((i) => ({ industry: i, proximity: phiOf(prox, i, industry) }))
    .filter((s) => s.proximity > 0)
    .sort((a, b) => (Math.abs(b.proximity - a.proximity) > EPSILON ? b.proximity - a.proximity : byId(a.industry, b.industry)));
}

/** 延链 candidates: every industry the region does not specialise in, densest first, ties by id. */
export function rankCandidates(m: PresenceMatrix, prox: Proximity, region: string): Candidate[] {
  const strengths = presentIn(m, region);
  return m.industries
    .filter((j) => !strengths.has(j))
    .map((j) => ({ industry: j, density: density(m, prox, region, j), supports: supportsOf(m, prox, region, j) }))
    .sort((a, b) => (Math.abs(b.density - a.density) > EPSILON ? b.density - a.density : byId(a.industry, b.industry)));
}

export interface Relatedness {
  specialisation: Specialisation;
  matrix: PresenceMatrix;
  proximity: Proximity;
}

/** Everything relatedness needs from one table, so the caller rates the cells once. */
export function relatedness(table: CountTable, config: CompareConfig): Relatedness {
  const spec = specialisation(table, config);
  const matrix = presenceMatrix(spec, table.regions, table.industries, config.presenceLq);
  return { specialisation: spec, matrix, proximity: proximity(matrix) };
}
