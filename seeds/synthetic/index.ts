// The synthetic province generator: see README.md in this folder.
export { SYNTHETIC_CITIES, syntheticCity, type SyntheticCity } from './cities';
export { generateProvince, type SyntheticProvince } from './generate';
export { syntheticGapConfig } from './gapConfig';
export { Manifest } from './manifest';
export { CITY, PROVINCE, SIZES, SizeNameSchema, SYNTHETIC_IDS, SYNTHETIC_PROVENANCE, SyntheticParams, TINY, type SizeName } from './params';
export type { NodeRow, RelRow, SyntheticGraph } from './graph';
export { writeProvince } from './write';
