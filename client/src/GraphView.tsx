// Draws Cytoscape elements; the container is owned by React, the canvas by Cytoscape.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';

interface Props {
  elements: ElementDefinition[];
  ariaLabel: string;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'background-color': '#4477AA',
      width: 22,
      height: 22,
    },
  },
  { selector: 'node[type = "Region"]', style: { 'background-color': '#228833', shape: 'round-rectangle' } },
  { selector: 'node[type = "Industry"]', style: { 'background-color': '#EE6677', shape: 'ellipse' } },
  { selector: 'node[?illustrative]', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#777' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb' } },
];

export function GraphView({ elements, ariaLabel }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements,
      style: STYLE,
      layout: { name: 'concentric', minNodeSpacing: 30 },
    });
    // Exposed for tests and assistive text: how many nodes are drawn.
    container.current.dataset.nodeCount = String(cy.nodes().length);
    return () => cy.destroy();
  }, [elements]);
  return <div ref={container} className="graph" role="img" aria-label={ariaLabel} data-testid="graph" />;
}
