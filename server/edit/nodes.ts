// Creating, changing and deleting nodes. Each write is one transaction: the node is locked, its version
// checked (a stale one changes nothing), references checked, the change and its audit entry written.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';
import { NODE_LABEL_NAMES, NODE_SCHEMAS, type EntityDto, type NodeLabel } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { editErrors, errors, withArticle, type ErrorDetail } from '../errors';
import { presentNode, primaryLabel } from '../presenters/entity';
import { hasModelLabel } from './concurrency';
import { isConstraintViolation } from '../../graph/db/errors';
import { editStamp, userProvenance, type EditStamp } from './provenance';
import {
  COUNT_NODE_RELATIONSHIPS,
  createNode as createNodeQuery,
  DELETE_NODE,
  FIND_NODE,
  LOCK_NODE,
  NODE_LABELS_BY_ID,
  NODE_RELATIONSHIPS,
  referringNodes,
  relinkReference,
  UPDATE_NODE,
} from './queries';
import { referencesOf, referencesTo, type ReferenceRule } from './references';
import { editableNodeSchema, issuesToDetails, validateNodeProperties } from './validation';

export interface NodeView {
  node: EntityDto;
  version: number;
}

export interface NeighbourRef {
  id: string;
  label: NodeLabel;
  nameZh: string;
  nameEn: string;
  illustrative: boolean;
}

export interface DeletePreview extends NodeView {
  /** Relationships the delete would remove, each with its other end (at most 500 listed). */
  relationships: { type: string; direction: 'out' | 'in'; other: NeighbourRef; sourceKind: string | null; sourceRef: string | null }[];
  total: number;
  /** Nodes whose properties name this one: the delete is refused until they change. */
  blockedBy: { id: string; label: NodeLabel; property: string }[];
}

const PREVIEW_LIMIT = 500;
const nodeNotFound = (id: string) => errors.notFound('node / 节点', id);

function entityOf(record: { get(key: string): unknown }): { node: Node; label: NodeLabel; version: number } {
  const node = record.get('n') as Node;
  return { node, label: primaryLabel(record.get('labels') as string[]), version: record.get('version') as number };
}

/** The node LOCK_NODE locked; one deleted while this transaction waited for the lock is a 404. */
function lockedEntity(record: { get(key: string): unknown } | undefined, id: string): ReturnType<typeof entityOf> {
  if (!record || !hasModelLabel(record.get('labels') as string[])) throw nodeNotFound(id);
  return entityOf(record);
}

export async function getNode(db: Database, id: string): Promise<NodeView> {
  const result = await db.read((tx) => tx.run(FIND_NODE, { id }));
  const record = result.records[0];
  if (!record) throw nodeNotFound(id);
  const { node, version } = entityOf(record);
  return { node: presentNode(node), version };
}

/** Reference properties must name an existing node of the right label. */
async function checkReferences(tx: ManagedTransaction, label: NodeLabel, properties: Record<string, unknown>, prefix: string): Promise<void> {
  const rules = referencesOf(label).filter((r) => typeof properties[r.property] === 'string');
  if (rules.length === 0) return;
  const ids = rules.map((r) => properties[r.property] as string);
  const result = await tx.run(NODE_LABELS_BY_ID, { ids });
  const found = new Map(result.records.map((r) => [r.get('id') as string, primaryLabel(r.get('labels') as string[])]));
  const details: ErrorDetail[] = [];
  for (const rule of rules) {
    const target = properties[rule.property] as string;
    const actual = found.get(target);
    if (actual !== rule.target) {
      details.push({
        field: `${prefix}.${rule.property}`,
        reason: actual ? `"${target}" is ${withArticle(actual)}, not ${withArticle(rule.target)}` : `no ${rule.target} with id "${target}"`,
        reasonZh: actual ? `「${target}」是${NODE_LABEL_NAMES[actual].zh}，不是${NODE_LABEL_NAMES[rule.target].zh}` : `不存在编号为「${target}」的${NODE_LABEL_NAMES[rule.target].zh}`,
      });
    }
  }
  if (details.length > 0) throw errors.validation(details);
}

/** Keeps relationships that stand for reference properties (e.g. HAS_LINK for ChainLink.industryId) in step. */
async function relinkReferences(tx: ManagedTransaction, id: string, label: NodeLabel, properties: Record<string, unknown>, stamp: EditStamp): Promise<void> {
  for (const rule of referencesOf(label)) {
    const target = properties[rule.property];
    if (!rule.relationship || typeof target !== 'string') continue;
    await tx.run(relinkReference(rule as ReferenceRule & { relationship: NonNullable<ReferenceRule['relationship']> }), {
      id,
      target,
      ...userProvenance(stamp),
    });
  }
}

/** Names are searched through an index updated after commit: an edit returns once search sees it. */
async function searchable<T>(db: Database, write: Promise<T>): Promise<T> {
  const result = await write;
  await db.awaitSearchIndex();
  return result;
}

export async function createNode(
  db: Database,
  input: { label: NodeLabel; properties: unknown },
  username: string,
): Promise<NodeView> {
  const properties = validateNodeProperties(input.label, input.properties, 'body.properties');
  const stamp = editStamp(username);
  try {
    return await searchable(db, db.write(async (tx) => {
      const existing = await tx.run(FIND_NODE, { id: properties.id });
      const taken = existing.records[0];
      if (taken) throw editErrors.idTaken(properties.id, entityOf(taken).label);
      await checkReferences(tx, input.label, properties, 'body.properties');
      const props = { ...properties, ...userProvenance(stamp) };
      const created = await tx.run(createNodeQuery(input.label), { props });
      await relinkReferences(tx, properties.id, input.label, properties, stamp);
      const node = presentNode(created.records[0]?.get('n') as Node);
      await writeAudit(tx, {
        username,
        action: 'node.create',
        targetKind: 'node',
        targetId: properties.id,
        targetType: input.label,
        after: node.properties,
        at: stamp.at,
      });
      return { node, version: 1 };
    }));
  } catch (error) {
    // Another create of the same id won the race between our check and our write.
    if (isConstraintViolation(error)) throw editErrors.idTaken(properties.id, input.label);
    throw error;
  }
}

/** The model fields a node holds now (what a change is merged into). */
function editableNow(label: NodeLabel, properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(NODE_SCHEMAS[label].shape)) {
    if (key in properties && key !== 'sourceKind' && key !== 'sourceRef') out[key] = properties[key];
  }
  return out;
}

export async function updateNode(
  db: Database,
  id: string,
  input: { version: number; changes: Record<string, unknown> },
  username: string,
): Promise<NodeView> {
  const stamp = editStamp(username);
  return searchable(db, db.write(async (tx) => {
    const { node, label, version } = lockedEntity((await tx.run(LOCK_NODE, { id })).records[0], id);
    if (version !== input.version) throw editErrors.versionConflict(`${NODE_LABEL_NAMES[label].en} "${id}"`, input.version, version);
    if ('id' in input.changes && input.changes.id !== id) {
      throw errors.validation([{ field: 'body.changes.id', reason: 'ids never change; create a new node instead', reasonZh: '编号不可修改，请新建节点' }]);
    }
    const before = plainProperties(node);
    const merged = { ...editableNow(label, before) };
    for (const [key, value] of Object.entries(input.changes)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const result = editableNodeSchema(label).safeParse(merged);
    if (!result.success) throw errors.validation(issuesToDetails(result.error.issues, 'body.changes'));
    const next = result.data;
    await checkReferences(tx, label, next, 'body.changes');
    // Properties the change removes are set to null, which deletes them.
    const set: Record<string, unknown> = { ...next, ...userProvenance(stamp, before.sourceKind) };
    for (const key of Object.keys(editableNow(label, before))) if (!(key in next)) set[key] = null;
    const updated = (await tx.run(UPDATE_NODE, { id, set })).records[0];
    await relinkReferences(tx, id, label, next, stamp);
    const after = presentNode(updated?.get('n') as Node);
    await writeAudit(tx, { username, action: 'node.update', targetKind: 'node', targetId: id, targetType: label, before, after: after.properties, at: stamp.at });
    return { node: after, version: updated?.get('version') as number };
  }));
}

function plainProperties(node: Node): Record<string, unknown> {
  return presentNode(node).properties;
}

async function relationshipsOf(tx: ManagedTransaction, id: string, limit: number): Promise<DeletePreview['relationships']> {
  const result = await tx.run(NODE_RELATIONSHIPS, { id, limit });
  return result.records.map((record) => {
    const other = presentNode(record.get('other') as Node);
    const properties = record.get('properties') as Record<string, unknown>;
    return {
      type: record.get('type') as string,
      direction: record.get('outgoing') === true ? 'out' : 'in',
      other: { id: other.id, label: other.label, nameZh: other.nameZh, nameEn: other.nameEn, illustrative: other.illustrative },
      sourceKind: typeof properties.sourceKind === 'string' ? properties.sourceKind : null,
      sourceRef: typeof properties.sourceRef === 'string' ? properties.sourceRef : null,
    };
  });
}

async function referrersOf(tx: ManagedTransaction, id: string, label: NodeLabel): Promise<DeletePreview['blockedBy']> {
  const out: DeletePreview['blockedBy'] = [];
  for (const rule of referencesTo(label)) {
    const result = await tx.run(referringNodes(rule), { id, limit: PREVIEW_LIMIT });
    for (const record of result.records) out.push({ id: record.get('id') as string, label: rule.label, property: rule.property });
  }
  return out;
}

export async function deletePreview(db: Database, id: string): Promise<DeletePreview> {
  return db.read(async (tx) => {
    const record = (await tx.run(FIND_NODE, { id })).records[0];
    if (!record) throw nodeNotFound(id);
    const { node, label, version } = entityOf(record);
    const relationships = await relationshipsOf(tx, id, PREVIEW_LIMIT);
    const total = (await tx.run(COUNT_NODE_RELATIONSHIPS, { id })).records[0]?.get('total') as number;
    return { node: presentNode(node), version, relationships, total, blockedBy: await referrersOf(tx, id, label) };
  });
}

export async function deleteNode(
  db: Database,
  id: string,
  expectedVersion: number,
  username: string,
): Promise<{ deleted: { id: string; label: NodeLabel }; relationshipsRemoved: number }> {
  const stamp = editStamp(username);
  return searchable(db, db.write(async (tx) => {
    const { node, label, version } = lockedEntity((await tx.run(LOCK_NODE, { id })).records[0], id);
    if (version !== expectedVersion) throw editErrors.versionConflict(`${NODE_LABEL_NAMES[label].en} "${id}"`, expectedVersion, version);
    const blockedBy = await referrersOf(tx, id, label);
    if (blockedBy.length > 0) throw editErrors.stillReferenced(id, blockedBy);
    const relationships = await relationshipsOf(tx, id, 10_000);
    const result = await tx.run(DELETE_NODE, { id });
    const relationshipsRemoved = result.records[0]?.get('relationships') as number;
    await writeAudit(tx, {
      username,
      action: 'node.delete',
      targetKind: 'node',
      targetId: id,
      targetType: label,
      before: { properties: plainProperties(node), relationships },
      at: stamp.at,
    });
    return { deleted: { id, label }, relationshipsRemoved };
  }));
}
