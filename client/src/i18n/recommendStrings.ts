// Words of the recommendations (推荐对接) a gap names: in the gap panel and on the partners page.
export const RECOMMEND_STRINGS = {
  title: { zh: '推荐对接', en: 'Recommended' },
  /** {score}: the candidate's total points. */
  score: { zh: '{score} 分', en: 'score {score}' },
  reasonsLabel: { zh: '推荐理由', en: 'Why' },
  /** {points}: one reason's points. */
  points: { zh: '+{points}', en: '+{points}' },
  missingTitle: { zh: '暂无候选，需补充数据：', en: 'No candidate yet. Data needed: ' },
  kindCoversLink: { zh: '覆盖该环节的企业', en: 'Firm covering the link' },
  kindSupportsLink: { zh: '可提供创新支撑的机构', en: 'Could support the link' },
  kindResearchesField: { zh: '研究所需技术', en: 'Researches a needed field' },
  sectionTitle: { zh: '补链招商推荐', en: 'Recommended partners for chain gaps' },
  sectionIntro: {
    zh: '每个缺链、断链、弱链环节，本地以外覆盖该环节的企业（弱链另列研究其所需技术的机构）：合作地区（上海、苏南）的在前，其余在后，各按得分排序，并列出每项得分的理由；没有候选时说明需要补充哪些数据。',
    en: 'For each missing, at-risk or weak chain link: the firms outside the region covering it (and, for a weak link, the organisations researching what it needs), those in the partner regions (Shanghai, southern Jiangsu) first, each group ranked by score, each part of the score given as a reason; where there is none, the data that would produce one.',
  },
  industryFilter: { zh: '产业', en: 'Industry' },
  allIndustries: { zh: '全部产业', en: 'All industries' },
  noChainGaps: { zh: '该产业没有缺链、断链或弱链环节。', en: 'This industry has no missing, at-risk or weak link.' },
  /** {count}: chain-link gaps of the industry. */
  gapCount: { zh: '{count} 个环节', en: '{count} links' },
};
export type RecommendStringKey = keyof typeof RECOMMEND_STRINGS;
