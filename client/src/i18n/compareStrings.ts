// Words of the comparison page (/compare), Chinese and English.
export const COMPARE_STRINGS = {
  title: { zh: '地区对比', en: 'Compare regions' },
  intro: {
    zh: '选择若干地区和一个产业，对比本地企业、环节覆盖、“六个一”落实和专业化程度（区位熵）。',
    en: 'Choose regions and an industry to compare local firms, chain-link coverage, the six ones and specialisation (the location quotient).',
  },
  pickers: { zh: '对比范围', en: 'What to compare' },
  regions: { zh: '地区', en: 'Regions' },
  addRegion: { zh: '添加地区', en: 'Add a region' },
  addRegionPrompt: { zh: '选择要添加的地区…', en: 'Choose a region to add…' },
  /** {name} is the region's name. */
  removeRegion: { zh: '移除 {name}', en: 'Remove {name}' },
  noRegions: { zh: '尚未选择地区。请至少选择两个地区进行对比。', en: 'No region chosen yet. Choose at least two regions to compare.' },
  oneRegion: { zh: '再选择一个地区即可对比。', en: 'Choose one more region to compare.' },
  /** {max} is the most regions one comparison takes. */
  tooMany: { zh: '最多对比 {max} 个地区。', en: 'At most {max} regions can be compared.' },
  industry: { zh: '产业', en: 'Industry' },
  industryPrompt: { zh: '选择产业…', en: 'Choose an industry…' },
  noIndustry: { zh: '请选择一个产业。', en: 'Choose an industry.' },
  table: { zh: '地区对比表', en: 'Regions compared' },
  matrix: { zh: '各重点产业的区位熵', en: 'LQ in each key industry' },
  matrixIntro: {
    zh: '下表为所选地区在其重点产业中的区位熵；点击产业名称查看该产业的完整对比。',
    en: 'Below, the LQ of the chosen regions in their key industries; select an industry to compare it in full.',
  },
  noKeyIndustries: { zh: '所选地区没有记录的重点产业。', en: 'The chosen regions have no recorded key industry.' },
  /** {industry} is the industry's name. */
  tableCaption: { zh: '{industry}：各地区对比', en: '{industry}: the regions compared' },
  region: { zh: '地区', en: 'Region' },
  firms: { zh: '本地企业', en: 'Local firms' },
  coverage: { zh: '环节覆盖', en: 'Link coverage' },
  /** {covered} of {total} links. */
  coverageOf: { zh: '{covered}/{total} 个环节', en: '{covered} of {total} links' },
  sixOnes: { zh: '“六个一”落实', en: 'Six ones filled' },
  /** {filled} of {total} slots. */
  sixOnesOf: { zh: '{filled}/{total}', en: '{filled} of {total}' },
  score: { zh: '得分', en: 'Score' },
  lq: { zh: '区位熵', en: 'LQ' },
  tooSmall: { zh: '规模过小，不予评级', en: 'too small to rate' },
  tooSmallEmptyRegion: { zh: '该地区没有企业', en: 'the region has no firms' },
  tooSmallAbsent: { zh: '所比较的地区均无该产业', en: 'no region compared has this industry' },
  /** {min} is the size floor. */
  tooSmallFloor: { zh: '少于 {min}', en: 'fewer than {min}' },
  stars: { zh: '星级', en: 'Stars' },
  starSize: { zh: '规模', en: 'size' },
  starSpecialisation: { zh: '专业化', en: 'specialisation' },
  starFocus: { zh: '集中度', en: 'focus' },
  noStars: { zh: '无', en: 'none' },
  /** {count} stars. */
  starsCount: { zh: '{count} 星', en: '{count} of 3 stars' },
  growth: { zh: '增长', en: 'Growth' },
  growthNone: { zh: '无法计算', en: 'not measurable' },
  /** Firm counts at the two years. */
  growthFromTo: { zh: '{from} → {to} 家', en: '{from} → {to} firms' },
  /** {all} is every firm in the region. */
  firmsOfAll: { zh: '全部 {all} 家', en: 'of {all} in all' },
  notKeyIndustry: { zh: '非本地重点产业，未评估', en: 'not a key industry here; not assessed' },
  reference: { zh: '参照地区', en: 'Reference regions' },
  /** {level} is a kind of region; {names} the regions. */
  referenceLine: { zh: '{level}：{names}', en: '{level}: {names}' },
  corners: { zh: '专业化且增长|专业化但收缩|兴起中|薄弱且收缩', en: 'specialised, growing|specialised, shrinking|emerging|weak, shrinking' },
  /** The rules behind the stars and the floor; {min}, {lq}, {size} and {focus} are thresholds. */
  rules: {
    zh: '区位熵 LQ = (e_ri / e_r) / (e_i / e)，以同级参照地区为总体计算；计数少于 {min} 时不予评级。星级：规模（前 {size}%）、专业化（LQ ≥ {lq}）、集中度（占本地企业比重居前 {focus}%）。',
    en: "LQ = (e_ri / e_r) / (e_i / e), with the reference regions of the same level as the whole; below {min} a cell is not rated. Stars: size (top {size}%), specialisation (LQ ≥ {lq}), focus (share of the region's firms in the top {focus}%).",
  },
  links: { zh: '各环节覆盖', en: 'Coverage by chain link' },
  linksIntro: { zh: '各环节的本地企业数；“—”表示没有本地企业。', en: 'Local firms per chain link; "—" means none.' },
  link: { zh: '环节', en: 'Chain link' },
  noLinks: { zh: '该产业没有记录的环节。', en: 'No chain link is recorded for this industry.' },
  lqChart: { zh: '专业化程度', en: 'Specialisation' },
  /** {industry} is the industry's name. */
  lqChartTitle: { zh: '{industry}：各地区区位熵', en: '{industry}: location quotient by region' },
  lqChartDesc: {
    zh: '横条为各地区区位熵；实线为 1（与参照地区总体持平），虚线为专业化门槛 {lq}。规模过小的地区不画横条。',
    en: "Bars show each region's LQ; the solid line is 1 (on a par with the reference regions), the dashed line the specialisation threshold {lq}. Regions too small to rate have no bar.",
  },
  lineOne: { zh: '持平 1', en: 'par 1' },
  /** {lq} is the threshold. */
  lineThreshold: { zh: '专业化 {lq}', en: 'specialised {lq}' },
  quadrant: { zh: '区位熵与增长', en: 'LQ and growth' },
  /** {industry}, {from} and {to} are the industry and the two years. */
  quadrantTitle: { zh: '{industry}：区位熵与 {from}–{to} 年增长', en: '{industry}: LQ against growth {from}–{to}' },
  quadrantDesc: {
    zh: '横轴为区位熵（竖线为 1），纵轴为企业数增长率（横线为 0）。右上：专业化且增长；右下：专业化但收缩；左上：兴起中；左下：薄弱且收缩。未评级或无法计算增长的地区不画点。',
    en: 'Across: LQ (the vertical line is 1); up: growth in firms (the horizontal line is 0). Top right: specialised, growing; bottom right: specialised, shrinking; top left: emerging; bottom left: weak, shrinking. Regions not rated or without growth have no point.',
  },
  oneYear: {
    zh: '只有一年的数据，无法绘制区位熵与增长的象限图。',
    en: 'Only one year of data is available, so the LQ-against-growth chart cannot be drawn.',
  },
  chartAsTable: { zh: '以表格查看图中数据', en: "The chart's data as a table" },
  value: { zh: '数值', en: 'Value' },
  notRated: { zh: '未评级', en: 'not rated' },
  permalink: { zh: '本页地址即书签，可直接分享。', en: "This page's address is a bookmark: share it as it is." },
} as const;

export type CompareStringKey = keyof typeof COMPARE_STRINGS;
