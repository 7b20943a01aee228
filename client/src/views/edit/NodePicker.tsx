// Picks a node by name search (GET /api/search), keeping only the labels that may stand at the other
// end of a relationship: type, ↑/↓, Enter.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { NodeLabel } from '../../../../graph/model';
import { getJson } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { errorText } from '../../api/useApi';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';

const DEBOUNCE_MS = 180;

interface Props {
  id: string;
  allowed: readonly NodeLabel[];
  exclude: string;
  onPick: (hit: SearchHit) => void;
  invalid?: boolean;
  describedBy?: string;
}

export function NodePicker({ id, allowed, exclude, onPick, invalid, describedBy }: Props) {
  const lang = useLang();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ q: string; hits: SearchHit[]; error: string | null }>({ q: '', hits: [], error: null });
  const [active, setActive] = useState(0);

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) return;
    const controller = new AbortController();
    const label = allowed.length === 1 ? `&label=${allowed[0]}` : '';
    const timer = setTimeout(() => {
      getJson<{ items: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=40${label}`, controller.signal)
        .then((body) => {
          setAnswer({ q, hits: body.items.filter((h) => h.id !== exclude && (allowed as readonly string[]).includes(h.label)).slice(0, 12), error: null });
          setActive(0);
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setAnswer({ q, hits: [], error: errorText(error, lang.pick) });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, allowed, exclude, lang.pick]);

  const q = query.trim();
  const current = answer.q === q ? answer : null;
  const hits = current?.hits ?? [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) onPick(hit);
    }
  };
  return (
    <div className="node-picker">
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={q.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="node-picker"
      />
      {q.length > 0 && (
        <div className="picker-results">
          {!current && <p className="search-note">{lang.t('loading')}</p>}
          {current?.error && (
            <p className="search-note" role="alert">
              {current.error}
            </p>
          )}
          {current && !current.error && hits.length === 0 && <p className="search-note">{lang.t('relNoMatches')}</p>}
          <ul id={listId} role="listbox" className="search-results">
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  onPick(hit);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="hit-name">{lang.name(hit)}</span>
                <span className="hit-alt">{hit.id}</span>
                <span className="hit-label">{lang.labelName(hit.label)}</span>
                {hit.illustrative && <IllustrativeBadge />}
              </li>
            ))}
          </ul>
          {hits.length > 0 && <p className="search-note small">{lang.t('relPickHint')}</p>}
        </div>
      )}
    </div>
  );
}
