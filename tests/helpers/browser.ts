// Debian's Chromium driven by playwright-core (never a downloaded browser). Under CI a missing
// Chromium fails the run; elsewhere browser tests are skipped with one line saying why.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../../server/chromium';

export const CHROMIUM_PATH = CHROMIUM.executablePath;
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts');

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`CI is set but Chromium is missing at ${CHROMIUM_PATH} (apt-get install chromium)`);
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM.args] });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
