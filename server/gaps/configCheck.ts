// At start, the gap config's home city and partner regions must name Region nodes: a typo would
// otherwise be accepted silently, nothing would count as local, and every slot would show as a gap.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { activeGapConfig, GapConfigError, type ActiveGapConfig, type GapConfig } from './config';
import { Ids, readFirst } from './read';

/** Most ids of existing regions a message lists as a hint. */
const HINT_MAX = 10;
/** Region kinds offered as a hint for each field (the synthetic province analyses a province as "the city"). */
const HOME_KINDS = ['city', 'province'];
const PARTNER_KINDS = ['partner-region'];

/** One read: which of the ids exist, and a few ids of each kind as a hint (LIMIT is a constant, not input). */
const CONFIG_REGION_IDS = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Region {id: id})
WITH collect(DISTINCT n.id) AS found
RETURN found,
  COLLECT { MATCH (r:Region) WHERE r.kind IN $homeKinds RETURN r.id ORDER BY r.id LIMIT ${HINT_MAX + 1} } AS homeIds,
  COLLECT { MATCH (r:Region) WHERE r.kind IN $partnerKinds RETURN r.id ORDER BY r.id LIMIT ${HINT_MAX + 1} } AS partnerIds`;

const Row = z.object({ found: Ids, homeIds: Ids, partnerIds: Ids });

export interface UnknownConfigRegion {
  /** cityId or partnerRegionIds[i]. */
  field: string;
  id: string;
  /** Ids of existing regions of that kind, at most HINT_MAX (one more means there are more). */
  known: string[];
}

/** The config's region ids that name no Region node, each with its field; empty when all exist. */
export async function unknownConfigRegions(db: Database, config: GapConfig): Promise<UnknownConfigRegion[]> {
  const ids = [config.cityId, ...config.partnerRegionIds];
  const row = await db.read(async (tx) => {
    const result = await tx.run(CONFIG_REGION_IDS, {
      ids,
      homeKinds: HOME_KINDS,
      partnerKinds: PARTNER_KINDS,
    });
    return readFirst(result, Row);
  });
  const found = new Set(row?.found ?? []);
  const fields = [
    { field: 'cityId', id: config.cityId, known: row?.homeIds ?? [] },
    ...config.partnerRegionIds.map((id, i) => ({ field: `partnerRegionIds[${i}]`, id, known: row?.partnerIds ?? [] })),
  ];
  return fields.filter((f) => !found.has(f.id));
}

/** The start-up message: the file, then one line per unknown id in English and Chinese. */
export function unknownConfigRegionsMessage(source: string, unknown: readonly UnknownConfigRegion[]): string {
  const lines = unknown.map((u) => {
    const hint = u.known.length === 0 ? '' : u.known.slice(0, HINT_MAX).join(', ') + (u.known.length > HINT_MAX ? ', …' : '');
    const [en, zh] = u.field === 'cityId' ? ['cities and provinces', '市、省'] : ['partner regions', '合作地区'];
    return (
      `  ${u.field}: unknown region id "${u.id}"; ${hint ? `${en} in the graph: ${hint}` : `the graph holds no ${en}`}` +
      ` / 未知地区编号「${u.id}」；${hint ? `图中现有${zh}：${hint}` : `图中没有${zh}`}`
    );
  });
  return [
    `The gap configuration ${source} names regions the graph does not hold / 缺口分析配置 ${source} 中的地区在图中不存在:`,
    ...lines,
    'Correct the file (or point INNOCHAIN_GAPS_CONFIG at another), or load the data holding these regions. / 请修改该文件（或用 INNOCHAIN_GAPS_CONFIG 指定其他配置），或先导入含这些地区的数据。',
  ].join('\n');
}

/** Throws a GapConfigError naming every unknown id; main.ts calls it before the server listens. */
export async function assertConfigRegionsExist(db: Database, active: ActiveGapConfig = activeGapConfig()): Promise<void> {
  const unknown = await unknownConfigRegions(db, active.config);
  if (unknown.length > 0) throw new GapConfigError(unknownConfigRegionsMessage(active.source, unknown));
}
