// How many graph test files run at once, each worker on its own throwaway Neo4j (globalNeo4j.ts starts
// one per worker), so files never see each other's graph. One by default: on CI's 2 cores a test file
// already keeps both busy (Neo4j, the server, Chromium), and two at a time took each file 1.9× as long,
// no faster overall. INNOCHAIN_TEST_WORKERS=N runs N on a bigger machine; an external TEST_NEO4J_URI is
// one server, so it gets one worker.
export function graphWorkers(env: NodeJS.ProcessEnv = process.env): number {
  if (env.TEST_NEO4J_URI) return 1;
  const asked = Number(env.INNOCHAIN_TEST_WORKERS ?? 1);
  return Number.isInteger(asked) && asked >= 1 ? asked : 1;
}
