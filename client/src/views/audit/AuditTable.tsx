// The audit log's entries as a table: time, user, action, what was touched (by name); each entry with
// a snapshot opens into its change table below its row.
import { Fragment, useMemo, useState } from 'react';
import type { AuditEntry } from '../../api/wire';
import { useLang } from '../../i18n/lang';
import { AUDIT_ACTION_NAMES } from '../../i18n/recordNames';
import { AuditTarget } from './AuditTarget';
import { ChangeTable } from './ChangeTable';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const lang = useLang();
  const { t } = lang;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const time = useMemo(() => new Intl.DateTimeFormat(lang.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' }), [lang.lang]);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div className="table-scroll audit-scroll">
      <table className="data-table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('auditAt')}</th>
            <th scope="col">{t('filterUser')}</th>
            <th scope="col">{t('filterAction')}</th>
            <th scope="col">{t('auditTarget')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('showChange')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const names = AUDIT_ACTION_NAMES[entry.action];
            const expanded = open.has(entry.id);
            const hasChange = entry.before !== null || entry.after !== null;
            return (
              <Fragment key={entry.id}>
                <tr data-action={entry.action} data-target={entry.targetId}>
                  <td className="small nowrap">{time.format(new Date(entry.at))}</td>
                  <td>{entry.username}</td>
                  <td>{names ? lang.pick(names.zh, names.en) : entry.action}</td>
                  <td>
                    <AuditTarget entry={entry} />
                  </td>
                  <td>
                    {hasChange && (
                      <button type="button" className="link-button" aria-expanded={expanded} onClick={() => toggle(entry.id)}>
                        {t(expanded ? 'hideChange' : 'showChange')}
                      </button>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="change-row">
                    <td colSpan={5}>
                      <ChangeTable entry={entry} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
