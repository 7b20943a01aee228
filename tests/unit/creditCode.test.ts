// The unified social credit code's check character (GB 32100-2015): weights 3^i mod 31 over the first
// 17 characters in a 31-character alphabet. A code with any one character changed, or two neighbours
// swapped, no longer checks; a wrong shape is told apart from a wrong check character, and the model
// names the reason in both languages.
import { describe, expect, it } from 'vitest';
import { Enterprise } from '../../graph/model';
import { creditCodeCheckCharacter, creditCodeProblem } from '../../graph/model/creditCode';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/**
 * Bodies (first 17 characters) of the standard's shape: department, category, region digits, subject code.
 * Made up: no public page in reach printed a real code in its readable part (seeds/nantong-public/REVIEW.md).
 */
const BODIES = ['91320600MA1M77770', '91320681138320H50', '12320600466000372', '52320623MJ0000123', '9132061271403KP1A', '31320000000000000'];
const complete = (body: string) => body + creditCodeCheckCharacter(body);

describe('credit code check character', () => {
  it('accepts a code whose 18th character is the one its first 17 call for', () => {
    for (const body of BODIES) expect(creditCodeProblem(complete(body)), body).toBeUndefined();
  });

  it('rejects every code with one character changed, at every position', () => {
    for (const body of BODIES) {
      const code = complete(body);
      for (let i = 0; i < 18; i += 1) {
        const allowed = i >= 2 && i < 8 ? '0123456789' : ALPHABET;
        for (const other of allowed) {
          if (other === code[i]) continue;
          const changed = code.slice(0, i) + other + code.slice(i + 1);
          expect(creditCodeProblem(changed), `${code} → ${changed}`).toBe('check');
        }
      }
    }
  });

  it('rejects two different neighbours swapped', () => {
    for (const body of BODIES) {
      const code = complete(body);
      for (let i = 0; i < 17; i += 1) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        // Swapping a letter into the region digits breaks the shape instead.
        expect(creditCodeProblem(swapped), `${code} → ${swapped}`).not.toBeUndefined();
      }
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
    const good = complete(BODIES[1] ?? '');
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
