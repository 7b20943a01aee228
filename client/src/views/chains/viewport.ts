// Fitting and zooming the chain view, shared by the graph (first draw, keys +, − and 0) and the zoom
// buttons. Kept apart from ChainGraph so the page can offer the buttons without loading Cytoscape itself.
import type cytoscape from 'cytoscape';

/** Largest zoom a fit may reach: a small chain fills the canvas without being blown up. */
const FIT_MAX_ZOOM = 1.5;
/** Space kept around the drawing at fit, in screen pixels. */
const FIT_PADDING = 16;
/** One zoom step of the buttons and keys. */
const ZOOM_STEP = 1.25;

export function fitReadable(cy: cytoscape.Core): void {
  cy.fit(cy.elements(':visible'), FIT_PADDING);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center();
  }
}

/** Zooms in (direction 1) or out (-1) one step about the canvas's centre. */
export function zoomStep(cy: cytoscape.Core, direction: 1 | -1): void {
  const level = cy.zoom() * (direction > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** The graph's keys: + (or =) zooms in, - zooms out, 0 fits again. True when the key was one of them. */
export function zoomByKey(cy: cytoscape.Core, key: string): boolean {
  if (key === '+' || key === '=') zoomStep(cy, 1);
  else if (key === '-' || key === '_' || key === '−') zoomStep(cy, -1);
  else if (key === '0') fitReadable(cy);
  else return false;
  return true;
}
