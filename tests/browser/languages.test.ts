// One language at a time on screen, nantong + demo: a domain-knowledge note in the detail panel reads
// in Chinese or in English, never both; the overview's targets state English units in English.
import { expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns, latinPhrases } from '../helpers/languages';

const LOAD = { timeout: 30_000 };

describeInBrowser('languages on screen', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });

  it('shows a domain-knowledge note in the reader’s language only', async () => {
    const page = await fx.open('/nodes/haimen-district');
    const provenance = page.getByTestId('provenance');
    await provenance.waitFor(LOAD);
    const zh = await provenance.innerText();
    expect(zh).toContain('领域知识');
    expect(zh).toContain('2020年海门市撤市设立南通市海门区');
    expect(latinPhrases(zh)).toEqual([]);
    await page.screenshot({ path: artifactPath('languages-provenance.zh.png') });

    await page.goto(`${fx.server.baseUrl}/nodes/haimen-district?lang=en`);
    await expect.poll(() => provenance.innerText(), LOAD).toContain('Domain knowledge');
    const en = await provenance.innerText();
    expect(en).toContain('Haimen City became Haimen District of Nantong in 2020');
    expect(hanRuns(en)).toEqual([]);
    await page.screenshot({ path: artifactPath('languages-provenance.en.png') });
    await page.close();
  });

  it('states the overview’s targets with English units in English', async () => {
    const page = await fx.open('/?lang=en');
    const targets = page.getByTestId('targets');
    await targets.waitFor(LOAD);
    await targets.locator('table').waitFor(LOAD);
    const text = await targets.innerText();
    expect(text).toContain('780 billion yuan');
    expect(hanRuns(text)).toEqual([]);
    await targets.screenshot({ path: artifactPath('languages-targets.en.png') });
    await page.close();
  });
});
