// What a write sees of an entity another transaction deleted while this one waited for its lock.
import { NODE_LABELS } from '../../graph/model';

const MODEL_LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

/**
 * Neo4j hands a locking statement the node it matched before the lock was granted; if the holder of the
 * lock deleted it, the node reads back with no labels. Such a node is treated as not found.
 */
export function hasModelLabel(labels: readonly string[]): boolean {
  return labels.some((label) => MODEL_LABELS.has(label));
}
