// Loads a whole-graph document: the entire document is checked first (every problem named by its
// path), then written in one transaction, so an import either fully happens or changes nothing.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { checkGraphDocument } from './check';
import type { ImportMode, ImportSummary } from './format';
import { recordingChanges } from '../history/record';
import type { Touched } from '../history/snapshot';
import { readOne } from '../presenters/rows';
import { ALL_ENTITY_IDS, CREATE_NODES, CREATE_RELATIONSHIPS, DELETE_ENTITIES } from './queries';

const IdsRow = z.object({ ids: z.array(z.string()) });

export { checkGraphDocument } from './check';

export interface ImportOptions {
  /** replace: delete every entity, then load the document. */
  mode: ImportMode;
  /** Who asked, for the audit log. */
  username?: string;
}

export async function importGraph(db: Database, input: unknown, options: ImportOptions): Promise<ImportSummary> {
  const doc = checkGraphDocument(input);
  const summary = await db.write(async (tx) => {
    // In the same transaction as the change, so a replace never happens without its audit entry.
    await writeAudit(tx, {
      username: options.username ?? 'system',
      action: 'import.commit',
      targetKind: 'import',
      targetId: `graph-replace-${new Date().toISOString()}`,
      after: { format: doc.format, version: doc.version, nodes: doc.nodes.length, relationships: doc.relationships.length },
    });
    // Every fact goes and the document's come: history records both sides (server/history).
    const existing = readOne(await tx.run(ALL_ENTITY_IDS), IdsRow).ids;
    const touched: Touched = {
      nodeIds: [...new Set([...existing, ...doc.nodes.map((n) => n.properties.id)])],
      relationshipsOf: { ids: existing },
      relationships: doc.relationships.map(({ type, from, to }) => ({ type, from, to })),
    };
    return recordingChanges(tx, touched, { actor: options.username ?? 'system', via: 'exchange' }, async () => {
      const deleted = (await tx.run(DELETE_ENTITIES)).summary.counters.updates();
      let nodes = 0;
      for (const label of NODE_LABELS) {
        const rows = doc.nodes.filter((n) => n.label === label).map((n) => n.properties);
        if (rows.length === 0) continue;
        nodes += (await tx.run(CREATE_NODES[label], { rows })).summary.counters.updates().nodesCreated;
      }
      let relationships = 0;
      for (const type of RELATIONSHIP_TYPES) {
        const rows = doc.relationships.filter((r) => r.type === type);
        if (rows.length === 0) continue;
        relationships += (await tx.run(CREATE_RELATIONSHIPS[type], { rows })).summary.counters.updates().relationshipsCreated;
      }
      return {
        mode: options.mode,
        deleted: { nodes: deleted.nodesDeleted, relationships: deleted.relationshipsDeleted },
        created: { nodes, relationships },
      };
    });
  });
  // Search must find what was just loaded (its name index is updated after commit).
  await db.awaitSearchIndex();
  return summary;
}
