// /import (editors): spreadsheet import. Choose a node label or relationship type (?target=), download
// its template, upload a file for a dry run that lists every bad row (row, column, reason) and what
// the file would create, update and link, then commit it as a job whose progress is polled to the end.
// All or nothing: a file with any bad row writes nothing.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { getJson, type ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError, useApi } from '../../api/useApi';
import type { DryRunReport, ImportJob, ImportJobBody, ImportTemplate, ImportTemplateList, Page } from '../../api/wire';
import { BusyNote } from '../../components/Busy';
import { FormError } from '../../components/FormErrors';
import { RequirePermission } from '../../components/RequirePermission';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';
import { ImportProgress } from './ImportProgress';
import { CountsList, RowErrors } from './ImportReport';
import { TemplateColumns } from './TemplateColumns';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How often a running job is asked for its progress. */
const POLL_MS = 400;
const FINAL = new Set(['done', 'rejected', 'failed', 'interrupted']);

function contentTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return file.type || 'application/octet-stream';
}

function uploadUrl(target: string, file: File, dryRun: boolean): string {
  const query = new URLSearchParams({ fileName: file.name });
  if (dryRun) query.set('dryRun', 'true');
  return `/api/import/files/${encodeURIComponent(target)}?${query.toString()}`;
}

export function ImportPage() {
  return (
    <RequirePermission permission="import">
      <ImportScreen />
    </RequirePermission>
  );
}

function ImportScreen() {
  const lang = useLang();
  const { t } = lang;
  const templates = useApi<ImportTemplateList>('/api/import/templates');
  const [params, setParams] = useSearchParams();
  const targetName = params.get('target') ?? 'Enterprise';
  const setTarget = (name: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('target', name);
        return next;
      },
      { replace: true },
    );
  return (
    <div className="page import-page">
      <header className="page-head">
        <h1>{t('importTitle')}</h1>
        <p className="lead">{t('importIntro')}</p>
        <p className="banner banner-note" role="note">
          {t('importAllOrNothing')}
        </p>
      </header>
      <Loaded state={templates.state} reload={templates.reload}>
        {(body) => {
          const target = body.items.find((item) => item.name === targetName) ?? body.items[0];
          if (!target) return null;
          return (
            <div className="import-layout">
              <section className="card" aria-labelledby="import-target-title">
                <h2 id="import-target-title">{t('importTarget')}</h2>
                <TargetChooser templates={body.items} value={target.name} onChange={setTarget} />
                <TemplateColumns template={target} />
              </section>
              <UploadCard key={target.name} target={target} />
            </div>
          );
        }}
      </Loaded>
      <RecentImports />
    </div>
  );
}

function TargetChooser({ templates, value, onChange }: { templates: ImportTemplate[]; value: string; onChange: (name: string) => void }) {
  const lang = useLang();
  const { t } = lang;
  const groups = [
    { key: 'node', title: t('importNodes'), items: templates.filter((x) => x.kind === 'node') },
    { key: 'relationship', title: t('importRelationships'), items: templates.filter((x) => x.kind === 'relationship') },
  ];
  return (
    <div className="form-field">
      <label htmlFor="import-target">{t('importTarget')}</label>
      <select id="import-target" value={value} onChange={(event) => onChange(event.target.value)} data-testid="import-target">
        {groups.map((group) => (
          <optgroup key={group.key} label={group.title}>
            {group.items.map((item) => (
              <option key={item.name} value={item.name}>
                {lang.pick(item.nameZh, item.nameEn)} ({item.name})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking'; since: number }
  | { kind: 'checked'; report: DryRunReport; file: File }
  | { kind: 'committing'; since: number; job: ImportJob | null }
  | { kind: 'finished'; job: ImportJob };

function UploadCard({ target }: { target: ImportTemplate }) {
  const lang = useLang();
  const { t } = lang;
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const busy = phase.kind === 'checking' || phase.kind === 'committing';
  const checkedOk = phase.kind === 'checked' && phase.report.valid && phase.file === file;

  const dryRun = () => {
    if (!file) {
      setProblem(t('chooseFileFirst'));
      return;
    }
    setProblem(null);
    setError(null);
    setPhase({ kind: 'checking', since: Date.now() });
    sendJson<DryRunReport>(uploadUrl(target.name, file, true), { body: file, headers: { 'content-type': contentTypeOf(file) } })
      .then((report) => alive.current && setPhase({ kind: 'checked', report, file }))
      .catch((e: unknown) => {
        if (!alive.current) return;
        setError(toApiError(e));
        setPhase({ kind: 'idle' });
      });
  };

  const poll = async (job: ImportJob): Promise<ImportJob> => {
    let current = job;
    while (!FINAL.has(current.status) && alive.current) {
      setPhase((p) => (p.kind === 'committing' ? { ...p, job: current } : p));
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      current = (await getJson<ImportJobBody>(`/api/import/jobs/${encodeURIComponent(current.id)}`)).job;
    }
    return current;
  };

  const commit = () => {
    if (!file) return;
    setError(null);
    setPhase({ kind: 'committing', since: Date.now(), job: null });
    sendJson<ImportJobBody>(uploadUrl(target.name, file, false), { body: file, headers: { 'content-type': contentTypeOf(file) } })
      .then(({ job }) => poll(job))
      .then((job) => {
        if (!alive.current) return;
        if (job.status === 'done') bumpDataVersion();
        setPhase({ kind: 'finished', job });
      })
      .catch((e: unknown) => {
        if (!alive.current) return;
        const apiError = toApiError(e);
        // A rejected commit answers with the job and its row errors.
        const job = (apiError.body as Partial<ImportJobBody> | undefined)?.job;
        if (job) setPhase({ kind: 'finished', job });
        else {
          setError(apiError);
          setPhase({ kind: 'idle' });
        }
      });
  };

  return (
    <section className="card" aria-labelledby="import-upload-title">
      <h2 id="import-upload-title">{t('uploadTitle')}</h2>
      <div className="form-field">
        <label htmlFor={inputId}>{t('importFile')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPhase({ kind: 'idle' });
            setError(null);
            setProblem(null);
          }}
          data-testid="import-file"
        />
      </div>
      <div className="button-row">
        <button type="button" onClick={dryRun} disabled={busy} data-testid="import-dry-run">
          {t('dryRun')}
        </button>
        <button type="button" className="primary" onClick={commit} disabled={busy || !checkedOk} data-testid="import-commit">
          {t('commitImport')}
        </button>
        <BusyNote since={phase.kind === 'checking' ? phase.since : null} label={t('uploading')} />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <FormError error={error} />
      {phase.kind === 'checked' && <DryRunResult report={phase.report} />}
      {phase.kind === 'committing' && <ImportProgress job={phase.job} since={phase.since} />}
      {phase.kind === 'finished' && <ImportProgress job={phase.job} since={null} />}
    </section>
  );
}

function DryRunResult({ report }: { report: DryRunReport }) {
  const { t } = useLang();
  return (
    <div className="import-report" data-testid="dry-run-report" data-valid={report.valid}>
      {report.valid ? (
        <p className="status-ok" role="status">
          ✓ {t('dryRunOk', { rows: report.rows })}
        </p>
      ) : (
        <p className="status status-error" role="alert">
          {t('dryRunBad', { count: report.errorCount })}
        </p>
      )}
      {!report.valid && <p className="muted small">{t('validRowsWould')}</p>}
      <CountsList counts={report.counts} planned />
      {report.errors.length > 0 && <RowErrors errors={report.errors} total={report.errorCount} />}
    </div>
  );
}

function RecentImports() {
  const lang = useLang();
  const { t } = lang;
  const { state, reload } = useApi<Page<ImportJob>>('/api/import/jobs?limit=10');
  const time = useMemo(() => new Intl.DateTimeFormat(lang.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }), [lang.lang]);
  return (
    <section className="card recent-imports" aria-labelledby="recent-imports-title">
      <h2 id="recent-imports-title">{t('recentImports')}</h2>
      <Loaded state={state} reload={reload}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="muted">{t('empty')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('startedAt')}</th>
                  <th scope="col">{t('fileWord')}</th>
                  <th scope="col">{t('importTarget')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('byWhom')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((job) => (
                  <tr key={job.id}>
                    <td>{time.format(new Date(job.startedAt))}</td>
                    <td>{job.fileName}</td>
                    <td>{job.target.name}</td>
                    <td>{t(`jobStatus_${job.status}`)}</td>
                    <td>{job.username}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}
