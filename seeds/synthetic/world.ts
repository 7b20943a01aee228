// The generator's working state: what each step built and decided, so later steps (and the planted-gap
// tally) can rely on it. Only the generator's own modules use this.
import type { GapRuleId, SixOnesSlot } from '../../graph/model';
import type { GraphBuilder } from './graph';
import type { IndustryTemplate } from './names';
import type { SyntheticParams } from './params';
import type { Random } from './random';

/**
 * What a chain link is made to be: sound, or one planted gap. Outside-only and single-firm links are
 * covered by an institute; empty and weak links by no platform, institute or centre.
 */
export type LinkKind = 'normal' | 'empty' | 'outsideOnly' | 'single' | 'weak';

export interface LinkInfo {
  id: string;
  industry: IndustryInfo;
  kind: LinkKind;
  /** Local firms covering it so far. */
  localFirms: number;
  /** Whether a platform or institute covers it so far. */
  covered: boolean;
}

export interface IndustryInfo {
  id: string;
  /** Cities it is a key industry of; the first is its lead city, which surely holds its 六个一 holders. */
  keyCities: CityInfo[];
  template: IndustryTemplate;
  links: LinkInfo[];
  /** Aimed chain-view element count for a showcase industry, else null. */
  showcase: number | null;
  /** Local firms whose main industry this is, in every city. */
  homeFirms: string[];
  /** The same firms by city id. */
  homeFirmsByCity: Map<string, string[]>;
  /** 六个一 slots left empty on purpose (the platform set is planned separately). */
  lacks: Set<Exclude<SixOnesSlot, 'platforms'>>;
  /** Public technology service platforms it gets in the province (all in its lead city when fewer than two). */
  platforms: number;
  /** Whether it has a cross-river partner (an industry without one is a planted partner-none gap). */
  partnered: boolean;
}

export interface CityInfo {
  id: string;
  index: number;
  /** Short names (南京, Nanjing) and share of the local firms, from cities.ts. */
  zh: string;
  en: string;
  firmWeight: number;
  /** Valid counties (the merged ones hold nothing). */
  counties: string[];
  /** Where organisations of the city are located: its valid counties and parks. */
  places: string[];
  /** Its key industries. */
  industries: IndustryInfo[];
  institutes: string[];
}

export interface World {
  params: SyntheticParams;
  rng: Random;
  graph: GraphBuilder;
  planted: Record<GapRuleId, number>;
  cities: CityInfo[];
  /** The province's industries, shared by its cities. */
  industries: IndustryInfo[];
  fields: string[];
  /** Fields nobody in the province researches. */
  uncoveredFields: Set<string>;
  /** Partner-region institutes and platforms. */
  partnerOrgs: string[];
  /** Firms located outside the province. */
  outsideFirms: string[];
}

/** How many of `total` candidates get a planted gap: the rate's share, at least one when there are any. */
export function plantCount(total: number, rate: number): number {
  if (total <= 0 || rate <= 0) return 0;
  return Math.min(total, Math.max(1, Math.round(total * rate)));
}

export const allIndustries = (world: World): IndustryInfo[] => world.industries;
export const allLinks = (world: World): LinkInfo[] => allIndustries(world).flatMap((i) => i.links);
