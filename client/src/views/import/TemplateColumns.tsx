// A template's columns (name, Chinese header, type, required, allowed values, help) and its downloads, with
// the header row in the reader's language (the server accepts either on upload).
import type { ImportTemplate } from '../../api/wire';
import { useLang } from '../../i18n/lang';
import { valueName } from '../edit/NodeForm';

export function TemplateColumns({ template }: { template: ImportTemplate }) {
  const lang = useLang();
  const { t } = lang;
  const typeWords: Record<string, [string, string]> = {
    string: ['文本', 'text'],
    number: ['数字', 'number'],
    integer: ['整数', 'whole number'],
    boolean: ['是/否', 'yes/no'],
    enum: ['取值之一', 'one of'],
    list: ['多个值，以 | 分隔', 'list, separated by |'],
  };
  return (
    <div className="template-columns">
      {template.kind === 'relationship' && template.from && template.to && (
        <p className="small">
          {t('relationshipEnds', {
            from: template.from.map((l) => lang.labelName(l)).join(' / '),
            to: template.to.map((l) => lang.labelName(l)).join(' / '),
          })}
        </p>
      )}
      <p className="button-row">
        <a className="button" href={`${template.downloads.csv}&lang=${lang.lang}`} download data-testid="template-csv">
          {t('templateCsv')}
        </a>
        <a className="button" href={`${template.downloads.xlsx}&lang=${lang.lang}`} download data-testid="template-xlsx">
          {t('templateXlsx')}
        </a>
      </p>
      <h3>{t('importColumns')}</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="template-columns">
          <thead>
            <tr>
              <th scope="col">{t('columnName')}</th>
              <th scope="col">{t('columnNameZh')}</th>
              <th scope="col">{t('columnType')}</th>
              <th scope="col">{t('columnValues')}</th>
            </tr>
          </thead>
          <tbody>
            {template.columns.map((column) => {
              const words = typeWords[column.type];
              return (
                <tr key={column.name}>
                  <th scope="row">
                    <code>{column.name}</code>
                    {column.required && (
                      <span className="required-mark" title={t('requiredMark')}>
                        {' '}
                        *
                      </span>
                    )}
                  </th>
                  <td>{column.nameZh}</td>
                  <td>{words ? lang.pick(words[0], words[1]) : column.type}</td>
                  <td className="small">
                    {column.values?.map((v) => `${v}${valueName(v, lang) !== v ? `（${valueName(v, lang)}）` : ''}`).join(' | ')}
                    {column.format && <span className="muted"> {column.format}</span>}
                    {column.helpZh && column.helpEn && (
                      <>
                        {column.values && <br />}
                        <span className="muted">{lang.pick(column.helpZh, column.helpEn)}</span>
                      </>
                    )}
                    {column.min !== undefined && column.max !== undefined && (
                      <span className="muted">
                        {' '}
                        {column.min}–{column.max}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('requiredNote')}</p>
    </div>
  );
}
