// An audit entry's change as a table of fields in the interface language. For a change: each field
// before and after, the changed ones marked by a sign, bold names and struck/underlined values (so the
// mark survives greyscale), not by colour alone. For a create or a delete: the fields as they were.
import { Link } from 'react-router';
import { AUDIT_FIELD_ORDER, auditFieldName, RELATIONSHIP_SPECS } from '../../../../graph/model';
import type { AuditEntry } from '../../api/wire';
import { useLang } from '../../i18n/lang';
import { auditValue, isRecord } from './auditValue';

const json = (value: unknown) => JSON.stringify(value);
const SHOWN_RELATIONSHIPS = 20;

/** Fields whose values differ between the two states. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  return fieldsOf(before, after).filter((key) => json(before[key]) !== json(after[key]));
}

/** The fields of one or two snapshots, the model's in the model's order, any others after them. */
function fieldsOf(...records: Record<string, unknown>[]): string[] {
  const rank = (key: string) => {
    const at = AUDIT_FIELD_ORDER.indexOf(key);
    return at < 0 ? AUDIT_FIELD_ORDER.length : at;
  };
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function Compare({ before, after }: { before: Record<string, unknown>; after: Record<string, unknown> }) {
  const lang = useLang();
  const { t } = lang;
  const changed = new Set(changedKeys(before, after));
  const names = [...changed].map((key) => auditFieldName(key, lang.lang));
  return (
    <>
      {names.length > 0 && <p className="small">{t('changedFields', { fields: names.join(lang.pick('、', ', ')) })}</p>}
      <table className="data-table change-table" data-testid="change-table">
        <caption className="visually-hidden">{t('auditChangeTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auditField')}</th>
            <th scope="col">{t('auditBefore')}</th>
            <th scope="col">{t('auditAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {fieldsOf(before, after).map((key) => {
            const isChanged = changed.has(key);
            return (
              <tr key={key} data-key={key} className={isChanged ? 'changed' : undefined}>
                <th scope="row">
                  {isChanged && <span className="change-mark" aria-hidden="true">✎ </span>}
                  {auditFieldName(key, lang.lang)}
                  {isChanged && <span className="visually-hidden">{` (${t('auditChangedMark')})`}</span>}
                </th>
                <td className="change-before">{isChanged ? <del>{auditValue(key, before[key], lang, before)}</del> : auditValue(key, before[key], lang, before)}</td>
                <td className="change-after">{isChanged ? <ins>{auditValue(key, after[key], lang, after)}</ins> : auditValue(key, after[key], lang, after)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function Fields({ record, caption }: { record: Record<string, unknown>; caption: string }) {
  const lang = useLang();
  const { t } = lang;
  return (
    <table className="data-table change-table" data-testid="change-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('auditField')}</th>
          <th scope="col">{t('auditValue')}</th>
        </tr>
      </thead>
      <tbody>
        {fieldsOf(record).map((key) => (
          <tr key={key} data-key={key}>
            <th scope="row">{auditFieldName(key, lang.lang)}</th>
            <td>{auditValue(key, record[key], lang, record)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const Removed = (value: unknown) =>
  Array.isArray(value) ? value.filter((r): r is { type: string; direction: string; other: Record<string, unknown> } => isRecord(r) && isRecord(r.other)) : [];

/** The relationships a node delete took with it (the entry's "before" lists them). */
function RemovedRelationships({ relationships }: { relationships: unknown }) {
  const lang = useLang();
  const list = Removed(relationships);
  if (list.length === 0) return null;
  const specs: Record<string, { zh: string; en: string } | undefined> = RELATIONSHIP_SPECS;
  return (
    <div className="removed-relationships">
      <p className="small">{lang.t('auditRemovedRelationships', { count: list.length })}</p>
      <ul className="small">
        {list.slice(0, SHOWN_RELATIONSHIPS).map((r, index) => {
          const spec = specs[r.type];
          const id = String(r.other.id);
          const zh = typeof r.other.nameZh === 'string' ? r.other.nameZh : id;
          const en = typeof r.other.nameEn === 'string' ? r.other.nameEn : id;
          const name = lang.pick(zh, en);
          return (
            <li key={`${r.type}-${id}-${index}`}>
              {spec ? lang.pick(spec.zh, spec.en) : r.type} {r.direction === 'out' ? '→' : '←'} <Link to={lang.href(`/nodes/${encodeURIComponent(id)}`)}>{name}</Link>
            </li>
          );
        })}
        {list.length > SHOWN_RELATIONSHIPS && <li aria-hidden="true">…</li>}
      </ul>
    </div>
  );
}

export function ChangeTable({ entry }: { entry: AuditEntry }) {
  const lang = useLang();
  const { t } = lang;
  const { before, after } = entry;
  let body;
  if (isRecord(before) && isRecord(after)) body = <Compare before={before} after={after} />;
  else if (isRecord(after)) body = <Fields record={after} caption={t('auditCreated')} />;
  else if (isRecord(before) && entry.action === 'node.delete' && isRecord(before.properties)) {
    body = (
      <>
        <Fields record={before.properties} caption={t('auditDeleted')} />
        <RemovedRelationships relationships={before.relationships} />
      </>
    );
  } else if (isRecord(before)) body = <Fields record={before} caption={t('auditDeleted')} />;
  else body = <p className="small">{auditValue('', after ?? before, lang)}</p>;
  return (
    <div className="change-pair" data-testid="change-pair">
      {body}
    </div>
  );
}
