// Whole-graph export and import as one versioned JSON document (format "innochain-graph").
export { exportGraph } from './export';
export { checkGraphDocument, importGraph, type ImportOptions } from './import';
export * from './format';
