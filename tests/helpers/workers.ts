// How many graph test files run at once. Each runs against its own throwaway Neo4j (globalNeo4j.ts
// starts one per worker), so files never see each other's graph. An external TEST_NEO4J_URI is one
// server, so it gets one worker, and so does a run of a single named file (no second Neo4j to start).
export function graphWorkers(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): number {
  if (env.TEST_NEO4J_URI) return 1;
  if (argv.filter((arg) => arg.endsWith('.test.ts')).length === 1) return 1;
  const asked = Number(env.INNOCHAIN_TEST_WORKERS ?? 2);
  return Number.isInteger(asked) && asked >= 1 ? asked : 2;
}
