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

  it("counts each link's local and outside firms in the diagram as the graph has them", async () => {
    // Local as the gap engine has it: located in Nantong, directly, through a park or a region part of it.
    const links = await fx.scalar<{ id: string; firms: unknown; local: unknown }[]>(
      `MATCH (:Industry {id: $id})-[:HAS_LINK]->(l:ChainLink)
       OPTIONAL MATCH (m:Enterprise)-[:COVERS]->(l)
       WITH l, m, m IS NOT NULL AND EXISTS { MATCH (m)-[:LOCATED_IN*1..3]->(:Region)-[:PART_OF*0..]->(:Region {id: 'nantong'}) } AS local
       WITH l, count(m) AS firms, count(CASE WHEN local THEN 1 END) AS local
       RETURN collect({id: l.id, firms: firms, local: local}) AS links`,
      { id: INDUSTRY },
      'links',
    );
    const expected = links.map((l) => ({ id: l.id, firms: Number(l.firms), local: Number(l.local) }));
    // The seed has both cases the marks must tell apart: local firms, and a link served from outside only.
    expect(expected.some((l) => l.local > 0)).toBe(true);
    expect(expected.some((l) => l.firms > 0 && l.local === 0)).toBe(true);
    for (const lang of ['zh', 'en'] as const) {
      const html = (await get(`/api/briefings/view?industries=${INDUSTRY}&lang=${lang}`)).body.toString('utf8');
      const count = (linkId: string, key: string): string | undefined =>
        new RegExp(`<g data-link="${linkId}">.*?data-count="${key}">([^<]*)<`).exec(html)?.[1];
      for (const link of expected) {
        const drawn = [count(link.id, 'firms')?.replace('*', ''), count(link.id, 'local'), count(link.id, 'outside')];
        expect(drawn, link.id).toEqual([link.firms, link.local, link.firms - link.local].map(String));
      }
      for (const word of lang === 'zh' ? ['>本地<', '>外地<', '>本地企业（位于分析地区内）<', '>外地企业<'] : ['>local<', '>outside<', '>outside firm<']) {
        expect(html).toContain(word);
      }
    }
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
    // The map of the city's counties by score, with its caption naming the city.
    expect(html).toMatch(/<svg [^>]*data-map="nantong"[^>]*>.*?<\/svg><figcaption>Average six-ones score of the regions within Nantong /s);
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
