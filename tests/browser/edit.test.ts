// Editing in the detail panel, in Chromium, against the real API: an editor changes a link's name and
// sees it in the chain; the server's per-field reasons show beside the fields; a stale edit explains
// the conflict and reloads; create, link and delete a node; viewers and visitors see no controls.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ApiClient, type TestUser } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import type {} from '../../client/src/views/chains/testHook';

const LOAD = { timeout: 30_000 };
const LINK = 'textiles-weaving';
const CHAIN = `/industries/high-end-textiles?node=${LINK}`;


describeInBrowser('editing in the explorer', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });
  let editor: TestUser;
  let otherEditor: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    [editor, otherEditor, viewer] = [await fx.user('editor'), await fx.user('editor'), await fx.user('viewer')];
  });

  async function openAs(user: TestUser | null, path: string): Promise<Page> {
    const page = await fx.open(path, { as: user, keepSession: true });
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    if (path.includes('node=')) await page.getByTestId('detail').waitFor(LOAD);
    return page;
  }

  async function property(id: string, key: string): Promise<unknown> {
    const result = await fx.db.read((tx) => tx.run('MATCH (n:Entity {id: $id}) RETURN n[$key] AS value', { id, key }));
    return result.records[0]?.get('value');
  }

  const displayed = (page: Page, id: string) =>
    page.evaluate(([nodeId]) => {
      const value: unknown = window.__innochainCy?.getElementById(nodeId ?? '').data('display');
      return typeof value === 'string' ? value : '';
    }, [id]);

  it('shows no editing controls to a viewer or an anonymous visitor', async () => {
    for (const user of [viewer, null]) {
      const page = await openAs(user, CHAIN);
      expect(await page.getByTestId('detail').innerText()).toContain('织造');
      expect(await page.getByTestId('edit-controls').count()).toBe(0);
      expect(await page.getByTestId('create-node').count()).toBe(0);
      expect(await page.locator('.neighbour-list .icon-button').count()).toBe(0);
      for (const nav of ['nav-console', 'nav-import', 'nav-users', 'nav-audit']) expect(await page.getByTestId(nav).count()).toBe(0);
      if (user) await page.screenshot({ path: artifactPath('edit-viewer.png') });
      await page.close();
    }
  });

  it("lets an editor change a link's name in the panel and shows it in the chain", async () => {
    const page = await openAs(editor, CHAIN);
    expect(await page.getByTestId('nav-import').count()).toBe(1);
    expect(await page.getByTestId('nav-console').count()).toBe(1);
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    await page.getByTestId('edit-node').click();
    const form = page.getByTestId('edit-form');
    await form.waitFor(LOAD);
    // The form is the model's: required marks, the stage as a select of the three stages, the id fixed.
    expect(await form.locator('select[data-field=stage] option').allInnerTexts()).toEqual(expect.arrayContaining(['上游 (upstream)', '中游 (midstream)', '下游 (downstream)']));
    expect(await form.locator('input[data-field=id]').isDisabled()).toBe(true);
    expect(await form.locator('input[data-field=nameZh]').getAttribute('aria-required')).toBe('true');
    await page.screenshot({ path: artifactPath('edit-form.png') });

    await form.locator('input[data-field=nameZh]').fill('织造与面料');
    // Aliases are one input, items separated by ； or |.
    await form.locator('input[data-field=aliasesZh]').fill('织布； 面料织造|');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-note').waitFor(LOAD);
    await expect.poll(() => page.locator('#detail-title').innerText(), LOAD).toContain('织造与面料');
    await expect.poll(() => displayed(page, LINK), LOAD).toContain('织造与面料');
    expect(await property(LINK, 'nameZh')).toBe('织造与面料');
    expect(await property(LINK, 'aliasesZh')).toEqual(['织布', '面料织造']);
    expect(await page.getByTestId('detail-aliases').innerText()).toBe('又称：织布、面料织造');
    await page.screenshot({ path: artifactPath('edit-saved.png') });
    await page.close();
  });

  it("says at once that a required field is empty, puts the server's reasons beside the fields it names, and writes nothing", async () => {
    // What the server says about these changes, asked directly (it writes nothing either way).
    const api = new ApiClient(fx.server.baseUrl);
    await api.login(editor.username, editor.password);
    const current = (await api.get<{ version: number }>(`/api/edit/nodes/${LINK}`)).body.version;
    const reasonsFor = async (changes: Record<string, unknown>) => {
      const answer = await api.request<{ error: { details: { field: string; reasonZh: string }[] } }>('PATCH', `/api/edit/nodes/${LINK}`, {
        json: { version: current, changes },
      });
      expect(answer.status).toBe(400);
      return (field: string) => answer.body.error.details.find((d) => d.field === `body.changes.${field}`)?.reasonZh ?? '(none)';
    };
    const tooBig = await reasonsFor({ order: 5000 });
    const unknownIndustry = await reasonsFor({ industryId: 'no-such-industry' });

    const page = await openAs(editor, CHAIN);
    await page.getByTestId('edit-node').click();
    const form = page.getByTestId('edit-form');
    await form.waitFor(LOAD);
    const field = (name: string) => form.locator('.form-field', { has: page.locator(`[data-field=${name}]`) });

    // A cleared required field: said before anything is sent.
    await form.locator('input[data-field=nameEn]').fill('');
    await page.getByTestId('edit-save').click();
    expect(await field('nameEn').locator('.field-error').innerText()).toContain('此项为必填');
    expect(await page.getByTestId('form-error').count()).toBe(0);

    // Out of range: the server's reason beside the field (with its English words, which carry the limit).
    await form.locator('input[data-field=nameEn]').fill('Weaving');
    await form.locator('input[data-field=order]').fill('5000');
    await page.getByTestId('edit-save').click();
    await field('order').locator('.field-error').waitFor(LOAD);
    expect(await field('order').locator('.field-error').innerText()).toContain(tooBig('order'));
    expect(await field('order').locator('.field-error').innerText()).toContain('1000');
    expect(await form.locator('input[data-field=order]').getAttribute('aria-invalid')).toBe('true');
    expect(await field('nameEn').locator('.field-error').count()).toBe(0);
    expect(await page.getByTestId('form-error').innerText()).toContain('请求无效');
    await page.screenshot({ path: artifactPath('edit-field-errors.png') });

    // A reference to no node: the server names the field and the missing id.
    await form.locator('input[data-field=order]').fill('2');
    await form.locator('input[data-field=industryId]').fill('no-such-industry');
    await page.getByTestId('edit-save').click();
    await expect.poll(() => field('industryId').locator('.field-error').count(), LOAD).toBe(1);
    expect(await field('industryId').locator('.field-error').innerText()).toContain(unknownIndustry('industryId'));
    expect(await field('order').locator('.field-error').count()).toBe(0);

    expect(await property(LINK, 'order')).not.toBe(5000);
    expect(await property(LINK, 'industryId')).toBe('high-end-textiles');
    expect(await property(LINK, 'nameEn')).not.toBe('Weaving');
    // Escape leaves the form without saving.
    await form.locator('input[data-field=nameZh]').press('Escape');
    await page.getByTestId('edit-controls').waitFor(LOAD);
    await page.close();
  });

  it('explains a stale edit and reloads the latest version', async () => {
    const page = await openAs(editor, CHAIN);
    await page.getByTestId('edit-node').click();
    const form = page.getByTestId('edit-form');
    await form.waitFor(LOAD);
    const versionText = await page.getByTestId('edit-version').innerText();
    const based = Number(/\d+/.exec(versionText)?.[0]);

    // Someone else saves first, from the same version.
    const other = new ApiClient(fx.server.baseUrl);
    expect((await other.login(otherEditor.username, otherEditor.password)).status).toBe(200);
    const theirs = await other.request('PATCH', `/api/edit/nodes/${LINK}`, { json: { version: based, changes: { nameEn: 'Weaving and fabrics' } } });
    expect(theirs.status).toBe(200);

    await form.locator('input[data-field=nameZh]').fill('织造（过期修改）');
    await page.getByTestId('edit-save').click();
    const conflict = page.getByTestId('edit-conflict');
    await conflict.waitFor(LOAD);
    expect(await conflict.innerText()).toContain('保存冲突');
    expect(await conflict.innerText()).toContain(`版本 ${based}`);
    expect(await page.getByTestId('edit-save').isDisabled()).toBe(true);
    expect(await property(LINK, 'nameZh')).not.toBe('织造（过期修改）');
    await page.screenshot({ path: artifactPath('edit-conflict.png') });

    await page.getByTestId('edit-reload').click();
    await expect.poll(() => page.getByTestId('edit-version').innerText(), LOAD).toContain(String(based + 1));
    expect(await form.locator('input[data-field=nameEn]').inputValue()).toBe('Weaving and fabrics');
    expect(await page.getByTestId('edit-conflict').count()).toBe(0);
    await form.locator('input[data-field=nameZh]').fill('织造（重新修改）');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-note').waitFor(LOAD);
    expect(await property(LINK, 'nameZh')).toBe('织造（重新修改）');
    expect(await property(LINK, 'nameEn')).toBe('Weaving and fabrics');
    await page.close();
  });

  it('creates a firm named in Chinese only, without an id, links it to a chain link found by search, and deletes it after the preview', async () => {
    const page = await openAs(editor, '/industries/high-end-textiles');
    await page.getByTestId('create-node').click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor(LOAD);
    await dialog.getByTestId('create-label').selectOption('Enterprise');
    // The id waits behind "advanced" and may stay empty; an enterprise needs no English name.
    expect(await dialog.locator('input[data-field=id]').isVisible()).toBe(false);
    expect(await dialog.locator('input[data-field=nameEn]').getAttribute('aria-required')).toBeNull();
    await dialog.locator('input[data-field=nameZh]').fill('测试织造公司');
    await dialog.locator('select[data-field=highTech]').selectOption('true');
    await page.screenshot({ path: artifactPath('edit-create.png') });
    await dialog.getByTestId('create-submit').click();
    await page.waitForURL((url) => /^enterprise-[a-z0-9]{6}$/.test(url.searchParams.get('node') ?? ''), LOAD);
    const firm = new URL(page.url()).searchParams.get('node') ?? '';
    expect(await property(firm, 'sourceKind')).toBe('user');
    expect(await property(firm, 'nameEn')).toBeNull();
    await expect.poll(() => page.locator('#detail-title').innerText(), LOAD).toContain('测试织造公司');

    await page.getByTestId('add-relationship').click();
    const rel = page.getByTestId('relationship-dialog');
    await rel.waitFor(LOAD);
    // An enterprise may cover chain links, lead industries, …; the other end is searched among allowed labels.
    await rel.getByTestId('relationship-type').selectOption('COVERS');
    await rel.getByTestId('node-picker').fill('织造');
    await rel.locator('[role=option]', { hasText: '织造（重新修改）' }).first().waitFor(LOAD);
    await rel.getByTestId('node-picker').press('Enter');
    expect(await rel.getByTestId('relationship-other').innerText()).toContain(LINK);
    await page.screenshot({ path: artifactPath('edit-relationship.png') });
    await rel.getByTestId('relationship-submit').click();
    await page.getByTestId('edit-note').waitFor(LOAD);
    // Covering the link puts the firm into the chain, where the selection finds it.
    await expect.poll(() => page.evaluate((id) => window.__innochainCy?.getElementById(id).nonempty(), firm), LOAD).toBe(true);

    await page.getByTestId('delete-node').click();
    const del = page.getByTestId('delete-dialog');
    await del.getByTestId('delete-relationships').waitFor(LOAD);
    expect(await del.getByTestId('delete-relationships').innerText()).toContain('织造（重新修改）');
    await page.screenshot({ path: artifactPath('edit-delete-preview.png') });
    await del.getByTestId('delete-confirm').click();
    await page.getByTestId('chain-flash').waitFor(LOAD);
    expect(await page.getByTestId('chain-flash').innerText()).toContain('已删除');
    expect(await property(firm, 'id')).toBeUndefined();
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    await page.close();
  });
});
