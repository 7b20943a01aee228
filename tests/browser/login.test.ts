// The login page of a server closed to anonymous readers: a shared deep link opened logged out waits on
// /login?next=…, and after a login (by keyboard too, in Chinese or English) opens that view. A wrong
// password, too many attempts and an outside `next` each get their answer; the page says it is busy
// while the login is on its way.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };
const DEEP_LINK = '/industries/high-end-textiles?node=jitri-nantong-textile-silk-institute';
/** Failed logins a username may make before the server answers 429 (kept small for the test). */
const FAILED_LIMIT = 3;

describeInBrowser('login page in Chromium', () => {
  const fx = useBrowserFixture({
    datasets: ['nantong'],
    server: { openRead: false, login: { perUsername: FAILED_LIMIT } },
    viewport: { width: 1280, height: 720 },
  });

  /** The login page's URL once the shell has sent the visitor there. */
  async function onLoginPage(page: Page): Promise<URL> {
    await page.getByTestId('login-form').waitFor(LOAD);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/login');
    return url;
  }

  it('sends a logged-out deep link to the login page, refuses a wrong password, then opens the link', async () => {
    const user = await fx.user('viewer');
    const page = await fx.open(DEEP_LINK);
    const url = await onLoginPage(page);
    expect(url.searchParams.get('next')).toBe(DEEP_LINK);
    // A page of its own, not the views' failed requests.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe('登录');
    expect(await page.locator('.main-nav').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-username');
    await page.screenshot({ path: artifactPath('login-zh-1280.png') });

    await page.getByLabel('用户名').fill(user.username);
    await page.getByLabel('密码').fill('not the password');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor(LOAD);
    expect(await error.getAttribute('data-code')).toBe('invalid_credentials');
    expect(await error.innerText()).toContain('用户名或密码错误');
    expect(await page.getByLabel('密码').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: artifactPath('login-zh-wrong-password.png') });

    // While the login is on its way the button says so (the request is held until that is checked).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/auth/login', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('密码').fill(user.password);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-submit').innerText(), LOAD).toBe('正在登录…');
    expect(await page.getByTestId('login-form').getAttribute('aria-busy')).toBe('true');
    await page.screenshot({ path: artifactPath('login-zh-busy.png') });
    release();

    await page.waitForURL((to) => to.pathname + to.search === DEEP_LINK, LOAD);
    await page.getByTestId('detail').waitFor(LOAD);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', LOAD);
    expect(await page.locator('.session-user').innerText()).toContain(user.username);

    // The session ends while the page is open (the cookie cleared); the next view's call answers 401.
    await page.context().clearCookies();
    await page.locator('.main-nav a[href^="/partners"]').click();
    // Said once, in place of the view's failure (the shell's banner stands back while a view says it).
    const expired = page.locator('[data-testid=session-expired][data-where=inline]');
    await expired.waitFor(LOAD);
    expect(await expired.innerText()).toContain('重新登录');
    expect(await page.locator('.status-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('session-expired').count(), LOAD).toBe(1);
    const login = expired.getByTestId('session-expired-login');
    const href = new URL((await login.getAttribute('href')) ?? '', fx.server.baseUrl);
    expect(href.pathname).toBe('/login');
    expect(href.searchParams.get('next')).toBe('/partners');
    await page.screenshot({ path: artifactPath('session-expired-zh-1280.png') });
    for (const [width, height] of [[1440, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: artifactPath(`session-expired-zh-${width}.png`) });
    }
    await login.click();
    expect((await onLoginPage(page)).searchParams.get('next')).toBe('/partners');
    await page.close();
  });

  it('works in English and by keyboard alone, and keeps the language on arrival', async () => {
    const user = await fx.user('analyst');
    const page = await fx.open(`/partners?lang=en`);
    const url = await onLoginPage(page);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Log in');
    expect(await page.getByTestId('login-form').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.screenshot({ path: artifactPath('login-en-1280.png') });

    await page.keyboard.type(user.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((to) => to.pathname === '/partners' && to.searchParams.get('lang') === 'en', LOAD);
    await page.getByTestId('partners-table').waitFor(LOAD);
    expect(await page.locator('.main-nav').innerText()).toContain('Overview');
    await page.close();
  });

  it('says when there were too many attempts (429)', async () => {
    const user = await fx.user('viewer');
    const page = await fx.open('/login');
    await onLoginPage(page);
    await page.getByLabel('用户名').fill(user.username);
    const error = page.getByTestId('login-error');
    for (let attempt = 1; attempt <= FAILED_LIMIT + 1; attempt += 1) {
      await page.getByLabel('密码').fill(`wrong ${attempt}`);
      await page.getByTestId('login-submit').click();
      await expect.poll(() => page.getByTestId('login-submit').innerText(), LOAD).toBe('登录');
      await error.waitFor(LOAD);
    }
    expect(await error.getAttribute('data-code')).toBe('too_many_attempts');
    expect(await error.innerText()).toContain('尝试次数过多');
    expect(await error.innerText()).toContain('登录尝试过多');
    await page.screenshot({ path: artifactPath('login-zh-rate-limited.png') });
    await page.close();
  });

  it('never follows a next that leaves the app', async () => {
    const user = await fx.user('viewer');
    const page = await fx.open(`/login?next=${encodeURIComponent('https://example.org/phish')}`);
    await onLoginPage(page);
    await page.getByLabel('用户名').fill(user.username);
    await page.getByLabel('密码').fill(user.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((to) => to.origin === fx.server.baseUrl && to.pathname === '/', LOAD);
    await page.getByTestId('matrix').waitFor(LOAD);
    await page.close();
  });
});
