// A rejected write's details beside the fields they name (details[].field, reasonZh / reason), and
// the rest of the answer above the form.
import type { ApiError, ErrorDetail } from '../api/client';
import { useLang } from '../i18n/lang';
import { SessionExpiredNote } from './SessionExpired';

/** The form field a detail names: the last part of "body.changes.nameZh", "body.properties.id", "body.to". */
export function fieldOfDetail(detail: ErrorDetail, known: readonly string[]): string | null {
  const parts = detail.field.split('.');
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = (parts[i] ?? '').replace(/\[\d+\]$/, '');
    if (known.includes(part)) return part;
  }
  return null;
}

export interface SplitErrors {
  byField: Map<string, ErrorDetail[]>;
  /** Details that name no field of the form. */
  other: ErrorDetail[];
}

export function splitErrors(error: ApiError | null, known: readonly string[]): SplitErrors {
  const byField = new Map<string, ErrorDetail[]>();
  const other: ErrorDetail[] = [];
  for (const detail of error?.details ?? []) {
    const field = fieldOfDetail(detail, known);
    if (field) byField.set(field, [...(byField.get(field) ?? []), detail]);
    else other.push(detail);
  }
  return { byField, other };
}

/** Adds "required" details for fields left empty (checked before sending). */
export function withMissing(byField: Map<string, ErrorDetail[]>, missing: readonly string[], detail: (field: string) => ErrorDetail): Map<string, ErrorDetail[]> {
  if (missing.length === 0) return byField;
  const merged = new Map(byField);
  for (const field of missing) merged.set(field, [detail(field), ...(merged.get(field) ?? [])]);
  return merged;
}

/** The reasons beside a field; in Chinese the server's English words follow, as they carry the limits. */
export function FieldError({ id, details }: { id: string; details: readonly ErrorDetail[] | undefined }) {
  const { pick, lang } = useLang();
  if (!details || details.length === 0) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {details.map((d, i) => (
        <span key={i}>
          {i > 0 && pick('；', '; ')}
          {pick(d.reasonZh, d.reason)}
          {lang === 'zh' && d.reason !== d.reasonZh && (
            <span className="field-error-alt" lang="en">
              {' '}
              ({d.reason})
            </span>
          )}
        </span>
      ))}
    </span>
  );
}

/** The answer's message, and details that belong to no field. */
export function FormError({ error, other }: { error: ApiError | null; other?: readonly ErrorDetail[] }) {
  const { pick, lang } = useLang();
  if (!error) return null;
  if (error.status === 401) return <SessionExpiredNote />;
  const primary = pick(error.messageZh, error.message);
  const secondary = pick(error.message, error.messageZh);
  return (
    <div className="status status-error form-error" role="alert" data-testid="form-error">
      <p>{primary}</p>
      {secondary !== primary && (
        <p className="muted small" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {secondary}
        </p>
      )}
      {other && other.length > 0 && (
        <ul>
          {other.map((d, i) => (
            <li key={i}>
              <code>{d.field}</code> {pick(d.reasonZh, d.reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
