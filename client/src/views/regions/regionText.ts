// The region page's words and names in the reader's language.
import { PARK_KIND_NAMES, REGION_KIND_NAMES, RELATIONSHIP_SPECS, type RelationshipType } from '../../../../graph/model';
import { useLang } from '../../i18n/lang';
import { REGION_STRINGS, type RegionStringKey } from '../../i18n/regionStrings';

export interface RegionText {
  s: (key: RegionStringKey, values?: Record<string, string | number>) => string;
  kindName: (kind: string | null) => string | null;
  relationName: (type: string) => string;
}

export function useRegionText(): RegionText {
  const { lang } = useLang();
  const names: Record<string, { zh: string; en: string }> = { ...PARK_KIND_NAMES, ...REGION_KIND_NAMES };
  return {
    s: (key, values) => {
      let text: string = REGION_STRINGS[key][lang];
      for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
      return text;
    },
    kindName: (kind) => (kind === null ? null : (names[kind]?.[lang] ?? kind)),
    relationName: (type) => (type in RELATIONSHIP_SPECS ? RELATIONSHIP_SPECS[type as RelationshipType][lang] : type),
  };
}
