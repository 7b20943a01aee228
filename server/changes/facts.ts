// The facts recorded in a period, from the history store, named for a reader: a node or a
// relationship's ends by their names now, or, for what has gone, as its last revision named it.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import type { ChangedNode, FactChange } from '../../graph/model';
import { readLocalPlaceIds } from '../gaps/localPlaces';
import { plainProperties } from '../history/codec';
import { RevisionRow } from '../history/undo';
import { readFirst, readRows } from '../presenters/rows';
import { NAMES, REGION_IDS, REVISIONS_BETWEEN } from './queries';

const Row = RevisionRow.extend({
  atMs: z.number(),
  after: z.string().nullable(),
  changed: z.array(z.string()).nullable(),
  actor: z.string(),
  via: z.string(),
});
const Page = z.object({ total: z.number(), items: z.array(Row) });
const NameRow = z.object({ id: z.string(), label: z.string().nullable(), nameZh: z.string(), nameEn: z.string() });
const IdsRow = z.object({ ids: z.array(z.string()) });

export interface Period {
  sinceMs: number;
  untilMs: number;
}

/** Ids inside a region now (its places, what is located in them, its key industries). */
export async function regionIds(db: Database, regionId: string): Promise<string[]> {
  return db.read(async (tx) => {
    const places = await readLocalPlaceIds(tx, regionId);
    return readFirst(await tx.run(REGION_IDS, { places }), IdsRow)?.ids ?? [];
  });
}

/** Facts recorded in the period, newest first; only those touching `ids` when given. */
export async function factChanges(db: Database, period: Period, ids: string[] | null, limit: number): Promise<{ facts: FactChange[]; total: number }> {
  const page = await db.read(async (tx) => readFirst(await tx.run(REVISIONS_BETWEEN, { ...period, ids, limit }), Page));
  const rows = page?.items ?? [];
  const wanted = [...new Set(rows.flatMap((r) => [r.nodeId, r.fromId, r.toId]).filter((id): id is string => id !== null))];
  const known = new Map(
    (await db.read(async (tx) => readRows(await tx.run(NAMES, { ids: wanted }), NameRow))).map((n) => [n.id, n] as const),
  );
  const named = (id: string, label: string | null, props: Record<string, unknown> | null): ChangedNode => {
    const now = known.get(id);
    if (now) return now;
    const zh = typeof props?.nameZh === 'string' ? props.nameZh : id;
    return { id, label, nameZh: zh, nameEn: typeof props?.nameEn === 'string' ? props.nameEn : zh };
  };
  const facts = rows.map((r): FactChange => {
    const before = plainProperties(r.before);
    const after = plainProperties(r.after);
    const base = { at: new Date(r.atMs).toISOString(), op: r.op, entity: r.entity, changed: r.changed ?? [], before, after, actor: r.actor, via: r.via };
    if (r.entity === 'node') return { ...base, node: named(r.nodeId ?? '', r.label, after ?? before), relationship: null };
    const relationship = { type: r.type ?? '', from: named(r.fromId ?? '', null, null), to: named(r.toId ?? '', null, null) };
    return { ...base, node: null, relationship };
  });
  return { facts, total: page?.total ?? 0 };
}
