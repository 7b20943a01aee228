// 补链招商推荐: for every chain-link gap (缺链, 断链, 弱链), the named candidates that could fill it, one row
// per candidate with its score and every reason; a gap with none gets one row saying which data would
// produce one. Rows come from the gap engine, so they agree with GET /api/gaps and the gap panel.
import { markedName, type Suggestion } from '../../graph/model';
import { computeGaps } from '../gaps/service';
import { gapIndustry, name, type Bilingual } from './format';
import { GAP_TAIL, gapRef, gapTail, type EngineGap } from './gapQuestion';
import { col, COLUMNS, type AnswerRow, type QuestionDefinition } from './question';

const CHAIN_RULES = ['chain-missing-link', 'chain-break-risk', 'chain-weak-link'] as const;

const RULE_SHORT: Record<(typeof CHAIN_RULES)[number], Bilingual> = {
  'chain-missing-link': { zh: '缺链', en: 'Missing link' },
  'chain-break-risk': { zh: '断链风险', en: 'Break risk' },
  'chain-weak-link': { zh: '弱链', en: 'Weak link' },
};

const KIND_TEXT: Record<Suggestion['kind'], Bilingual> = {
  'covers-link': { zh: '覆盖该环节的企业', en: 'Firm covering the link' },
  'supports-link': { zh: '可提供创新支撑的机构', en: 'Organisation that could support it' },
  'researches-field': { zh: '研究所需技术的机构', en: 'Researches a needed field' },
};

function candidateRow(gap: EngineGap, suggestion: Suggestion | null, rank: number | null): AnswerRow {
  const base = {
    industry: name(gapIndustry(gap)),
    link: name(gap.subject),
    rule: RULE_SHORT[gap.ruleId as (typeof CHAIN_RULES)[number]],
    ...gapTail(gap),
  };
  const cells = suggestion
    ? {
        ...base,
        rank,
        candidate: { zh: markedName(suggestion, 'zh'), en: markedName(suggestion, 'en') },
        kind: KIND_TEXT[suggestion.kind],
        place: suggestion.place ? { zh: suggestion.place.nameZh, en: suggestion.place.nameEn } : null,
        score: suggestion.score,
        reasons: { zh: suggestion.reasonZh, en: suggestion.reasonEn },
        missingData: null,
        illustrative: (gap.illustrative ?? false) || suggestion.illustrative,
      }
    : { ...base, rank: null, candidate: null, kind: null, place: null, score: null, reasons: null, missingData: gap.missingData ?? null };
  return { cells, ref: gapRef(gap) };
}

export const RECOMMENDATIONS_QUESTION: QuestionDefinition = {
  id: 'chain-gap-recommendations',
  titleZh: '补链招商推荐',
  titleEn: 'Recommended partners for chain gaps',
  descriptionZh:
    '每个缺链、断链、弱链环节的推荐对接对象：本地以外覆盖该环节的企业（弱链另列研究其所需技术的平台和研发机构），按得分排序并列出推荐理由；没有候选时说明需要补充哪些数据。',
  descriptionEn:
    'For every missing, at-risk and weak chain link, the organisations outside the region that could fill it: firms covering the link (and, for a weak link, platforms and institutes researching what it needs), ranked by score with the reasons; where there is none, which data would produce one.',
  columns: [
    COLUMNS.industry,
    COLUMNS.link,
    col('rule', '缺口类型', 'Gap type'),
    col('rank', '排名', 'Rank'),
    col('candidate', '推荐对象', 'Candidate'),
    col('kind', '推荐类型', 'Kind'),
    col('place', '所在地', 'Located in'),
    col('score', '得分', 'Score'),
    col('reasons', '推荐理由', 'Reasons'),
    col('missingData', '缺少的数据', 'Data missing'),
    ...GAP_TAIL,
  ],
  rows: async (db, options) => {
    const gaps = await computeGaps(db, { ruleIds: [...CHAIN_RULES] }, options);
    return gaps.flatMap((gap) =>
      gap.suggestions.length === 0 ? [candidateRow(gap, null, null)] : gap.suggestions.map((s, i) => candidateRow(gap, s, i + 1)),
    );
  },
};
