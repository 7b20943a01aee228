// npm run seed -- <dataset> [<dataset> …]: loads datasets from seeds/ (or a folder path), each all or nothing.
import { Database } from '../../graph/db/database';
import { DatasetError, seedDataset } from '../datasets';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: npm run seed -- <dataset> [<dataset> …]   e.g. npm run seed -- nantong demo');
  process.exit(2);
}

const db = await Database.open().catch((error: unknown) => {
  console.error(`innochain seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
let failed = false;
try {
  for (const name of names) {
    try {
      const s = await seedDataset(db, name);
      console.log(
        `${name}: ${s.nodes} nodes (${s.nodesCreated} new), ${s.relationships} relationships (${s.relationshipsCreated} new)`,
      );
    } catch (error) {
      failed = true;
      console.error(error instanceof DatasetError ? error.message : `${name}: ${String(error)}`);
      break;
    }
  }
} finally {
  await db.close();
}
process.exit(failed ? 1 : 0);
