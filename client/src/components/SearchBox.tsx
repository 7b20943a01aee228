// Header search over Chinese and English names (GET /api/search), driven by the keyboard: type, ↑/↓
// to choose, Enter to open the node in its industry's chain, Esc to close; "/" focuses the box. On a page
// read as of a date (?asOf=) it searches the names recorded then.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { getJson } from '../api/client';
import type { SearchHit } from '../api/types';
import { toApiError } from '../api/useApi';
import { useLang } from '../i18n/lang';
import { AS_OF_READ_STRINGS as A } from '../i18n/asOfReadStrings';
import { landingPath } from '../state/landing';
import { AS_OF_PARAM, useTimeParam, withParam } from '../state/timeScope';
import { momentText } from '../views/history/AsOfControl';
import { IllustrativeBadge } from './Illustrative';

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 180;
const LIMIT = 12;

type Results = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; hits: SearchHit[] };

/** The search endpoint answers a page ({items}) ; a bare array is accepted too. */
function hitsOf(body: unknown): SearchHit[] {
  if (Array.isArray(body)) return body as SearchHit[];
  const items = (body as { items?: unknown }).items;
  return Array.isArray(items) ? (items as SearchHit[]) : [];
}

/** The alias a hit was found by, when its names do not hold the query (so the reader sees why it came up). */
function aliasMatched(hit: SearchHit, q: string): string | undefined {
  const text = q.toLowerCase();
  if (hit.nameZh.includes(q) || hit.nameEn.toLowerCase().includes(text)) return undefined;
  return hit.aliases.find((alias) => alias.toLowerCase().includes(text));
}

export function SearchBox() {
  const lang = useLang();
  const { t } = lang;
  const navigate = useNavigate();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // The page's ?asOf= (the overview's 查看日期): names are then searched as recorded that day.
  const [asOf] = useTimeParam(AS_OF_PARAM);
  // Results remember the query they answer; a newer query reads as loading until its answer comes.
  const [answer, setAnswer] = useState<{ q: string; results: Results }>({ q: '', results: { kind: 'idle' } });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getJson<unknown>(withParam(`/api/search?q=${encodeURIComponent(q)}&limit=${LIMIT}`, AS_OF_PARAM, asOf), controller.signal)
        .then((body) => {
          setAnswer({ q, results: { kind: 'ready', hits: hitsOf(body) } });
          setActive(0);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const apiError = toApiError(error);
          setAnswer({ q, results: { kind: 'error', message: lang.pick(apiError.messageZh, apiError.message) } });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, lang, asOf]);

  // "/" anywhere outside a text field focuses the search box.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const q = query.trim();
  const results: Results = q.length === 0 ? { kind: 'idle' } : answer.q === q ? answer.results : { kind: 'loading' };
  const hits = results.kind === 'ready' ? results.hits : [];
  const choose = (hit: SearchHit) => {
    setOpen(false);
    landingPath(hit)
      .then((path) => void navigate(lang.href(path)))
      .catch((error: unknown) => {
        const apiError = toApiError(error);
        setAnswer({ q, results: { kind: 'error', message: lang.pick(apiError.messageZh, apiError.message) } });
        setOpen(true);
      });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && results.kind !== 'idle';
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        aria-describedby={`${listId}-hint`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <span id={`${listId}-hint`} className="visually-hidden">
        {t('searchHint')}
      </span>
      {expanded && (
        <div className="search-popup">
          {asOf && (
            <p className="search-note small" data-testid="search-as-of">
              {lang.pick(A.searchAsOf.zh, A.searchAsOf.en).replace('{date}', momentText(asOf))}
            </p>
          )}
          {results.kind === 'loading' && <p className="search-note">{t('loading')}</p>}
          {results.kind === 'error' && (
            <p className="search-note" role="alert">
              {results.message}
            </p>
          )}
          {results.kind === 'ready' && hits.length === 0 && <p className="search-note">{t('searchNoResults')}</p>}
          <ul id={listId} role="listbox" aria-label={t('searchResults')} className="search-results">
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(hit);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="hit-name">{lang.name(hit)}</span>
                <span className="hit-alt">
                  {aliasMatched(hit, q) ? `${lang.pick('又称：', 'Also known as: ')}${aliasMatched(hit, q)}` : hit.nameEn === hit.nameZh ? '' : lang.lang === 'zh' ? hit.nameEn : hit.nameZh}
                </span>
                <span className="hit-label">{lang.labelName(hit.label)}</span>
                {hit.illustrative && <IllustrativeBadge />}
              </li>
            ))}
          </ul>
          {hits.length > 0 && <p className="search-note small">{t('searchHint')}</p>}
        </div>
      )}
    </div>
  );
}
