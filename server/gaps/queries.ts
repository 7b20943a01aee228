// Which of the ids a filter names exist, so an unknown one is answered 400 naming it.
export const EXISTING_INDUSTRY_IDS = `
UNWIND $ids AS id
MATCH (n:Industry {id: id})
RETURN collect(DISTINCT n.id) AS found`;

export const EXISTING_REGION_IDS = `
UNWIND $ids AS id
MATCH (n:Region {id: id})
RETURN collect(DISTINCT n.id) AS found`;
