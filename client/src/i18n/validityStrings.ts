// Words for a fact's valid time (validFrom / validTo: when it was true in the world), Chinese and English.
// Its own table, read by views/detail/Validity.tsx and the relationship dialogs; not spread into STRINGS.
export const VALIDITY_STRINGS = {
  validBetween: { zh: '有效期 {from} — {to}', en: 'Valid {from} – {to}' },
  validSince: { zh: '有效期 {from} — 至今', en: 'Valid {from} – present' },
  validUntil: { zh: '有效期至 {to}', en: 'Valid until {to}' },
  validityEnded: { zh: '已失效', en: 'Ended' },
  validityNotYet: { zh: '尚未生效', en: 'Not yet in force' },
  validityNotCounted: { zh: '已失效或尚未生效的事实不计入当前的缺口分析', en: 'A fact that has ended or is not yet in force is not counted in the current gap analysis' },
  validityHint: { zh: '事实在现实中成立的时间：YYYY、YYYY-MM 或 YYYY-MM-DD，可留空', en: 'When the fact held in the world: YYYY, YYYY-MM or YYYY-MM-DD; may stay empty' },
  editRelationship: { zh: '修改关系', en: 'Edit relationship' },
} as const;

export type ValidityStringKey = keyof typeof VALIDITY_STRINGS;
