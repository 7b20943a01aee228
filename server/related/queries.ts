// Names of the regions and industries a relatedness answer mentions: one read of their ids.
import { refMap } from '../gaps/cypher';

export const NODE_REFS = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN ${refMap('n')} AS ref, n.kind AS kind`;
