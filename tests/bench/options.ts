// Command line of `npm run bench`: the size of the synthetic province and how hard to measure. Every
// loop the bench runs is bounded in count and in time by these settings.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SizeNameSchema, type SizeName } from '../../seeds/synthetic';
import { DEFAULT_SECURITY } from '../../server/auth/settings';

export const USAGE = `npm run bench -- [--size tiny|city|province] [--seed N] [--out FILE] [--markdown FILE | --no-markdown]
                      [--repeats N] [--load-seconds N] [--no-browser] [--no-bulk] [--loader importer|unwind] [--heap 4g]
                      [--api-node-options "--max-old-space-size=256"]   (default: npm start's heap budget)
npm run bench -- --only chain-view [--repeats N] [--seed N] [--out FILE]
                      the chain view against bare Cytoscape at about 2,000 and 5,000 elements, without the province
npm run bench -- --only regions [--size tiny|city|province] [--seed N] [--out FILE]
npm run bench -- --only history [--size tiny|city|province] [--seed N] [--out FILE]
                      one city's matrix and every city compared on one industry, API against the engine, warm
  BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD: use (and wipe!) that Neo4j instead of a throwaway embedded one.`;

export interface BenchOptions {
  size: SizeName;
  seed: number | undefined;
  /** results.json path. */
  out: string;
  /** Markdown file whose generated section is replaced; null to leave Markdown alone. */
  markdown: string | null;
  /** Measured runs per timing. */
  repeats: number;
  /** Bound of each repeated timing, in ms. */
  maxMs: number;
  /** Seconds of load per endpoint, and concurrent connections. */
  loadSeconds: number;
  connections: number;
  browser: boolean;
  /** Also measure the first load through npm run bulk-load (a second throwaway embedded Neo4j). */
  bulk: boolean;
  browserRepeats: number;
  browserTimeoutMs: number;
  /** How the province is loaded: the product's spreadsheet importer, or the dataset loader's UNWIND statements. */
  loader: 'importer' | 'unwind';
  batchSize: number;
  sampleFirms: number;
  sampleRepeats: number;
  naiveMaxMs: number;
  fullLoadMaxMs: number;
  perIndustryMaxMs: number;
  heap: string;
  /** Node options for the API process (e.g. "--max-old-space-size=256"); by default npm start's heap budget. */
  apiNodeOptions: string | null;
  /**
   * Only one part of the bench: 'chain-view' compares the chain view with bare Cytoscape (chainViewOnly.ts);
   * 'regions' measures the region-scoped reads on the province (regionBench.ts).
   */
  only: (typeof ONLY)[number] | null;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const ONLY = ['chain-view', 'regions', 'history'] as const;

const BY_SIZE: Record<SizeName, Omit<BenchOptions, 'size' | 'seed' | 'out' | 'markdown' | 'browser' | 'bulk' | 'loader' | 'batchSize' | 'apiNodeOptions' | 'only'>> = {
  tiny: {
    repeats: 3, maxMs: 10_000, loadSeconds: 1, connections: 2, browserRepeats: 1, browserTimeoutMs: 60_000,
    sampleFirms: 40, sampleRepeats: 1, naiveMaxMs: 20_000, fullLoadMaxMs: 120_000, perIndustryMaxMs: 20_000, heap: '1g',
  },
  city: {
    repeats: 5, maxMs: 60_000, loadSeconds: 10, connections: 8, browserRepeats: 3, browserTimeoutMs: 120_000,
    sampleFirms: 500, sampleRepeats: 3, naiveMaxMs: 60_000, fullLoadMaxMs: 15 * 60_000, perIndustryMaxMs: 120_000, heap: '2g',
  },
  province: {
    repeats: 7, maxMs: 120_000, loadSeconds: 15, connections: 8, browserRepeats: 5, browserTimeoutMs: 180_000,
    sampleFirms: 1_000, sampleRepeats: 3, naiveMaxMs: 90_000, fullLoadMaxMs: 60 * 60_000, perIndustryMaxMs: 10 * 60_000, heap: '4g',
  },
};

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'province' },
      seed: { type: 'string' },
      out: { type: 'string' },
      markdown: { type: 'string' },
      'no-markdown': { type: 'boolean', default: false },
      repeats: { type: 'string' },
      'load-seconds': { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      'no-bulk': { type: 'boolean', default: false },
      loader: { type: 'string', default: 'importer' },
      heap: { type: 'string' },
      'api-node-options': { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const size = SizeNameSchema.parse(values.size);
  const defaults = BY_SIZE[size];
  const positive = (text: string | undefined, name: string): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1 (got "${text}") / 参数无效`);
    return n;
  };
  const only = values.only === undefined ? null : ONLY.find((name) => name === values.only);
  if (only === undefined) throw new Error(`--only must be one of ${ONLY.join(', ')} (got "${values.only}")`);
  if (values.loader !== 'importer' && values.loader !== 'unwind') throw new Error(`--loader must be importer or unwind (got "${values.loader}")`);
  return {
    ...defaults,
    size,
    seed: values.seed === undefined ? undefined : positive(values.seed, 'seed'),
    out: path.resolve(values.out ?? path.join(ROOT, 'bench', only ? `${only}.json` : 'results.json')),
    markdown: values['no-markdown'] || only ? null : values.markdown ? path.resolve(values.markdown) : size === 'province' ? path.join(ROOT, 'BENCHMARKS.md') : null,
    repeats: positive(values.repeats, 'repeats') ?? defaults.repeats,
    loadSeconds: positive(values['load-seconds'], 'load-seconds') ?? defaults.loadSeconds,
    browser: !values['no-browser'],
    bulk: !values['no-bulk'],
    loader: values.loader,
    // The product's import batch size.
    batchSize: DEFAULT_SECURITY.import.batchSize,
    heap: values.heap ?? defaults.heap,
    apiNodeOptions: values['api-node-options'] ?? null,
    only,
  };
}
