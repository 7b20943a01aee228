// One setup for the browser tests: a wiped and seeded graph, the app on it, Debian's Chromium, and
// pages opened on the app (logged in when asked). A test file states only what differs: datasets,
// extra graph setup, security overrides, viewport and who logs in.
import type { Browser, Cookie, Page, ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../../graph/db/database';
import type { Role } from '../../server/auth/roles';
import { createTestUser, type TestUser } from './auth';
import { chromiumAvailable, launchBrowser } from './browser';
import { seededTestServer, type SeededServerOptions } from './seededServer';
import type { TestServer } from './server';

/** The graph and server as seededTestServer sets them up (datasets, prepare, server overrides), and the viewport. */
export interface BrowserFixtureOptions extends SeededServerOptions {
  /** Viewport of every page unless open() is given another. */
  viewport?: ViewportSize;
}

export interface OpenOptions {
  /** Log in as this user after the first load (login page or header, see logInThroughHeader). */
  as?: Pick<TestUser, 'username' | 'password'> | null;
  viewport?: ViewportSize;
  acceptDownloads?: boolean;
  /**
   * Log in through the page only the first time this user is opened with keepSession; later pages of the
   * file start with that login's session cookies (checked: the header shows the user). For files whose
   * tests are about something else than logging in, and that never end that session.
   */
  keepSession?: boolean;
}

export interface BrowserFixture {
  readonly db: Database;
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new page at `path` on the test server, logged in as `options.as` if given. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** A new user of that role with a random password. */
  user(role: Role): Promise<TestUser>;
}

const DEFAULT_VIEWPORT: ViewportSize = { width: 1440, height: 960 };

/** describe() that skips, with one line saying why, where Chromium is missing (and fails under CI). */
export function describeInBrowser(name: string, body: () => void): void {
  describe.skipIf(!chromiumAvailable())(name, body);
}

/**
 * Logging in as a person would: on the login page where the server is closed to anonymous readers (the
 * shell sends them there), else through the header's form. Either way the page loads again with the
 * new session, on the view it was opened at.
 */
export async function logInThroughHeader(page: Page, user: Pick<TestUser, 'username' | 'password'>): Promise<void> {
  const loginPage = page.getByTestId('login-form');
  await page.locator('[data-testid=login-form], [data-testid=login-open]').first().waitFor({ timeout: 15_000 });
  if (await loginPage.isVisible()) {
    await loginPage.locator('input[name=username]').fill(user.username);
    await loginPage.locator('input[name=password]').fill(user.password);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('login-submit').click()]);
  } else {
    await page.getByTestId('login-open').click();
    await page.locator('.login-popup input[name=username]').fill(user.username);
    await page.locator('.login-popup input[name=password]').fill(user.password);
    await Promise.all([page.waitForEvent('load'), page.locator('.login-popup button[type=submit]').click()]);
  }
  await page.locator('.session-user').waitFor({ timeout: 15_000 });
}

/**
 * Registers beforeAll / afterAll in the calling describe block (seededTestServer's, then Chromium's).
 * The returned object's db, server and browser exist from beforeAll on; reading them earlier throws
 * rather than handing out undefined.
 */
export function useBrowserFixture(options: BrowserFixtureOptions = {}): BrowserFixture {
  const seeded = seededTestServer(options);
  let browser: Browser | undefined;
  /** Session cookies of each user's first login with keepSession, by username. */
  const sessions = new Map<string, Cookie[]>();
  const ready = (): Browser => {
    if (browser === undefined) throw new Error('browser fixture: browser is read before beforeAll has run');
    return browser;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get db() {
      return seeded.db;
    },
    get server() {
      return seeded.server;
    },
    get browser() {
      return ready();
    },
    async open(path, { as = null, viewport, acceptDownloads, keepSession = false } = {}) {
      const cookies = as && keepSession ? sessions.get(as.username) : undefined;
      const page = await ready().newPage({
        viewport: viewport ?? options.viewport ?? DEFAULT_VIEWPORT,
        // Left out, Playwright's own default applies, as it did before the fixture.
        ...(acceptDownloads === undefined ? {} : { acceptDownloads }),
        ...(cookies ? { storageState: { cookies, origins: [] } } : {}),
      });
      await page.goto(seeded.baseUrl + path);
      if (cookies) await page.locator('.session-user').waitFor({ timeout: 15_000 });
      else if (as) {
        await logInThroughHeader(page, as);
        if (keepSession) sessions.set(as.username, (await page.context().storageState()).cookies);
      }
      return page;
    },
    user: (role) => createTestUser(seeded.db, role),
  };
}
