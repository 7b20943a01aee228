// /questions and /questions/:id — the named gap questions as tables, with CSV and Excel downloads.
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import type { QuestionInfo } from '../../api/types';
import { DataGapNote } from '../../components/Illustrative';
import { Empty, Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { AsOfControl } from '../history/AsOfControl';
import { QuestionTable } from './QuestionTable';

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
        {/* 查看日期: the answers as recorded then (?asOf=, the overview's control and banner). */}
        {id && <AsOfControl />}
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
