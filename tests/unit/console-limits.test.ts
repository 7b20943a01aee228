// The console's caps as pure functions: the size estimate stops early on huge values, and the
// concurrency gate counts per user and in total and gives every slot back exactly once.
import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from '../../server/console/gate';
import { estimateBytes } from '../../server/console/size';

describe('estimateBytes', () => {
  it('is close to the JSON size of ordinary values', () => {
    const value = { name: '南通', list: [1, 2, 3], nested: { ok: true, text: 'abc' } };
    const json = Buffer.byteLength(JSON.stringify(value));
    const estimate = estimateBytes(value);
    expect(estimate).toBeGreaterThan(json * 0.5);
    expect(estimate).toBeLessThan(json * 3);
  });

  it('stops just past the limit on a huge list instead of walking it all', () => {
    const huge = Array.from({ length: 2_000_000 }, (_, i) => i);
    const estimate = estimateBytes(huge, 10_000);
    // Just past the limit: the walk stopped there (the whole list would estimate at ~28 MB).
    expect(estimate).toBeGreaterThan(10_000);
    expect(estimate).toBeLessThan(20_000);
  });

  it('counts UTF-8 bytes of strings', () => {
    expect(estimateBytes('南'.repeat(100))).toBeGreaterThanOrEqual(300);
  });
});

describe('ConcurrencyGate', () => {
  it('refuses past the per-user cap, then past the server cap, and frees slots once', () => {
    const gate = new ConcurrencyGate({ perUser: 2, total: 3 });
    const a1 = gate.enter('a');
    const a2 = gate.enter('a');
    expect(gate.enter('a')).toEqual({ refusal: { scope: 'user', limit: 2 } });
    const b1 = gate.enter('b');
    expect(gate.enter('c')).toEqual({ refusal: { scope: 'server', limit: 3 } });
    if (!('release' in a1) || !('release' in a2) || !('release' in b1)) throw new Error('expected slots');
    a1.release();
    a1.release(); // a second release changes nothing
    const c1 = gate.enter('c');
    expect('release' in c1).toBe(true);
    expect(gate.enter('d')).toEqual({ refusal: { scope: 'server', limit: 3 } });
  });
});
