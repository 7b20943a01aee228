// Bulk load: a first load of a whole region from template files through Neo4j's offline importer.
export { bulkLoad, BulkLoadError, BULK_IN_PROGRESS_FILE, type BulkLoadOptions, type BulkLoadResult } from './load';
export { bulkFilesIn, type BulkFile, type BulkProblem } from './files';
