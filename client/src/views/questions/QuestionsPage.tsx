// /questions and /questions/:id — the named gap questions as tables, with CSV and Excel downloads.
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import type { QuestionInfo, QuestionResult } from '../../api/types';
import { DataGapNote } from '../../components/Illustrative';
import { Empty, Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';

function cellText(value: QuestionResult['rows'][number][string] | undefined, pick: (zh: string, en: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? pick('是', 'yes') : pick('否', 'no');
  return String(value);
}

export function QuestionsPage() {
  const { id } = useParams();
  const lang = useLang();
  const { t } = lang;
  const list = useApi<{ items: QuestionInfo[] }>('/api/questions');
  return (
    <div className="page questions-page">
      <header className="page-head">
        <h1>{t('questionsTitle')}</h1>
        <p className="lead">{t('questionsIntro')}</p>
        {/* A question's answer carries the engine's own notice; the list page gets the general one. */}
        {!id && <DataGapNote />}
      </header>
      <div className="questions-layout">
        <nav className="question-nav" aria-label={t('allQuestions')}>
          <Loaded state={list.state} reload={list.reload}>
            {(body) => {
              const questions = body.items;
              if (questions.length === 0) return <Empty />;
              return (
                <ol className="plain-list">
                  {questions.map((q) => (
                    <li key={q.id}>
                      <Link
                        to={lang.href(`/questions/${encodeURIComponent(q.id)}`)}
                        className={q.id === id ? 'question-link current' : 'question-link'}
                        aria-current={q.id === id ? 'page' : undefined}
                      >
                        {lang.pick(q.titleZh, q.titleEn)}
                      </Link>
                    </li>
                  ))}
                </ol>
              );
            }}
          </Loaded>
        </nav>
        <section className="question-body">
          {id ? (
            <QuestionTable id={id} />
          ) : (
            <Loaded state={list.state}>
              {(body) => (
                <ul className="question-cards">
                  {body.items.map((q) => (
                    <li key={q.id} className="card">
                      <h2>
                        <Link to={lang.href(`/questions/${encodeURIComponent(q.id)}`)}>{lang.pick(q.titleZh, q.titleEn)}</Link>
                      </h2>
                      <p>{lang.pick(q.descriptionZh, q.descriptionEn)}</p>
                    </li>
                  ))}
                </ul>
              )}
            </Loaded>
          )}
        </section>
      </div>
    </div>
  );
}

function QuestionTable({ id }: { id: string }) {
  const lang = useLang();
  const { t } = lang;
  const base = `/api/questions/${encodeURIComponent(id)}`;
  const { state, reload } = useApi<QuestionResult>(`${base}?lang=${lang.lang}`);
  return (
    <Loaded state={state} reload={reload}>
      {(result) => (
        <article aria-labelledby="question-title" data-testid="question">
          <h2 id="question-title">{lang.pick(result.titleZh, result.titleEn)}</h2>
          <p>{lang.pick(result.descriptionZh, result.descriptionEn)}</p>
          <p className="toolbar">
            <a className="button" href={`${base}?format=csv&lang=${lang.lang}`} download data-testid="download-csv">
              {t('downloadCsv')}
            </a>
            <a className="button" href={`${base}?format=xlsx&lang=${lang.lang}`} download data-testid="download-xlsx">
              {t('downloadXlsx')}
            </a>
            <span className="muted">
              {result.total} {t('rows')}
            </span>
          </p>
          {result.notice && <p className="banner banner-note">{result.notice}</p>}
          {result.rows.length === 0 ? (
            <Empty />
          ) : (
            <div className="table-scroll" tabIndex={0} aria-label={lang.pick(result.titleZh, result.titleEn)}>
              <table className="data-table">
                <thead>
                  <tr>
                    {result.columns.map((c) => (
                      <th key={c.key} scope="col">
                        {lang.pick(c.titleZh, c.titleEn)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row, index) => (
                    <tr key={index}>
                      {result.columns.map((c) => {
                        const value = row[c.key];
                        return <td key={c.key}>{cellText(value, lang.pick)}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </article>
      )}
    </Loaded>
  );
}
