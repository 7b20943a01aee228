// Neighbourhood of one node. Path length bounds cannot be parameters, so there is one constant per depth.
const neighbourhood = (depth: 1 | 2 | 3) => `
MATCH (center:Entity {id: $id})
OPTIONAL MATCH (center)-[*1..${depth}]-(other:Entity)
WITH center, collect(DISTINCT other)[..$limit] AS others
WITH [center] + [o IN others WHERE o <> center] AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE b IN nodes
RETURN nodes, collect(DISTINCT {rel: r, from: a.id, to: b.id}) AS rels`;

export const NEIGHBOURHOOD_BY_DEPTH = { 1: neighbourhood(1), 2: neighbourhood(2), 3: neighbourhood(3) } as const;
