// The regions and industry a comparison names, read with their names; an id not in the graph is a 400
// naming the field and the id in both languages.
import type { ManagedTransaction } from 'neo4j-driver';
import { CompareIndustryRef, CompareRegionRef } from '../../graph/model';
import { errors, type ErrorDetail } from '../errors';
import { readRows } from '../presenters/rows';

const REGIONS = `
UNWIND $ids AS id
MATCH (r:Region {id: id})
RETURN r.id AS id, coalesce(r.nameZh, r.id) AS nameZh, coalesce(r.nameEn, r.nameZh, r.id) AS nameEn, r.kind AS kind`;

const INDUSTRIES = `
UNWIND $ids AS id
MATCH (i:Industry {id: id})
RETURN i.id AS id, coalesce(i.nameZh, i.id) AS nameZh, coalesce(i.nameEn, i.nameZh, i.id) AS nameEn`;

function unknown(field: string, en: string, zh: string, asked: readonly string[], found: ReadonlyMap<string, unknown>): ErrorDetail[] {
  return asked
    .filter((id) => !found.has(id))
    .map((id) => ({ field, reason: `unknown ${en} id "${id}"`, reasonZh: `未知${zh}编号「${id}」` }));
}

export async function industryRefs(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, CompareIndustryRef>> {
  const rows = readRows(await tx.run(INDUSTRIES, { ids: [...ids] }), CompareIndustryRef);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The regions in the order asked and the industry, or a 400 listing every unknown id. */
export async function readRefs(
  tx: ManagedTransaction,
  regionIds: readonly string[],
  industryId: string | undefined,
): Promise<{ regions: CompareRegionRef[]; industry: CompareIndustryRef | null }> {
  const regions = new Map(readRows(await tx.run(REGIONS, { ids: [...regionIds] }), CompareRegionRef).map((r) => [r.id, r]));
  const industries = await industryRefs(tx, industryId === undefined ? [] : [industryId]);
  const details = [
    ...unknown('query.regions', 'region', '地区', regionIds, regions),
    ...unknown('query.industry', 'industry', '产业', industryId === undefined ? [] : [industryId], industries),
  ];
  if (details.length > 0) throw errors.validation(details);
  return {
    regions: regionIds.map((id) => regions.get(id)).filter((r): r is CompareRegionRef => r !== undefined),
    industry: industryId === undefined ? null : (industries.get(industryId) ?? null),
  };
}
