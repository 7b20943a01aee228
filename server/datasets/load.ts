// Loads a validated dataset in one write transaction: all or nothing, and MERGE on ids so a second
// load changes nothing (the Cypher is in queries.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { allowsEndpoints, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../../graph/model';
import { withArticle, type ErrorDetail } from '../errors';
import { primaryLabel } from '../presenters/entity';
import { Labels, readRows } from '../presenters/rows';
import { EXISTING_LABELS, mergeNodes, mergeRelationships } from './queries';
import { recordingChanges } from '../history/record';
import type { Touched } from '../history/snapshot';
import { DatasetError, type Dataset } from './read';

export interface LoadSummary {
  dataset: string;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** A row of EXISTING_LABELS. */
const ExistingLabelsRow = z.object({ id: z.string(), labels: Labels });

export async function loadDataset(db: Database, dataset: Dataset): Promise<LoadSummary> {
  const summary = await db.write(async (tx) => {
    await checkAgainstGraph(tx, dataset);
    return recordingChanges(tx, datasetTouches(dataset), { actor: 'system', via: 'dataset' }, () => mergeAll(tx, dataset));
  });
  // Search must find what was just loaded (its name index is updated after commit).
  await db.awaitSearchIndex();
  return summary;
}

/** Every node and relationship the dataset states: the facts it may add or change. */
function datasetTouches(dataset: Dataset): Touched {
  return {
    nodeIds: dataset.nodes.map((n) => n.properties.id),
    relationships: dataset.relationships.map(({ type, from, to }) => ({ type, from, to })),
  };
}

async function mergeAll(tx: ManagedTransaction, dataset: Dataset): Promise<LoadSummary> {
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  for (const label of NODE_LABELS) {
    const rows = dataset.nodes
      .filter((n) => n.label === label)
      .map((n) => ({ ...n.properties, dataset: dataset.manifest.id }));
    if (rows.length === 0) continue;
    const result = await tx.run(mergeNodes(label), { rows });
    nodesCreated += result.summary.counters.updates().nodesCreated;
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = dataset.relationships
      .filter((r) => r.type === type)
      .map(({ from, to, type: _type, origin: _origin, ...props }) => ({
        from,
        to,
        props: { ...props, dataset: dataset.manifest.id },
      }));
    if (rows.length === 0) continue;
    const result = await tx.run(mergeRelationships(type), { rows });
    relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
  }
  return {
    dataset: dataset.manifest.id,
    nodes: dataset.nodes.length,
    relationships: dataset.relationships.length,
    nodesCreated,
    relationshipsCreated,
  };
}

/** Ids must keep their label, and every relationship end must exist (here or already in the graph). */
async function checkAgainstGraph(tx: ManagedTransaction, dataset: Dataset): Promise<void> {
  const labels = new Map<string, NodeLabel>(dataset.nodes.map((n) => [n.properties.id, n.label]));
  const referenced = new Set<string>([...labels.keys()]);
  for (const r of dataset.relationships) referenced.add(r.from).add(r.to);
  const result = await tx.run(EXISTING_LABELS, { ids: [...referenced] });
  const details: ErrorDetail[] = [];
  for (const row of readRows(result, ExistingLabelsRow)) {
    const { id } = row;
    const existing = primaryLabel(row.labels);
    const own = labels.get(id);
    if (own && own !== existing) {
      const origin = dataset.nodes.find((n) => n.properties.id === id)?.origin ?? id;
      details.push({
        field: `${origin}.id`,
        reason: `id already used by ${withArticle(existing)} in the graph`,
        reasonZh: `编号已被图中的 ${existing} 使用`,
      });
    }
    if (!own) labels.set(id, existing);
  }
  for (const r of dataset.relationships) {
    const fromLabel = labels.get(r.from);
    const toLabel = labels.get(r.to);
    if (!fromLabel) details.push({ field: `${r.origin}.from`, reason: `no node "${r.from}"`, reasonZh: `节点「${r.from}」不存在` });
    if (!toLabel) details.push({ field: `${r.origin}.to`, reason: `no node "${r.to}"`, reasonZh: `节点「${r.to}」不存在` });
    if (fromLabel && toLabel && !allowsEndpoints(r.type, fromLabel, toLabel)) {
      details.push({
        field: `${r.origin}.type`,
        reason: `${r.type} cannot join ${fromLabel} to ${toLabel}`,
        reasonZh: `${r.type} 关系不能从 ${fromLabel} 指向 ${toLabel}`,
      });
    }
  }
  if (details.length > 0) throw new DatasetError(dataset.manifest.id, details);
}
