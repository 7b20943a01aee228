// One question's answer as a table: filtered and sorted as the URL says (the same test and order the
// server applies to the download), each row linking to its chain or node page.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { isWebAddress, rowMatches, sortedRowOrder, type QuestionColumn, type QuestionResult } from '../../../../graph/model';
import { useApi } from '../../api/useApi';
import { Empty, Loaded } from '../../components/Status';
import { QUESTION_STRINGS as S } from '../../i18n/questionStrings';
import { useLang } from '../../i18n/lang';
import { SEVERITY_SYMBOLS } from '../../theme/palette';
import { QuestionFilters } from './QuestionFilters';
import { rowPath, useQuestionView, viewQuery, type QuestionView } from './questionView';
import { scopedUrl, useRegionId } from '../../state/regionScope';
import { AS_OF_PARAM, withParam } from '../../state/timeScope';
import { useAsOf } from '../history/AsOfControl';

type Cell = QuestionResult['rows'][number][string] | undefined;

function cellText(value: Cell, pick: (zh: string, en: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? pick('是', 'yes') : pick('否', 'no');
  return String(value);
}

/** A source address shows as its host (the whole address in the tooltip); only http(s) becomes a link. */
function WebLink({ url }: { url: string }) {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Not parseable: the address itself is the text.
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={url} data-testid="source-url">
      {host}
    </a>
  );
}

/** The screen leaves out internal ids and the columns that only order another (severity's rank). */
function shownColumns(columns: readonly QuestionColumn[]): QuestionColumn[] {
  const orderOnly = new Set(columns.flatMap((c) => (c.sortBy ? [c.sortBy] : [])));
  return columns.filter((c) => !c.internal && !orderOnly.has(c.key));
}

export function QuestionTable({ id }: { id: string }) {
  const lang = useLang();
  const [view, update] = useQuestionView();
  const base = `/api/questions/${encodeURIComponent(id)}`;
  // The whole answer is read once; filters and sort apply here, so changing them is immediate. An
  // answer cut at its row cap (truncated) is asked again for the industry chosen, narrowed before the cut.
  // The region analysed (?region=) goes with the rows and with the downloads.
  // ?asOf= (the page's 查看日期) answers from the graph as recorded then, on screen and in downloads.
  const regionId = useRegionId();
  const [asOf] = useAsOf();
  const whole = useApi<QuestionResult>(withParam(scopedUrl(`${base}?lang=${lang.lang}`, regionId), AS_OF_PARAM, asOf));
  const cut = whole.state.kind === 'ready' && whole.state.data.truncated && view.industry !== null;
  const narrowed = useApi<QuestionResult>(
    cut ? withParam(scopedUrl(`${base}?lang=${lang.lang}&industry=${encodeURIComponent(view.industry ?? '')}`, regionId), AS_OF_PARAM, asOf) : null,
  );
  const { state, reload } = cut ? narrowed : whole;
  return (
    <Loaded state={state} reload={reload}>
      {(result) => <Answer result={result} base={base} view={view} update={update} />}
    </Loaded>
  );
}

function Answer({ result, base, view, update }: { result: QuestionResult; base: string; view: QuestionView; update: (patch: Partial<QuestionView>) => void }) {
  const lang = useLang();
  const { t } = lang;
  const regionId = useRegionId();
  const [asOf] = useAsOf();
  const columns = shownColumns(result.columns);
  const sortKey = view.sort && result.columns.some((c) => c.key === view.sort) ? view.sort : null;
  const order = useMemo(() => {
    const kept = result.refs.flatMap((ref, index) => (rowMatches(ref, view) ? [index] : []));
    if (!sortKey) return kept;
    const rows = kept.map((i) => result.rows[i]!);
    return sortedRowOrder(rows, result.columns, sortKey, view.order, lang.lang).map((i) => kept[i]!);
  }, [result, view, sortKey, lang.lang]);
  const download = (format: 'csv' | 'xlsx') => {
    const query = viewQuery(view, result.columns.map((c) => c.key));
    query.set('format', format);
    query.set('lang', lang.lang);
    return withParam(scopedUrl(`${base}?${query.toString()}`, regionId), AS_OF_PARAM, asOf);
  };
  const title = lang.pick(result.titleZh, result.titleEn);
  return (
    <article aria-labelledby="question-title" data-testid="question">
      <h2 id="question-title">{title}</h2>
      <p>{lang.pick(result.descriptionZh, result.descriptionEn)}</p>
      <QuestionFilters facets={result.facets} view={view} update={update} />
      <p className="toolbar">
        <a className="button" href={download('csv')} download data-testid="download-csv">
          {t('downloadCsv')}
        </a>
        <a className="button" href={download('xlsx')} download data-testid="download-xlsx">
          {t('downloadXlsx')}
        </a>
        <span className="muted" data-testid="rows-shown" aria-live="polite">
          {order.length === result.total
            ? `${result.total} ${t('rows')}`
            : lang.pick(S.rowsShown.zh, S.rowsShown.en).replace('{shown}', String(order.length)).replace('{all}', String(result.total))}
        </span>
      </p>
      {result.notice && <p className="banner banner-note">{result.notice}</p>}
      {result.truncated && (
        <p className="banner banner-note" role="status" data-testid="question-truncated">
          {lang.pick(S.truncated.zh, S.truncated.en).replace('{limit}', String(result.limit))}
        </p>
      )}
      {order.length === 0 ? (
        <Empty />
      ) : (
        <div className="table-scroll" tabIndex={0} aria-label={title}>
          <table className="data-table sortable-table" data-testid="question-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <SortHeader key={c.key} column={c} view={view} sortKey={sortKey} update={update} />
                ))}
              </tr>
            </thead>
            <tbody>
              {order.map((index) => (
                <Row key={index} result={result} index={index} columns={columns} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function SortHeader({ column, view, sortKey, update }: { column: QuestionColumn; view: QuestionView; sortKey: string | null; update: (patch: Partial<QuestionView>) => void }) {
  const lang = useLang();
  const active = sortKey === column.key;
  const next = active && view.order === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (view.order === 'asc' ? 'ascending' : 'descending') : 'none'} data-key={column.key}>
      <button type="button" className="sort-button" onClick={() => update({ sort: column.key, order: next })} title={lang.pick(S.sortHint.zh, S.sortHint.en)}>
        {lang.pick(column.titleZh, column.titleEn)}
        <span className="sort-mark" aria-hidden="true">
          {active ? (view.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function Row({ result, index, columns }: { result: QuestionResult; index: number; columns: QuestionColumn[] }) {
  const lang = useLang();
  const row = result.rows[index] ?? {};
  const ref = result.refs[index];
  const path = rowPath(ref);
  return (
    <tr data-row-ref={ref?.node?.id}>
      {columns.map((c, position) => {
        const text = cellText(row[c.key], lang.pick);
        // A long name or sentence keeps a readable width; a wide table scrolls instead of squeezing it.
        const long = [...text].length > 12 ? 'long-text' : undefined;
        if (position === 0 && path) {
          return (
            <td key={c.key} className={long}>
              <Link to={lang.href(path)} className="row-link">
                {text}
              </Link>
            </td>
          );
        }
        if (c.key === 'severity' && ref?.severity) {
          return (
            <td key={c.key} data-severity={ref.severity}>
              <span aria-hidden="true">{SEVERITY_SYMBOLS[ref.severity]} </span>
              {text}
            </td>
          );
        }
        const value = row[c.key];
        if (c.format === 'url' && typeof value === 'string' && isWebAddress(value)) {
          return (
            <td key={c.key}>
              <WebLink url={value} />
            </td>
          );
        }
        if (c.format === 'date' && typeof value === 'string' && value !== '') {
          return (
            <td key={c.key} className="nowrap">
              <time dateTime={value}>{value}</time>
            </td>
          );
        }
        return (
          <td key={c.key} className={long}>
            {text}
          </td>
        );
      })}
    </tr>
  );
}
