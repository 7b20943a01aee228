// The region maps' words in the reader's language.
import { useLang } from '../../i18n/lang';
import { MAP_STRINGS, type MapStringKey } from '../../i18n/mapStrings';

export function useMapText(): (key: MapStringKey, values?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return (key, values) => {
    let text: string = MAP_STRINGS[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}
