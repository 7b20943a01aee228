// An audit entry's state before and after, as two JSON blocks side by side; top-level fields that
// differ are marked in both (a colour and a sign, so the mark survives greyscale), and listed above.
import { useLang } from '../../i18n/lang';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const json = (value: unknown) => JSON.stringify(value);

/** Fields whose values differ between the two states. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => json(before[key]) !== json(after[key])).sort();
}

function Block({ title, value, other, changed, side }: { title: string; value: unknown; other: unknown; changed: ReadonlySet<string>; side: 'before' | 'after' }) {
  const { t } = useLang();
  let body;
  if (value === null || value === undefined) {
    body = <span className="muted">—</span>;
  } else if (isRecord(value)) {
    const keys = [...new Set([...Object.keys(value), ...(isRecord(other) ? Object.keys(other) : [])])].sort();
    body = (
      <>
        {'{\n'}
        {keys.map((key) => {
          const present = key in value;
          const mark = changed.has(key) ? (side === 'before' ? '−' : '+') : ' ';
          return (
            <span key={key} className={changed.has(key) ? `json-line changed changed-${side}` : 'json-line'} data-key={key}>
              {mark} {present ? `  ${json(key)}: ${json(value[key])}` : <span className="muted">{`  ${json(key)}: —`}</span>}
              {'\n'}
            </span>
          );
        })}
        {'}'}
      </>
    );
  } else {
    body = JSON.stringify(value, null, 2);
  }
  return (
    <figure className={`json-block json-${side}`}>
      <figcaption>{title}</figcaption>
      <pre aria-label={title}>{body}</pre>
      {value === null && <span className="visually-hidden">{t('notSet')}</span>}
    </figure>
  );
}

export function ChangePair({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useLang();
  const changed = changedKeys(before, after);
  const set = new Set(changed);
  return (
    <div className="change-pair" data-testid="change-pair">
      {changed.length > 0 && <p className="small">{t('changedFields', { fields: changed.join(', ') })}</p>}
      <div className="change-columns">
        <Block title={t('auditBefore')} value={before} other={after} changed={set} side="before" />
        <Block title={t('auditAfter')} value={after} other={before} changed={set} side="after" />
      </div>
    </div>
  );
}
