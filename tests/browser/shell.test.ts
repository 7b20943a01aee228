// The app shell: served for any client-side path (bookmarkable views), with the header, navigation,
// search and language switch, a readable page for an unknown path, and a login when one is needed.
import { expect, it } from 'vitest';
import { createUser } from '../../server/auth/users';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { startTestServer } from '../helpers/server';

describeInBrowser('explorer shell in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong'], viewport: { width: 1280, height: 800 } });

  it('serves the shell at a deep link and draws a node neighbourhood read from Neo4j', async () => {
    const expected = await fx.db.read(async (tx) => {
      const result = await tx.run("MATCH (:Region {id: 'nantong'})--(n) RETURN count(DISTINCT n) + 1 AS n");
      return result.records[0]?.get('n') as number;
    });
    const page = await fx.open('/nodes/nantong', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.app-header').innerText()).toContain('南通产业创新链图谱');
    expect(await page.getByRole('navigation', { name: '主导航' }).first().innerText()).toContain('总览');
    expect(await page.getByTestId('search-input').count()).toBe(1);
    const graph = page.getByTestId('graph');
    await expect.poll(() => graph.getAttribute('data-node-count'), { timeout: 15_000 }).toBe(String(expected));
    expect(await page.locator('[data-testid=graph] canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('shell.png') });

    await page.goto(`${fx.server.baseUrl}/no/such/page`);
    expect(await page.locator('h1').innerText()).toBe('页面不存在');
    await page.close();
  });

  it('asks for a login when the server is not open to anonymous readers, then shows the views', async () => {
    const closed = await startTestServer(fx.db, { openRead: false });
    try {
      const password = 'correct horse battery staple';
      await createUser(fx.db, { username: 'shell-viewer', password, role: 'viewer' }, 'test');
      const page = await fx.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${closed.baseUrl}/partners`);
      // The login page, not the views' "请先登录" errors.
      const form = page.getByTestId('login-form');
      await form.waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('next')).toBe('/partners');
      expect(await form.innerText()).toContain('本系统需登录后查看');
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.getByLabel('用户名').fill('shell-viewer');
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录', exact: true }).last().click();
      await page.getByTestId('partners-table').waitFor({ timeout: 15_000 });
      expect(await page.locator('.session-user').innerText()).toContain('shell-viewer');
      await page.screenshot({ path: artifactPath('shell-logged-in.png') });
      await page.getByRole('button', { name: '退出' }).click();
      await page.getByTestId('login-form').waitFor({ timeout: 15_000 });
      await page.close();
    } finally {
      await closed.close();
    }
  });
});
