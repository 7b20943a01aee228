// The change that closed a gap: the newest change the history store (server/history) recorded between
// the engine's last look and now, named with its time, author and what it did. A gap closed by a write
// outside innochain (Neo4j Browser) has no recorded change: the case then says so.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { ClosingChange } from '../../graph/model';
import { readFirst } from '../presenters/rows';
import { LATEST_CHANGE } from './queries';

const Fact = z.object({
  op: z.string().nullable(),
  entity: z.string().nullable(),
  nodeId: z.string().nullable(),
  label: z.string().nullable(),
  type: z.string().nullable(),
  fromId: z.string().nullable(),
  toId: z.string().nullable(),
});
type Fact = z.infer<typeof Fact>;

const ChangeRow = z.object({
  atMs: z.number(),
  seq: z.number().nullable(),
  actor: z.string().nullable(),
  via: z.string().nullable(),
  facts: z.array(Fact),
  total: z.number(),
});

const OP_ZH: Record<string, string> = { add: '新增', change: '修改', end: '删除' };
const OP_EN: Record<string, string> = { add: 'added', change: 'changed', end: 'ended' };

function factText(fact: Fact, lang: 'zh' | 'en'): string {
  const op = (lang === 'zh' ? OP_ZH : OP_EN)[fact.op ?? ''] ?? fact.op ?? '';
  const what = fact.entity === 'relationship' ? `${fact.type ?? ''} ${fact.fromId ?? ''} → ${fact.toId ?? ''}` : `${fact.label ?? ''} ${fact.nodeId ?? ''}`;
  return lang === 'zh' ? `${op}${what.trim()}` : `${op} ${what.trim()}`;
}

function summary(facts: readonly Fact[], total: number, lang: 'zh' | 'en'): string {
  const first = facts[0];
  if (!first) return lang === 'zh' ? '一次已记录的修改' : 'a recorded change';
  const more = total - 1;
  if (more <= 0) return factText(first, lang);
  return lang === 'zh' ? `${factText(first, 'zh')} 等 ${total} 项` : `${factText(first, 'en')} and ${more} more`;
}

/** The newest recorded change in (sinceMs, untilMs], or a note that none was recorded (detected at untilMs). */
export async function closingChange(tx: ManagedTransaction, sinceMs: number, untilMs: number): Promise<ClosingChange> {
  const row = readFirst(await tx.run(LATEST_CHANGE, { sinceMs, untilMs }), ChangeRow);
  if (!row) {
    return {
      id: null,
      at: new Date(untilMs).toISOString(),
      actor: null,
      via: null,
      summaryZh: '未找到已记录的修改（可能在 innochain 之外修改了数据库）',
      summaryEn: 'no recorded change found (the database may have been changed outside innochain)',
    };
  }
  return {
    id: `${row.atMs}-${row.seq ?? 0}`,
    at: new Date(row.atMs).toISOString(),
    actor: row.actor,
    via: row.via,
    summaryZh: summary(row.facts, row.total, 'zh'),
    summaryEn: summary(row.facts, row.total, 'en'),
  };
}
