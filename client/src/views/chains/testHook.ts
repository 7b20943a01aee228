// The chain view's Cytoscape instance on window: ChainGraph sets it while mounted, browser tests (and a
// curious analyst's console) read it. Declared once here, so neither side casts window to reach it.
import type { Core } from 'cytoscape';

/** The hook as the browser tests see it. */
export interface ChainTestHook {
  /** The mounted chain view's Cytoscape instance; absent when no chain is shown. */
  __innochainCy?: Core;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Window gains exactly the hook's members
  interface Window extends ChainTestHook {}
}
