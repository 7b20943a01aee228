// Opening, changing and reading cases. Every write checks its input first (a 400 naming the field changes
// nothing), then writes the case and its audit entry in one transaction. Reads follow the gaps first
// (reconcile.ts), so what they show is what the engine finds now.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { CASE_TRANSITIONS, chinaToday, type Case, type CaseOwnerKind, type CaseState, type CaseStatus } from '../../graph/model';
import { writeAudit } from '../auth/audit';
import { newId } from '../auth/tokens';
import { errors } from '../errors';
import { resolveScopeAt } from '../gaps/scope';
import { readRows } from '../presenters/rows';
import { gapSnapshot, gapsUnder } from './gapFacts';
import { CREATE_CASE, GET_CASE, LIST_CASES, NAMES_OF, UPDATE_CASE } from './queries';
import { reconcileCases } from './reconcile';
import type { CasesQuery, OpenCaseBody, UpdateCaseBody } from './schema';
import { storedCases, toCase, type StoredCase } from './stored';

const NameRow = z.object({ id: z.string(), labels: z.array(z.string()), nameZh: z.string(), nameEn: z.string() });
type NameRow = z.infer<typeof NameRow>;

async function namesOf(tx: ManagedTransaction, ids: readonly (string | null)[]): Promise<Map<string, NameRow>> {
  const wanted = ids.filter((id): id is string => id !== null);
  const rows = wanted.length === 0 ? [] : readRows(await tx.run(NAMES_OF, { ids: wanted }), NameRow);
  return new Map(rows.map((row) => [row.id, row]));
}

/** A county owner must be a region of the graph; a department is named as written. */
async function ownerNames(db: Database, kind: CaseOwnerKind, owner: string): Promise<{ ownerNameZh: string; ownerNameEn: string }> {
  if (kind === 'department') return { ownerNameZh: owner, ownerNameEn: owner };
  const region = (await db.read((tx) => namesOf(tx, [owner]))).get(owner);
  if (!region?.labels.includes('Region')) {
    throw errors.validation([{ field: 'body.owner', reason: `no region with id "${owner}" (a county owner is a region id)`, reasonZh: `不存在编号为「${owner}」的地区（区县责任主体应为地区编号）` }]);
  }
  return { ownerNameZh: region.nameZh, ownerNameEn: region.nameEn };
}

function state(status: CaseStatus, by: string, at: string, reason: string | null = null): CaseState {
  return { status, at, by, reason, closedBy: null };
}

export async function openCase(db: Database, body: OpenCaseBody, actor: string): Promise<Case> {
  const scope = await resolveScopeAt(db, body.region, 'body.region');
  const gap = (await gapsUnder(db, scope.regionId, [body.gapId], scope.version)).get(body.gapId);
  if (!gap) {
    throw errors.validation([
      { field: 'body.gapId', reason: `the engine finds no gap "${body.gapId}" under region "${scope.regionId}" (see GET /api/gaps)`, reasonZh: `在地区「${scope.regionId}」下未发现缺口「${body.gapId}」（见 GET /api/gaps）` },
    ]);
  }
  const owner = await ownerNames(db, body.ownerKind, body.owner);
  const now = new Date();
  const at = now.toISOString();
  const snapshot = gapSnapshot(gap);
  return db.write(async (tx) => {
    const industry = (await namesOf(tx, [snapshot.industryId])).get(snapshot.industryId ?? '');
    const existing = storedCases(await tx.run(LIST_CASES, filterParams({ scope: scope.regionId, gap: [body.gapId] })))[0];
    if (existing) {
      throw errors.conflict(`Gap "${body.gapId}" already has case ${existing.id} under this region`, `该地区下缺口「${body.gapId}」已立案（${existing.id}）`, [
        { field: 'body.gapId', reason: `already has case ${existing.id}`, reasonZh: `已有问题 ${existing.id}` },
      ]);
    }
    const props = {
      id: newId(),
      key: `${scope.regionId}|${body.gapId}`,
      gapId: body.gapId,
      scopeRegionId: scope.regionId,
      ownerKind: body.ownerKind,
      owner: body.owner,
      ...owner,
      chainChief: body.chainChief ?? null,
      dueDate: body.dueDate ?? null,
      notes: body.notes ?? '',
      status: 'open',
      reason: null,
      closedBy: null,
      statusBy: actor,
      statusAtMs: now.getTime(),
      createdAt: at,
      createdBy: actor,
      updatedAt: at,
      states: JSON.stringify([state('open', actor, at)]),
      ...snapshot,
      industryNameZh: industry?.nameZh ?? null,
      industryNameEn: industry?.nameEn ?? null,
    };
    const created = storedCases(await tx.run(CREATE_CASE, { props }))[0];
    if (!created) throw new Error('CREATE_CASE returned no case');
    await writeAudit(tx, { username: actor, action: 'case.open', targetKind: 'case', targetId: created.id, targetType: body.gapId, after: toCase(created), at });
    return toCase(created);
  });
}

/** The change asked for, checked against the case as it is: a status change must be allowed, a dismissal needs a reason. */
function checkChange(current: StoredCase, body: UpdateCaseBody): void {
  const to = body.status;
  if (to !== undefined && to !== current.status && !CASE_TRANSITIONS[current.status].includes(to)) {
    const allowed = CASE_TRANSITIONS[current.status].join(', ');
    throw errors.validation([
      { field: 'body.status', reason: `a ${current.status} case cannot become ${to} (allowed: ${allowed})`, reasonZh: `状态为 ${current.status} 的问题不能改为 ${to}（允许：${allowed}）` },
    ]);
  }
  const dismissing = to === 'dismissed' && current.status !== 'dismissed';
  if (dismissing && body.reason === undefined) {
    throw errors.validation([{ field: 'body.reason', reason: 'dismissing a case needs a reason', reasonZh: '驳回问题须说明理由' }]);
  }
  if (body.reason !== undefined && !dismissing) {
    throw errors.validation([{ field: 'body.reason', reason: 'a reason is given only when dismissing (status dismissed)', reasonZh: '仅在驳回（状态 dismissed）时填写理由' }]);
  }
  if (body.ownerKind !== undefined && body.ownerKind !== current.ownerKind && body.owner === undefined) {
    throw errors.validation([{ field: 'body.owner', reason: 'a new owner kind needs its owner', reasonZh: '更改责任主体类型时须给出责任单位' }]);
  }
}

export async function updateCase(db: Database, id: string, body: UpdateCaseBody, actor: string): Promise<Case> {
  await reconcileCases(db);
  const current = await readStored(db, id);
  checkChange(current, body);
  const kind = body.ownerKind ?? current.ownerKind;
  const owner = body.owner !== undefined ? { owner: body.owner, ...(await ownerNames(db, kind, body.owner)) } : {};
  const now = new Date();
  const at = now.toISOString();
  const changesStatus = body.status !== undefined && body.status !== current.status;
  const props: Record<string, unknown> = {
    ownerKind: kind,
    ...owner,
    ...(body.chainChief !== undefined ? { chainChief: body.chainChief } : {}),
    ...(body.dueDate !== undefined ? { dueDate: body.dueDate } : {}),
    ...(body.notes !== undefined ? { notes: body.notes } : {}),
    updatedAt: at,
  };
  if (changesStatus && body.status) {
    const reason = body.status === 'dismissed' ? (body.reason ?? null) : null;
    Object.assign(props, {
      status: body.status,
      statusBy: actor,
      statusAtMs: now.getTime(),
      reason,
      closedBy: null,
      states: JSON.stringify([...toCase(current).states, state(body.status, actor, at, reason)]),
    });
  }
  return db.write(async (tx) => {
    const updated = storedCases(await tx.run(UPDATE_CASE, { id, expectedStatus: current.status, expectedUpdatedAt: current.updatedAt, props }))[0];
    if (!updated) throw errors.conflict(`Case ${id} changed meanwhile; read it again`, `问题 ${id} 已被他人修改，请刷新后重试`);
    await writeAudit(tx, { username: actor, action: 'case.update', targetKind: 'case', targetId: id, targetType: current.gapId, before: toCase(current), after: toCase(updated), at });
    return toCase(updated);
  });
}

async function readStored(db: Database, id: string): Promise<StoredCase> {
  const found = (await db.read(async (tx) => storedCases(await tx.run(GET_CASE, { id }))))[0];
  if (!found) throw errors.notFound('case / 问题', id);
  return found;
}

export async function getCase(db: Database, id: string): Promise<Case> {
  await reconcileCases(db);
  return toCase(await readStored(db, id));
}

function filterParams(query: Partial<CasesQuery>, today: string = chinaToday()): Record<string, unknown> {
  return {
    scope: query.scope ?? null,
    place: query.place ?? null,
    owner: query.owner ?? null,
    statuses: query.status ?? null,
    industries: query.industry ?? null,
    gapIds: query.gap ?? null,
    overdueBefore: query.overdue === 'true' ? today : null,
  };
}

/** Cases matching the filters, after following the gaps; `overdue=false` keeps only those not overdue. */
export async function listCases(db: Database, query: CasesQuery): Promise<Case[]> {
  await reconcileCases(db);
  const today = chinaToday();
  const stored = await db.read(async (tx) => storedCases(await tx.run(LIST_CASES, filterParams(query, today))));
  const cases = stored.map((c) => toCase(c, today));
  return query.overdue === 'false' ? cases.filter((c) => !c.overdue) : cases;
}
