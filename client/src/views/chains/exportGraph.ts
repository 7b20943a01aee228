// Export of the graph as drawn, on a white page: PNG through Cytoscape, SVG through our own serialiser.
import type cytoscape from 'cytoscape';
import { saveBlob } from '../../api/download';
import { cytoscapeToSvg } from '../chains/svgExport';

export async function exportPng(cy: cytoscape.Core, basename: string): Promise<void> {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000, bg: '#ffffff' });
  saveBlob(blob, `${basename}.png`);
}

export function exportSvg(cy: cytoscape.Core, basename: string): void {
  const markup = cytoscapeToSvg(cy, { background: '#ffffff' });
  saveBlob(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${basename}.svg`);
}
