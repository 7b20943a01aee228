// The page draws a graph that came out of Neo4j through the API.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db/database';
import { seedDataset } from '../../server/services/datasets';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser';
import { openTestDatabase, wipeGraph } from '../helpers/graph';
import { startTestServer, type TestServer } from '../helpers/server';

const hasChromium = chromiumAvailable();

describe.skipIf(!hasChromium)('explorer shell in Chromium', () => {
  let db: Database;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipeGraph(db);
    await seedDataset(db, 'nantong');
    server = await startTestServer(db);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('draws the key industries read from Neo4j', async () => {
    const expected = await db.read(async (tx) => {
      const result = await tx.run("MATCH (:Region {id: 'nantong'})--(n) RETURN count(DISTINCT n) + 1 AS n");
      return result.records[0]?.get('n') as number;
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.baseUrl);
    const graph = page.getByTestId('graph');
    await expect.poll(() => graph.getAttribute('data-node-count'), { timeout: 15_000 }).toBe(String(expected));
    expect(await page.locator('[data-testid=graph] canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('shell.png') });
    await page.close();
  });
});
