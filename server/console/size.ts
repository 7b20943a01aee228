// How large a value from Neo4j is, as JSON bytes, estimated without building the JSON: the console
// stops reading at its byte cap and replaces any one value over the value cap.
import { isNode, isPath, isRelationship } from 'neo4j-driver';

/** A value left out of a result because it alone was over the value cap. */
export class CutValue {
  constructor(readonly bytes: number) {}
}

/** Per-item overhead of quotes, commas and brackets, and of a node's or relationship's envelope. */
const ITEM = 2;
const GRAPH_ITEM = 80;

/**
 * Estimated JSON size of a value in bytes. Walks at most until the estimate passes `limit`, so a
 * huge value costs no more than a value of the cap's size; the answer is then just over the limit.
 */
export function estimateBytes(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    if (total > limit) return total;
    const item = pending.pop();
    total += ITEM;
    if (item === null || item === undefined || typeof item === 'boolean') total += 5;
    else if (typeof item === 'number' || typeof item === 'bigint') total += 12;
    else if (typeof item === 'string') total += Buffer.byteLength(item, 'utf8');
    else if (Array.isArray(item)) {
      // Every item costs at least ITEM bytes: stop queueing once they alone pass the limit.
      for (const inner of item) {
        pending.push(inner);
        if (total + pending.length * ITEM > limit) break;
      }
    }
    else if (isNode(item)) {
      total += GRAPH_ITEM + item.labels.join().length;
      pending.push(item.properties);
    } else if (isRelationship(item)) {
      total += GRAPH_ITEM + item.type.length;
      pending.push(item.properties);
    } else if (isPath(item)) {
      pending.push(item.start, ...item.segments.flatMap((s) => [s.relationship, s.end]));
    } else if (typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) {
      for (const [key, inner] of Object.entries(item)) {
        total += key.length + ITEM;
        pending.push(inner);
      }
    } else total += 40; // temporal and spatial values print as short ISO / WKT text
  }
  return total;
}
