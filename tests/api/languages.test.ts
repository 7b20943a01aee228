// One language at a time, on the nantong + demo datasets: the Chinese briefing holds no English
// sentence and the English one no Chinese (source notes, units, section numbers included), and every
// 400 or 404 a bad request gets says its Chinese reasons in Chinese and its English reasons in English.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/auth';
import { artifactPath } from '../helpers/browser';
import { briefingTestServer } from '../helpers/briefings';
import { errorTexts, hanRuns, latinPhrases, visibleText } from '../helpers/languages';

const fx = briefingTestServer();
let editor: ApiClient;

beforeAll(async () => {
  editor = await fx.login('editor');
});

describe('the briefing, in each language', () => {
  const view = async (lang: 'zh' | 'en'): Promise<string> => {
    const answer = await fx.get(`/api/briefings/view?scope=city&lang=${lang}`);
    expect(answer.status).toBe(200);
    const html = answer.body.toString('utf8');
    writeFileSync(artifactPath(`briefing-languages.${lang}.html`), html);
    return visibleText(html);
  };

  it('Chinese: no English sentence, domain-knowledge notes in Chinese', async () => {
    const text = await view('zh');
    expect(latinPhrases(text)).toEqual([]);
    expect(text).not.toMatch(/domain knowledge/i);
    expect(text).toContain('领域知识：电子信息典型价值链');
    expect(text).toContain('示例数据（虚构）：示例，并非真实机构');
    expect(text).toContain('亿元');
  });

  it('English: no Chinese, with English units, section numbers and source notes', async () => {
    const text = await view('en');
    expect(hanRuns(text)).toEqual([]);
    expect(text).toContain('≥ 780 billion yuan (2018)');
    expect(text).toContain('Domain knowledge: typical electronic information value chain');
    expect(text).not.toMatch(/domain knowledge: domain knowledge/i);
    expect(text).toMatch(/\b3\(4\) \(/);
  });
});

describe('the analyst questions, in each language', () => {
  it('download the targets question with English units in English and Chinese ones in Chinese', async () => {
    const en = await editor.get('/api/questions/targets-behind-or-no-data?format=csv&lang=en');
    expect(en.status).toBe(200);
    // The unit has its own column, so it is named, not applied to a value.
    expect(en.text).toContain('100 million yuan');
    expect(hanRuns(en.text)).toEqual([]);
    const zh = await editor.get('/api/questions/targets-behind-or-no-data?format=csv&lang=zh');
    expect(zh.text).toContain('亿元');
    expect(zh.text).not.toContain('million yuan');
  });
});

/** A bad request and what it must be refused with. */
interface Bad {
  what: string;
  send: () => Promise<{ status: number; body: unknown }>;
  status: number;
}

const csv = (rows: string[][]): string => rows.map((r) => r.join(',')).join('\n') + '\n';

const importFile = (template: string, rows: string[][]) => async () => {
  const answer = await editor.request('POST', `/api/import/files/${template}?dryRun=true&fileName=bad.csv`, {
    body: csv(rows),
    headers: { 'content-type': 'text/csv' },
  });
  return { status: answer.status, body: answer.body };
};

const get = (path: string) => async () => {
  const answer = await editor.get(path);
  return { status: answer.status, body: answer.body };
};

const post = (path: string, json: unknown) => async () => {
  const answer = await editor.post(path, json);
  return { status: answer.status, body: answer.body };
};

const BAD: Bad[] = [
  { what: 'briefing body with nothing in it', send: post('/api/briefings', {}), status: 400 },
  {
    what: 'briefing body of wrong types, bad values and an unknown key',
    send: post('/api/briefings', { scope: { kind: 'industries', ids: ['Not A Slug', 7] }, format: 'odt', lang: 'fr', extra: true }),
    status: 400,
  },
  { what: 'briefing body with an empty list', send: post('/api/briefings', { scope: { kind: 'industries', ids: [] }, format: 'pdf' }), status: 400 },
  { what: 'briefing view of an unknown industry', send: get('/api/briefings/view?industries=no-such-industry'), status: 400 },
  { what: 'briefing view with a bad language and an unknown parameter', send: get('/api/briefings/view?lang=fr&colour=red'), status: 400 },
  { what: 'neighbourhood with a bad id, a fraction and a number too big', send: get('/api/graph/neighbourhood?id=Bad_Id&depth=1.5&limit=99999'), status: 400 },
  { what: 'neighbourhood without its id', send: get('/api/graph/neighbourhood?depth=0'), status: 400 },
  { what: 'search with an empty and an overlong query', send: get(`/api/search?q=${'x'.repeat(101)}`), status: 400 },
  { what: 'gaps of an unknown severity', send: get('/api/gaps?severity=extreme'), status: 400 },
  { what: 'a node of a bad shape', send: post('/api/edit/nodes', { label: 'Industry', properties: { id: 'x y', nameZh: '', tier: 'ancient', founded: 'soon' } }), status: 400 },
  {
    what: 'import rows: a missing name, a bad id, an unknown tier, a word for a number',
    send: importFile('Industry', [
      ['id', 'nameZh', 'nameEn', 'tier'],
      ['lang-missing-name', '', 'No Chinese name', 'emerging'],
      ['Bad Id', '坏编号', 'Bad id', 'seed'],
      ['lang-bad-tier', '坏层级', 'Bad tier', 'ancient'],
    ]),
    status: 200,
  },
  {
    what: 'import rows: a chain link with a bad order and stage',
    send: importFile('ChainLink', [
      ['id', 'nameZh', 'nameEn', 'industryId', 'stage', 'order'],
      ['lang-link', '环节', 'Link', 'high-end-textiles', 'sideways', 'first'],
      ['lang-link-2', '环节二', 'Link 2', 'high-end-textiles', 'upstream', '-5'],
    ]),
    status: 200,
  },
  { what: 'import with an unknown column', send: importFile('Industry', [['id', 'nameZh', 'colour'], ['a', 'b', 'c']]), status: 200 },
  { what: 'gaps of an industry that does not exist', send: get('/api/industries/no-such-industry/gaps'), status: 404 },
  { what: 'the neighbourhood of a node that does not exist', send: get('/api/graph/neighbourhood?id=no-such-node'), status: 404 },
  { what: 'an import template that does not exist', send: get('/api/import/templates/NoSuchTemplate'), status: 404 },
  { what: 'import jobs with bad paging', send: get('/api/import/jobs?limit=0&state=lost'), status: 400 },
  {
    what: 'import with a file name that is a path',
    send: async () => {
      const answer = await editor.request('POST', '/api/import/files/Industry?dryRun=true&fileName=..%2Fbad.csv', {
        body: 'id\n',
        headers: { 'content-type': 'text/csv' },
      });
      return { status: answer.status, body: answer.body };
    },
    status: 400,
  },
];

describe('bad requests answer in each language', () => {
  it.each(BAD)('$what', async ({ send, status }) => {
    const answer = await send();
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    const texts = status === 200 ? importTexts(answer.body) : errorTexts(answer.body);
    expect(texts.zh.filter((t) => t !== '').length, JSON.stringify(answer.body)).toBeGreaterThan(0);
    for (const zh of texts.zh) expect(latinPhrases(zh), zh).toEqual([]);
    for (const en of texts.en) expect(hanRuns(en), en).toEqual([]);
  });
});

/** A dry run's row errors, by language. */
function importTexts(body: unknown): { en: string[]; zh: string[] } {
  const errors = (body as { errors?: { reason: string; reasonZh: string }[] }).errors ?? [];
  return { en: errors.map((e) => e.reason), zh: errors.map((e) => e.reasonZh) };
}
