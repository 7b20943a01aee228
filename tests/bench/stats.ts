// Timing helpers: repeated runs bounded in count and time, summarised as median, p90, p95, min and max.

export interface Timing {
  /** Runs measured (the warm-up run is not among them). */
  runs: number;
  medianMs: number;
  p90Ms: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  /** The first, unmeasured run: caches, query plans and JIT still cold. */
  firstMs: number | null;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function summarise(samples: readonly number[], firstMs: number | null): Timing {
  return {
    runs: samples.length,
    medianMs: round(median(samples)),
    p90Ms: round(quantile(samples, 0.9)),
    p95Ms: round(quantile(samples, 0.95)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
    firstMs: firstMs === null ? null : round(firstMs),
  };
}

export interface RepeatOptions {
  /** Measured runs wanted. */
  repeats: number;
  /** Stop early after this long (at least `minRuns` runs are made). */
  maxMs: number;
  minRuns?: number;
  /** Unmeasured runs first (default 1; the first one's time is kept as firstMs). */
  warmUps?: number;
  /** Runs before each measured run, outside the timing (e.g. a write that invalidates caches). */
  before?: () => Promise<void>;
}

/** Runs `work` repeatedly and times each run. */
export async function repeat(work: () => Promise<unknown>, options: RepeatOptions): Promise<Timing> {
  const started = performance.now();
  let firstMs: number | null = null;
  for (let w = 0; w < (options.warmUps ?? 1); w++) {
    await options.before?.();
    const t = performance.now();
    await work();
    firstMs ??= performance.now() - t;
  }
  const samples: number[] = [];
  const minRuns = options.minRuns ?? 3;
  while (samples.length < options.repeats && (samples.length < minRuns || performance.now() - started < options.maxMs)) {
    await options.before?.();
    const t = performance.now();
    await work();
    samples.push(performance.now() - t);
  }
  return summarise(samples, firstMs);
}

/**
 * Two ways of doing the same work, measured in alternation (a, b, a, b …) so that whatever else the
 * machine does weighs on both alike. Warm-up runs of both first.
 */
export async function repeatPaired(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  options: Omit<RepeatOptions, 'before'>,
): Promise<[Timing, Timing]> {
  const started = performance.now();
  const first: [number | null, number | null] = [null, null];
  for (let w = 0; w < (options.warmUps ?? 1); w++) {
    let t = performance.now();
    await a();
    first[0] ??= performance.now() - t;
    t = performance.now();
    await b();
    first[1] ??= performance.now() - t;
  }
  const samples: [number[], number[]] = [[], []];
  const minRuns = options.minRuns ?? 3;
  while (samples[0].length < options.repeats && (samples[0].length < minRuns || performance.now() - started < options.maxMs)) {
    let t = performance.now();
    await a();
    samples[0].push(performance.now() - t);
    t = performance.now();
    await b();
    samples[1].push(performance.now() - t);
  }
  return [summarise(samples[0], first[0]), summarise(samples[1], first[1])];
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t };
}
