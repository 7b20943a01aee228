// Transparent ranking of outside candidates for a technology need. Every point has a named
// reason (reasons.ts), so the score can be read back part by part. A candidate must research a field the
// need names: nothing is offered to every industry whatever its field. Pure: unit-tested without a database.
import type { GapConfig, NodeRef, Suggestion } from '../../graph/model';
import { byPartnerThenScore, suggestionFrom, type Part, type Placed } from './reasons';

export interface Candidate extends Placed {
  /** Technology fields it RESEARCHES. */
  fieldIds: string[];
  /** The city, a local organisation or an industry already PARTNERS_WITH it. */
  partnersWithCity: boolean;
  /** A technology-transfer platform. */
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

type Points = GapConfig['suggestions']['points'];

/** The scored parts of one candidate for one need; null when it researches none of the fields wanted. */
export function scoreCandidate(candidate: Candidate, need: Need, points: Points, city: CityName): Part[] | null {
  const researched = need.fields.filter((f) => candidate.fieldIds.includes(f.field.id));
  const primary = need.primaryFieldId === undefined ? undefined : need.fields.find((f) => f.field.id === need.primaryFieldId);
  const exact = primary ? researched.filter((f) => f.field.id === primary.field.id) : researched.slice(0, 1);
  if (exact.length === 0) return null;
  const others = researched.filter((f) => !exact.includes(f));

  const parts: Part[] = exact.map((f) => ({
    key: 'researchesField',
    points: points.researchesField,
    zh: `研究「${f.field.nameZh}」`,
    en: `researches "${f.field.nameEn}"`,
  }));
  if (others.length > 0) {
    parts.push({
      key: 'otherNeededFields',
      points: points.perOtherNeededField * others.length,
      zh: `还研究本产业所需的${others.map((f) => `「${f.field.nameZh}」`).join('、')}`,
      en: `also researches ${others.map((f) => `"${f.field.nameEn}"`).join(', ')}, which the industry needs`,
    });
  }
  const links = (primary ? exact : researched).reduce((sum, f) => sum + f.linksNeeding, 0);
  if (links > 0) {
    parts.push({
      key: 'linksNeeding',
      points: points.perLinkNeeding * links,
      zh: `本产业 ${links} 个环节需要该技术`,
      en: `${links} link${links === 1 ? '' : 's'} of the industry need${links === 1 ? 's' : ''} it`,
    });
  }
  if (candidate.partnersWithCity) {
    parts.push({ key: 'ties', points: points.partnersWithCity, zh: `已与${city.zh}合作`, en: `already partners with ${city.en}` });
  }
  if (candidate.transferPlatform) {
    parts.push({ key: 'transferPlatform', points: points.transferPlatform, zh: '技术转移平台', en: 'technology-transfer platform' });
  }
  return parts;
}

/**
 * The best candidates for a need: partner regions first, then the rest of the graph, by score within each.
 * `partnersOnly` keeps the partner-region ones (an industry with no partner there wants one there).
 */
export function rankCandidates(candidates: readonly Candidate[], need: Need, config: GapConfig, city: CityName, partnersOnly = false): Suggestion[] {
  const { max, points } = config.suggestions;
  const scored: Suggestion[] = [];
  for (const candidate of candidates) {
    if (partnersOnly && candidate.regionId === null) continue;
    const parts = scoreCandidate(candidate, need, points, city);
    if (parts) scored.push(suggestionFrom(candidate, 'researches-field', parts));
  }
  return scored.sort(byPartnerThenScore).slice(0, max);
}
