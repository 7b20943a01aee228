// Export of the graph as drawn: PNG through Cytoscape, SVG through cytoscape-svg, on a white page.
import type cytoscape from 'cytoscape';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportPng(cy: cytoscape.Core, basename: string): Promise<void> {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000, bg: '#ffffff' });
  download(blob, `${basename}.png`);
}

export function exportSvg(cy: cytoscape.Core, basename: string): void {
  const markup = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  download(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${basename}.svg`);
}
