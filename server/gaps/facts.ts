// The gap engine's facts: one query per fact set, in one read transaction, kept until the database
// changes (cache.ts). A loader may use the sets read before it (the chain-link candidates read the links).
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../graph/db/database';
import { withPastGraph, type GraphReader } from '../history/past';
import type { AsOf } from '../history/asOf';
import { databaseVersion, factCache } from './cache';
import { loadLinkCandidates, type LinkCandidatePool } from './linkCandidates';
import { readLocalPlaceIds } from './localPlaces';
import type { RuleContext } from './params';
import type { FactSet } from './rules';
import { loadChainLinks, type LinkFacts } from './rules/chainLinks';
import { loadFieldNeeds, type FieldNeed } from './rules/innovationFields';
import { loadParkSpecialities, type ParkSpecialities } from './rules/parkSpeciality';
import { loadPartners, type IndustryPartners } from './rules/partners';
import { loadRegionCoBuilt, type RegionCoBuilt } from './rules/regionCoBuiltParks';
import { loadRegionHighTech, type RegionHighTech } from './rules/regionHighTechZones';
import { loadSixOnes, type IndustrySlots } from './rules/sixOnes';
import { loadTargets, type TargetFacts } from './rules/targets';
import { loadCandidates, type CandidatePool } from './suggestions';

export interface Facts {
  sixOnes?: IndustrySlots[];
  links?: LinkFacts[];
  linkCandidates?: LinkCandidatePool;
  needs?: FieldNeed[];
  candidates?: CandidatePool;
  partners?: IndustryPartners[];
  coBuilt?: RegionCoBuilt[];
  highTech?: RegionHighTech[];
  parks?: ParkSpecialities[];
  targets?: TargetFacts[];
}

const LOADERS: { [K in FactSet]: (tx: ManagedTransaction, ctx: RuleContext, read: Facts) => Promise<NonNullable<Facts[K]>> } = {
  sixOnes: loadSixOnes,
  links: loadChainLinks,
  linkCandidates: (tx, ctx, read) => loadLinkCandidates(tx, ctx, read.links ?? []),
  needs: loadFieldNeeds,
  candidates: loadCandidates,
  partners: loadPartners,
  coBuilt: loadRegionCoBuilt,
  highTech: loadRegionHighTech,
  parks: loadParkSpecialities,
  targets: loadTargets,
};

/**
 * Reads fact sets in one read transaction: the local places first, then one query per set, in the order
 * given (a set another one uses comes first: FACTS_FOR_RULE lists links before linkCandidates). `kept`
 * are sets already at hand, for the loaders that use them.
 */
function readFacts(db: GraphReader, ctx: RuleContext, sets: readonly FactSet[], kept: Facts = {}): Promise<Facts> {
  return db.read(async (tx) => {
    const localPlaceIds = await readLocalPlaceIds(tx, ctx.params.cityId);
    const local: RuleContext = { ...ctx, params: { ...ctx.params, localPlaceIds } };
    const facts: Facts = {};
    // One query after another: a transaction runs one query at a time.
    for (const set of sets) {
      (facts as Record<FactSet, unknown>)[set] = await LOADERS[set](tx, local, { ...kept, ...facts });
    }
    return facts;
  });
}

/** Fact sets that do not depend on the industry or region filter, so one entry serves every filter. */
const UNFILTERED_SETS: ReadonlySet<FactSet> = new Set(['candidates']);

function cacheKey(set: FactSet, ctx: RuleContext): string {
  const { localPlaceIds: _local, ...params } = ctx.params;
  const scope = UNFILTERED_SETS.has(set) ? { ...params, industryIds: null, regionIds: null } : params;
  return JSON.stringify([set, scope, ctx.config]);
}

/**
 * The fact sets asked for: kept ones while the database is unchanged (cache.ts), the rest read. If the
 * database changed while they were read, everything is read again in one transaction (and not kept), so
 * the facts always come from one state of the graph.
 */
export async function loadFacts(db: Database, ctx: RuleContext, sets: ReadonlySet<FactSet>, knownVersion?: string, asOf?: AsOf): Promise<Facts> {
  if (asOf) return withPastGraph(db, asOf.atMs, (past) => readFacts(past, ctx, [...sets]));
  const cache = factCache(db);
  const version = knownVersion ?? (await databaseVersion(db));
  const facts: Facts = {};
  const missing: FactSet[] = [];
  for (const set of sets) {
    const kept = cache.get(cacheKey(set, ctx), version);
    if (kept === undefined) missing.push(set);
    else (facts as Record<FactSet, unknown>)[set] = kept;
  }
  if (missing.length === 0) return facts;
  // Requests arriving together for the same facts share one read (the first request after an edit).
  const read = await cache.shared(`${version}|${missing.map((set) => cacheKey(set, ctx)).join('|')}`, async () => {
    const fresh = await readFacts(db, ctx, missing, facts);
    if ((await databaseVersion(db)) !== version) return null;
    for (const set of missing) cache.set(cacheKey(set, ctx), version, fresh[set]);
    return fresh;
  });
  return read ? { ...facts, ...read } : readFacts(db, ctx, [...sets]);
}

