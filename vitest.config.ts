// Two projects: fast unit tests, and tests against a real Neo4j plus the system Chromium. Graph test
// files run in parallel, one per worker, each worker on its own throwaway embedded Neo4j
// (tests/helpers/globalNeo4j.ts); a file's tests run one after another on its graph.
import { defineConfig } from 'vitest/config';
import { graphWorkers } from './tests/helpers/workers.js';

export default defineConfig({
  test: {
    // Two by default, also on a 2-core machine: much of a graph test is waiting on Neo4j or Chromium.
    maxWorkers: graphWorkers(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'graph',
          include: ['tests/api/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/globalNeo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          env: { NODE_ENV: 'test' },
        },
      },
    ],
  },
});
