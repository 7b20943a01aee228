// Words of the region switcher and of pages that name the region analysed, Chinese and English.
export const SCOPE_STRINGS = {
  scopeRegion: { zh: '分析地区', en: 'Region' },
  scopeRegionHint: {
    zh: '缺口、“六个一”、产业链、合作、问题和简报均按所选地区分析',
    en: 'Gaps, the six ones, chains, partners, questions and briefings are analysed for the region chosen',
  },
  scopeProvince: { zh: '省', en: 'Province' },
  scopeCity: { zh: '市', en: 'City' },
  scopeCounties: { zh: '县（市）、区', en: 'Counties and districts' },
  scopeOther: { zh: '其他地区', en: 'Other region' },
  scopeIn: { zh: '分析地区：{name}', en: 'Region: {name}' },
  /** {name}: the region analysed. */
  scopeTotals: { zh: '{name}概况', en: '{name}: totals' },
  scopePartners: { zh: '{name}层面', en: '{name} level' },
  scopeBriefing: { zh: '{name}全部重点产业', en: 'All key industries of {name}' },
  scopeSelectionHint: {
    zh: '勾选产业可为所选产业生成简报；不勾选则为{name}全部重点产业。',
    en: 'Tick industries to brief on them; with none ticked the briefing covers all key industries of {name}.',
  },
} as const;
