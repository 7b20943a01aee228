// STRINGS is spread together from several files: a key defined in two of them would silently take the
// later one's text everywhere (the changes panel once renamed the audit log's "变更字段" this way).
import { describe, expect, it } from 'vitest';
import { AUDIT_STRINGS } from '../../client/src/i18n/auditStrings';
import { CHANGE_STRINGS } from '../../client/src/i18n/changeStrings';
import { SCOPE_STRINGS } from '../../client/src/i18n/scopeStrings';
import { STRINGS } from '../../client/src/i18n/strings';
import { TOOL_STRINGS } from '../../client/src/i18n/toolStrings';

describe('the string tables spread into STRINGS', () => {
  it('share no key, and none is redefined by STRINGS itself', () => {
    const parts: Record<string, object> = { TOOL_STRINGS, AUDIT_STRINGS, SCOPE_STRINGS, CHANGE_STRINGS };
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, table] of Object.entries(parts)) {
      for (const key of Object.keys(table)) {
        const earlier = seen.get(key);
        if (earlier) clashes.push(`${key}: ${earlier} and ${name}`);
        seen.set(key, name);
        if ((STRINGS as Record<string, unknown>)[key] !== (table as Record<string, unknown>)[key]) clashes.push(`${key}: ${name} and STRINGS`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
