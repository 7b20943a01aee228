// The same Cypher the API runs, straight from the driver: the product's own query constants with the
// same parameters, records fetched and nothing else (no validation, no mapping, no JSON, no HTTP).
// The API's time over this time is the API's overhead.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';
import type { GapConfig } from '../../graph/model';
import { LOCAL_PLACES_QUERY } from '../../server/gaps/cypher';
import { INDUSTRY_ANALYSIS_QUERY } from '../../server/gaps/industry';
import { ruleContext, type RuleContext } from '../../server/gaps/params';
import { CHAIN_LINKS_QUERY } from '../../server/gaps/rules/chainLinks';
import { CANDIDATE_SETS, FACTS_FOR_RULE, INDUSTRY_RULES, type FactSet } from '../../server/gaps/rules';
import { LINK_CANDIDATES_QUERY, linkCandidateParams } from '../../server/gaps/linkCandidates';
import { loadChainLinks, type LinkFacts } from '../../server/gaps/rules/chainLinks';
import { INNOVATION_FIELDS_QUERY } from '../../server/gaps/rules/innovationFields';
import { PARK_SPECIALITY_QUERY } from '../../server/gaps/rules/parkSpeciality';
import { PARTNERS_QUERY } from '../../server/gaps/rules/partners';
import { REGION_CO_BUILT_QUERY } from '../../server/gaps/rules/regionCoBuiltParks';
import { HIGH_TECH_ZONE_KINDS, REGION_HIGH_TECH_QUERY } from '../../server/gaps/rules/regionHighTechZones';
import { SIX_ONES_QUERY } from '../../server/gaps/rules/sixOnes';
import { TARGETS_QUERY } from '../../server/gaps/rules/targets';
import { CANDIDATES_QUERY } from '../../server/gaps/suggestions';
import { NEIGHBOURHOOD_BY_DEPTH } from '../../server/graph/queries';
import { toLuceneQuery } from '../../server/search/lucene';
import { FULLTEXT_SEARCH, SUBSTRING_SEARCH } from '../../server/search/queries';
import { GAP_RULE_IDS } from '../../graph/model';

/** Each fact set's statement and parameters, as the engine's loaders run them. */
const FACT_STATEMENTS: {
  [K in FactSet]: (ctx: RuleContext, links: readonly LinkFacts[]) => { query: string; params: Record<string, unknown> | null };
} = {
  sixOnes: (ctx) => ({ query: SIX_ONES_QUERY, params: ctx.params }),
  links: (ctx) => ({ query: CHAIN_LINKS_QUERY, params: ctx.params }),
  // Asked for the gap links only, as the engine does (null: no gap link, no query).
  linkCandidates: (ctx, links) => ({ query: LINK_CANDIDATES_QUERY, params: linkCandidateParams(ctx, links) }),
  needs: (ctx) => ({ query: INNOVATION_FIELDS_QUERY, params: ctx.params }),
  candidates: (ctx) => ({ query: CANDIDATES_QUERY, params: ctx.params }),
  partners: (ctx) => ({ query: PARTNERS_QUERY, params: ctx.params }),
  coBuilt: (ctx) => ({ query: REGION_CO_BUILT_QUERY, params: ctx.params }),
  highTech: (ctx) => ({ query: REGION_HIGH_TECH_QUERY, params: { ...ctx.params, highTechZoneKinds: HIGH_TECH_ZONE_KINDS } }),
  parks: (ctx) => ({ query: PARK_SPECIALITY_QUERY, params: ctx.params }),
  targets: (ctx) => ({ query: TARGETS_QUERY, params: ctx.params }),
};

const INDUSTRY_SETS = new Set(GAP_RULE_IDS.filter((id) => INDUSTRY_RULES.has(id)).flatMap((id) => FACTS_FOR_RULE[id]));
/** The matrix and the summary skip the candidate sets (rules/index.ts CANDIDATE_SETS); an industry's gaps read them. */
const MATRIX_SETS = new Set([...INDUSTRY_SETS].filter((set) => !CANDIDATE_SETS.has(set)));
const ALL_SETS = new Set(GAP_RULE_IDS.flatMap((id) => FACTS_FOR_RULE[id]).filter((set) => !CANDIDATE_SETS.has(set)));

/** Runs the fact queries in one read transaction, as the engine does (local places first); returns the records fetched. */
async function runFacts(tx: ManagedTransaction, ctx: RuleContext, sets: ReadonlySet<FactSet>): Promise<number> {
  const places = (await tx.run(LOCAL_PLACES_QUERY, ctx.params)).records;
  const local: RuleContext = { ...ctx, params: { ...ctx.params, localPlaceIds: (places[0]?.get('ids') as string[] | undefined) ?? [] } };
  let records = places.length;
  let links: LinkFacts[] = [];
  for (const set of sets) {
    if (set === 'links' && sets.has('linkCandidates')) {
      // The candidates are asked for the gap links: the engine's loader reads them (records, then rows).
      links = await loadChainLinks(tx, local);
      records += links.length;
      continue;
    }
    const { query, params } = FACT_STATEMENTS[set](local, links);
    if (params) records += (await tx.run(query, params)).records.length;
  }
  return records;
}

export interface DirectQueries {
  matrix(): Promise<number>;
  summary(): Promise<number>;
  industryGaps(industryId: string): Promise<number>;
  /** The matrix's facts for one industry at a time, every industry in turn (stops at the deadline). */
  perIndustry(industryIds: readonly string[], deadline: number): Promise<{ industries: number; records: number }>;
  neighbourhood(id: string, depth: 1 | 2 | 3, limit: number): Promise<number>;
  search(q: string, limit: number): Promise<number>;
}

export function directQueries(db: Database, config: GapConfig): DirectQueries {
  const whole = ruleContext(config);
  const forIndustry = (id: string) => ruleContext(config, { industryIds: [id] });
  return {
    matrix: () => db.read((tx) => runFacts(tx, whole, MATRIX_SETS)),
    summary: () => db.read((tx) => runFacts(tx, whole, ALL_SETS)),
    async industryGaps(industryId) {
      const head = await db.read(async (tx) => (await tx.run(INDUSTRY_ANALYSIS_QUERY, { id: industryId })).records.length);
      return head + (await db.read((tx) => runFacts(tx, forIndustry(industryId), INDUSTRY_SETS)));
    },
    async perIndustry(industryIds, deadline) {
      let industries = 0;
      let records = 0;
      for (const id of industryIds) {
        if (performance.now() > deadline) break;
        records += await db.read((tx) => runFacts(tx, forIndustry(id), MATRIX_SETS));
        industries++;
      }
      return { industries, records };
    },
    neighbourhood: (id, depth, limit) =>
      db.read(async (tx) => (await tx.run(NEIGHBOURHOOD_BY_DEPTH[depth], { id, limit })).records.length),
    async search(q, limit) {
      const hits = await db.read(async (tx) => (await tx.run(FULLTEXT_SEARCH, { lucene: toLuceneQuery(q), label: null, limit })).records.length);
      if (hits >= limit) return hits;
      return db.read(async (tx) => (await tx.run(SUBSTRING_SEARCH, { text: q, label: null, exclude: [], limit: limit - hits })).records.length);
    },
  };
}
