// The comparison page's words in the reader's language, with {placeholders} filled. The function is
// the same object while the language is, so charts' options can depend on it.
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang';
import { COMPARE_STRINGS, type CompareStringKey } from '../../i18n/compareStrings';
import type { Lang } from '../../i18n/langs';

export type CompareText = (key: CompareStringKey, values?: Record<string, string | number>) => string;

export function compareText(lang: Lang): CompareText {
  return (key, values) => {
    let text: string = COMPARE_STRINGS[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

export function useCompareText(): CompareText {
  const { lang } = useLang();
  return useMemo(() => compareText(lang), [lang]);
}
