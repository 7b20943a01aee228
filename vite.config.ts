// Vite builds the React client from client/ into dist/client, which the Express server serves.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Cytoscape's chunk asks V8 to compile all of it eagerly ("explicit compile hints", Chromium 136+;
 * other browsers ignore the comment). The chunk downloads while the chain's data is on its way, so it
 * compiles then, on a background thread, instead of function by function on the main thread while
 * the first chain is drawn. Added after Vite's own output steps: the comment must open the file.
 */
const cytoscapeCompileHint: Plugin = {
  name: 'innochain:cytoscape-compile-hint',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds.some((id) => id.includes('/node_modules/cytoscape/'))) {
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      }
    },
  },
};

export default defineConfig({
  root: 'client',
  plugins: [react(), cytoscapeCompileHint],
  // Views load as chunks of their own (App.tsx, views/chains/lazyModule.tsx, views/console/CypherField.tsx).
  // The console's Cypher editor (CodeMirror with Neo4j's Cypher parser, ~1.15 MB, ~280 kB gzipped) is the
  // largest and loads only on the console page, so the warning is raised past it rather than left to cry wolf.
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1300 },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
  },
});
