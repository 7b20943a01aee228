// How related each industry is to the scope's strengths: the density ω of the product space
// (server/compare/relatedness.ts), from the firm counts of the scope and its peers, as the 延链 page
// computes it. A recommendation's `relatedness` reason is that density times its configured points.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GapConfig } from '../../graph/model';
import { firmCountTable, peerRegionIds } from '../compare/counts';
import { DEFAULT_COMPARE_CONFIG } from '../compare/input';
import { density, relatedness } from '../compare/relatedness';
import { MIN_REGIONS } from '../related/service';

/** Density (0..1) per industry id; null when too few regions can specialise to judge it (MIN_REGIONS). */
export type IndustryDensities = Record<string, number> | null;

export async function loadIndustryDensities(tx: ManagedTransaction, scopeId: string, config: GapConfig): Promise<IndustryDensities> {
  if (config.suggestions.points.relatedness === 0) return null;
  const peers = (await peerRegionIds(tx, scopeId)).filter((id) => id !== scopeId);
  const table = await firmCountTable(tx, [scopeId, ...peers], undefined);
  const { specialisation, matrix, proximity } = relatedness(table, config.compare ?? DEFAULT_COMPARE_CONFIG);
  const rated = new Set(specialisation.cells.filter((cell) => cell.rating.kind === 'rated').map((cell) => cell.region));
  if (rated.size < MIN_REGIONS || !table.regions.includes(scopeId)) return null;
  return Object.fromEntries(table.industries.map((industry) => [industry, density(matrix, proximity, scopeId, industry)]));
}
