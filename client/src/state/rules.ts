// Gap rule titles in both languages, loaded once from GET /api/gaps/rules and shared by every view.
import { useSyncExternalStore } from 'react';
import type { GapRuleInfo } from '../../../graph/model';
import { getJson } from '../api/client';
import { useLang } from '../i18n/lang';

let rules: Map<string, GapRuleInfo> | null = null;
let loading = false;
const listeners = new Set<() => void>();

function load(): void {
  if (rules || loading) return;
  loading = true;
  getJson<{ rules: GapRuleInfo[] }>('/api/gaps/rules')
    .then((body) => {
      rules = new Map(body.rules.map((rule) => [rule.id, rule]));
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Titles fall back to rule ids; the views that need the engine show its error themselves.
      loading = false;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

/** A function giving a rule's title in the reader's language (the rule id until titles load). */
export function useRuleTitles(): (ruleId: string) => string {
  const current = useSyncExternalStore(subscribe, () => rules);
  const { pick } = useLang();
  return (ruleId) => {
    const rule = current?.get(ruleId);
    return rule ? pick(rule.titleZh, rule.titleEn) : ruleId;
  };
}

export function useRuleInfo(ruleId: string): GapRuleInfo | undefined {
  const current = useSyncExternalStore(subscribe, () => rules);
  return current?.get(ruleId);
}
