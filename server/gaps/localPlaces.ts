// The ids of the places whose occupants are local (cypher.ts LOCAL_PLACES_QUERY), read once per
// transaction and passed on as $localPlaceIds to the queries that test localness with isLocalIn.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { LOCAL_PLACES_QUERY } from './cypher';
import { Ids, readFirst } from './read';

/** The query's one row: the city's regions and the parks in them. */
const LocalPlacesRow = z.object({ ids: Ids });

export async function readLocalPlaceIds(tx: ManagedTransaction, cityId: string): Promise<string[]> {
  return readFirst(await tx.run(LOCAL_PLACES_QUERY, { cityId }), LocalPlacesRow)?.ids ?? [];
}
