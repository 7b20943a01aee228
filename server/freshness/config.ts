// The freshness thresholds: one JSON file, read once at start and checked with zod. A bad file stops the
// start with every problem named by field, as the gap configuration does (server/gaps/config.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FreshnessConfig } from '../../graph/model/freshness';
import { zodIssuesToDetails } from '../zodDetails';

export const DEFAULT_FRESHNESS_CONFIG_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'freshness.config.json');

export class FreshnessConfigError extends Error {
  override name = 'FreshnessConfigError';
}

export interface ActiveFreshnessConfig {
  config: FreshnessConfig;
  /** The file it was read from, relative to the working directory. */
  source: string;
}

export function parseFreshnessConfig(json: unknown, origin = 'freshness.config.json'): FreshnessConfig {
  const result = FreshnessConfig.safeParse(json);
  if (!result.success) {
    const lines = zodIssuesToDetails(result.error.issues).map((d) => `  ${d.field}: ${d.reason} / ${d.reasonZh}`);
    throw new FreshnessConfigError(`Invalid freshness configuration ${origin} / 数据时效配置无效:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Reads and validates a config file; every problem is named with its field. */
export function readFreshnessConfig(file: string): FreshnessConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FreshnessConfigError(
      `Cannot read the freshness configuration ${file}: ${error instanceof Error ? error.message : String(error)} / 无法读取数据时效配置`,
    );
  }
  return parseFreshnessConfig(json, file);
}

let active: ActiveFreshnessConfig | undefined;

/** The configuration in force: INNOCHAIN_FRESHNESS_CONFIG or the bundled file, read on first use and kept. */
export function activeFreshnessConfig(): ActiveFreshnessConfig {
  if (!active) {
    const source = process.env.INNOCHAIN_FRESHNESS_CONFIG?.trim() || DEFAULT_FRESHNESS_CONFIG_PATH;
    active = { config: readFreshnessConfig(source), source: path.relative(process.cwd(), source) || source };
  }
  return active;
}
