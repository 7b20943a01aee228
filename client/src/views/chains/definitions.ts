// The chain view's elements as Cytoscape definitions on the lane layout: the lanes as decorations, each
// node with its label in the reader's language, and the edges that the layout already says (a link's
// industry, a member's own link, a holder's industry) or that would cross the picture (a holder's links,
// partners) marked `detail`: hidden until one of their ends is hovered or selected. A link names, on a
// line of its own, the holders that serve it, so who serves which link reads without any line.
import type cytoscape from 'cytoscape';
import type { ChainElement, ChainNodeData } from '../../../../graph/model/chainView';
import type { LangApi } from '../../i18n/lang';
import { displayLabel } from '../chains/labels';
import type { ChainLayout } from '../chains/layout';

/** Node data as drawn: the wire data plus the holders serving a link. */
export type DrawnNodeData = ChainNodeData & { servedBy?: { nameZh: string; nameEn: string; illustrative: boolean }[] };

/** Edges always drawn: the flow between links and the "more" marker's tie to its link. */
const ALWAYS_DRAWN = new Set(['FEEDS', 'MORE']);

export function laneDecorations(layout: ChainLayout, lang: LangApi): cytoscape.ElementDefinition[] {
  return layout.bands.map((band) => ({
    group: 'nodes',
    classes: 'decor',
    selectable: false,
    grabbable: false,
    data: { id: `stage:${band.stage}:${band.x1}`, display: lang.stageName(band.stage), w: band.x2 - band.x1, h: band.y2 - band.y1 },
    position: { x: (band.x1 + band.x2) / 2, y: (band.y1 + band.y2) / 2 },
  }));
}

/** For each link, the holders (lead firm, platforms, centres …) with an edge to it. */
function servedBy(elements: readonly ChainElement[]): Map<string, ChainNodeData[]> {
  const byId = new Map<string, ChainNodeData>();
  for (const e of elements) if (e.group === 'nodes') byId.set(e.data.id, e.data);
  const out = new Map<string, ChainNodeData[]>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const [a, b] = [byId.get(e.data.source), byId.get(e.data.target)];
    if (!a || !b) continue;
    const [holder, link] = a.role === 'holder' && b.role === 'link' ? [a, b] : b.role === 'holder' && a.role === 'link' ? [b, a] : [null, null];
    if (!holder || !link) continue;
    const list = out.get(link.id) ?? [];
    if (!list.includes(holder)) list.push(holder);
    out.set(link.id, list);
  }
  return out;
}

/** `detail` for edges shown only on focus; `lane-feed` for a flow between links of one lane column, routed beside it. */
function edgeClass(edge: { type: string; source: string; target: string }, layout: ChainLayout): string {
  if (!ALWAYS_DRAWN.has(edge.type)) return 'detail';
  const [a, b] = [layout.positions[edge.source], layout.positions[edge.target]];
  return edge.type === 'FEEDS' && a && b && Math.abs(a.x - b.x) < 1 ? 'lane-feed' : '';
}

export function toDefinitions(elements: readonly ChainElement[], layout: ChainLayout, lang: LangApi): cytoscape.ElementDefinition[] {
  const out: cytoscape.ElementDefinition[] = laneDecorations(layout, lang);
  const serving = servedBy(elements);
  for (const element of elements) {
    if (element.group === 'nodes') {
      const holders = serving.get(element.data.id);
      const data: DrawnNodeData = holders
        ? { ...element.data, servedBy: holders.map((h) => ({ nameZh: h.nameZh, nameEn: h.nameEn, illustrative: h.illustrative })) }
        : { ...element.data };
      out.push({
        group: 'nodes',
        data: { ...data, display: displayLabel(data, lang) },
        position: layout.positions[element.data.id] ?? { x: 0, y: 0 },
        grabbable: true,
      });
    } else {
      out.push({ group: 'edges', data: { ...element.data }, classes: edgeClass(element.data, layout) });
    }
  }
  return out;
}

/**
 * Shows a node's `detail` edges while it is hovered or selected (with its neighbours' names kept), and
 * hides them again after. Returns nothing: the listeners go when the instance is destroyed. Tracks the
 * focused nodes and lit edges itself and changes only the edges whose state differs: a class change
 * redraws the whole canvas, and a scan of every element per mouse move costs milliseconds at 5,000.
 */
export function revealEdgesOnFocus(cy: cytoscape.Core): void {
  let [hovered, selected] = [cy.collection(), cy.collection()];
  let lit: cytoscape.EdgeCollection = cy.collection();
  const light = () => {
    const next = hovered.union(selected).connectedEdges('.detail');
    const [off, on] = [lit.difference(next), next.difference(lit)];
    lit = next;
    if (off.empty() && on.empty()) return;
    cy.batch(() => {
      off.removeClass('lit');
      on.addClass('lit');
    });
  };
  cy.on('mouseover', 'node', (event) => {
    hovered = hovered.union(event.target as cytoscape.NodeSingular);
    light();
  });
  cy.on('mouseout', 'node', (event) => {
    hovered = hovered.difference(event.target as cytoscape.NodeSingular);
    light();
  });
  cy.on('select', 'node', (event) => {
    selected = selected.union(event.target as cytoscape.NodeSingular);
    light();
  });
  cy.on('unselect', 'node', (event) => {
    selected = selected.difference(event.target as cytoscape.NodeSingular);
    light();
  });
}
