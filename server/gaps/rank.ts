// Transparent ranking of partner-region candidates for a technology need. Every point has a named
// reason, so the score can be read back from reasonZh / reasonEn. Pure: unit-tested without a database.
import type { GapConfig, NodeRef, Suggestion } from '../../graph/model';
import { num } from './text';

export interface Candidate {
  ref: NodeRef;
  /** The partner region it lies in. */
  regionId: string | null;
  /** Technology fields it RESEARCHES. */
  fieldIds: string[];
  /** The city, a local organisation or an industry already PARTNERS_WITH it. */
  partnersWithCity: boolean;
  /** A technology-transfer platform: brokers results whatever the field. */
  transferPlatform: boolean;
}

export interface NeededField {
  field: NodeRef;
  /** How many of the industry's links NEED it. */
  linksNeeding: number;
}

export interface Need {
  /** The field the gap is about; absent when any of `fields` will do (an industry looking for a partner). */
  primaryFieldId?: string;
  /** Every field the industry wants; the primary one included. */
  fields: NeededField[];
}

export interface CityName {
  zh: string;
  en: string;
}

interface Part {
  points: number;
  zh: string;
  en: string;
}

type Points = GapConfig['suggestions']['points'];

/** The scored parts of one candidate for one need; null when it cannot help. */
export function scoreCandidate(candidate: Candidate, need: Need, points: Points, city: CityName, allowBrokers: boolean): Part[] | null {
  const researched = need.fields.filter((f) => candidate.fieldIds.includes(f.field.id));
  const primary = need.primaryFieldId === undefined ? undefined : need.fields.find((f) => f.field.id === need.primaryFieldId);
  const exact = primary ? researched.filter((f) => f.field.id === primary.field.id) : researched.slice(0, 1);
  const others = researched.filter((f) => !exact.includes(f));
  const researchesNeed = primary ? exact.length > 0 : researched.length > 0;
  if (!researchesNeed && !(allowBrokers && candidate.transferPlatform)) return null;

  const parts: Part[] = [];
  for (const f of exact) {
    parts.push({ points: points.researchesField, zh: `研究「${f.field.nameZh}」`, en: `researches "${f.field.nameEn}"` });
  }
  if (others.length > 0) {
    const zhNames = others.map((f) => `「${f.field.nameZh}」`).join('、');
    const enNames = others.map((f) => `"${f.field.nameEn}"`).join(', ');
    parts.push({
      points: points.perOtherNeededField * others.length,
      zh: `还研究本产业所需的${zhNames}`,
      en: `also researches ${enNames}, which the industry needs`,
    });
  }
  const links = (primary ? exact : researched).reduce((sum, f) => sum + f.linksNeeding, 0);
  if (researchesNeed && links > 0) {
    parts.push({
      points: points.perLinkNeeding * links,
      zh: `本产业 ${links} 个环节需要该技术`,
      en: `${links} link${links === 1 ? '' : 's'} of the industry need${links === 1 ? 's' : ''} it`,
    });
  }
  if (candidate.partnersWithCity) {
    parts.push({ points: points.partnersWithCity, zh: `已与${city.zh}合作`, en: `already partners with ${city.en}` });
  }
  if (candidate.transferPlatform) {
    parts.push({
      points: points.transferPlatform,
      zh: researchesNeed ? '技术转移平台' : '技术转移平台，可对接各领域科技成果',
      en: researchesNeed ? 'technology-transfer platform' : 'technology-transfer platform brokering results in any field',
    });
  }
  return parts;
}

export function suggestionFrom(candidate: Candidate, parts: readonly Part[]): Suggestion {
  const score = parts.reduce((sum, p) => sum + p.points, 0);
  return {
    ...candidate.ref,
    regionId: candidate.regionId,
    score: Math.round(score * 100) / 100,
    reasonZh: `${parts.map((p) => `${p.zh} +${num(p.points)}`).join('；')}（共 ${num(score)} 分）`,
    reasonEn: `${parts.map((p) => `${p.en} +${num(p.points)}`).join('; ')} (total ${num(score)})`,
  };
}

/** The best candidates for a need, highest score first; researchers before brokers on a tie. */
export function rankCandidates(candidates: readonly Candidate[], need: Need, config: GapConfig, city: CityName): Suggestion[] {
  const { max, points, includeTransferPlatforms } = config.suggestions;
  const scored: { suggestion: Suggestion; researches: boolean }[] = [];
  for (const candidate of candidates) {
    const parts = scoreCandidate(candidate, need, points, city, includeTransferPlatforms);
    if (!parts) continue;
    const researches = need.fields.some(
      (f) => candidate.fieldIds.includes(f.field.id) && (need.primaryFieldId === undefined || f.field.id === need.primaryFieldId),
    );
    scored.push({ suggestion: suggestionFrom(candidate, parts), researches });
  }
  scored.sort(
    (a, b) =>
      b.suggestion.score - a.suggestion.score ||
      Number(b.researches) - Number(a.researches) ||
      a.suggestion.id.localeCompare(b.suggestion.id),
  );
  return scored.slice(0, max).map((s) => s.suggestion);
}
