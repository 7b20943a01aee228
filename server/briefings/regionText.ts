// How a briefing names the region it analyses: its title, "whole city / county / province" as the
// scope, and the heading of the gaps that belong to no single industry. Built from the region's own
// name and kind, so a county's briefing never says 南通 or "city".
import type { BriefingLang, BriefingRegion } from './types';

const WHOLE: Record<string, { zh: string; en: string }> = {
  province: { zh: '全省', en: 'Whole province' },
  city: { zh: '全市', en: 'Whole city' },
  'county-level-city': { zh: '全市', en: 'Whole county-level city' },
  county: { zh: '全县', en: 'Whole county' },
  district: { zh: '全区', en: 'Whole district' },
};
const WHOLE_OTHER = { zh: '全域', en: 'Whole region' };

const WIDE: Record<string, string> = {
  province: 'Province',
  city: 'City',
  'county-level-city': 'County-level city',
  county: 'County',
  district: 'District',
};

export function regionName(region: BriefingRegion, lang: BriefingLang): string {
  return lang === 'zh' ? region.nameZh : region.nameEn;
}

/** e.g. 南通市产业创新链简报, Hai'an City industry innovation chain briefing. */
export function briefingTitle(region: BriefingRegion, lang: BriefingLang): string {
  return lang === 'zh' ? `${region.nameZh}产业创新链简报` : `${region.nameEn} industry innovation chain briefing`;
}

/** The scope when every key industry is covered: 全市, 全县, Whole district … */
export function wholeRegion(region: BriefingRegion, lang: BriefingLang): string {
  return (WHOLE[region.kind ?? ''] ?? WHOLE_OTHER)[lang];
}

/** Heading of the gaps of no single industry: 全市层面缺口, County-wide gaps … */
export function regionGapsHeading(region: BriefingRegion, lang: BriefingLang): string {
  if (lang === 'zh') return `${wholeRegion(region, 'zh')}层面缺口`;
  return `${WIDE[region.kind ?? ''] ?? 'Region'}-wide gaps`;
}
