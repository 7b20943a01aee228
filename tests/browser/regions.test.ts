// The region page (/regions/:id) in Chromium on nantong + demo, on one shared page: a county's coverage
// checks, parks, firms by industry and link, and partners, each linking where the node lives; the city's
// county table and schematic tile map leading to a county (the map by keyboard too); the 延链 section's
// candidates, supports and few-regions warning against GET /api/related; Chinese first, then
// English with no Han on screen; empty and not-found states. Screenshots at 1440×900, 1280×720 and 390×844.
import type { Page } from 'playwright-core';
import type { Database } from '../../graph/db/database';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RegionMap, type MapValue } from '../../graph/model/regionMap';
import { RegionProfile } from '../../graph/model/regions';
import { RelatedView } from '../../graph/model/related';
import { artifactPath } from '../helpers/browser';
import { describeInBrowser, useBrowserFixture } from '../helpers/browserFixture';
import { hanRuns, latinPhrases } from '../helpers/languages';
import { getJson } from '../helpers/server';

const LOAD = { timeout: 30_000 };

/**
 * Illustrative firms in four counties, so the 延链 section has strengths and related candidates to show:
 * the demo's own county cells are all under the size floor of three firms.
 */
async function addCountyFirms(db: Database): Promise<void> {
  const cells = [
    ['haian-city', 'marine-engineering', 4],
    ['rugao-city', 'marine-engineering', 3],
    ['rugao-city', 'new-energy', 3],
    ['rudong-county', 'marine-engineering', 3],
    ['rudong-county', 'new-energy', 3],
    ['qidong-city', 'new-energy', 3],
    ['qidong-city', 'biomedicine', 3],
  ].map(([region, industry, n]) => ({ region, industry, n }));
  await db.write((tx) =>
    tx.run(
      `UNWIND $cells AS cell
       MATCH (r:Region {id: cell.region})
       CALL (cell) { MATCH (:Industry {id: cell.industry})-[:HAS_LINK]->(l:ChainLink) RETURN l ORDER BY l.id LIMIT 1 }
       UNWIND range(1, cell.n) AS k
       CREATE (f:Entity:Enterprise {id: 'test-' + cell.region + '-' + cell.industry + '-' + k, nameZh: '示例企业', nameEn: 'Example firm',
                                    sourceKind: 'illustrative', sourceRef: 'regions browser test'})
       CREATE (f)-[:LOCATED_IN {sourceKind: 'illustrative', sourceRef: 'regions browser test'}]->(r)
       CREATE (f)-[:COVERS {sourceKind: 'illustrative', sourceRef: 'regions browser test'}]->(l)`,
      { cells },
    ),
  );
}
/** The first profile also warms the gap engine and Neo4j's plans; a busy shared machine needs longer. */
const FIRST_LOAD = { timeout: 90_000 };
/** A map's first load runs the gap engine once per child region (seven counties): minutes on a busy machine. */
const MAP_LOAD = { timeout: 420_000 };

describeInBrowser('region page in Chromium', () => {
  const fx = useBrowserFixture({ datasets: ['nantong', 'demo'], viewport: { width: 1440, height: 900 }, prepare: addCountyFirms });
  let page: Page;

  beforeAll(async () => {
    page = await fx.open('/regions/haian-city');
  });
  afterAll(async () => {
    await page.close();
  });

  async function visit(path: string): Promise<void> {
    await page.goto(fx.server.baseUrl + path);
    await page.locator('[data-testid=region-gaps], .status-error').first().waitFor(FIRST_LOAD);
  }
  const text = () => page.locator('.region-page').innerText();
  const href = (selector: string) => page.locator(selector).first().getAttribute('href');

  it('shows a county’s gaps, parks, firms and partners in Chinese, each linking where it lives', async () => {
    await page.getByTestId('region-gaps').waitFor(FIRST_LOAD);
    await expect.poll(() => page.locator('h1').innerText(), LOAD).toContain('海安市');
    const checks = page.getByTestId('coverage-check');
    expect(await checks.count()).toBe(2);
    expect(await checks.nth(0).innerText()).toContain('已有');
    expect(await checks.nth(0).locator('a').getAttribute('href')).toBe('/nodes/demo-park-sutong-intelligent-equipment');
    const missing = await checks.nth(1).innerText();
    expect(missing).toContain('缺');
    expect(missing).toContain('没有记录省级以上高新区');

    const park = page.getByTestId('region-park');
    expect(await park.count()).toBe(1);
    expect(await park.locator('a[href="/industries/intelligent-equipment"]').count()).toBe(1);
    expect(await park.locator('a[href="/regions/sunan"]').count()).toBe(1);

    const profile = RegionProfile.parse((await getJson(fx.server.baseUrl, '/api/regions/haian-city/profile')).body);
    const firstGroup = profile.firms[0];
    const firstLink = firstGroup?.links[0];
    expect(firstLink).toBeDefined();
    const firms = page.getByTestId('region-firms');
    expect(await firms.getByTestId('firm-industry').count()).toBe(profile.firms.length);
    const firm = firstLink?.firms[0];
    expect(await href(`[data-testid=region-firms] a[href="/industries/${firstGroup?.industry.id}?node=${firm?.id}"]`)).toBeTruthy();
    expect(await href(`[data-testid=region-firms] a[href="/industries/${firstGroup?.industry.id}?node=${firstLink?.link.id}"]`)).toBeTruthy();

    const partners = page.getByTestId('region-partners');
    expect(await partners.innerText()).toContain('苏南');
    expect(await partners.locator('a[href="/nodes/demo-sunan-robotics-institute"]').count()).toBe(1);

    // 延链: the API's candidates with a related strength, in its order, each linking to its chain and its supports'.
    const related = RelatedView.parse((await getJson(fx.server.baseUrl, '/api/related?region=haian-city')).body);
    const listed = related.candidates.filter((c) => c.density > 0);
    expect(listed.length).toBeGreaterThan(0);
    const section = page.getByTestId('region-related');
    await section.getByTestId('related-basis').waitFor(LOAD);
    expect(await section.getByTestId('related-basis').innerText()).toContain(`${related.regionCount} 个同级地区`);
    const items = section.getByTestId('related-candidate');
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-industry')))).toEqual(listed.map((c) => c.industry.id));
    const first = listed[0]!;
    expect(await items.first().locator('a').first().getAttribute('href')).toBe(`/industries/${first.industry.id}`);
    expect(await items.first().getByTestId('related-density').innerText()).toBe(`关联密度 ${Math.round(first.density * 100)}%`);
    const supportHrefs = await items.first().getByTestId('related-support').locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(supportHrefs).toEqual(first.supports.map((s) => `/industries/${s.industry.id}`));
    expect(await section.getByTestId('related-strengths').locator('a').count()).toBe(related.strengths.length);
    expect(latinPhrases(await text())).toEqual([]);
    await page.screenshot({ path: artifactPath('regions-county.zh.1440.png'), fullPage: true });
    await section.screenshot({ path: artifactPath('regions-related.zh.1440.png') });
  });

  it('switches to English with no Han on screen, and keeps the language in the URL', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('h1').innerText(), LOAD).toContain("Hai'an City");
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(hanRuns(await text())).toEqual([]);
    expect(await href('[data-testid=region-park] a')).toBe('/nodes/demo-park-sutong-intelligent-equipment?lang=en');
    await page.screenshot({ path: artifactPath('regions-county.en.1280.png') });
    const related = page.getByTestId('region-related');
    await expect.poll(() => related.getByTestId('related-density').first().innerText(), LOAD).toMatch(/^Density \d+%$/);
    expect(hanRuns(await related.innerText())).toEqual([]);
    await related.screenshot({ path: artifactPath('regions-related.en.1280.png') });
    // On a phone the section fits the screen and nothing in it scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = (await related.boundingBox())!;
    expect([box.x >= 0, box.x + box.width <= 390]).toEqual([true, true]);
    expect(await related.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await related.screenshot({ path: artifactPath('regions-related.en.390.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('lang-zh').click();
    await expect.poll(() => page.locator('h1').innerText(), LOAD).toContain('海安市');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('lists a city’s counties with their gap counts; a county opens its own page', async () => {
    await page.locator('.breadcrumb a[href="/regions/nantong"]').click();
    await page.getByTestId('county-table').waitFor(LOAD);
    const city = RegionProfile.parse((await getJson(fx.server.baseUrl, '/api/regions/nantong/profile')).body);
    // Nantong is the only city in this graph: its 延链 section says so few regions mean little.
    const cityRelated = RelatedView.parse((await getJson(fx.server.baseUrl, '/api/related?region=nantong')).body);
    expect(cityRelated.fewRegions).toBe(true);
    await expect.poll(() => page.getByTestId('related-few').innerText(), LOAD).toContain(`只有 ${cityRelated.ratedRegionCount} 个地区有可评的产业`);
    const rows = page.locator('[data-testid=county-table] tbody tr');
    expect(await rows.count()).toBe(city.counties.length);
    for (const [i, county] of city.counties.entries()) {
      expect(await rows.nth(i).locator('td.num').innerText()).toBe(String(county.gapCount));
    }
    // The tile map: one tile per county, each showing the map API's score and linking to the county.
    const countyMap = page.getByTestId('tile-map');
    await countyMap.waitFor(MAP_LOAD);
    const map = RegionMap.parse((await getJson(fx.server.baseUrl, '/api/regions/nantong/map')).body);
    expect(await countyMap.getByTestId('map-tile').count()).toBe(map.children.length);
    expect(map.children.map((c) => c.region.id).sort()).toEqual(city.counties.map((c) => c.region.id).sort());
    const tileOf = (id: string) => countyMap.locator(`[data-testid=map-tile][data-region="${id}"]`);
    const shown = (v: MapValue, digits: number) => (v.status === 'rated' ? (v.value ?? 0).toFixed(digits) : v.status === 'too-small' ? '过少' : '无数据');
    for (const county of map.children) {
      expect(await tileOf(county.region.id).getAttribute('href')).toBe(`/regions/${county.region.id}`);
      expect(await tileOf(county.region.id).getByTestId('tile-value').innerText()).toBe(shown(county.score, 1));
    }
    // Laid out like the land: 海安 north of 崇川, 启东 east of 海门, the partners south of the river.
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    expect((await box('[data-region=haian-city]')).y).toBeLessThan((await box('[data-region=chongchuan-district]')).y);
    expect((await box('[data-region=qidong-city]')).x).toBeGreaterThan((await box('[data-region=haimen-district]')).x);
    expect((await box('[data-testid=tile-map] [data-testid=partner-tile]')).y).toBeGreaterThan((await box('[data-testid=tile-map] .tile-river')).y);
    expect(await countyMap.locator('.tile-river').innerText()).toBe('长江');
    const partnerHrefs = await countyMap.getByTestId('partner-tile').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(partnerHrefs.sort()).toEqual(city.partnerRegions.map((r) => `/regions/${r.id}`).sort());
    const legend = countyMap.getByTestId('tile-legend');
    expect(await legend.innerText()).toContain('“六个一”平均得分');
    // The measure switch recolours both maps from the same data and is kept in the URL.
    await page.getByTestId('tile-measure').selectOption('gaps');
    await expect.poll(() => legend.innerText(), LOAD).toContain('缺口数');
    expect(new URL(page.url()).searchParams.get('measure')).toBe('gaps');
    for (const county of map.children) {
      expect(await tileOf(county.region.id).getByTestId('tile-value').innerText()).toBe(shown(county.gaps, 0));
    }
    // The province's map: Nantong's tile outlined as this region, the cities the graph lacks kept in place
    // as no data, Shanghai across the river beside 苏南.
    const province = page.getByTestId('province-map');
    await province.waitFor(MAP_LOAD);
    const own = province.locator('[data-testid=map-tile][data-region=nantong]');
    expect(await own.getAttribute('aria-current')).toBe('page');
    expect(await province.getByTestId('map-tile').count() + (await province.getByTestId('map-tile-absent').count())).toBe(13);
    expect(await province.locator('[data-testid=map-tile-absent][data-region=xuzhou]').innerText()).toContain('无数据');
    const shanghai = province.locator('[data-testid=partner-tile][data-region=shanghai]');
    expect((await shanghai.boundingBox())!.y).toBeGreaterThan((await province.locator('.tile-river').boundingBox())!.y);
    expect((await own.boundingBox())!.y).toBeLessThan((await province.locator('.tile-river').boundingBox())!.y);
    expect(await province.locator('.tile-group a[href="/regions/sunan"]').innerText()).toBe('苏南');
    await page.screenshot({ path: artifactPath('regions-city.zh.1440.png'), fullPage: true });
    await page.getByTestId('region-maps').screenshot({ path: artifactPath('regions-city-maps.zh.1440.png') });
    await page.locator('[data-testid=county-table] a[href="/regions/haimen-district"]').click();
    await expect.poll(() => page.locator('h1').innerText(), LOAD).toContain('海门区');
    expect(await page.getByTestId('coverage-check').nth(0).innerText()).toContain('缺');
    expect(new URL(page.url()).pathname).toBe('/regions/haimen-district');
    // A county beside its siblings: the same figures, its own row marked in words.
    const siblings = page.getByTestId('sibling-table');
    await siblings.waitFor(MAP_LOAD);
    // The table can stand before its rows arrive (CI once counted 0 of 7): wait for them.
    await expect.poll(() => siblings.locator('tbody tr').count(), MAP_LOAD).toBe(map.children.length);
    const mine = siblings.locator('tr[aria-current=page]');
    expect(await mine.getAttribute('data-region')).toBe('haimen-district');
    expect(await mine.innerText()).toContain('当前地区');
    const haimen = map.children.find((c) => c.region.id === 'haimen-district')!;
    expect(await mine.locator('td[data-measure=score]').innerText()).toBe(shown(haimen.score, 1));
    expect(await mine.locator('td[data-measure=gaps]').innerText()).toBe(shown(haimen.gaps, 0));
    await page.getByTestId('region-maps').screenshot({ path: artifactPath('regions-county-siblings.zh.1440.png') });
    // The province page: its cities' map.
    await visit('/regions/jiangsu');
    await page.locator('[data-testid=tile-map] [data-region=nantong]').waitFor(MAP_LOAD);
    await page.getByTestId('region-maps').screenshot({ path: artifactPath('regions-province-map.zh.1440.png') });
  }, 600_000);

  it('shows the maps in English at 1280 and across a phone, by LQ; a tile opens its county from the keyboard', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await visit('/regions/nantong?lang=en&measure=lq');
    const map = page.getByTestId('tile-map');
    await map.waitFor(MAP_LOAD);
    // An LQ needs an industry: the first one with firms is chosen and written into the URL.
    await expect.poll(() => new URL(page.url()).searchParams.get('industry'), MAP_LOAD).toBeTruthy();
    const industry = new URL(page.url()).searchParams.get('industry') ?? '';
    const data = RegionMap.parse((await getJson(fx.server.baseUrl, `/api/regions/nantong/map?industry=${industry}`)).body);
    const tileValue = (id: string) => map.locator(`[data-testid=map-tile][data-region="${id}"] [data-testid=tile-value]`).innerText();
    for (const county of data.children) {
      const want = county.lq.status === 'rated' ? (county.lq.value ?? 0).toFixed(2) : county.lq.status === 'too-small' ? 'Too few' : 'No data';
      await expect.poll(() => tileValue(county.region.id), MAP_LOAD).toBe(want);
    }
    expect(hanRuns(await page.getByTestId('region-maps').innerText())).toEqual([]);
    expect(await map.locator('.tile-river').innerText()).toMatch(/^Yangtze River$/i);
    expect(await map.getByTestId('tile-legend').innerText()).toContain('Location quotient');
    await page.locator('[data-testid=province-map] [data-region=nantong]').waitFor(MAP_LOAD);
    await page.getByTestId('region-maps').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('regions-city-map.en.1280.png') });
    await page.getByTestId('province-map').screenshot({ path: artifactPath('regions-province-map.en.1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const testId of ['tile-map', 'province-map']) {
      const mapBox = (await page.getByTestId(testId).boundingBox())!;
      expect(mapBox.x).toBeGreaterThanOrEqual(0);
      expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(390);
    }
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('regions-city-map.en.390.png') });
    await page.getByTestId('province-map').screenshot({ path: artifactPath('regions-province-map.en.390.png') });
    const qidong = map.locator('[data-testid=map-tile][data-region=qidong-city]');
    expect(await qidong.getAttribute('href')).toBe('/regions/qidong-city?lang=en');
    await qidong.focus();
    await map.screenshot({ path: artifactPath('regions-city-map-focus.en.390.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').innerText(), LOAD).toContain('Qidong');
    expect(new URL(page.url()).pathname).toBe('/regions/qidong-city');
    const siblings = page.getByTestId('sibling-table');
    await siblings.waitFor(MAP_LOAD);
    expect(await siblings.locator('tr[aria-current=page]').getAttribute('data-region')).toBe('qidong-city');
    expect(hanRuns(await page.getByTestId('region-maps').innerText())).toEqual([]);
    await page.getByTestId('region-maps').screenshot({ path: artifactPath('regions-county-siblings.en.390.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 600_000);

  it('reads on a phone, and keyboard users jump to a section', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visit('/regions/tongzhou-district');
    await page.screenshot({ path: artifactPath('regions-county-full.zh.390.png'), fullPage: true });
    await page.locator('.region-sections a[href="#region-firms"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#region-firms');
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: artifactPath('regions-county-firms.zh.390.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('says so when a region has nothing recorded, and when there is no such region', async () => {
    await visit('/regions/zhongguancun');
    expect(await text()).toContain('该地区没有记录的园区。');
    expect(await text()).toContain('该地区不属于覆盖评估的范围。');
    await visit('/regions/no-such-region?lang=en');
    const alert = page.getByRole('alert');
    await alert.waitFor(LOAD);
    expect(await alert.innerText()).toContain('Region "no-such-region" not found');
    await page.screenshot({ path: artifactPath('regions-missing.en.1440.png') });
  });
});
