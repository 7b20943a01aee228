// Fitting the chain into view, shared by the graph (on first draw) and the toolbar's "fit" button. Kept
// apart from ChainGraph so the page can offer the button without loading Cytoscape itself.
import type cytoscape from 'cytoscape';

/** Largest zoom a fit may reach: a small chain is shown at about life size, not blown up. */
const FIT_MAX_ZOOM = 1.1;

export function fitReadable(cy: cytoscape.Core): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center();
  }
}
