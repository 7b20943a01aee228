// The region a request analyses (`region=<id>`): any county, city or province in the graph, or the
// configured home city when none is given. The engine reads everything relative to it: the analysed
// industries are its key industries, "local" means inside it, and its counties are its sub-regions.
import { z } from 'zod';
import type { Database } from '../../graph/db/database';
import { Slug } from '../../graph/model';
import { errors } from '../errors';
import { databaseVersion, readAtVersion } from './cache';
import { activeGapConfig } from './config';
import { EXISTING_REGION_IDS } from './queries';
import { Ids, readFirst } from './read';

/** The query field every scoped endpoint takes. */
export const RegionScope = Slug.optional().describe(
  'The region analysed (a county, city or province id); the configured home city when absent. Unknown ids are answered 400 / 分析的地区（区县、市或省），缺省为配置的本市',
);

const FoundRow = z.object({ found: Ids });

/** The region analysed, and the database state it was resolved in. */
export interface Scope {
  regionId: string;
  /** Passed on to the engine (EngineOptions.version), which then skips its own version read. */
  version: string;
}

/**
 * The scope: `region` when given and present in the graph, else the home city, with the database version
 * it holds in. An unknown id is a 400 naming `field` (query.region, or body.region for a POST). The
 * region check's read gives the version too, so a warm engine answer costs one round trip either way.
 */
export async function resolveScopeAt(db: Database, region: string | undefined, field = 'query.region'): Promise<Scope> {
  if (region === undefined) return { regionId: activeGapConfig().config.cityId, version: await databaseVersion(db) };
  const { value: found, version } = await readAtVersion(
    db,
    async (tx) => readFirst(await tx.run(EXISTING_REGION_IDS, { ids: [region] }), FoundRow)?.found ?? [],
  );
  if (!found.includes(region)) {
    throw errors.validation([{ field, reason: `unknown region id "${region}"`, reasonZh: `未知地区编号「${region}」` }]);
  }
  return { regionId: region, version };
}

/** resolveScopeAt's region id alone (no read at all for the home city). */
export async function resolveScope(db: Database, region: string | undefined, field = 'query.region'): Promise<string> {
  if (region === undefined) return activeGapConfig().config.cityId;
  return (await resolveScopeAt(db, region, field)).regionId;
}
