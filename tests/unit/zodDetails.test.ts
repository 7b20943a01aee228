import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssuesToDetails } from '../../server/zodDetails';

describe('zodIssuesToDetails', () => {
  const Schema = z.object({
    name: z.string(),
    order: z.number().max(1000),
    code: z.string().min(3),
    tier: z.enum(['traditional', 'emerging']),
    year: z.number(),
    links: z.array(z.object({ id: z.string() })),
  });
  const result = Schema.safeParse({ order: 5000, code: 'q', tier: 'ancient', year: 'soon', links: [{}] });
  const details = result.success ? [] : zodIssuesToDetails(result.error.issues, 'body');
  const byField = Object.fromEntries(details.map((d) => [d.field, d]));

  it('names each field with its path, arrays included', () => {
    expect(Object.keys(byField).sort()).toEqual(['body.code', 'body.links[0].id', 'body.name', 'body.order', 'body.tier', 'body.year']);
  });

  it('says "required" for a missing value and the expected type for a wrong one', () => {
    expect(byField['body.name']).toMatchObject({ reason: 'required', reasonZh: '必填' });
    expect(byField['body.year']?.reasonZh).toBe('类型不正确，应为 number');
  });

  it('keeps the limits and the allowed values in the Chinese reason', () => {
    expect(byField['body.order']?.reasonZh).toBe('应不大于 1000');
    expect(byField['body.code']?.reasonZh).toBe('至少 3 个字符');
    expect(byField['body.tier']?.reasonZh).toBe('取值应为 traditional、emerging 之一');
  });
});
