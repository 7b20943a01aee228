// Words of the region page's 延链 section (GET /api/related), Chinese and English.
export const RELATED_STRINGS = {
  title: { zh: '延链方向', en: 'Where it could grow' },
  intro: {
    zh: '该地区尚未形成专业化的产业，按关联密度排序：在其他地区与这些产业同时集聚的产业中，有多大比重已是本地优势。',
    en: 'Industries the region does not yet specialise in, ranked by density: how much of what tends to cluster with each of them elsewhere is already a strength here.',
  },
  /** {regions}: regions compared; {rated}: those with a cell large enough to rate; {lq}: presence threshold; {min}: size floor. */
  basis: {
    zh: '依据：{regions} 个同级地区（其中 {rated} 个有可评的产业）各产业的企业数；区位熵 ≥ {lq} 视为专业化，少于 {min} 家的不评。',
    en: 'Basis: firm counts per industry; regions of this level compared: {regions}, of which {rated} have an industry large enough to rate; specialised at a location quotient of {lq} or more; fewer than {min} firms not rated.',
  },
  fewRegions: {
    zh: '只有 {rated} 个地区有可评的产业（少于 {min} 个），关联度依据很少，仅供参考。',
    en: 'Regions with an industry large enough to rate: only {rated} (fewer than {min}). The relatedness rests on very few cases, so read it as a sketch.',
  },
  strengths: { zh: '现有优势产业', en: 'Current strengths' },
  noStrengths: { zh: '该地区尚无达到专业化标准的产业，因此没有可依托的优势。', en: 'No industry here meets the specialisation cut yet, so there are no strengths to build on.' },
  candidates: { zh: '候选产业', en: 'Candidates' },
  density: { zh: '关联密度', en: 'Density' },
  /** {count} local firms in the candidate. */
  localFirms: { zh: '本地 {count} 家企业', en: '{count} local firms' },
  lq: { zh: '区位熵', en: 'LQ' },
  /** {min}: the size floor. */
  tooSmall: { zh: '少于 {min} 家，未评区位熵', en: 'under {min} firms, LQ not rated' },
  supportedBy: { zh: '依托：', en: 'Builds on: ' },
  proximity: { zh: '邻近度', en: 'proximity' },
  noCandidates: { zh: '暂无与本地优势产业相关的候选产业。', en: 'No candidate is related to a strength of this region.' },
  /** {count}: industries not yet specialised whose density is 0 (the ranking puts them last). */
  unrelated: {
    zh: '另有 {count} 个尚未专业化的产业与本地优势无关联，未列出。',
    en: '{count} more industries not yet specialised have no related strength here and are not listed.',
  },
  /** Every listed candidate is related and more exist beyond the limit. */
  more: { zh: '仅列出关联密度最高的 {shown} 个（共 {all} 个尚未专业化的产业）。', en: 'The {shown} densest of {all} industries not yet specialised are listed.' },
} as const;

export type RelatedStringKey = keyof typeof RELATED_STRINGS;
