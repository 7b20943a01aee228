// Query results to typed rows: each record is checked with zod (server/presenters/rows.ts), so a changed
// query fails loudly here instead of sending a malformed gap. Driver objects never leave this module.
import { z } from 'zod';
import { NodeRef } from '../../graph/model';

export { readFirst, readRows } from '../presenters/rows';

/** A NodeRef whose label is one of the model's (nodes without one are skipped by the queries). */
export const Ref = NodeRef;
export const Refs = z.array(NodeRef);
export const Ids = z.array(z.string());
/** Where a candidate is located (cypher.ts placeOf). */
export const Place = z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() }).nullable();
