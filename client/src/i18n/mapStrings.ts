// Words of the region maps (tile maps, the measure switch, a county's comparison), Chinese and English.
export const MAP_STRINGS = {
  maps: { zh: '地图与比较', en: 'Maps and comparison' },
  countyMap: { zh: '下辖地区示意图', en: 'Map of the counties' },
  provinceMap: { zh: '全省地级市示意图', en: "Map of the province's cities" },
  cityMap: { zh: '下辖地区示意图', en: 'Map of the regions within' },
  measure: { zh: '着色依据', en: 'Colour by' },
  industry: { zh: '产业', en: 'Industry' },
  allIndustries: { zh: '全部产业', en: 'All industries' },
  score: { zh: '“六个一”平均得分', en: 'Average six-ones score' },
  gaps: { zh: '缺口数', en: 'Gaps' },
  lq: { zh: '区位商', en: 'Location quotient' },
  firms: { zh: '企业数', en: 'Firms' },
  noData: { zh: '无数据', en: 'No data' },
  tooSmall: { zh: '过少', en: 'Too few' },
  tooSmallLegend: { zh: '企业过少，不评区位商（少于 {n} 家）', en: 'Too small to rate (fewer than {n} firms)' },
  notInGraph: { zh: '无数据（图谱中没有该地区）', en: 'No data (region not in the graph)' },
  river: { zh: '长江', en: 'Yangtze River' },
  across: { zh: '江南合作地区（不着色）', en: 'Partners across the river (not coloured)' },
  current: { zh: '当前地区', en: 'This region' },
  unplaced: { zh: '未定位的地区', en: 'Not yet placed on the map' },
  mapNote: {
    zh: '示意图：等大方块按相对方位排列，不表示面积或边界。点击方块打开该地区。',
    en: 'Schematic: equal tiles placed by their neighbours, not by area or borders. Select a tile to open its page.',
  },
  measureNote: {
    zh: '得分与缺口数由缺口引擎以该地区为范围计算；区位商按企业数，与同级全部地区比较。',
    en: "Score and gaps are the gap engine's, with that region as the scope; the location quotient counts firms against every region of its level.",
  },
  lqNeedsIndustry: { zh: '区位商需先选择产业。', en: 'Choose an industry for the location quotient.' },
  siblings: { zh: '与同市其他县（市）、区比较', en: 'Compared with the other counties of the city' },
  region: { zh: '地区', en: 'Region' },
  truncated: { zh: '仅显示前 {n} 个下辖地区。', en: 'Only the first {n} regions are shown.' },
} as const;

export type MapStringKey = keyof typeof MAP_STRINGS;
