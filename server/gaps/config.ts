// The gap engine's weights and thresholds: one JSON file, read once at start and checked with zod.
// What each field means is documented on the GapConfig schema (graph/model/gaps.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GapConfig } from '../../graph/model';
import { zodIssuesToDetails } from '../zodDetails';

export type { GapConfig };

export const DEFAULT_GAP_CONFIG_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'gaps.config.json');

export class GapConfigError extends Error {
  override name = 'GapConfigError';
}

export interface ActiveGapConfig {
  config: GapConfig;
  /** The file it was read from. */
  source: string;
}

/** Reads and validates a config file; every problem is named with its field. */
export function readGapConfig(file: string): GapConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GapConfigError(
      `Cannot read the gap configuration ${file}: ${error instanceof Error ? error.message : String(error)} / 无法读取缺口分析配置`,
    );
  }
  return parseGapConfig(json, file);
}

export function parseGapConfig(json: unknown, origin = 'gaps.config.json'): GapConfig {
  const result = GapConfig.safeParse(json);
  if (!result.success) {
    const lines = zodIssuesToDetails(result.error.issues, origin).map((d) => `  ${d.field}: ${d.reason} / ${d.reasonZh}`);
    throw new GapConfigError(`Invalid gap configuration / 缺口分析配置无效:\n${lines.join('\n')}`);
  }
  return result.data;
}

let active: ActiveGapConfig | undefined;

/** The configuration in force: INNOCHAIN_GAPS_CONFIG or the bundled file, read on first use and kept. */
export function activeGapConfig(): ActiveGapConfig {
  if (!active) {
    const source = process.env.INNOCHAIN_GAPS_CONFIG?.trim() || DEFAULT_GAP_CONFIG_PATH;
    active = { config: readGapConfig(source), source: path.relative(process.cwd(), source) || source };
  }
  return active;
}

/** The year region validity is judged at. */
export function asOfYear(config: GapConfig, now: Date = new Date()): number {
  return config.asOfYear ?? now.getUTCFullYear();
}
