// Valid time in the gap engine's fact loading. A holder is read with its own and its relationship's
// validFrom / validTo, and judged here against the engine's year, not in the query: validity predicates
// in a holder pattern's WHERE led Neo4j's planner to test locality before the label, four times the
// database hits of the 六个一 query at city size, where reading the dates of the few holders found costs nothing.
import { z } from 'zod';
import { validityState, type NodeRef } from '../../graph/model';
import { Ref } from './read';

/** A map entry for refMap's `extra`: the node's and the relationship's validity, as four dates or nulls. */
export function validityOf(node: string, rel?: string): string {
  return `validity: [${node}.validFrom, ${node}.validTo, ${rel ? `${rel}.validFrom, ${rel}.validTo` : 'null, null'}]`;
}

/** Anything may be stored outside innochain; a value that is not a partial date counts as none. */
export const Validity = z.array(z.unknown()).length(4);
export type Validity = z.infer<typeof Validity>;
export const HeldRef = Ref.extend({ validity: Validity });
export type HeldRef = z.infer<typeof HeldRef>;

/** Whether the node and the relationship both hold in `year` (judged by year, as regions are: cypher.ts validIn). */
export function heldIn(validity: Validity, year: number): boolean {
  const [nodeFrom, nodeTo, relFrom, relTo] = validity;
  return validityState({ validFrom: nodeFrom, validTo: nodeTo }, year) === 'current' && validityState({ validFrom: relFrom, validTo: relTo }, year) === 'current';
}

/** The references that hold in `year`, without their validity. */
export function heldRefs(refs: readonly HeldRef[], year: number): NodeRef[] {
  return refs.filter((ref) => heldIn(ref.validity, year)).map(({ validity: _validity, ...ref }) => ref);
}
