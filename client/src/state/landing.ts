// Where a node "lives" in the explorer: an industry opens its chain; a chain link or an organisation
// opens its industry's chain with the node selected; a region opens its profile; anything else opens its
// own node page.
import { getJson } from '../api/client';
import type { EntityDetail } from '../api/types';

/** Relationships that tie an organisation to an industry directly. */
const INDUSTRY_ROLES = new Set(['LEADS', 'SERVES', 'INVESTS_IN', 'PLANS', 'SPECIALISES_IN', 'CONCERNS']);

export interface Landable {
  id: string;
  label: string;
  /** The chain to open the node in, when the caller knows it (search hits do). */
  industryId?: string | null;
  /** Industries the node belongs to or serves (search hits). */
  industries?: readonly { id: string }[];
}

export function chainPath(industryId: string, nodeId?: string): string {
  const base = `/industries/${encodeURIComponent(industryId)}`;
  return nodeId && nodeId !== industryId ? `${base}?node=${encodeURIComponent(nodeId)}` : base;
}

export function nodePath(id: string): string {
  return `/nodes/${encodeURIComponent(id)}`;
}

export function regionPath(id: string): string {
  return `/regions/${encodeURIComponent(id)}`;
}

/** The path to open a node at; may ask the API which industry a node belongs to. */
export async function landingPath(node: Landable, signal?: AbortSignal): Promise<string> {
  if (node.label === 'Industry') return chainPath(node.id);
  if (node.label === 'Region') return regionPath(node.id);
  if (node.industryId) return chainPath(node.industryId, node.id);
  const served = node.industries?.[0];
  if (served) return chainPath(served.id, node.id);
  const detail = await getJson<EntityDetail>(`/api/entities/${encodeURIComponent(node.id)}`, signal);
  const industryId = detail.entity.properties.industryId;
  if (typeof industryId === 'string') return chainPath(industryId, node.id);
  const direct = detail.relationships.find(
    (r) => r.direction === 'out' && r.other.label === 'Industry' && INDUSTRY_ROLES.has(r.type),
  );
  if (direct) return chainPath(direct.other.id, node.id);
  const covered = detail.relationships.find((r) => r.direction === 'out' && r.type === 'COVERS');
  if (covered) {
    const link = await getJson<EntityDetail>(`/api/entities/${encodeURIComponent(covered.other.id)}`, signal);
    const linkIndustry = link.entity.properties.industryId;
    if (typeof linkIndustry === 'string') return chainPath(linkIndustry, node.id);
  }
  return nodePath(node.id);
}
