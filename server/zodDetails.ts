// Turns zod issues into error details with a Chinese reason beside zod's English one. The Chinese
// says what the English says, limits included.
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

/** zod drops the input from issues, but says "received undefined" when a value is missing. */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
}

function reasonZh(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? '必填' : `类型不正确，应为 ${issue.expected}`;
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'string') return `至少 ${limit} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${limit} 项`;
      return issue.inclusive === false ? `应大于 ${limit}` : `应不小于 ${limit}`;
    }
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'string') return `最多 ${limit} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${limit} 项`;
      return issue.inclusive === false ? `应小于 ${limit}` : `应不大于 ${limit}`;
    }
    case 'invalid_value':
      return `取值应为 ${issue.values.map((v) => String(v)).join('、')} 之一`;
    case 'unrecognized_keys':
      return `包含不认识的字段：${issue.keys.join('、')}`;
    case 'custom':
      return issue.message || ZH_BY_CODE.custom!;
    default:
      // invalid_format on a slug or date carries our own bilingual message from the model.
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : (ZH_BY_CODE[issue.code] ?? '不符合要求');
  }
}

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)));
    const field = [prefix, ...path].filter(Boolean).join('.').replace(/\.\[/g, '[') || prefix || '(root)';
    return { field, reason: isMissing(issue) ? 'required' : issue.message, reasonZh: reasonZh(issue) };
  });
}
