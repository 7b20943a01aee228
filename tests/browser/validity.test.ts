// Valid time in the explorer, in Chromium against the real API: the detail panel says when a node and
// each listed relationship held (有效期 2010 — 至今 / Valid 2010 – present), marks an ended one, and an
// editor changes a relationship's validity, with a reversed period refused under its field.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { TestUser } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };
const LINK = 'textiles-weaving';
const CHAIN = `/industries/high-end-textiles?node=${LINK}`;

describeInBrowser('valid time in the detail panel', () => {
  const fx = useBrowserFixture({
    datasets: ['nantong', 'demo'],
    prepare: async (db) => {
      await db.write(async (tx) => {
        await tx.run(`MATCH (l:ChainLink {id: $link}) SET l.validFrom = '2010'`, { link: LINK });
        await tx.run(`MATCH (:Industry)-[r:HAS_LINK]->(:ChainLink {id: $link}) SET r.validFrom = '2012', r.validTo = '2015-06'`, { link: LINK });
      });
    },
  });
  let editor: TestUser;

  beforeAll(async () => {
    editor = await fx.user('editor');
  });

  async function open(path: string): Promise<Page> {
    const page = await fx.open(path, { as: editor, keepSession: true });
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    await page.getByTestId('detail').waitFor(LOAD);
    return page;
  }

  it('says when the node and its relationships held, in Chinese and in English', async () => {
    const page = await open(CHAIN);
    const marks = page.getByTestId('validity');
    await marks.first().waitFor(LOAD);
    expect(await marks.allInnerTexts()).toEqual(expect.arrayContaining(['有效期 2010 — 至今', expect.stringMatching(/^有效期 2012 — 2015-06\s*已失效$/)]));
    await page.screenshot({ path: artifactPath('validity-zh.png') });
    await page.close();

    const english = await open(`${CHAIN}&lang=en`);
    const texts = await english.getByTestId('validity').allInnerTexts();
    expect(texts).toEqual(expect.arrayContaining(['Valid 2010 – present', expect.stringMatching(/^Valid 2012 – 2015-06\s*Ended$/)]));
    for (const line of texts) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
    await english.close();
  });

  it('lets an editor change a relationship’s validity, and names a reversed period under its field', async () => {
    const page = await open(CHAIN);
    const row = page.locator('.neighbour-list li', { has: page.getByTestId('validity') }).filter({ hasText: '2012' });
    await row.getByTestId('edit-edge').click();
    const dialog = page.getByTestId('edit-relationship-dialog');
    await dialog.getByTestId('edit-relationship-validTo').waitFor(LOAD);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid=edit-relationship-validTo]')?.disabled === false);
    await dialog.getByTestId('edit-relationship-validTo').fill('2011');
    await dialog.getByTestId('edit-relationship-submit').click();
    await dialog.locator('.field-error').first().waitFor(LOAD);
    expect(await dialog.locator('.field-error').first().innerText()).toContain('终止日期早于起始日期');
    await dialog.getByTestId('edit-relationship-validTo').fill('');
    await dialog.getByTestId('edit-relationship-submit').click();
    await dialog.waitFor({ state: 'detached', ...LOAD });
    const stored = await fx.db.read((tx) => tx.run(`MATCH (:Industry)-[r:HAS_LINK]->(:ChainLink {id: $link}) RETURN r.validFrom AS f, r.validTo AS t`, { link: LINK }));
    expect([stored.records[0]?.get('f'), stored.records[0]?.get('t')]).toEqual(['2012', null]);
    await page.close();
  });
});
