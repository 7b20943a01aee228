// The reader's language: ?lang=en in the URL (so links and bookmarks keep it), remembered in
// localStorage for the next visit; Chinese by default. In-app links (href) also keep the region analysed
// (?region=, state/regionScope.ts).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import {
  NODE_LABEL_NAMES,
  SEVERITY_NAMES,
  SIX_ONES_NAMES,
  SLOT_STATUS_NAMES,
  SOURCE_KIND_NAMES,
  STAGE_NAMES,
  TARGET_STATUS_NAMES,
  type CHAIN_STAGES,
  type NodeLabel,
  type Severity,
  type SixOnesSlot,
  type SlotStatus,
  type TargetProgress,
} from '../../../graph/model';
import { REGION_PARAM, scopedUrl } from '../state/regionScope';
import { LANGS, STRINGS, type Lang, type StringKey } from './strings';

const STORAGE_KEY = 'innochain.lang';

function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'zh' ? value : null;
  } catch {
    return null;
  }
}

function isLang(value: string | null): value is Lang {
  return value !== null && (LANGS as readonly string[]).includes(value);
}

export interface LangApi {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A UI string, with {placeholders} filled. */
  t: (key: StringKey, values?: Record<string, string | number>) => string;
  /** The name of anything that has nameZh/nameEn; an organisation named only in Chinese shows that name in English too. */
  name: (item: { nameZh: string; nameEn?: string | null }) => string;
  pick: (zh: string, en: string) => string;
  labelName: (label: string) => string;
  slotName: (slot: SixOnesSlot) => string;
  /** A 六个一 slot's state in words (its mark is SLOT_STATUS_SYMBOLS). */
  slotStatusName: (status: SlotStatus) => string;
  stageName: (stage: (typeof CHAIN_STAGES)[number]) => string;
  /** A gap's severity in words (its mark is SEVERITY_SYMBOLS). */
  severityName: (severity: Severity) => string;
  /** A target's progress in words (its mark is TARGET_STATUS_SYMBOLS). */
  targetStatusName: (status: TargetProgress['status']) => string;
  sourceName: (kind: string) => string;
  /** An in-app path that keeps the current language and region. */
  href: (path: string) => string;
}

const LangContext = createContext<LangApi | null>(null);

/** The views that read ?asOf= (the overview, a chain and its detail panel, the questions). */
const AS_OF_VIEWS = /^\/(?:$|\?|industries\/|questions(?:$|[/?]))/;

export function LangProvider({ children }: { children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('lang');
  const lang: Lang = isLang(fromUrl) ? fromUrl : (storedLang() ?? 'zh');
  const region = params.get(REGION_PARAM) || null;
  // ?since= goes along too, so the chain opened from the overview rings what changed (views/changes).
  const since = params.get('since') || null;
  // ?asOf= goes along only to the views that read as of it, so no other page passes today's graph off as then.
  const asOf = params.get('asOf') || null;

  // A remembered English choice is written into the URL so the page can be shared as seen.
  useEffect(() => {
    if (!isLang(fromUrl) && lang === 'en') {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('lang', 'en');
          return next;
        },
        { replace: true },
      );
    }
  }, [fromUrl, lang, setParams]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  // setParams changes whenever the query string does; the API object must not, or every selection
  // (?node=) would look like a language change to the views.
  const setParamsRef = useRef(setParams);
  useEffect(() => {
    setParamsRef.current = setParams;
  });
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the URL still carries the choice.
    }
    setParamsRef.current((prev) => {
      const updated = new URLSearchParams(prev);
      if (next === 'zh') updated.delete('lang');
      else updated.set('lang', next);
      return updated;
    });
  }, []);

  const api = useMemo<LangApi>(() => {
    const pick = (zh: string, en: string) => (lang === 'zh' ? zh : en);
    return {
      lang,
      setLang,
      pick,
      t: (key, values) => {
        let text: string = STRINGS[key][lang];
        for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
        return text;
      },
      name: (item) => pick(item.nameZh, item.nameEn || item.nameZh),
      labelName: (label) => {
        const names = NODE_LABEL_NAMES[label as NodeLabel] as { zh: string; en: string } | undefined;
        return names ? pick(names.zh, names.en) : label;
      },
      slotName: (slot) => SIX_ONES_NAMES[slot][lang],
      slotStatusName: (status) => SLOT_STATUS_NAMES[status][lang],
      stageName: (stage) => STAGE_NAMES[stage][lang],
      severityName: (severity) => SEVERITY_NAMES[severity][lang],
      targetStatusName: (status) => TARGET_STATUS_NAMES[status][lang],
      sourceName: (kind) => {
        const names = SOURCE_KIND_NAMES[kind as keyof typeof SOURCE_KIND_NAMES] as { zh: string; en: string } | undefined;
        return names ? pick(names.zh, names.en) : kind;
      },
      href: (path) => {
        const regioned = /[?&]region=/.test(path) ? path : scopedUrl(path, region);
        const sinced = since && !/[?&]since=/.test(regioned) ? `${regioned}${regioned.includes('?') ? '&' : '?'}since=${encodeURIComponent(since)}` : regioned;
        const scoped =
          asOf && AS_OF_VIEWS.test(sinced) && !/[?&]asOf=/.test(sinced) ? `${sinced}${sinced.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}` : sinced;
        if (lang === 'zh') return scoped;
        return scoped + (scoped.includes('?') ? '&' : '?') + 'lang=en';
      },
    };
  }, [lang, setLang, region, since, asOf]);

  return <LangContext.Provider value={api}>{children}</LangContext.Provider>;
}

export function useLang(): LangApi {
  const api = useContext(LangContext);
  if (!api) throw new Error('useLang outside LangProvider');
  return api;
}
