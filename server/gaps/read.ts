// Query results to typed rows: each record is checked with zod, so a changed query fails loudly here
// instead of sending a malformed gap. Driver objects never leave this module.
import type { QueryResult } from 'neo4j-driver';
import { z } from 'zod';
import { NodeRef } from '../../graph/model';

export function readRows<T extends z.ZodType>(result: QueryResult, row: T): z.infer<T>[] {
  return result.records.map((record) => row.parse(Object.fromEntries(record.keys.map((key) => [key, record.get(key)]))));
}

/** A NodeRef whose label is one of the model's (nodes without one are skipped by the queries). */
export const Ref = NodeRef;
export const Refs = z.array(NodeRef);
export const Ids = z.array(z.string());
