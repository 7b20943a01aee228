// The one place that maps node labels to their URL collections (/api/<collection>): plural kebab-case.
import { NODE_LABELS, type NodeLabel } from '../../graph/model';

/** Keyed by label so the compiler insists every label has a collection. */
export const COLLECTION_OF: Record<NodeLabel, string> = {
  Industry: 'industries',
  ChainLink: 'chain-links',
  Enterprise: 'enterprises',
  InnovationCentre: 'innovation-centres',
  Alliance: 'alliances',
  Fund: 'funds',
  Platform: 'platforms',
  Plan: 'plans',
  Institute: 'institutes',
  Park: 'parks',
  Region: 'regions',
  Indicator: 'indicators',
  Target: 'targets',
  Measurement: 'measurements',
  Project: 'projects',
  TechField: 'tech-fields',
};

export const COLLECTIONS: { collection: string; label: NodeLabel }[] = NODE_LABELS.map((label) => ({
  collection: COLLECTION_OF[label],
  label,
}));

/** The API path of one entity, e.g. /api/chain-links/textiles-fibre. */
export function entityPath(label: NodeLabel, id: string): string {
  return `/api/${COLLECTION_OF[label]}/${encodeURIComponent(id)}`;
}
