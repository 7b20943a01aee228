// GET /api/briefings/view on the nantong + demo datasets: the HTML briefing of chosen industries or
// the city, dated by the latest recorded change, and bad scopes answered with 400.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/browser';
import { briefingTestServer, INDUSTRY, json } from '../helpers/briefings';

const fx = briefingTestServer();
const { get, row } = fx;

describe('GET /api/briefings/view', () => {
  it('serves the HTML view of chosen industries with inline chain diagrams', async () => {
    const second = fx.rows.find((r) => r.industry.id !== INDUSTRY)!;
    const answer = await get(`/api/briefings/view?scope=industry&industries=${INDUSTRY},${second.industry.id}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^inline; /);
    const html = answer.body.toString('utf8');
    writeFileSync(artifactPath('briefing-view.zh.html'), html);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(row(INDUSTRY).industry.nameZh);
    expect(html).toContain(second.industry.nameZh);
    // The industries in the order asked.
    expect(html.indexOf(`二、${row(INDUSTRY).industry.nameZh}`)).toBeLessThan(html.indexOf(`三、${second.industry.nameZh}`));
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<script');
  });

  it('dates the data by the latest recorded change', async () => {
    // An audit entry as every edit writes one; removed again so other tests see the seed as loaded.
    await fx.db.write((tx) => tx.run("CREATE (:AuditEntry {id: 'briefing-test', action: 'node.update', at: '2030-01-02T03:04:05.000Z'})"));
    try {
      const html = (await get(`/api/briefings/view?industries=${INDUSTRY}`)).body.toString('utf8');
      expect(html).toMatch(/数据截至<\/dt><dd>2030年1月2日 11:04（北京时间）<\/dd>/);
    } finally {
      await fx.db.write((tx) => tx.run("MATCH (a:AuditEntry {id: 'briefing-test'}) DELETE a"));
    }
    const html = (await get(`/api/briefings/view?industries=${INDUSTRY}`)).body.toString('utf8');
    expect(html).toContain('以生成时间为准');
  });

  it('serves the city in English', async () => {
    const answer = await get('/api/briefings/view?scope=city&lang=en');
    expect(answer.status).toBe(200);
    const html = answer.body.toString('utf8');
    expect(html).toContain('<html lang="en">');
    for (const r of fx.rows) expect(html).toContain(r.industry.nameEn.replace(/&/g, '&amp;'));
  });

  it('answers bad scopes with 400 naming the field, in English and Chinese', async () => {
    const unknown = await get('/api/briefings/view?industries=no-such-industry');
    expect(unknown.status).toBe(400);
    expect(json(unknown).error.details[0]).toMatchObject({ field: 'query.industries' });
    expect(json(unknown).error.details[0]?.reasonZh).toContain('no-such-industry');

    const mixed = await get(`/api/briefings/view?scope=city&industries=${INDUSTRY}`);
    expect(mixed.status).toBe(400);
    const empty = await get('/api/briefings/view?scope=industry');
    expect(empty.status).toBe(400);
    expect(json(empty).error.details[0]).toMatchObject({ field: 'query.industries', reasonZh: '请至少选择一个产业' });
    const lang = await get('/api/briefings/view?lang=fr');
    expect(lang.status).toBe(400);
    expect(json(lang).error.details[0]?.field).toBe('query.lang');
  });
});
