// Cytoscape elements from entity and relationship DTOs: string ids, and no edge without both ends.
import type { CyEdge, CyElement, CyNode } from '../../graph/model';
import type { EntityDto, RelationshipDto } from './entity';

export type { CyElement, CyNode, CyEdge };

export function toCytoscape(nodes: EntityDto[], relationships: RelationshipDto[]): CyElement[] {
  const ids = new Set(nodes.map((n) => n.id));
  const nodeElements: CyNode[] = nodes.map((n) => ({
    group: 'nodes',
    data: {
      ...n.properties,
      id: n.id,
      label: n.nameZh,
      type: n.label,
      nameZh: n.nameZh,
      nameEn: n.nameEn,
      illustrative: n.illustrative,
    },
  }));
  const edgeElements: CyEdge[] = relationships
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .map((r) => ({
      group: 'edges',
      data: { id: r.id, source: r.from, target: r.to, type: r.type, illustrative: r.illustrative },
    }));
  return [...nodeElements, ...edgeElements];
}
