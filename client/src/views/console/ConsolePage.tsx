// /console (analysts): read-only Cypher with JSON parameters. Ctrl+Enter runs; the result shows as a
// table and as a graph (opening on the one that fits it), exports to CSV or Excel, and queries can be
// saved, loaded and deleted; example queries and the model's schema sit beside the editor. The
// query and its parameters are kept in the URL (?q=, ?params=) once run, so a result is a bookmark.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { sendJson, sendRaw } from '../../api/csrf';
import { saveResponse } from '../../api/download';
import { toApiError, useApi } from '../../api/useApi';
import type { ConsoleLimits, ConsoleResult } from '../../api/wire';
import { BusyNote } from '../../components/Busy';
import { RequirePermission } from '../../components/RequirePermission';
import { useLang } from '../../i18n/lang';
import type { ConsoleExample } from '../../../../graph/model/consoleExamples';
import { CypherField, type CypherHandle } from './CypherField';
import { ExamplesPanel } from './ExamplesPanel';
import { MAX_GRAPH_NODES, ResultGraph } from './ResultGraph';
import { ResultTable } from './ResultTable';
import { SavedQueries } from './SavedQueries';
import { SchemaPanel } from './SchemaPanel';

const EXAMPLE = 'MATCH (i:Industry)-[:HAS_LINK]->(l:ChainLink)\nRETURN i.nameZh AS industry, count(l) AS links\nORDER BY links DESC';

export function ConsolePage() {
  return (
    <RequirePermission permission="console">
      <ConsoleScreen />
    </RequirePermission>
  );
}

/** Parameters typed as JSON: an object, or an error message. */
function parseParams(text: string): { params: Record<string, unknown> } | { error: true } {
  if (text.trim() === '') return { params: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { params: value as Record<string, unknown> };
  } catch {
    // reported below
  }
  return { error: true };
}

/** A result with something to draw opens on the graph; a table of values on the table. */
function viewFor(result: ConsoleResult): 'table' | 'graph' {
  const nodes = result.elements.filter((e) => e.group === 'nodes').length;
  return nodes > 0 && nodes <= MAX_GRAPH_NODES ? 'graph' : 'table';
}

type Run = { kind: 'idle' } | { kind: 'running'; since: number } | { kind: 'done'; result: ConsoleResult; cypher: string; params: Record<string, unknown> } | { kind: 'failed'; error: ApiError };

function ConsoleScreen() {
  const lang = useLang();
  const { t } = lang;
  const [url, setUrl] = useSearchParams();
  const limits = useApi<ConsoleLimits>('/api/console/limits');
  const [cypherText, setCypher] = useState(() => url.get('q') ?? EXAMPLE);
  const [paramsBox, setParamsText] = useState(() => url.get('params') ?? '');
  const [paramsError, setParamsError] = useState(false);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const [view, setView] = useState<'table' | 'graph'>('table');
  const [exporting, setExporting] = useState<ApiError | null>(null);
  const editorRef = useRef<CypherHandle>(null);

  const execute = (cypher = cypherText, paramsText = paramsBox) => {
    const parsed = parseParams(paramsText);
    if ('error' in parsed) {
      setParamsError(true);
      return;
    }
    setParamsError(false);
    setExporting(null);
    setRun({ kind: 'running', since: Date.now() });
    setUrl(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('q', cypher);
        if (paramsText.trim()) next.set('params', paramsText.trim());
        else next.delete('params');
        return next;
      },
      { replace: true },
    );
    sendJson<ConsoleResult>('/api/console/query', { json: { cypher, params: parsed.params } })
      .then((result) => {
        setView(viewFor(result));
        setRun({ kind: 'done', result, cypher, params: parsed.params });
      })
      .catch((e: unknown) => setRun({ kind: 'failed', error: toApiError(e) }));
  };

  const runNow = () => {
    if (run.kind !== 'running') execute();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runNow();
    }
  };

  const pickExample = (example: ConsoleExample) => {
    setCypher(example.cypher);
    setParamsText(example.params);
    if (run.kind !== 'running') execute(example.cypher, example.params);
  };

  const download = (format: 'csv' | 'xlsx') => {
    if (run.kind !== 'done') return;
    setExporting(null);
    sendRaw(`/api/console/query?format=${format}`, { json: { cypher: run.cypher, params: run.params } })
      .then((response) => saveResponse(response, `console-result.${format}`))
      .catch((e: unknown) => setExporting(toApiError(e)));
  };

  const readOnlyNote =
    limits.state.kind === 'ready'
      ? t('consoleReadOnly', { seconds: Math.round(limits.state.data.timeoutMs / 1000), rows: limits.state.data.rowCap })
      : t('consoleReadOnly', { seconds: '…', rows: '…' });

  return (
    <div className="page console-page">
      <header className="page-head">
        <h1>{t('consoleTitle')}</h1>
        <p className="banner banner-note" role="note" data-testid="console-read-only">
          {readOnlyNote}
        </p>
      </header>
      <div className="console-layout">
        <div className="console-main">
          <form
            className="card console-form"
            onSubmit={(event) => {
              event.preventDefault();
              execute();
            }}
          >
            <div className="form-field">
              <label id="console-cypher-label">{t('cypherLabel')}</label>
              <CypherField value={cypherText} onChange={setCypher} onRun={runNow} labelledBy="console-cypher-label" describedBy="console-shortcut" handleRef={editorRef} />
            </div>
            <div className="form-field">
              <label htmlFor="console-params">{t('paramsLabel')}</label>
              <textarea
                id="console-params"
                className="code-input"
                rows={2}
                spellCheck={false}
                placeholder='{"id": "aerospace"}'
                value={paramsBox}
                onChange={(event) => setParamsText(event.target.value)}
                onKeyDown={onKeyDown}
                aria-invalid={paramsError || undefined}
                aria-describedby={paramsError ? 'console-params-error' : undefined}
                data-testid="console-params"
              />
              {paramsError && (
                <span id="console-params-error" className="field-error" role="alert">
                  {t('paramsInvalid')}
                </span>
              )}
            </div>
            <div className="button-row">
              <button type="submit" className="primary" disabled={run.kind === 'running' || cypherText.trim() === ''} data-testid="console-run">
                {t('runQuery')}
              </button>
              <span id="console-shortcut" className="muted small">
                {t('runShortcut')}
              </span>
              <BusyNote since={run.kind === 'running' ? run.since : null} label={t('runningQuery')} />
            </div>
          </form>
          <section className="card console-result" aria-labelledby="console-result-title" aria-busy={run.kind === 'running'}>
            <div className="result-head">
              <h2 id="console-result-title" className="visually-hidden">
                {t('resultTable')}
              </h2>
              <div className="segmented" role="group" aria-label={t('resultTable')}>
                <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')} data-testid="view-table">
                  {t('resultTable')}
                </button>
                <button type="button" aria-pressed={view === 'graph'} onClick={() => setView('graph')} data-testid="view-graph">
                  {t('resultGraph')}
                </button>
              </div>
              {run.kind === 'done' && (
                <>
                  <span className="muted small" data-testid="console-summary">
                    {t('resultSummary', { rows: run.result.rowCount, ms: Math.round(run.result.elapsedMs) })}
                  </span>
                  <span className="toolbar">
                    <span className="muted small">{t('exportResult')}:</span>
                    <button type="button" onClick={() => download('csv')} data-testid="console-csv">
                      CSV
                    </button>
                    <button type="button" onClick={() => download('xlsx')} data-testid="console-xlsx">
                      Excel
                    </button>
                  </span>
                </>
              )}
            </div>
            {exporting && <ConsoleError error={exporting} />}
            {run.kind === 'idle' && <p className="muted">{t('consoleEmpty')}</p>}
            {run.kind === 'failed' && <ConsoleError error={run.error} />}
            {run.kind === 'done' && run.result.truncated && (
              <p className="banner banner-note">{t(run.result.cutBy === 'bytes' ? 'resultCutBytes' : 'resultTruncated', { rows: run.result.rowCount })}</p>
            )}
            {run.kind === 'done' && (view === 'table' ? <ResultTable result={run.result} /> : <ResultGraph result={run.result} />)}
          </section>
        </div>
        <div className="console-side">
          <ExamplesPanel onPick={pickExample} />
          <SchemaPanel onInsert={(name) => editorRef.current?.insert(name)} />
          <SavedQueries
            cypher={cypherText}
            paramsText={paramsBox}
            onLoad={(query) => {
              setCypher(query.cypher);
              setParamsText(Object.keys(query.params).length > 0 ? JSON.stringify(query.params) : '');
            }}
          />
        </div>
      </div>
    </div>
  );
}

/** A refused query says so, with the guard's reason; anything else is "did not run", in the server's words. */
export function ConsoleError({ error }: { error: ApiError }) {
  const lang = useLang();
  const { t } = lang;
  return (
    <div className={`status status-error ${error.code === 'query_refused' ? 'refused' : ''}`} role="alert" data-testid="console-error" data-code={error.code}>
      <strong>{t(error.code === 'query_refused' ? 'queryRefused' : 'queryFailed')}</strong>
      <p>{lang.pick(error.messageZh, error.message)}</p>
      <p className="muted small" lang={lang.lang === 'zh' ? 'en' : 'zh-CN'}>
        {lang.pick(error.message, error.messageZh)}
      </p>
    </div>
  );
}
