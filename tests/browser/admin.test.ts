// Administration in Chromium against the real API: an administrator creates a user (and sees a bad
// password refused beside the field), changes a role, resets a password; the audit log pages and
// filters its entries and shows a change as before/after with the changed fields marked.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { getUser } from '../../server/auth/users';
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

  it('pages and filters the audit log and shows a change before and after', async () => {
    // An editor changes a node: the entry to look at.
    const api = new ApiClient(fx.server.baseUrl);
    await api.login(editor.username, editor.password);
    const { version } = (await api.get<{ version: number }>('/api/edit/nodes/aerospace')).body;
    const changed = await api.request('PATCH', '/api/edit/nodes/aerospace', { json: { version, changes: { nameEn: 'Aerospace and aviation' } } });
    expect(changed.status).toBe(200);
    const total = await fx.db.read((tx) => tx.run('MATCH (a:AuditEntry) RETURN count(a) AS n'));
    const entries = total.records[0]?.get('n') as number;

    const page = await asAdmin('/admin/audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor(LOAD);
    // Logins are audited too, so count what is there once the page has loaded.
    const after = (await fx.db.read((tx) => tx.run('MATCH (a:AuditEntry) RETURN count(a) AS n'))).records[0]?.get('n') as number;
    expect(after).toBeGreaterThanOrEqual(entries);
    expect(await page.getByTestId('audit-range').first().innerText()).toMatch(new RegExp(`共 ${after} 条`));

    await page.getByTestId('audit-action').selectOption('node.update');
    await page.getByTestId('audit-targetId').fill('aerospace');
    await page.getByTestId('audit-apply').click();
    await page.waitForURL(/action=node\.update/, LOAD);
    await expect.poll(() => table.locator('tbody tr[data-action]').count(), LOAD).toBe(1);
    expect(await table.locator('tbody tr[data-action]').first().getAttribute('data-action')).toBe('node.update');
    expect(await table.innerText()).toContain(editor.username);
    await table.getByRole('button', { name: '查看变更' }).click();
    const pair = page.getByTestId('change-pair');
    await pair.waitFor(LOAD);
    expect(await pair.innerText()).toContain('变更字段：');
    expect(await pair.locator('.changed-before[data-key=nameEn]').innerText()).toContain('Aerospace');
    expect(await pair.locator('.changed-after[data-key=nameEn]').innerText()).toContain('Aerospace and aviation');
    expect(await pair.locator('.json-line[data-key=nameZh]:not(.changed)').count()).toBe(2);
    await page.screenshot({ path: artifactPath('admin-audit.png'), fullPage: true });
    await page.close();
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
