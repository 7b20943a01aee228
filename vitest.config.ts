// Two projects: fast unit tests, and tests against a real Neo4j plus the system Chromium. Each graph
// worker has its own throwaway embedded Neo4j (tests/helpers/globalNeo4j.ts); one worker by default
// (tests/helpers/workers.ts says why), and a file's tests run one after another on its graph.
import { defineConfig } from 'vitest/config';
import { graphWorkers } from './tests/helpers/workers.js';

export default defineConfig({
  test: {
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
