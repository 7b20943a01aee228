// Loads a whole-graph document: the entire document is checked first (every problem named by its
// path), then written in one transaction, so an import either fully happens or changes nothing.
import type { Database } from '../../graph/db/database';
import { allowsEndpoints, NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { errors, type ErrorDetail } from '../errors';
import { zodIssuesToDetails } from '../zodDetails';
import { GraphDocumentInput, type ImportMode, type ImportSummary } from './format';
import { CREATE_NODES, CREATE_RELATIONSHIPS, DELETE_ENTITIES } from './queries';

/** Problems reported at most, so a wholly wrong file still gets a readable answer. */
const MAX_DETAILS = 100;

/** Reference properties that must name a node of a given label (they stand for relationships). */
const REFERENCES: { label: NodeLabel; property: string; target: NodeLabel }[] = [
  { label: 'ChainLink', property: 'industryId', target: 'Industry' },
  { label: 'Target', property: 'indicatorId', target: 'Indicator' },
  { label: 'Measurement', property: 'indicatorId', target: 'Indicator' },
  { label: 'Indicator', property: 'scope', target: 'Region' },
];

export interface ImportOptions {
  /** replace: delete every entity, then load the document. */
  mode: ImportMode;
  /** Who asked, for the audit log. */
  username?: string;
}

/** Throws a 400 AppError listing every problem (field = path in the document) and writes nothing. */
export function checkGraphDocument(input: unknown): GraphDocumentInput {
  const parsed = GraphDocumentInput.safeParse(input);
  if (!parsed.success) throw errors.validation(capped(zodIssuesToDetails(parsed.error.issues)));
  const doc = parsed.data;
  const details: ErrorDetail[] = [];

  const labelOf = new Map<string, NodeLabel>();
  const firstAt = new Map<string, number>();
  doc.nodes.forEach((node, index) => {
    const id = node.properties.id;
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, index);
      labelOf.set(id, node.label);
    } else {
      details.push({
        field: `nodes[${index}].properties.id`,
        reason: `duplicate id "${id}", first used at nodes[${first}]`,
        reasonZh: `编号「${id}」重复，已用于 nodes[${first}]`,
      });
    }
  });

  doc.nodes.forEach((node, index) => {
    for (const ref of REFERENCES) {
      if (node.label !== ref.label) continue;
      const target = String((node.properties as Record<string, unknown>)[ref.property]);
      if (labelOf.get(target) !== ref.target) {
        details.push({
          field: `nodes[${index}].properties.${ref.property}`,
          reason: `no ${ref.target} "${target}" in the document`,
          reasonZh: `文档中没有 ${ref.target}「${target}」`,
        });
      }
    }
  });

  const seen = new Map<string, number>();
  doc.relationships.forEach((rel, index) => {
    const at = `relationships[${index}]`;
    const fromLabel = labelOf.get(rel.from);
    const toLabel = labelOf.get(rel.to);
    if (!fromLabel) details.push({ field: `${at}.from`, reason: `no node "${rel.from}" in the document`, reasonZh: `文档中没有节点「${rel.from}」` });
    if (!toLabel) details.push({ field: `${at}.to`, reason: `no node "${rel.to}" in the document`, reasonZh: `文档中没有节点「${rel.to}」` });
    if (fromLabel && toLabel && !allowsEndpoints(rel.type, fromLabel, toLabel)) {
      details.push({
        field: `${at}.type`,
        reason: `${rel.type} cannot join ${fromLabel} to ${toLabel}`,
        reasonZh: `${rel.type} 关系不能从 ${fromLabel} 指向 ${toLabel}`,
      });
    }
    const key = `${rel.from}|${rel.type}|${rel.to}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else details.push({ field: at, reason: `duplicate of relationships[${first}]`, reasonZh: `与 relationships[${first}] 重复` });
  });

  if (details.length > 0) throw errors.validation(capped(details));
  return doc;
}

function capped(details: ErrorDetail[]): ErrorDetail[] {
  if (details.length <= MAX_DETAILS) return details;
  const more = details.length - MAX_DETAILS;
  return [
    ...details.slice(0, MAX_DETAILS),
    { field: '(more)', reason: `and ${more} more problems`, reasonZh: `另有 ${more} 处问题` },
  ];
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
  // Search must find what was just loaded (its name index is updated after commit).
  await db.awaitSearchIndex();
  return summary;
}
