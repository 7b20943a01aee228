// Administration in Chromium against the real API: an administrator creates a user (and sees a bad
// password refused beside the field), changes a role, resets a password; the audit log names the node
// an entry touched, shows a change as a table of fields (zh and en), and hides logins unless asked.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { getUser, updateUser } from '../../server/auth/users';
import { ApiClient, type TestUser } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };

describeInBrowser('administration pages', () => {
  // Closed mode: nothing is readable without a login.
  const fx = useBrowserFixture({ datasets: ['nantong'], server: { openRead: false } });
  let admin: TestUser;
  let editor: TestUser;

  beforeAll(async () => {
    [admin, editor] = [await fx.user('admin'), await fx.user('editor')];
  });

  async function asAdmin(path: string): Promise<Page> {
    return fx.open(path, { as: admin });
  }

  it('creates a user, refusing a short password beside the field, then changes the role and resets the password', async () => {
    const page = await asAdmin('/admin/users');
    for (const nav of ['nav-users', 'nav-audit', 'nav-import', 'nav-console']) expect(await page.getByTestId(nav).count()).toBe(1);
    const table = page.getByTestId('users-table');
    await table.waitFor(LOAD);
    expect(await table.locator(`tr[data-username="${admin.username}"]`).innerText()).toContain('（您本人）');

    const form = page.getByTestId('create-user');
    await form.locator('input[name=username]').fill('new-analyst');
    await form.locator('input[name=displayName]').fill('新分析员');
    await form.locator('input[name=password]').fill('short');
    await form.locator('select').selectOption('analyst');
    await page.getByTestId('create-user-submit').click();
    const passwordField = form.locator('.form-field', { has: page.locator('input[name=password]') });
    await passwordField.locator('.field-error').waitFor(LOAD);
    expect(await passwordField.locator('.field-error').innerText()).toContain('密码至少 10 个字符');
    await expect(getUser(fx.db, 'new-analyst')).rejects.toThrow();

    const password = 'a-long-enough-password';
    await form.locator('input[name=password]').fill(password);
    await page.getByTestId('create-user-submit').click();
    await page.getByTestId('users-note').waitFor(LOAD);
    expect(await page.getByTestId('users-note').innerText()).toContain('new-analyst');
    const row = table.locator('tr[data-username="new-analyst"]');
    await row.waitFor(LOAD);
    expect(await row.innerText()).toContain('新分析员');
    expect((await getUser(fx.db, 'new-analyst')).role).toBe('analyst');
    // The form is emptied for the next one.
    expect(await form.locator('input[name=username]').inputValue()).toBe('');
    await page.screenshot({ path: artifactPath('admin-users.png') });

    await page.getByTestId('role-new-analyst').selectOption('editor');
    await expect.poll(() => page.getByTestId('users-note').innerText(), LOAD).toContain('编辑人员');
    expect((await getUser(fx.db, 'new-analyst')).role).toBe('editor');

    await row.getByRole('button', { name: '重置密码' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=password]').fill('another-long-password');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => page.getByTestId('users-note').innerText(), LOAD).toContain('已重置 new-analyst 的密码');
    const client = new ApiClient(fx.server.baseUrl);
    expect((await client.login('new-analyst', 'another-long-password')).status).toBe(200);
    await page.close();
  });

  it('names what the audit log entries touched, shows a change as a field table in Chinese and English, and shows logins on request', async () => {
    // An editor changes a node: the entry to look at.
    const api = new ApiClient(fx.server.baseUrl);
    await api.login(editor.username, editor.password);
    const { version } = (await api.get<{ version: number }>('/api/edit/nodes/aerospace')).body;
    const changed = await api.request('PATCH', '/api/edit/nodes/aerospace', { json: { version, changes: { nameEn: 'Aerospace and aviation' } } });
    expect(changed.status).toBe(200);
    // And an administrator changes a user's role: a user entry, its role by name.
    const viewer = await fx.user('viewer');
    await updateUser(fx.db, viewer.username, { role: 'analyst' }, admin.username);
    const count = async (where: string) =>
      (await fx.db.read((tx) => tx.run(`MATCH (a:AuditEntry) ${where} RETURN count(a) AS n`))).records[0]?.get('n') as number;

    const page = await asAdmin('/admin/audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor(LOAD);
    // Logins are hidden at first: the range counts every other entry, and no row is a login.
    expect(await page.getByTestId('audit-range').first().innerText()).toMatch(new RegExp(`共 ${await count("WHERE a.action <> 'auth.login'")} 条`));
    expect(await table.locator('tr[data-action="auth.login"]').count()).toBe(0);
    expect(await page.getByTestId('audit-logins').isChecked()).toBe(false);
    // The edit names its node, linked to it, and its label, not the id.
    const row = table.locator('tr[data-action="node.update"][data-target="aerospace"]').first();
    expect(await row.locator('td').nth(3).innerText()).toMatch(/^航天航空\s+产业$/);
    expect(await row.getByRole('link', { name: '航天航空' }).getAttribute('href')).toBe('/nodes/aerospace');

    await page.getByTestId('audit-action').selectOption('node.update');
    await page.getByTestId('audit-targetId').fill('aerospace');
    await page.getByTestId('audit-apply').click();
    await page.waitForURL(/action=node\.update/, LOAD);
    await expect.poll(() => table.locator('tbody tr[data-action]').count(), LOAD).toBe(1);
    expect(await table.innerText()).toContain(editor.username);
    await table.getByRole('button', { name: '查看变更' }).click();
    const pair = page.getByTestId('change-table');
    await pair.waitFor(LOAD);
    expect(await page.getByTestId('change-pair').innerText()).toMatch(/^变更字段：英文名称、.*来源出处/);
    expect(await pair.locator('thead').innerText()).toMatch(/字段\s+修改前\s+修改后/);
    const nameEn = pair.locator('tr.changed[data-key=nameEn]');
    expect(await nameEn.innerText()).toMatch(/英文名称[\s\S]*Aerospace\s+Aerospace and aviation/);
    expect(await nameEn.locator('del').innerText()).toBe('Aerospace');
    expect(await nameEn.locator('ins').innerText()).toBe('Aerospace and aviation');
    // Unchanged fields are listed plainly, their values in words: the tier by its name.
    expect(await pair.locator('tr:not(.changed)[data-key=nameZh]').innerText()).toMatch(/中文名称\s+航天航空\s+航天航空/);
    expect(await pair.locator('tr:not(.changed)[data-key=tier]').innerText()).toContain('战略性新兴产业');
    // No JSON, no property keys; a user edit's source reference reads as who and when.
    expect(await pair.innerText()).not.toMatch(/[{}"]|nameEn|sourceRef|user:/);
    expect(await pair.locator('tr[data-key=sourceRef] ins').innerText()).toMatch(new RegExp(`^${editor.username} · \\d{4}年`));
    await page.screenshot({ path: artifactPath('admin-audit.png'), fullPage: true });

    // The same in English: field names, values and the node's name.
    await page.getByTestId('lang-en').click();
    await page.waitForURL(/lang=en/, LOAD);
    await table.getByRole('button', { name: /Show change|Hide/ }).waitFor(LOAD);
    if ((await page.getByTestId('change-table').count()) === 0) await table.getByRole('button', { name: 'Show change' }).click();
    expect(await page.getByTestId('change-pair').innerText()).toMatch(/^Changed: English name, .*Source reference/);
    expect(await pair.locator('thead').innerText()).toMatch(/Field\s+Before\s+After/);
    expect(await pair.locator('tr[data-key=tier]').innerText()).toContain('Strategic emerging industry');
    expect(await table.getByRole('link', { name: 'Aerospace and aviation' }).count()).toBe(1);
    await page.screenshot({ path: artifactPath('admin-audit-en.png'), fullPage: true });

    // Logins on request; the choice stays in the URL.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('audit-logins').check();
    await page.waitForURL(/logins=show/, LOAD);
    await expect.poll(() => table.locator('tr[data-action="auth.login"]').count(), LOAD).toBeGreaterThan(0);
    expect(await page.getByTestId('audit-range').first().innerText()).toMatch(new RegExp(`of ${await count('')}`));
    expect(await table.locator('tr[data-action="auth.login"]').first().locator('td').nth(3).innerText()).toBe(
      await table.locator('tr[data-action="auth.login"]').first().locator('td').nth(1).innerText(),
    );
    await page.screenshot({ path: artifactPath('admin-audit-logins.png') });
    const userRow = table.locator(`tr[data-action="user.update"][data-target="${viewer.username}"]`);
    expect(await userRow.locator('td').nth(3).innerText()).toBe(viewer.username);
    await userRow.getByRole('button', { name: 'Show change' }).click();
    const role = userRow.locator('xpath=following-sibling::tr[1]').locator('tr.changed[data-key=role]');
    await role.waitFor(LOAD);
    expect(await role.innerText()).toMatch(/Role[\s\S]*\s+Viewer\s+Analyst$/);
    await page.close();

    // Narrower screens, down to a phone (one page, resized: the header hides the session on a phone).
    const narrow = await fx.open('/admin/audit?action=node.update&targetId=aerospace', { as: admin, viewport: { width: 1280, height: 720 } });
    await narrow.getByRole('button', { name: '查看变更' }).click();
    await narrow.getByTestId('change-table').waitFor(LOAD);
    for (const [width, height] of [[1280, 720], [390, 844]] as const) {
      await narrow.setViewportSize({ width, height });
      // The table fits the page: nothing scrolls sideways.
      await expect.poll(() => narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), LOAD).toBe(true);
      await narrow.screenshot({ path: artifactPath(`admin-audit-${width}.png`), fullPage: true });
    }
    await narrow.close();
  });

  it('keeps the administration pages from other roles, which see a plain explanation', async () => {
    const page = await fx.open('/admin/users', { as: editor, viewport: { width: 1280, height: 800 } });
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    expect(await page.getByTestId('nav-import').count()).toBe(1);
    await page.getByTestId('no-permission').waitFor(LOAD);
    expect(await page.getByTestId('no-permission').innerText()).toContain('管理员');
    expect(await page.getByTestId('users-table').count()).toBe(0);
    await page.close();
  });
});
