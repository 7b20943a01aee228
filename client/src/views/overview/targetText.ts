// The target section's words in the reader's language, with {placeholders} filled; the same function
// while the language is, so the chart's option can depend on it.
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang';
import { TARGET_STRINGS, type TargetStringKey } from '../../i18n/targetStrings';

export type TargetText = (key: TargetStringKey, values?: Record<string, string | number>) => string;

export function useTargetText(): TargetText {
  const { lang } = useLang();
  return useMemo<TargetText>(
    () => (key, values) => {
      let text: string = TARGET_STRINGS[key][lang];
      for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
      return text;
    },
    [lang],
  );
}
