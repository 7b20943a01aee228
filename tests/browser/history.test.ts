// History in the explorer (issue 18 §2): after an editor deletes a lead firm's LEADS through the API, the
// overview's "changes since" panel (?since=) lists exactly that fact and the gap it opened, the matrix shows
// the score it cost as "(▼n)", and ?asOf= before the delete shows the old matrix under a banner with a way
// back to now; a date before the history began is the server's 400, shown. Screenshots history-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ChangesView, GapMatrix } from '../../graph/model';
import { loginAs } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns } from '../helpers/languages';

const LOAD = { timeout: 30_000 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeInBrowser('history in the explorer', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'] });
  let page: Page;
  let before: GapMatrix;
  let changes: ChangesView;
  let industryId = '';
  let firmName = '';
  let beforeEdit = '';
  let editorName = '';

  beforeAll(async () => {
    const editor = await loginAs(fx.server.baseUrl, fx.db, 'editor');
    editorName = editor.user.username;
    before = GapMatrix.parse((await editor.get('/api/gaps/matrix')).body);
    const row = before.rows.find((r) => (r.cells.leadFirm?.holders.length ?? 0) === 1);
    const firm = row?.cells.leadFirm?.holders[0];
    if (!row || !firm) throw new Error('the seeded matrix needs an industry with exactly one lead firm');
    industryId = row.industry.id;
    firmName = firm.nameZh;
    await pause(20);
    beforeEdit = new Date().toISOString();
    await pause(20);
    const key = `LEADS/${firm.id}/${industryId}`;
    const current = await editor.get<{ version: number }>(`/api/edit/relationships/${key}`);
    expect(current.status).toBe(200);
    expect((await editor.request('DELETE', `/api/edit/relationships/${key}?version=${current.body.version}`)).status).toBe(200);
    const answer = await editor.get(`/api/changes?since=${encodeURIComponent(beforeEdit)}`);
    expect(answer.status, answer.text).toBe(200);
    changes = ChangesView.parse(answer.body);
    page = await fx.open(`/?since=${encodeURIComponent(beforeEdit)}`);
  });
  afterAll(async () => {
    await page.close();
  });

  it('lists the deleted LEADS with its opened gap, and the matrix shows the score it cost', async () => {
    const panel = page.getByTestId('changes-panel');
    const fact = panel.getByTestId('change-fact');
    await fact.first().waitFor(LOAD);
    expect(await fact.count()).toBe(1);
    expect(await fact.getAttribute('data-op')).toBe('end');
    const text = await fact.innerText();
    expect(text).toMatch(/^－删除 /);
    expect(text).toContain(`${firmName} —龙头带动→ `);
    expect(text).toContain(`${editorName}（编辑）`);
    expect(await panel.locator('h2').innerText()).toMatch(/^自 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 以来的变化$/);

    const opened = await panel.getByTestId('gaps-opened').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-gap')));
    expect(opened).toEqual(changes.consequences.gapsOpened.map((g) => g.id));
    expect(changes.consequences.gapsOpened.some((g) => g.ruleId === 'six-ones-lead-firm' && g.subject.id === industryId)).toBe(true);

    const score = changes.consequences.scores.find((s) => s.industry.id === industryId);
    const delta = Math.round(score?.after ?? 0) - Math.round(score?.before ?? 0);
    expect(delta).toBeLessThan(0);
    expect(await panel.getByTestId('score-changes').locator(`li[data-industry="${industryId}"]`).textContent()).toContain(`→ ${Math.round(score?.after ?? 0)} (▼${-delta}下降 ${-delta})`);
    const cell = page.getByTestId('matrix').locator(`tr[data-industry="${industryId}"] .score-cell`);
    await cell.getByTestId('score-delta').waitFor(LOAD);
    // The mark and figure on screen, the words for screen readers.
    expect(await cell.getByTestId('score-delta').textContent()).toBe(`(▼${-delta}下降 ${-delta})`);
    await page.screenshot({ path: artifactPath('history-changes.zh.png'), fullPage: true });

    // The row opens the chain with ?since= kept: the industry and the firm are ringed, and the legend says so.
    await page.getByTestId('matrix').locator(`tr[data-industry="${industryId}"]`).click();
    const legend = page.getByTestId('changed-legend');
    await legend.waitFor(LOAD);
    expect(new URL(page.url()).searchParams.get('since')).toBe(beforeEdit);
    const fact0 = changes.facts[0]?.relationship;
    const ends = [fact0?.from.id, fact0?.to.id].filter((id): id is string => typeof id === 'string');
    await page.waitForFunction(() => window.__innochainCy !== undefined, undefined, LOAD);
    const ringed = await page.evaluate(() => (window.__innochainCy?.$('node.changed').map((n) => n.id()) ?? []).sort());
    const drawn = await page.evaluate((ids) => ids.filter((id) => window.__innochainCy?.getElementById(id).nonempty()), ends);
    expect(ringed).toEqual([...drawn].sort());
    expect(ringed).toContain(industryId);
    expect(await legend.innerText()).toContain(`以来有变化的节点（本图 ${drawn.length} 个）`);
    await page.screenshot({ path: artifactPath('history-chain.zh.png') });
  });

  it('shows the old matrix as of before the delete under a banner, and goes back to now in one click', async () => {
    const beforeRow = before.rows.find((r) => r.industry.id === industryId);
    await page.goto(`${fx.server.baseUrl}/?asOf=${encodeURIComponent(beforeEdit)}`);
    const banner = page.getByTestId('as-of-banner');
    await banner.waitFor(LOAD);
    expect(await banner.innerText()).toMatch(/正在查看 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 的记录/);
    const row = page.getByTestId('matrix').locator(`tr[data-industry="${industryId}"]`);
    await row.waitFor(LOAD);
    expect(await row.locator('.score-value').innerText()).toBe(String(Math.round(beforeRow?.score.total ?? -1)));
    const leadCell = row.locator('td[data-status]').nth(before.slots.indexOf('leadFirm'));
    expect(await leadCell.innerText()).toContain(firmName);
    await page.screenshot({ path: artifactPath('history-asof.zh.png'), fullPage: true });

    // The row opens the chain as of the same moment: the banner again, the firm still leads it in the
    // drawing, and no edit control (a past record is read, not edited).
    await row.click();
    await page.getByTestId('as-of-banner').waitFor(LOAD);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(beforeEdit);
    await page.waitForFunction(() => window.__innochainCy !== undefined, undefined, LOAD);
    const edges = await page.evaluate(
      () => window.__innochainCy?.edges().map((e) => ({ type: String(e.data('type')), from: e.source().id(), to: e.target().id() })) ?? [],
    );
    const leads = edges.filter((e) => e.type === 'LEADS' && e.to === industryId).map((e) => e.from);
    expect(leads).toEqual([before.rows.find((r) => r.industry.id === industryId)?.cells.leadFirm?.holders[0]?.id]);
    expect(await page.getByTestId('create-node').count()).toBe(0);
    await page.screenshot({ path: artifactPath('history-chain-asof.zh.png') });
    await page.goto(`${fx.server.baseUrl}/?asOf=${encodeURIComponent(beforeEdit)}`);
    await row.waitFor(LOAD);

    await page.getByTestId('as-of-clear').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf'), LOAD).toBeNull();
    await expect.poll(() => leadCell.innerText(), LOAD).not.toContain(firmName);
  });

  it('shows the server’s 400 for a date before the history began, and reads in English', async () => {
    const input = page.getByTestId('as-of-input');
    await input.focus();
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await input.fill(yesterday);
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf'), LOAD).toBe(yesterday);
    const alert = page.locator('.matrix-section [role=alert]');
    await alert.waitFor(LOAD);
    expect(await alert.innerText()).toContain('历史记录始于');

    await page.goto(`${fx.server.baseUrl}/?since=${encodeURIComponent(beforeEdit)}&lang=en`);
    const panel = page.getByTestId('changes-panel');
    await panel.getByTestId('change-fact').waitFor(LOAD);
    expect(await panel.getByTestId('change-fact').innerText()).toMatch(/^－Ended /);
    expect(await panel.locator('h2').innerText()).toMatch(/^Changes since /);
    expect(hanRuns(await panel.locator('h2, h3, h4').allInnerTexts().then((t) => t.join(' ')))).toEqual([]);
    await panel.screenshot({ path: artifactPath('history-panel.en.png') });
  });
});
