// The import page in Chromium against the real API: templates per type, a dry run that lists the bad
// row with its column and reason (and writes nothing), then a good file committed as a job whose
// progress is followed to the end.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ApiClient, type TestUser } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';

const LOAD = { timeout: 30_000 };

/** A CSV of new enterprises; `bad` rows get an id that is not a slug. */
function enterprisesCsv(prefix: string, count: number, bad: readonly number[] = []): string {
  const lines = ['id,nameZh,nameEn,highTech'];
  for (let i = 1; i <= count; i += 1) {
    const id = bad.includes(i) ? `Bad Id ${i}` : `${prefix}-${i}`;
    lines.push(`${id},导入测试企业${i},Import Test Firm ${i},${i % 2 === 0 ? '是' : 'no'}`);
  }
  return `${lines.join('\n')}\n`;
}

describeInBrowser('import page', () => {
  const fx = useBrowserFixture({ datasets: ['nantong'] });
  let editor: TestUser;

  beforeAll(async () => {
    editor = await fx.user('editor');
  });

  async function importPage(): Promise<Page> {
    const page = await fx.open('/', { as: editor, acceptDownloads: true });
    // The link may sit in the header's "more" menu when the row is full (问题清单 joined the header).
    await page.getByTestId('app-header').waitFor(LOAD);
    const more = page.getByTestId('nav-more');
    if ((await more.count()) > 0 && !(await page.getByTestId('nav-import').isVisible())) await more.click();
    await page.getByTestId('nav-import').click();
    await page.getByTestId('template-columns').waitFor(LOAD);
    return page;
  }

  async function count(prefix: string): Promise<number> {
    const result = await fx.db.read((tx) => tx.run('MATCH (n:Enterprise) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', { prefix }));
    return result.records[0]?.get('n') as number;
  }

  it('offers each type with its columns and templates in the reader’s language', async () => {
    const page = await importPage();
    await page.getByTestId('import-target').selectOption('Enterprise');
    await page.waitForURL('**/import?target=Enterprise', LOAD);
    const header = await page.locator('[data-testid=template-columns] tbody th').allInnerTexts();
    const names = header.map((h) => h.replace('*', '').trim());
    expect(names.slice(0, 8)).toEqual(['id', 'nameZh', 'nameEn', 'descriptionZh', 'descriptionEn', 'aliasesZh', 'aliasesEn', 'highTech']);
    expect(names.slice(-4)).toEqual(['sourceKind', 'sourceRef', 'sourceUrl', 'observedAt']);
    // Provenance columns say what the import fills in, in the reader's language.
    await expect.poll(() => page.locator('.template-columns').innerText(), LOAD).toContain('留空为“文件名#行号”');
    const [download] = await Promise.all([page.waitForEvent('download', LOAD), page.getByTestId('template-csv').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    // Chinese headers (the page is in Chinese), after a byte-order mark for Excel.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const chineseHeaders = await page.locator('[data-testid=template-columns] tbody td:nth-child(2)').allInnerTexts();
    expect(text.slice(1).trim().split(',')).toEqual(chineseHeaders);

    // A relationship type says which labels its ends may have.
    await page.getByTestId('import-target').selectOption('COVERS');
    await expect.poll(() => page.locator('.template-columns').innerText(), LOAD).toContain('产业链环节');
    await page.screenshot({ path: artifactPath('import-template.png'), fullPage: true });
    await page.close();
  });

  it('lists the bad row with its column and reason in a dry run, and writes nothing', async () => {
    const csv = enterprisesCsv('dry-run-firm', 5, [3]);
    const file = artifactPath('import-bad.csv');
    writeFileSync(file, csv);
    // What the server reports for this file, asked directly.
    const api = new ApiClient(fx.server.baseUrl);
    await api.login(editor.username, editor.password);
    const expected = await api.request<{ errors: { row: number; column: string; reasonZh: string }[]; counts: { create: number } }>(
      'POST',
      '/api/import/files/Enterprise?dryRun=true&fileName=import-bad.csv',
      { body: csv, headers: { 'content-type': 'text/csv' } },
    );
    expect(expected.status).toBe(200);
    expect(expected.body.errors).toHaveLength(1);
    const problem = expected.body.errors[0];
    expect(problem?.column).toBe('id');

    const page = await importPage();
    await page.getByTestId('import-target').selectOption('Enterprise');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-dry-run').click();
    const report = page.getByTestId('dry-run-report');
    await report.waitFor(LOAD);
    expect(await report.getAttribute('data-valid')).toBe('false');
    expect(await report.innerText()).toContain('发现 1 处问题，未写入任何数据');
    const row = page.locator(`[data-testid=row-errors] tbody tr[data-row="${problem?.row}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-column')).toBe('id');
    expect(await row.innerText()).toContain(problem?.reasonZh ?? '(none)');
    expect(await page.locator('[data-testid=planned-counts] [data-count=create] dd').innerText()).toBe(String(expected.body.counts.create));
    // A file with a bad row cannot be committed.
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.screenshot({ path: artifactPath('import-dry-run.png'), fullPage: true });
    expect(await count('dry-run-firm')).toBe(0);
    await page.close();
  });

  it('commits a good file and follows its progress to the end', async () => {
    const rows = 300;
    const file = artifactPath('import-good.csv');
    writeFileSync(file, enterprisesCsv('good-firm', rows));
    const page = await importPage();
    await page.getByTestId('import-target').selectOption('Enterprise');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('dry-run-report').waitFor(LOAD);
    expect(await page.getByTestId('dry-run-report').getAttribute('data-valid')).toBe('true');
    expect(await page.locator('[data-testid=planned-counts] [data-count=create] dd').innerText()).toBe(String(rows));

    // Hold the first progress poll, so the page is seen mid-way, then let the job run to its end.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async (route: Route) => {
      await gate;
      await route.continue();
    };
    await page.route('**/api/import/jobs/*', hold);
    await page.getByTestId('import-commit').click();
    const progress = page.getByTestId('import-progress');
    await progress.waitFor(LOAD);
    await expect.poll(() => progress.getAttribute('data-status'), LOAD).toMatch(/^(validating|writing)$/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await page.screenshot({ path: artifactPath('import-progress.png') });
    release();
    await expect.poll(() => progress.getAttribute('data-status'), LOAD).toBe('done');
    await page.unroute('**/api/import/jobs/*', hold);
    expect(await page.getByTestId('import-status').innerText()).toBe('已完成');
    expect(await progress.innerText()).toContain(`${rows} / ${rows} 行`);
    expect(await page.locator('[data-testid=written-counts] [data-count=create] dd').innerText()).toBe(String(rows));
    const bar = page.getByTestId('import-progress-bar');
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    expect(await count('good-firm')).toBe(rows);
    const provenance = await fx.db.read((tx) => tx.run("MATCH (n:Enterprise {id: 'good-firm-1'}) RETURN n.sourceKind AS kind, n.sourceRef AS ref"));
    expect(provenance.records[0]?.get('kind')).toBe('import');
    expect(provenance.records[0]?.get('ref')).toBe('import-good.csv#2');
    // The recent imports list shows the job.
    await expect.poll(() => page.locator('.recent-imports').innerText(), LOAD).toContain('import-good.csv');
    await page.screenshot({ path: artifactPath('import-done.png'), fullPage: true });
    await page.close();
  });
});
