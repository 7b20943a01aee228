// A committed import's progress: checking, then writing batches (a progress bar over the rows), then
// done with what was written — or rejected with the bad rows, or stopped with how to resume.
import type { ImportJob } from '../../api/wire';
import { useElapsedSeconds } from '../../components/Busy';
import { useLang } from '../../i18n/lang';
import { CountsList, RowErrors } from './ImportReport';

export function ImportProgress({ job, since }: { job: ImportJob | null; since: number | null }) {
  const lang = useLang();
  const { t } = lang;
  const seconds = useElapsedSeconds(since);
  const total = job?.rowsTotal ?? null;
  const done = job ? (job.status === 'validating' ? job.rowsValidated : job.rowsWritten) : 0;
  const status = job?.status ?? 'validating';
  const finished = job !== null && ['done', 'rejected', 'failed', 'interrupted'].includes(status);
  return (
    <div className="import-progress" data-testid="import-progress" data-status={status}>
      <h3>{t('importProgress')}</h3>
      <p role="status" aria-live="polite">
        {!finished && <span className="spinner inline-spinner" aria-hidden="true" />}
        <strong data-testid="import-status">{t(`jobStatus_${status}`)}</strong>
        {total !== null && <span className="muted"> · {t('rowsProgress', { done: status === 'done' ? total : done, total })}</span>}
        {since !== null && <span className="muted"> · {t('elapsedSeconds', { seconds })}</span>}
      </p>
      <progress
        max={total ?? 1}
        value={status === 'done' ? (total ?? 1) : total === null ? undefined : done}
        aria-label={t('importProgress')}
        data-testid="import-progress-bar"
      />
      {status === 'done' && job && (
        <>
          <p className="status-ok">✓ {t('importDone', { ...job.written })}</p>
          <CountsList counts={job.written} planned={false} />
        </>
      )}
      {status === 'rejected' && job && (
        <>
          <p className="status status-error" role="alert">
            {t('importRejected')}
          </p>
          <RowErrors errors={job.errors} total={job.errorCount} />
        </>
      )}
      {(status === 'failed' || status === 'interrupted') && job && (
        <div className="status status-error" role="alert">
          {job.message && <p>{lang.pick(job.message.zh, job.message.en)}</p>}
          <p>{t('importResume')}</p>
        </div>
      )}
    </div>
  );
}
