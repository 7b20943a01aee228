// Creating, changing (notes, validity) and deleting relationships, identified by type and both end ids.
// Relationships that stand for a property (HAS_LINK, TARGET_FOR, MEASURES) follow that property.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import {
  allowsEndpoints,
  NODE_LABEL_NAMES,
  RELATIONSHIP_SPECS,
  type DeletedRelationship,
  validityProblem,
  VALIDITY_PROBLEM_FIELD,
  type RelationshipType,
  type RelationshipView,
} from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { recordingChanges } from '../history/record';
import { editOrigin } from './history';
import { editErrors, errors, type ErrorDetail } from '../errors';
import { presentRelationship, primaryLabel } from '../presenters/entity';
import { DriverRelationship, Labels, readFirst, readOne, readRows } from '../presenters/rows';
import { hasModelLabel } from './concurrency';
import { editStamp, userProvenance } from './provenance';
import {
  createRelationship as createQuery,
  deleteRelationship as deleteQuery,
  findRelationship,
  LOCK_ENDS,
  lockRelationship,
  updateRelationship as updateQuery,
} from './queries';
import { DERIVED_TYPES } from './references';
import type { RelationshipChanges } from './schema';
import { EditableRelationship, issuesToDetails } from './validation';

export interface RelationshipKey {
  type: RelationshipType;
  from: string;
  to: string;
}

// The rows the relationship queries answer (see queries.ts).
const VersionedRow = z.object({ r: DriverRelationship, version: z.number().int() });
const CreatedRow = z.object({ r: DriverRelationship });
/** An end LOCK_ENDS locked: one deleted while this transaction waited for its lock has no labels, and no id. */
const LockedEndRow = z.object({ id: z.string().nullable(), labels: Labels });

const keyText = (key: RelationshipKey) => `${key.from}|${key.type}|${key.to}`;
const relationshipNotFound = (key: RelationshipKey) => errors.notFound('relationship / 关系', keyText(key));

/** Derived relationships are edited through the property they stand for. */
function refuseDerived(type: RelationshipType, field: string): void {
  const rule = DERIVED_TYPES.get(type);
  if (!rule) return;
  throw errors.validation([
    {
      field,
      reason: `${type} follows ${rule.label}.${rule.property}: edit that property instead`,
      reasonZh: `${type} 关系随 ${NODE_LABEL_NAMES[rule.label].zh}的 ${rule.property} 属性而定，请修改该属性`,
    },
  ]);
}

/** The period after a change (the stored one with the change over it; null removes) must run forwards. */
function refuseReversedValidity(after: Record<string, unknown>): void {
  const problem = validityProblem(after);
  if (problem) throw errors.validation([{ field: `body.changes.${VALIDITY_PROBLEM_FIELD}`, ...problem }]);
}

export async function getRelationship(db: Database, key: RelationshipKey): Promise<RelationshipView> {
  const row = readFirst(await db.read((tx) => tx.run(findRelationship(key.type), key)), VersionedRow);
  if (!row) throw relationshipNotFound(key);
  return { relationship: presentRelationship(row.r, key.from, key.to), version: row.version };
}

export async function createRelationship(db: Database, input: unknown, username: string): Promise<RelationshipView> {
  const parsed = EditableRelationship.safeParse(input);
  if (!parsed.success) throw errors.validation(issuesToDetails(parsed.error.issues, 'body'));
  const { type, from, to, ...properties } = parsed.data;
  refuseDerived(type, 'body.type');
  const stamp = editStamp(username);
  return db.write(async (tx) => {
    const ends = await tx.run(LOCK_ENDS, { ids: [...new Set([from, to])].sort() });
    // An end deleted while this transaction waited for its lock is as missing as one never there.
    const labels = new Map(
      readRows(ends, LockedEndRow).flatMap((end) => (end.id !== null && hasModelLabel(end.labels) ? [[end.id, primaryLabel(end.labels)] as const] : [])),
    );
    const details: ErrorDetail[] = [];
    for (const [field, id] of [['body.from', from], ['body.to', to]] as const) {
      if (!labels.has(id)) details.push({ field, reason: `no node with id "${id}"`, reasonZh: `不存在编号为「${id}」的节点` });
    }
    const fromLabel = labels.get(from);
    const toLabel = labels.get(to);
    if (fromLabel && toLabel && !allowsEndpoints(type, fromLabel, toLabel)) {
      const spec = RELATIONSHIP_SPECS[type];
      details.push({
        field: 'body.type',
        reason: `${type} cannot join ${fromLabel} to ${toLabel} (allowed: ${spec.from.join('/')} → ${spec.to.join('/')})`,
        reasonZh: `${type}（${spec.zh}）不能从${NODE_LABEL_NAMES[fromLabel].zh}指向${NODE_LABEL_NAMES[toLabel].zh}`,
      });
    }
    if (details.length > 0) throw errors.validation(details);
    const key = { type, from, to };
    if ((await tx.run(findRelationship(type), key)).records.length > 0) throw editErrors.relationshipExists(keyText(key));
    const props = { ...properties, ...userProvenance(stamp) };
    const created = await recordingChanges(tx, { relationships: [key] }, editOrigin(username), async () =>
      readOne(await tx.run(createQuery(type), { from, to, props }), CreatedRow),
    );
    const relationship = presentRelationship(created.r, from, to);
    await writeAudit(tx, { username, action: 'relationship.create', targetKind: 'relationship', targetId: keyText(key), targetType: type, after: relationship.properties, at: stamp.at });
    return { relationship, version: 1 };
  });
}

export async function updateRelationship(
  db: Database,
  key: RelationshipKey,
  input: { version: number; changes: RelationshipChanges },
  username: string,
): Promise<RelationshipView> {
  const stamp = editStamp(username);
  return db.write(async (tx) => {
    const locked = readFirst(await tx.run(lockRelationship(key.type), key), VersionedRow);
    if (!locked) throw relationshipNotFound(key);
    const { version } = locked;
    if (version !== input.version) throw editErrors.versionConflict(`Relationship ${keyText(key)}`, input.version, version);
    const before = presentRelationship(locked.r, key.from, key.to).properties;
    const set: Record<string, unknown> = { ...userProvenance(stamp, before.sourceKind) };
    for (const [field, value] of Object.entries(input.changes)) if (value !== undefined) set[field] = value;
    refuseReversedValidity({ ...before, ...set });
    const updated = await recordingChanges(tx, { relationships: [key] }, editOrigin(username), async () =>
      readOne(await tx.run(updateQuery(key.type), { ...key, set }), VersionedRow),
    );
    const relationship = presentRelationship(updated.r, key.from, key.to);
    await writeAudit(tx, { username, action: 'relationship.update', targetKind: 'relationship', targetId: keyText(key), targetType: key.type, before, after: relationship.properties, at: stamp.at });
    return { relationship, version: updated.version };
  });
}

export async function deleteRelationship(db: Database, key: RelationshipKey, expectedVersion: number, username: string): Promise<DeletedRelationship> {
  refuseDerived(key.type, 'params.type');
  const stamp = editStamp(username);
  return db.write(async (tx) => {
    const locked = readFirst(await tx.run(lockRelationship(key.type), key), VersionedRow);
    if (!locked) throw relationshipNotFound(key);
    const { version } = locked;
    if (version !== expectedVersion) throw editErrors.versionConflict(`Relationship ${keyText(key)}`, expectedVersion, version);
    const before = presentRelationship(locked.r, key.from, key.to).properties;
    await recordingChanges(tx, { relationships: [key] }, editOrigin(username), () => tx.run(deleteQuery(key.type), key));
    await writeAudit(tx, { username, action: 'relationship.delete', targetKind: 'relationship', targetId: keyText(key), targetType: key.type, before, at: stamp.at });
    return { deleted: key };
  });
}
