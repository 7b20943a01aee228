// The console's Cypher editor (CodeMirror 6, a contenteditable, loaded as its own chunk) as the browser
// tests type into it and read it.
import type { Locator, Page } from 'playwright-core';

/** The editing area, once the editor's chunk has loaded. */
export async function cypherEditor(page: Page): Promise<Locator> {
  const content = page.getByTestId('console-cypher').locator('.cm-content');
  await content.waitFor({ timeout: 30_000 });
  return content;
}

/**
 * Replaces the editor's text, as typing or pasting would (Playwright's fill() on a contenteditable
 * leaves CodeMirror an extra empty line).
 */
export async function fillCypher(page: Page, cypher: string): Promise<void> {
  await (await cypherEditor(page)).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  if (cypher !== '') await page.keyboard.insertText(cypher);
}

/** The editor's text, line by line as CodeMirror holds it. */
export async function cypherText(page: Page): Promise<string> {
  const lines = await (await cypherEditor(page)).locator('.cm-line').allTextContents();
  return lines.join('\n');
}
