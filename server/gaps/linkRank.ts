// Transparent ranking of the candidates for a chain-link gap, and what to say when there are none. Each
// point is a named reason (reasons.ts); linkCandidates.ts cuts each link's list in Cypher by the same
// sums. Pure: unit-tested without a database.
import {
  ENTERPRISE_TAG_NAMES,
  LISTING_EXCHANGE_NAMES,
  NODE_LABEL_NAMES,
  SOURCE_KIND_NAMES,
  type GapConfig,
  type NodeLabel,
  type NodeRef,
  type Suggestion,
} from '../../graph/model';
import type { LISTING_EXCHANGES } from '../../graph/model/profiles';
import type { LinkCandidate, LinkCandidatePool, RegionName } from './linkCandidates';
import { byPartnerThenScore, suggestionFrom, type Part } from './reasons';

type Points = GapConfig['suggestions']['points'];

const labelName = (label: string): { zh: string; en: string } =>
  NODE_LABEL_NAMES[label as NodeLabel] ?? { zh: '机构', en: 'organisation' };

function exchangeName(exchange: string): { zh: string; en: string } | undefined {
  return LISTING_EXCHANGE_NAMES[exchange as (typeof LISTING_EXCHANGES)[number]];
}

/** The scored parts of one candidate for one link (the same sums as linkCandidates.ts ownPoints and the rest). */
export function scoreLinkCandidate(
  c: LinkCandidate,
  link: NodeRef,
  points: Points,
  scope: RegionName,
  regions: readonly RegionName[],
  /** How related the gap's industry is to the scope's strengths (0..1); null when not judged. */
  density: number | null = null,
): Part[] {
  const parts: Part[] = [];
  if (c.kind === 'covers-link') {
    parts.push({ key: 'coversLink', points: points.coversLink, zh: `覆盖环节「${link.nameZh}」`, en: `covers the link "${link.nameEn}"` });
  } else {
    const label = labelName(c.ref.label);
    parts.push({
      key: 'supportsLink',
      points: points.supportsLink,
      zh: `${label.zh}，研究本环节所需的${c.fields.map((f) => `「${f.nameZh}」`).join('、')}，可为本地企业提供创新支撑`,
      en: `${label.en.toLowerCase()} researching ${c.fields.map((f) => `"${f.nameEn}"`).join(', ')}, which the link needs: support the local firms lack`,
    });
  }
  if (c.sourceKind) {
    const source = SOURCE_KIND_NAMES[c.sourceKind];
    const what = c.kind === 'covers-link' ? { zh: '覆盖', en: 'coverage' } : { zh: '研究方向', en: 'research' };
    parts.push({
      key: 'evidence',
      points: points.evidence[c.sourceKind],
      zh: `${what.zh}依据：${source.zh}`,
      en: `${what.en} known from: ${source.en.toLowerCase()}`,
    });
  }
  const recognitions = c.tags.filter((t): t is keyof Points['tags'] => t !== '上市公司' && t !== '高新技术企业');
  if (recognitions.length > 0) {
    parts.push({
      key: 'tags',
      points: recognitions.reduce((sum, t) => sum + points.tags[t], 0),
      zh: recognitions.map((t) => ENTERPRISE_TAG_NAMES[t].zh).join('、'),
      en: recognitions.map((t) => ENTERPRISE_TAG_NAMES[t].en).join(', '),
    });
  }
  if (c.listingExchange !== null || c.tags.includes('上市公司')) {
    const exchange = c.listingExchange === null ? undefined : exchangeName(c.listingExchange);
    parts.push({
      key: 'listed',
      points: points.listed,
      zh: exchange ? `上市公司（${exchange.zh}）` : '上市公司',
      en: exchange ? `listed (${exchange.en})` : 'listed company',
    });
  }
  if (c.highTech || c.tags.includes('高新技术企业')) {
    parts.push({ key: 'highTech', points: points.highTech, zh: '高新技术企业', en: 'high-tech enterprise' });
  }
  const region = c.regionId === null ? undefined : regions.find((r) => r.id === c.regionId);
  if (c.regionId !== null) {
    parts.push({
      key: 'partnerRegion',
      points: points.partnerRegion,
      zh: `位于合作地区${region?.nameZh ?? c.regionId}`,
      en: `in the partner region ${region?.nameEn ?? c.regionId}`,
    });
  }
  if (c.ties) {
    parts.push({ key: 'ties', points: points.partnersWithCity, zh: `已与${scope.nameZh}合作`, en: `already partners with ${scope.nameEn}` });
  }
  if (c.coBuiltParks.length > 0) {
    const park = c.coBuiltParks[0] as NodeRef;
    parts.push({
      key: 'coBuiltPark',
      points: points.coBuiltPark,
      zh: `所在地区与${scope.nameZh}共建「${park.nameZh}」，可作落地载体`,
      en: `its region co-built "${park.nameEn}" with ${scope.nameEn}, a place to land`,
    });
  }
  if (density !== null && density > 0 && points.relatedness > 0) {
    parts.push({
      key: 'relatedness',
      points: Math.round(points.relatedness * density * 100) / 100,
      zh: `本产业与${scope.nameZh}现有优势产业的关联度 ${density.toFixed(2)}`,
      en: `the industry's relatedness to ${scope.nameEn}'s strengths: ${density.toFixed(2)}`,
    });
  }
  return parts;
}

/**
 * The candidates for one gap link, at most `max`: for a weak link the support first (it is what the link
 * lacks), then firms; otherwise firms. Within each, partner regions first, then by score.
 */
export function rankLinkCandidates(
  pool: LinkCandidatePool,
  link: NodeRef,
  weak: boolean,
  config: GapConfig,
  industryId?: string,
): Suggestion[] {
  const entry = pool.byLink[link.id];
  if (!entry) return [];
  const density = industryId === undefined ? null : (pool.densities?.[industryId] ?? null);
  const rank = (list: readonly LinkCandidate[]): Suggestion[] =>
    list
      .map((c) => suggestionFrom(c, c.kind, scoreLinkCandidate(c, link, config.suggestions.points, pool.scope, pool.partnerRegions, density)))
      .sort(byPartnerThenScore);
  return [...(weak ? rank(entry.supporters) : []), ...rank(entry.firms)].slice(0, config.suggestions.max);
}

const joinZh = (names: readonly string[]): string => names.join('、');
const joinEn = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Which data would produce a candidate for a link with none: no generic fallback. */
export function linkMissingData(link: NodeRef, weak: boolean, pool: LinkCandidatePool): { zh: string; en: string } {
  const regionsZh = pool.partnerRegions.length > 0 ? joinZh(pool.partnerRegions.map((r) => r.nameZh)) : '合作地区';
  const regionsEn = pool.partnerRegions.length > 0 ? joinEn(pool.partnerRegions.map((r) => r.nameEn)) : 'the partner regions';
  const firmsZh = `图谱中没有${pool.scope.nameZh}以外的企业覆盖「${link.nameZh}」`;
  const firmsEn = `No firm outside ${pool.scope.nameEn} in the graph covers "${link.nameEn}"`;
  if (!weak) {
    return {
      zh: `${firmsZh}：导入${regionsZh}等地覆盖该环节的企业（COVERS 关系）后即可推荐。`,
      en: `${firmsEn}: import the firms of ${regionsEn} (or elsewhere) covering that link (COVERS) to get candidates.`,
    };
  }
  return {
    zh: `${firmsZh}，也没有外地平台、研发机构或创新中心研究其所需技术：导入${regionsZh}等地覆盖该环节的企业（COVERS 关系），或为该环节记录所需技术领域（NEEDS）并导入研究这些领域的机构（RESEARCHES）后即可推荐。`,
    en: `${firmsEn}, and no platform, institute or innovation centre outside it researches what the link needs: import the firms of ${regionsEn} (or elsewhere) covering it (COVERS), or record the fields the link needs (NEEDS) and import the organisations researching them (RESEARCHES), to get candidates.`,
  };
}
