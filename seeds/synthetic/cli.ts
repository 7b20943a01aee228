// tsx seeds/synthetic/cli.ts [--size tiny|city|province] [--seed N] [--out DIR]
// Generates a synthetic province and writes it as a dataset folder, its manifest and gap configuration.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateProvince } from './generate';
import { SIZES, SizeNameSchema } from './params';
import { writeProvince } from './write';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'tiny' },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
});
const size = SizeNameSchema.parse(values.size);
const params = { ...SIZES[size], ...(values.seed ? { seed: Number(values.seed) } : {}) };
const outDir = path.resolve(values.out ?? `synthetic-${size}`);
const started = performance.now();
const province = generateProvince(params);
const files = await writeProvince(province, outDir);
const { manifest } = province;
console.log(
  `synthetic ${size} (seed ${manifest.params.seed}): ${manifest.totalNodes} nodes, ${manifest.totalRelationships} relationships ` +
    `in ${Math.round(performance.now() - started)} ms / 合成省份已生成`,
);
console.log(`  dataset     ${files.datasetDir}  (npm run seed -- ${path.relative(process.cwd(), files.datasetDir) || '.'})`);
console.log(`  manifest    ${files.manifest}`);
console.log(`  gap config  ${files.gapConfig}  (INNOCHAIN_GAPS_CONFIG=${files.gapConfig})`);
console.log('  planted gaps:', JSON.stringify(manifest.plantedGaps));
