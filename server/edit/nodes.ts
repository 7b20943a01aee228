// Creating, changing and deleting nodes. Each write is one transaction: the node is locked, its version
// checked (a stale one changes nothing), references checked, the change and its audit entry written.
import type { ManagedTransaction, Node, QueryResult } from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { NODE_LABEL_NAMES, NODE_SCHEMAS, type DeletePreview, type DeletedNode, type NodeLabel, type NodeView } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { editErrors, errors, withArticle, type ErrorDetail } from '../errors';
import { presentNode, primaryLabel } from '../presenters/entity';
import { DriverNode, Labels, readFirst, readOne, readRow, readRows } from '../presenters/rows';
import { hasModelLabel } from './concurrency';
import { isConstraintViolation } from '../../graph/db/errors';
import { editStamp, restampSource, userProvenance, type EditStamp } from './provenance';
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
import { recordingChanges } from '../history/record';
import { editOrigin, nodeDeleteTouches, nodeEditTouches } from './history';
import { editableNodeSchema, issuesToDetails, validateNodeProperties } from './validation';
import { ID_ATTEMPTS, idCandidate, wantsGeneratedId } from './newId';

const PREVIEW_LIMIT = 500;
const nodeNotFound = (id: string) => errors.notFound('node / 节点', id);

// The rows the edit queries answer (see queries.ts).
const EntityRow = z.object({ n: DriverNode, labels: Labels, version: z.number().int() });
const LabelsRow = z.object({ labels: Labels });
const IdLabelsRow = z.object({ id: z.string(), labels: Labels });
const WrittenRow = z.object({ n: DriverNode });
const UpdatedRow = z.object({ n: DriverNode, version: z.number().int() });
const NeighbourRow = z.object({ type: z.string(), outgoing: z.boolean(), properties: z.record(z.string(), z.unknown()), other: DriverNode });
const IdRow = z.object({ id: z.string() });
const TotalRow = z.object({ total: z.number().int() });
const RemovedRow = z.object({ relationships: z.number().int() });

interface Entity {
  node: Node;
  label: NodeLabel;
  version: number;
}

function entityOf(row: z.infer<typeof EntityRow>): Entity {
  return { node: row.n, label: primaryLabel(row.labels), version: row.version };
}

/** The node FIND_NODE found, or a 404. */
function foundEntity(result: QueryResult, id: string): Entity {
  const row = readFirst(result, EntityRow);
  if (!row) throw nodeNotFound(id);
  return entityOf(row);
}

/** The node LOCK_NODE locked; one deleted while this transaction waited for the lock is a 404. */
function lockedEntity(result: QueryResult, id: string): Entity {
  const record = result.records[0];
  // Its labels are read first: a node deleted meanwhile has none, and nothing else of it is to be trusted.
  if (!record || !hasModelLabel(readRow(record, LabelsRow).labels)) throw nodeNotFound(id);
  return entityOf(readRow(record, EntityRow));
}

export async function getNode(db: Database, id: string): Promise<NodeView> {
  const { node, version } = foundEntity(await db.read((tx) => tx.run(FIND_NODE, { id })), id);
  return { node: presentNode(node), version };
}

/** Reference properties must name an existing node of the right label. */
async function checkReferences(tx: ManagedTransaction, label: NodeLabel, properties: Record<string, unknown>, prefix: string): Promise<void> {
  const rules = referencesOf(label).filter((r) => typeof properties[r.property] === 'string');
  if (rules.length === 0) return;
  const ids = rules.map((r) => properties[r.property] as string);
  const result = await tx.run(NODE_LABELS_BY_ID, { ids });
  const found = new Map(readRows(result, IdLabelsRow).map((r) => [r.id, primaryLabel(r.labels)]));
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
  const raw = input.properties;
  const given = wantsGeneratedId(raw) ? { ...raw, id: idCandidate(input.label, raw, 0) } : raw;
  const generated = given !== raw;
  const properties = validateNodeProperties(input.label, given, 'body.properties');
  const stamp = editStamp(username);
  try {
    return await searchable(db, db.write(async (tx) => {
      for (let attempt = 1; ; attempt += 1) {
        const taken = readFirst(await tx.run(FIND_NODE, { id: properties.id }), EntityRow);
        if (!taken) break;
        if (!generated || attempt >= ID_ATTEMPTS) throw editErrors.idTaken(properties.id, entityOf(taken).label);
        properties.id = idCandidate(input.label, properties, attempt);
      }
      await checkReferences(tx, input.label, properties, 'body.properties');
      const props = { ...properties, ...userProvenance(stamp) };
      const created = await recordingChanges(tx, nodeEditTouches(properties.id, input.label), editOrigin(username), async () => {
        const result = await tx.run(createNodeQuery(input.label), { props });
        await relinkReferences(tx, properties.id, input.label, properties, stamp);
        return result;
      });
      const node = presentNode(readOne(created, WrittenRow).n);
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
    const { node, label, version } = lockedEntity(await tx.run(LOCK_NODE, { id }), id);
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
    restampSource(merged, input.changes, stamp);
    const result = editableNodeSchema(label).safeParse(merged);
    if (!result.success) throw errors.validation(issuesToDetails(result.error.issues, 'body.changes'));
    const next = result.data;
    await checkReferences(tx, label, next, 'body.changes');
    // Properties the change removes are set to null, which deletes them.
    const set: Record<string, unknown> = { ...next, ...userProvenance(stamp, before.sourceKind) };
    for (const key of Object.keys(editableNow(label, before))) if (!(key in next)) set[key] = null;
    const updated = await recordingChanges(tx, nodeEditTouches(id, label), editOrigin(username), async () => {
      const row = readOne(await tx.run(UPDATE_NODE, { id, set }), UpdatedRow);
      await relinkReferences(tx, id, label, next, stamp);
      return row;
    });
    const after = presentNode(updated.n);
    await writeAudit(tx, { username, action: 'node.update', targetKind: 'node', targetId: id, targetType: label, before, after: after.properties, at: stamp.at });
    return { node: after, version: updated.version };
  }));
}

function plainProperties(node: Node): Record<string, unknown> {
  return presentNode(node).properties;
}

async function relationshipsOf(tx: ManagedTransaction, id: string, limit: number): Promise<DeletePreview['relationships']> {
  const result = await tx.run(NODE_RELATIONSHIPS, { id, limit });
  return readRows(result, NeighbourRow).map(({ type, outgoing, properties, other: end }) => {
    const other = presentNode(end);
    return {
      type,
      direction: outgoing ? 'out' : 'in',
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
    for (const row of readRows(result, IdRow)) out.push({ id: row.id, label: rule.label, property: rule.property });
  }
  return out;
}

export async function deletePreview(db: Database, id: string): Promise<DeletePreview> {
  return db.read(async (tx) => {
    const { node, label, version } = foundEntity(await tx.run(FIND_NODE, { id }), id);
    const relationships = await relationshipsOf(tx, id, PREVIEW_LIMIT);
    const { total } = readOne(await tx.run(COUNT_NODE_RELATIONSHIPS, { id }), TotalRow);
    return { node: presentNode(node), version, relationships, total, blockedBy: await referrersOf(tx, id, label) };
  });
}

export async function deleteNode(
  db: Database,
  id: string,
  expectedVersion: number,
  username: string,
): Promise<DeletedNode> {
  const stamp = editStamp(username);
  return searchable(db, db.write(async (tx) => {
    const { node, label, version } = lockedEntity(await tx.run(LOCK_NODE, { id }), id);
    if (version !== expectedVersion) throw editErrors.versionConflict(`${NODE_LABEL_NAMES[label].en} "${id}"`, expectedVersion, version);
    const blockedBy = await referrersOf(tx, id, label);
    if (blockedBy.length > 0) throw editErrors.stillReferenced(id, blockedBy);
    const relationships = await relationshipsOf(tx, id, 10_000);
    const { relationships: relationshipsRemoved } = await recordingChanges(tx, nodeDeleteTouches(id), editOrigin(username), async () =>
      readOne(await tx.run(DELETE_NODE, { id }), RemovedRow),
    );
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
