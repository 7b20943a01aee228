// Turns zod issues into error details with a Chinese reason beside zod's English one.
import type { z } from 'zod';
import type { ErrorDetail } from './errors';

const ZH_BY_CODE: Record<string, string> = {
  invalid_type: '类型不正确',
  too_small: '值过小或过短',
  too_big: '值过大或过长',
  invalid_format: '格式不正确',
  invalid_value: '取值不在允许范围内',
  unrecognized_keys: '包含不认识的字段',
  invalid_union: '不符合任何允许的形式',
  not_multiple_of: '不是要求的倍数',
  custom: '不符合要求',
};

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
    const field = [prefix, ...path].filter(Boolean).join('.').replace(/\.\[/g, '[') || prefix || '(root)';
    const reasonZh = issue.code === 'custom' && issue.message ? issue.message : (ZH_BY_CODE[issue.code] ?? '不符合要求');
    return { field, reason: issue.message, reasonZh };
  });
}
