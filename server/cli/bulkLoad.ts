// npm run bulk-load -- <folder> [--user NAME]: a first load of a whole region into an empty embedded
// database, from one CSV/XLSX file per import template (Enterprise.csv, COVERS.csv …). All or nothing.
import { databaseConfigFromEnv } from '../../graph/db/config';
import { bulkLoad, BulkLoadError } from '../bulk';

const USAGE = 'usage: npm run bulk-load -- <folder> [--user NAME]   (files named after import templates, e.g. Enterprise.csv, COVERS.csv)';

const args = process.argv.slice(2);
const userAt = args.indexOf('--user');
const username = userAt >= 0 ? args[userAt + 1] : 'bulk-load';
const folder = args.find((arg, i) => !arg.startsWith('--') && (userAt < 0 || i !== userAt + 1));
if (!folder || !username) {
  console.error(USAGE);
  process.exit(2);
}

const config = databaseConfigFromEnv();
if (config.mode !== 'embedded') {
  console.error(
    'innochain bulk-load writes the embedded database\'s files and cannot load an external Neo4j (NEO4J_URI is set). ' +
      'Unset NEO4J_URI, or add the files to the external graph with the spreadsheet importer. / 批量装载仅适用于内置数据库。',
  );
  process.exit(2);
}

try {
  const result = await bulkLoad({ config, folder, username, log: (line) => console.log(line) });
  if (result.status === 'rejected') {
    console.error(`nothing was written: ${result.errorCount} problem(s) / 未写入任何数据，发现 ${result.errorCount} 处问题:`);
    for (const e of result.errors) {
      console.error(`  ${e.file ?? ''}${e.row === null ? '' : ` row ${e.row}`}${e.column ? ` ${e.column}` : ''}: ${e.reason} / ${e.reasonZh}`);
    }
    process.exit(1);
  }
  const t = result.timings;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `loaded ${result.nodes} nodes and ${result.relationships} relationships in ${seconds(t.totalMs)} s ` +
      `(files checked ${seconds(t.checkMs)} s, bulk import ${seconds(t.importMs)} s, indexes ${seconds(t.indexMs)} s) / 装载完成`,
  );
} catch (error) {
  console.error(`innochain bulk-load: ${error instanceof BulkLoadError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
