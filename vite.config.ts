// Vite builds the React client from client/ into dist/client, which the Express server serves.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  // Views load as chunks of their own (App.tsx, views/chain/lazyModule.tsx); the largest, Cytoscape's, stays
  // under Vite's default 500 kB warning.
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
  },
});
