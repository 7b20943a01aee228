// Logging in through the header's form, as a person would (the page reloads with the new session).
import type { Page } from 'playwright-core';
import type { TestUser } from '../helpers/auth';

export async function logInThroughHeader(page: Page, user: Pick<TestUser, 'username' | 'password'>): Promise<void> {
  await page.getByTestId('login-open').click();
  await page.locator('.login-popup input[name=username]').fill(user.username);
  await page.locator('.login-popup input[name=password]').fill(user.password);
  await Promise.all([page.waitForEvent('load'), page.locator('.login-popup button[type=submit]').click()]);
  await page.locator('.session-user').waitFor({ timeout: 15_000 });
}
