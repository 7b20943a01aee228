// The console's editor and its aids in Chromium: completion of the model's labels, the schema panel
// (labels, relationship types with their ends, a click inserts a name), example queries that run,
// db.schema.visualization() drawn as a graph, and the result tab that follows the kind of result.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES } from '../../graph/model';
import { CONSOLE_EXAMPLES } from '../../graph/model/consoleExamples';
import type { TestUser } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { cypherEditor, cypherText, fillCypher } from '../helpers/cypherEditor';

const LOAD = { timeout: 30_000 };
const SCREEN = { width: 1440, height: 900 };

describeInBrowser('console editor, schema and examples', () => {
  const fx = useBrowserFixture({ datasets: ['nantong'], viewport: SCREEN });
  let analyst: TestUser;

  beforeAll(async () => {
    analyst = await fx.user('analyst');
  });

  async function run(page: Page, cypher: string): Promise<void> {
    await fillCypher(page, cypher);
    await (await cypherEditor(page)).press('Control+Enter');
  }

  async function pressedView(page: Page): Promise<string> {
    await page.getByTestId('console-summary').waitFor(LOAD);
    return (await page.getByTestId('view-graph').getAttribute('aria-pressed')) === 'true' ? 'graph' : 'table';
  }

  it('offers the model’s labels after MATCH (n:', async () => {
    const page = await fx.open('/console', { as: analyst, keepSession: true });
    const editor = await cypherEditor(page);
    await fillCypher(page, '');
    await editor.click();
    await page.keyboard.type('MATCH (n:');
    // The list follows the typing; after the colon it offers labels.
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(async () => (await options.allInnerTexts()).some((text) => text.includes(':Industry')), LOAD).toBe(true);
    const offered = await options.allInnerTexts();
    expect(offered.some((text) => text.includes(':ChainLink'))).toBe(true);
    expect(await cypherText(page)).toMatch(/^MATCH \(n:\)?$/);
    await page.screenshot({ path: artifactPath('console-completion.png') });
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('lists labels and relationship types with their ends, from the model, and inserts a name on click', async () => {
    const page = await fx.open('/console', { as: analyst, keepSession: true });
    const panel = page.getByTestId('schema-panel');
    await panel.waitFor(LOAD);
    expect(await panel.getByTestId('schema-label').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).toEqual(NODE_LABELS);
    expect(await panel.getByTestId('schema-relationship').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).toEqual(RELATIONSHIP_TYPES);
    const hasLink = panel.locator('[data-testid=schema-relationship][data-name=HAS_LINK]');
    expect(await hasLink.getAttribute('data-from')).toBe(RELATIONSHIP_SPECS.HAS_LINK.from.join(','));
    expect(await hasLink.getAttribute('data-to')).toBe(RELATIONSHIP_SPECS.HAS_LINK.to.join(','));
    expect(await hasLink.innerText()).toContain('(Industry) → (ChainLink)');
    expect(await hasLink.innerText()).toContain('包含环节');
    expect(await panel.locator('[data-testid=schema-label][data-name=Industry]').innerText()).toContain('产业');

    await fillCypher(page, 'MATCH (n:');
    // The cursor is at the end after typing; the click puts the label there.
    await panel.locator('[data-testid=schema-label][data-name=Industry]').click();
    await expect.poll(() => cypherText(page), LOAD).toBe('MATCH (n:Industry');
    await page.close();
  });

  it('runs an example from the list, and opens a tabular result on the table', async () => {
    const example = CONSOLE_EXAMPLES.find((e) => e.id === 'six-ones-missing');
    if (!example) throw new Error('six-ones-missing example is gone');
    const industries = await fx.db.read((tx) => tx.run('MATCH (i:Industry) RETURN count(i) AS n'));
    const page = await fx.open('/console', { as: analyst, keepSession: true });
    await cypherEditor(page);
    await page.locator('[data-testid=console-example][data-example=six-ones-missing]').click();
    const table = page.getByTestId('console-table');
    await table.waitFor(LOAD);
    expect(await table.locator('tbody tr').count()).toBe(industries.records[0]?.get('n'));
    expect(await pressedView(page)).toBe('table');
    expect(await cypherText(page)).toBe(example.cypher);
    expect(new URL(page.url()).searchParams.get('q')).toBe(example.cypher);
    await page.screenshot({ path: artifactPath('console-example-zh.png') });
    await page.close();
  });

  it('draws db.schema.visualization() as a graph, opening on the graph tab', async () => {
    const page = await fx.open('/console', { as: analyst, keepSession: true });
    await run(page, 'CALL db.schema.visualization()');
    const graph = page.getByTestId('console-graph');
    await graph.waitFor(LOAD);
    await expect.poll(async () => Number(await graph.getAttribute('data-node-count')), LOAD).toBeGreaterThan(0);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBeGreaterThan(0);
    expect(await pressedView(page)).toBe('graph');
    await page.screenshot({ path: artifactPath('console-schema-graph-zh.png') });
    await page.close();
  });

  it('follows the kind of result: nodes open on the graph, values on the table', async () => {
    const page = await fx.open('/console', { as: analyst, keepSession: true });
    await run(page, "MATCH (r:Region)-[p:PART_OF]->(n:Region {id: 'nantong'}) RETURN r, p, n");
    await page.getByTestId('console-graph').waitFor(LOAD);
    expect(await pressedView(page)).toBe('graph');
    await run(page, 'MATCH (r:Region) RETURN r.id AS id ORDER BY id');
    await page.getByTestId('console-table').waitFor(LOAD);
    expect(await pressedView(page)).toBe('table');
    await page.close();
  });

  it('speaks English: examples, schema names and the schema graph', async () => {
    const page = await fx.open('/console?lang=en', { as: analyst, keepSession: true });
    const panel = page.getByTestId('schema-panel');
    await panel.waitFor(LOAD);
    expect(await panel.locator('h2').innerText()).toBe('Graph schema');
    expect(await panel.locator('[data-testid=schema-relationship][data-name=HAS_LINK]').innerText()).toContain('has link');
    const titles = await page.getByTestId('console-example').allInnerTexts();
    expect(titles).toEqual(CONSOLE_EXAMPLES.map((e) => e.title.en));
    expect(titles.join(' ')).not.toMatch(/[\u3400-\u9fff]/);
    await cypherEditor(page);
    await page.locator('[data-testid=console-example][data-example=schema]').click();
    await page.getByTestId('console-graph').waitFor(LOAD);
    await expect.poll(async () => Number(await page.getByTestId('console-graph').getAttribute('data-node-count')), LOAD).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('console-schema-graph-en.png') });
    await page.close();
  });

  it('loads the editor only on the console', async () => {
    const page = await fx.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${fx.server.baseUrl}/`);
    await page.locator('h1').first().waitFor(LOAD);
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => url.includes('CypherInput'))).toEqual([]);
    await page.close();
  });
});
