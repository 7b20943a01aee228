// cytoscape-svg ships no types: it registers cy.svg(options), which returns the SVG markup
// (the Core method is declared in cytoscape-core-svg.d.ts).
declare module 'cytoscape-svg' {
  const extension: (cy: unknown) => void;
  export default extension;
}
