// One region's profile: its facts read here in one transaction; its gaps and coverage from the gap engine
// (computeGaps and the coverage rules' own loaders), so "a county lacks a co-built park" means exactly
// what it means in the questions and briefings.
import type { z } from 'zod';
import type { Database } from '../../graph/db/database';
import type { GapRuleId } from '../../graph/model';
import { PartnerLink } from '../../graph/model/partners';
import type { CountyCoverage, IndustryFirms, RegionProfile } from '../../graph/model/regions';
import { asOfYear } from '../gaps/config';
import { ruleContext } from '../gaps/params';
import { readFirst, readRows } from '../gaps/read';
import { loadRegionCoBuilt } from '../gaps/rules/regionCoBuiltParks';
import { loadRegionHighTech } from '../gaps/rules/regionHighTechZones';
import { activeGapConfig, computeGaps } from '../gaps/service';
import { REGION_FIRMS_BY_LINK, REGION_HEAD, REGION_OTHER_FIRMS, REGION_PARKS, REGION_PARTNERS } from './queries';
import { HeadRow, LinkFirmsRow, OtherFirmsRow, ParkRow } from './schema';

/** Rules whose gaps lie in a county (not city-wide like industry and target gaps). */
export const PLACE_RULES: readonly GapRuleId[] = ['region-no-co-built-park', 'region-no-high-tech-zone', 'park-speciality'];

/** Firms listed per link and among the other firms; the counts say how many there are. */
export const FIRM_LIMIT = 50;

/** The profile of region `id`, or null when there is no region of that id. */
export async function regionProfile(db: Database, id: string, now: Date = new Date()): Promise<RegionProfile | null> {
  const config = activeGapConfig().config;
  const ctx = ruleContext(config, { regionIds: [id] }, now);
  const params = { ...ctx.params, id, firmLimit: FIRM_LIMIT };
  const facts = await db.read(async (tx) => {
    const head = readFirst(await tx.run(REGION_HEAD, params), HeadRow);
    if (!head) return null;
    // One query after another: a transaction runs one at a time.
    return {
      head,
      parks: readRows(await tx.run(REGION_PARKS, params), ParkRow),
      byLink: readRows(await tx.run(REGION_FIRMS_BY_LINK, params), LinkFirmsRow),
      other: readFirst(await tx.run(REGION_OTHER_FIRMS, params), OtherFirmsRow) ?? { firmCount: 0, firms: [] },
      partners: readRows(await tx.run(REGION_PARTNERS, params), PartnerLink),
      coBuilt: await loadRegionCoBuilt(tx, ctx),
      highTech: await loadRegionHighTech(tx, ctx),
    };
  });
  if (!facts) return null;
  const gaps = await computeGaps(db, { ruleIds: PLACE_RULES, regionIds: [id] }, { now });
  const zones = new Map(facts.highTech.map((r) => [r.region.id, r.zones]));
  const counties: CountyCoverage[] = facts.coBuilt.map((r) => ({
    region: r.region,
    coBuiltParks: r.coBuiltParks,
    highTechZones: zones.get(r.region.id) ?? [],
    gapCount: gaps.filter((g) => g.regionIds?.includes(r.region.id)).length,
  }));
  return {
    region: facts.head.region,
    within: facts.head.within,
    asOfYear: asOfYear(config, now),
    assessed: counties.some((c) => c.region.id === id),
    gaps,
    counties,
    parks: facts.parks,
    firms: groupByIndustry(facts.byLink),
    otherFirms: facts.other.firms,
    otherFirmCount: facts.other.firmCount,
    firmLimit: FIRM_LIMIT,
    partners: facts.partners,
    partnerRegions: facts.head.partnerRegions,
  };
}

/** Rows in industry order become one group per industry, its links in chain order. */
function groupByIndustry(rows: readonly z.infer<typeof LinkFirmsRow>[]): IndustryFirms[] {
  const groups: IndustryFirms[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (group?.industry.id !== row.industry.id) {
      group = { industry: row.industry, links: [] };
      groups.push(group);
    }
    group.links.push({ link: row.link, firms: row.firms, firmCount: row.firmCount });
  }
  return groups;
}
