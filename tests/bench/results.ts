// What one bench run found, as written to bench/results.json, and the targets it is judged against.
import { z } from 'zod';
import { GapRuleId } from '../../graph/model';
import type { ChainRenderResult } from './browserBench';
import type { ImportResults } from './importBench';
import type { LoadResult } from './loadBench';
import type { MachineInfo } from './machine';
import type { OperationResult, SetBasedResult } from './queryBench';

export interface TargetCheck {
  key: string;
  titleZh: string;
  titleEn: string;
  /** The target as written in the issue. */
  target: string;
  /** The figure measured, with its unit. */
  measured: string;
  /** Null when not measured in this run. */
  met: boolean | null;
}

export interface BenchResults {
  version: 1;
  size: string;
  startedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  dataset: { seed: number; nodes: number; relationships: number; generateMs: number; loader: string; cities: number; industries: number; firms: number };
  gaps: { planted: Record<GapRuleId, number>; found: Record<string, number>; allFound: boolean };
  import: ImportResults;
  queries: OperationResult[];
  setBased: SetBasedResult;
  load: LoadResult[];
  /** The same load on an API process with Node's default heap limit; null when the run set its own options. */
  loadWithoutHeapBudget: { results: LoadResult[]; peakRssMb: number | null } | null;
  memory: {
    /** Right after the API process started. */
    idleRssMb: number | null;
    underLoadPeakRssMb: number | null;
    lifetimePeakRssMb: number | null;
    /** NODE_OPTIONS the API process ran with (by default npm start's heap budget). */
    apiNodeOptions: string;
  };
  browser: ChainRenderResult[] | { skipped: string };
  targets: TargetCheck[];
}

/** The part of results.json the smoke test reads back. */
export const ResultsCheck = z.object({
  version: z.literal(1),
  size: z.string(),
  dataset: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  gaps: z.object({ planted: z.record(GapRuleId, z.number().int()), found: z.record(z.string(), z.number().int()), allFound: z.boolean() }),
  import: z.object({ full: z.object({ nodes: z.number(), relationships: z.number(), complete: z.boolean() }) }),
  queries: z.array(z.object({ key: z.string(), api: z.object({ medianMs: z.number() }) })),
  load: z.array(z.object({ key: z.string(), requests: z.number(), errors: z.number(), non2xx: z.number() })),
  targets: z.array(z.object({ key: z.string(), met: z.boolean().nullable() })),
});
