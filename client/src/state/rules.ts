// Gap rule titles in both languages, loaded once from GET /api/gaps/rules and shared by every view.
// If they fail to load, titles fall back to rule ids; the views that need the engine show its error.
import type { GapRuleInfo } from '../../../graph/model';
import { getJson } from '../api/client';
import { useLang } from '../i18n/lang';
import { loadOnce } from './loadOnce';

const useRules = loadOnce(async (): Promise<ReadonlyMap<string, GapRuleInfo>> => {
  const body = await getJson<{ rules: GapRuleInfo[] }>('/api/gaps/rules');
  return new Map(body.rules.map((rule) => [rule.id, rule]));
});

/** A function giving a rule's title in the reader's language (the rule id until titles load). */
export function useRuleTitles(): (ruleId: string) => string {
  const current = useRules();
  const { pick } = useLang();
  return (ruleId) => {
    const rule = current?.get(ruleId);
    return rule ? pick(rule.titleZh, rule.titleEn) : ruleId;
  };
}
