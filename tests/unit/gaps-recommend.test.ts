// The chain-link recommendation scorer (server/gaps/linkRank.ts) and the missing-data sentences, pure:
// each configured point becomes one named reason, the order follows the sum, and a bad weight in the
// configuration is refused naming its field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeRef } from '../../graph/model';
import { DEFAULT_GAP_CONFIG_PATH, parseGapConfig, readGapConfig } from '../../server/gaps/config';
import type { LinkCandidate, LinkCandidatePool } from '../../server/gaps/linkCandidates';
import { linkMissingData, rankLinkCandidates, scoreLinkCandidate } from '../../server/gaps/linkRank';
import { fieldMissingData, partnerMissingData } from '../../server/gaps/missingData';

const config = readGapConfig(DEFAULT_GAP_CONFIG_PATH);
const points = config.suggestions.points;
const ref = (id: string, label = 'Enterprise'): NodeRef => ({ id, label, nameZh: `${id}中`, nameEn: id, illustrative: false });
const link = ref('link', 'ChainLink');
const scope = { id: 'nantong', nameZh: '南通市', nameEn: 'Nantong' };
const regions = [
  { id: 'shanghai', nameZh: '上海市', nameEn: 'Shanghai' },
  { id: 'sunan', nameZh: '苏南', nameEn: 'Southern Jiangsu' },
];

const firm = (id: string, over: Partial<LinkCandidate> = {}): LinkCandidate => ({
  ref: ref(id),
  kind: 'covers-link',
  regionId: null,
  place: null,
  sourceKind: 'document',
  tags: [],
  listingExchange: null,
  highTech: false,
  ties: false,
  coBuiltParks: [],
  fields: [],
  ...over,
});

describe('chain-link candidates', () => {
  it('turns every configured part into one reason worth its points', () => {
    const champion = firm('champion', {
      regionId: 'sunan',
      sourceKind: 'public',
      tags: ['制造业单项冠军', '瞪羚企业', '高新技术企业', '上市公司'],
      ties: true,
      coBuiltParks: [ref('park', 'Park')],
    });
    const parts = scoreLinkCandidate(champion, link, points, scope, regions);
    expect(parts.map((p) => [p.key, p.points])).toEqual([
      ['coversLink', points.coversLink],
      ['evidence', points.evidence.public],
      ['tags', points.tags['制造业单项冠军'] + points.tags['瞪羚企业']],
      ['listed', points.listed],
      ['highTech', points.highTech],
      ['partnerRegion', points.partnerRegion],
      ['ties', points.partnersWithCity],
      ['coBuiltPark', points.coBuiltPark],
    ]);
    expect(parts.map((p) => p.zh)).toContain('制造业单项冠军、瞪羚企业');
    expect(parts.find((p) => p.key === 'partnerRegion')?.en).toBe('in the partner region Southern Jiangsu');
    // Each language's text holds no sentence of the other.
    expect(parts.every((p) => !/[\u4e00-\u9fff]/.test(p.en))).toBe(true);
  });

  it('ranks partner regions first, then by the sum (ties by id), support first for a weak link, cut at the maximum', () => {
    const pool: LinkCandidatePool = {
      scope,
      partnerRegions: regions,
      densities: null,
      byLink: {
        link: {
          firms: [
            firm('far-inferred', { sourceKind: 'domain' }),
            firm('partner', { regionId: 'shanghai' }),
            firm('b-listed', { listingExchange: 'SZSE' }),
            firm('a-listed', { listingExchange: 'HKEX' }),
            firm('z-champion', { tags: ['制造业单项冠军', '专精特新"小巨人"'], listingExchange: 'SSE', highTech: true }),
          ],
          supporters: [firm('lab', { ref: ref('lab', 'Platform'), kind: 'supports-link', fields: [ref('f', 'TechField')] })],
        },
      },
    };
    const ids = (weak: boolean, max = 5) =>
      rankLinkCandidates(pool, link, weak, { ...config, suggestions: { ...config.suggestions, max } }).map((s) => s.id);
    // The champion outside the partner regions scores more than the plain partner-region firm, and still follows it.
    const scores = new Map(rankLinkCandidates(pool, link, false, config).map((s) => [s.id, s.score]));
    expect(scores.get('z-champion')).toBeGreaterThan(scores.get('partner') ?? Infinity);
    expect(ids(false)).toEqual(['partner', 'z-champion', 'a-listed', 'b-listed', 'far-inferred']);
    expect(ids(true, 6)).toEqual(['lab', 'partner', 'z-champion', 'a-listed', 'b-listed', 'far-inferred']);
    expect(ids(true, 2)).toEqual(['lab', 'partner']);
    const [lab] = rankLinkCandidates(pool, link, true, config);
    expect(lab?.kind).toBe('supports-link');
    expect(lab?.reasonZh).toBe(
      `平台，研究本环节所需的「f中」，可为本地企业提供创新支撑 +${points.supportsLink}；研究方向依据：政策原文 +${points.evidence.document}（共 ${points.supportsLink + points.evidence.document} 分）`,
    );
  });

  it('adds the industry\'s relatedness to the scope\'s strengths as a reason, when it was judged', () => {
    const byLink = { link: { firms: [firm('a'), firm('b', { regionId: 'sunan' })], supporters: [] } };
    const judged: LinkCandidatePool = { scope, partnerRegions: regions, densities: { ind: 0.5, other: 0 }, byLink };
    const [first] = rankLinkCandidates(judged, link, false, config, 'ind');
    const part = first?.reasons.find((r) => r.key === 'relatedness');
    expect(part?.points).toBe(points.relatedness * 0.5);
    expect(part?.zh).toBe('本产业与南通市现有优势产业的关联度 0.50');
    expect(part?.en).toBe("the industry's relatedness to Nantong's strengths: 0.50");
    // No reason for a density of 0, for an industry not judged, or when too few regions judged it.
    expect(rankLinkCandidates(judged, link, false, config, 'other')[0]?.reasons.some((r) => r.key === 'relatedness')).toBe(false);
    expect(rankLinkCandidates({ ...judged, densities: null }, link, false, config, 'ind')[0]?.reasons.some((r) => r.key === 'relatedness')).toBe(false);
  });

  it('says which data would produce a candidate, never a generic one', () => {
    const pool: LinkCandidatePool = { scope, partnerRegions: regions, densities: null, byLink: {} };
    expect(linkMissingData(link, false, pool).zh).toBe('图谱中没有南通市以外的企业覆盖「link中」：导入上海市、苏南等地覆盖该环节的企业（COVERS 关系）后即可推荐。');
    expect(linkMissingData(link, true, pool).en).toContain('and no platform, institute or innovation centre outside it researches what the link needs');
    const fieldPool = { city: { zh: '南通市', en: 'Nantong' }, partnerRegions: [{ zh: '上海市', en: 'Shanghai' }], candidates: [] };
    expect(fieldMissingData(ref('f', 'TechField'), fieldPool).en).toBe(
      'No organisation outside Nantong in the graph researches "f": import the institutes and platforms researching it (RESEARCHES), in Shanghai or elsewhere.',
    );
    expect(partnerMissingData(ref('ind', 'Industry'), [], fieldPool).zh).toContain('未记录所需技术领域');
  });
});

describe('recommendation weights in the configuration', () => {
  it('refuses a missing or negative weight, naming the field', () => {
    const json = JSON.parse(readFileSync(DEFAULT_GAP_CONFIG_PATH, 'utf8')) as { suggestions: { points: Record<string, unknown> } };
    const { evidence, ...rest } = json.suggestions.points as { evidence: Record<string, number> };
    const { user: _user, ...noUser } = evidence;
    const bad = { ...json, suggestions: { ...json.suggestions, points: { ...rest, evidence: noUser, coversLink: -1 } } };
    expect(() => parseGapConfig(bad)).toThrow(/suggestions\.points\.evidence\.user/);
    expect(() => parseGapConfig(bad)).toThrow(/suggestions\.points\.coversLink/);
    const oldKey = { ...json, suggestions: { ...json.suggestions, includeTransferPlatforms: true } };
    expect(() => parseGapConfig(oldKey)).toThrow(/includeTransferPlatforms/);
  });
});
