// GET /api/partners: Nantong's links with Shanghai and southern Jiangsu, per partner region and per
// analysed industry, with the gap engine's candidate partners, its chain-link gaps with their named
// candidates (补链招商), and the counties lacking a co-built park.
import { Router } from 'express';
import type { Database } from '../../graph/db/database';
import type { Gap } from '../../graph/model';
import type { PartnersView } from '../../graph/model/partners';
import type { AppContext } from '../context';
import { readLocalPlaceIds } from '../gaps/localPlaces';
import { readRows } from '../gaps/read';
import { ruleContext } from '../gaps/params';
import { activeGapConfig, computeGaps } from '../gaps/service';
import { resolveScope } from '../gaps/scope';
import { validate, valid } from '../middleware/validate';
import { INDUSTRY_PARTNERS, PARTNER_REGIONS } from './queries';
import { IndustryPartnersRow, PartnerRegionRow, PartnersQuery } from './schema';

const CHAIN_RULE_IDS = ['chain-missing-link', 'chain-break-risk', 'chain-weak-link'] as const;

export function partnersRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', validate({ query: PartnersQuery }), async (_req, res) => {
    const { query } = valid<typeof PartnersQuery>(res);
    res.json(await partnersView(db, await resolveScope(db, query.region)));
  });
  return router;
}

/** The view for the scope `regionId`: its analysed industries, and "local" and "in the city" meaning inside it. */
export async function partnersView(db: Database, regionId: string): Promise<PartnersView> {
  const { params } = ruleContext({ ...activeGapConfig().config, cityId: regionId });
  const [rows, gaps] = await Promise.all([
    db.read(async (tx) => {
      // A partner inside the scope (a province holding 苏南's cities) is local, not a partner: as in the engine.
      const scoped = { ...params, localPlaceIds: await readLocalPlaceIds(tx, regionId) };
      return {
        industries: readRows(await tx.run(INDUSTRY_PARTNERS, scoped), IndustryPartnersRow),
        regions: readRows(await tx.run(PARTNER_REGIONS, scoped), PartnerRegionRow),
      };
    }),
    computeGaps(db, { ruleIds: ['partner-none', 'region-no-co-built-park', ...CHAIN_RULE_IDS] }, { regionId }),
  ]);
  const partnerGap = new Map<string, Gap>();
  const chainGaps = new Map<string, Gap[]>();
  for (const gap of gaps) {
    if (!gap.industryId) continue;
    if (gap.ruleId === 'partner-none') partnerGap.set(gap.industryId, gap);
    else if ((CHAIN_RULE_IDS as readonly string[]).includes(gap.ruleId)) chainGaps.set(gap.industryId, [...(chainGaps.get(gap.industryId) ?? []), gap]);
  }
  return {
    regions: rows.regions,
    industries: rows.industries.map((row) => {
      const gap = partnerGap.get(row.industry.id) ?? null;
      return {
        industry: { ...row.industry, tier: row.tier },
        partners: row.partners,
        coBuiltParks: row.parks,
        gap,
        candidates: gap?.suggestions ?? [],
        chainGaps: chainGaps.get(row.industry.id) ?? [],
      };
    }),
    countiesWithout: gaps.filter((g) => g.ruleId === 'region-no-co-built-park'),
  };
}
