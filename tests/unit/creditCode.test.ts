// The unified social credit code's check character (GB 32100-2015): weights 3^i mod 31 over the first
// 17 characters in a 31-character alphabet. A code with any one character changed, or two neighbours
// swapped, no longer checks; a wrong shape is told apart from a wrong check character, and the model
// names the reason in both languages.
import { describe, expect, it } from 'vitest';
import { Enterprise } from '../../graph/model';
import { creditCodeCheckCharacter, creditCodeProblem } from '../../graph/model/creditCode';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/**
 * Real codes, copied exactly as printed in the party lines of three court judgments (中国裁判文书网 copies
 * on cbi360.net), each page read on 2026-12-06. None is a Nantong organisation: no page in reach printed a
 * Nantong code in its readable part (seeds/nantong-public/REVIEW.md §1).
 */
const JUDGMENT_HANGZHOU = 'https://m.cbi360.net/hhb/sg_2934455/fy_23909441.html'; // (2022)浙0108民初45号
const JUDGMENT_QINGDAO = 'https://m.cbi360.net/hhb/sg_939050/fy_21018780.html'; // (2022)鲁02民终10620号
const JUDGMENT_YONGCHUAN = 'https://m.cbi360.net/hhb/sg_1624090/fy_17376985.html'; // (2020)渝0118民初1720号
const REAL = [
  { code: '91320115MA1MH3HLXL', organisation: '南京市中恒智慧科技有限公司', url: JUDGMENT_HANGZHOU },
  { code: '91330000734500338C', organisation: '聚光科技(杭州)股份有限公司', url: JUDGMENT_HANGZHOU },
  { code: '91340406MA2U7B276K', organisation: '淮南市聚集环保科技有限公司', url: JUDGMENT_HANGZHOU },
  { code: '91440000231124633F', organisation: '广东建设工程监理有限公司', url: JUDGMENT_HANGZHOU },
  { code: '91370800706352702D', organisation: '迪尔集团有限公司', url: JUDGMENT_QINGDAO },
  { code: '91321100141380019X', organisation: '中国能源建设集团江苏省电力建设第三工程有限公司', url: JUDGMENT_QINGDAO },
  { code: '913702000920781620', organisation: '青岛润亿清洁能源有限公司', url: JUDGMENT_QINGDAO },
  { code: '91310115744224306E', organisation: '中机国能电力工程有限公司', url: JUDGMENT_QINGDAO },
  { code: '91310000100006397J', organisation: '中国能源工程集团有限公司', url: JUDGMENT_QINGDAO },
  { code: '91500109742886752H', organisation: '重庆桂溪建设工程有限公司', url: JUDGMENT_YONGCHUAN },
  { code: '91500116686219153C', organisation: '重庆市江津区滨江新城开发建设集团有限公司', url: JUDGMENT_YONGCHUAN },
];
/**
 * Made-up bodies (first 17 characters) of the standard's shape, to cover shapes the real codes above do not:
 * 12 (institution), 52 (social organisation), 31 and letters in several subject-code positions.
 */
const BODIES = ['91320600MA1M77770', '91320681138320H50', '12320600466000372', '52320623MJ0000123', '9132061271403KP1A', '31320000000000000'];
const complete = (body: string) => body + creditCodeCheckCharacter(body);
const CODES = [...REAL.map((real) => real.code), ...BODIES.map(complete)];

/** Every code with exactly one character changed to another the shape allows there. */
function singleChanges(code: string): string[] {
  const changed: string[] = [];
  for (let i = 0; i < 18; i += 1) {
    const allowed = i >= 2 && i < 8 ? '0123456789' : ALPHABET;
    for (const other of allowed) if (other !== code[i]) changed.push(code.slice(0, i) + other + code.slice(i + 1));
  }
  return changed;
}

/** Every code with two different neighbours swapped. */
function neighbourSwaps(code: string): string[] {
  const swapped: string[] = [];
  for (let i = 0; i < 17; i += 1) {
    if (code[i] !== code[i + 1]) swapped.push(code.slice(0, i) + (code[i + 1] ?? '') + (code[i] ?? '') + code.slice(i + 2));
  }
  return swapped;
}

describe('credit code check character', () => {
  it('accepts every real code exactly as its page prints it', () => {
    for (const real of REAL) expect(creditCodeProblem(real.code), `${real.organisation} ${real.url}`).toBeUndefined();
  });

  it('accepts a made-up code whose 18th character is the one its first 17 call for', () => {
    for (const body of BODIES) expect(creditCodeProblem(complete(body)), body).toBeUndefined();
  });

  it('rejects every code, real or made up, with one character changed, at every position', () => {
    for (const code of CODES) {
      const changes = singleChanges(code);
      expect(changes).toHaveLength(12 * 30 + 6 * 9); // 30 others at 12 free positions, 9 other digits at 6 region ones
      for (const changed of changes) expect(creditCodeProblem(changed), `${code} → ${changed}`).toBe('check');
    }
  });

  it('rejects every code, real or made up, with two different neighbours swapped', () => {
    for (const code of CODES) {
      const swaps = neighbourSwaps(code);
      expect(swaps.length).toBeGreaterThan(0);
      // Swapping a letter into the region digits breaks the shape instead.
      for (const swapped of swaps) expect(creditCodeProblem(swapped), `${code} → ${swapped}`).not.toBeUndefined();
    }
  });

  it('tells a wrong shape from a wrong check character', () => {
    const code = complete(BODIES[1] ?? '');
    expect(creditCodeProblem(code.slice(0, 17))).toBe('shape');
    expect(creditCodeProblem(`${code}0`)).toBe('shape');
    expect(creditCodeProblem(code.toLowerCase())).toBe('shape');
    for (const letter of 'IOSVZ') expect(creditCodeProblem(`${code.slice(0, 10)}${letter}${code.slice(11)}`), letter).toBe('shape');
    expect(creditCodeProblem(`${code.slice(0, 3)}A${code.slice(4)}`), 'a letter among the region digits').toBe('shape');
  });

  it('is checked by the model, which says why in Chinese and English', () => {
    const firm = { id: 'credit-code-firm', nameZh: '校验测试企业', sourceKind: 'user', sourceRef: 'test' };
    const good = REAL[0]?.code ?? '';
    expect(Enterprise.safeParse({ ...firm, creditCode: good }).success).toBe(true);
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const result = Enterprise.safeParse({ ...firm, creditCode: wrong });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(result.error?.issues[0]?.path).toEqual(['creditCode']);
    expect(message).toMatch(/check character/);
    expect(message).toMatch(/校验位/);
  });
});
