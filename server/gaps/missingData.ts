// What to say when a technology gap has no candidate: which data would produce one (never a generic
// fallback). The chain links' version is linkRank.ts linkMissingData.
import type { Gap, NodeRef } from '../../graph/model';
import type { CandidatePool } from './suggestions';

type MissingData = NonNullable<Gap['missingData']>;

function regionNames(pool: CandidatePool): { zh: string; en: string } {
  const names = pool.partnerRegions;
  if (names.length === 0) return { zh: '合作地区', en: 'the partner regions' };
  const en = names.map((n) => n.en);
  return {
    zh: `合作地区（${names.map((n) => n.zh).join('、')}）`,
    en: `the partner regions (${en.length === 1 ? en[0] : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`})`,
  };
}

/** A needed field no organisation outside the scope researches. */
export function fieldMissingData(field: NodeRef, pool: CandidatePool): MissingData {
  // Short: the leader's summary quotes the part after the colon once per kind.
  const zh = pool.partnerRegions.map((r) => r.zh).join('、');
  const en = pool.partnerRegions.map((r) => r.en).join(', ');
  return {
    zh: `图谱中没有${pool.city.zh}以外的机构研究「${field.nameZh}」：导入${zh ? `${zh}或其他地区` : '合作地区或其他地区'}研究该领域的高校、院所和平台（RESEARCHES 关系）后即可推荐。`,
    en: `No organisation outside ${pool.city.en} in the graph researches "${field.nameEn}": import the institutes and platforms researching it (RESEARCHES), in ${en ? `${en} or elsewhere` : 'the partner regions or elsewhere'}.`,
  };
}

/** An industry without a partner, for which no partner-region organisation researches what it needs (or nothing needed is recorded). */
export function partnerMissingData(industry: NodeRef, fields: readonly NodeRef[], pool: CandidatePool): MissingData {
  if (fields.length === 0) {
    return {
      zh: `「${industry.nameZh}」未记录所需技术领域：为该产业或其环节记录所需技术领域（NEEDS 关系）后，才能推荐研究这些领域的合作地区机构。`,
      en: `No technology field is recorded as needed by "${industry.nameEn}": record the fields it or its links need (NEEDS) to get partner-region candidates researching them.`,
    };
  }
  const regions = regionNames(pool);
  const zh = fields.map((f) => `「${f.nameZh}」`).join('、');
  const en = fields.map((f) => `"${f.nameEn}"`).join(', ');
  return {
    zh: `图谱中没有${regions.zh}的机构研究「${industry.nameZh}」所需的${zh}：导入合作地区研究这些领域的高校、研究院所和平台（RESEARCHES 关系）后即可推荐。`,
    en: `No organisation in ${regions.en} in the graph researches what "${industry.nameEn}" needs (${en}): import the universities, institutes and platforms there that research it (RESEARCHES) to get candidates.`,
  };
}
