// A console result as a table: scalars as they are, nodes by name and type, relationships by type,
// paths as their names in order, maps and lists as compact JSON.
import type { ConsoleCell, ConsoleResult } from '../../api/wire';
import { useLang, type LangApi } from '../../i18n/lang';

function isTagged(cell: object): cell is Extract<ConsoleCell, { $type: string }> {
  return typeof (cell as { $type?: unknown }).$type === 'string';
}

/**
 * A cell shows at most this many list items and characters: a result may hold lists of thousands of
 * values, which as elements would stall the page. The downloads keep everything.
 */
const SHOWN = { items: 50, characters: 1000 };

function Cell({ value, lang }: { value: ConsoleCell; lang: LangApi }) {
  if (value === null) return <span className="muted">null</span>;
  if (typeof value === 'boolean') return <>{lang.t(value ? 'yes' : 'no')}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (typeof value === 'string') {
    if (value.length <= SHOWN.characters) return <>{value}</>;
    return (
      <>
        {value.slice(0, SHOWN.characters)}
        <span className="muted">{lang.t('textMore', { n: value.length })}</span>
      </>
    );
  }
  if (Array.isArray(value)) {
    return (
      <span className="cell-list">
        [
        {value.slice(0, SHOWN.items).map((item, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <Cell value={item} lang={lang} />
          </span>
        ))}
        {value.length > SHOWN.items && <span className="muted">{lang.t('listMore', { n: value.length - SHOWN.items })}</span>}]
      </span>
    );
  }
  if (isTagged(value)) {
    switch (value.$type) {
      case 'node':
        return (
          <span className="cell-node" title={value.node.id}>
            <span className="cell-tag">{lang.labelName(value.node.label)}</span> {lang.name(value.node)}
          </span>
        );
      case 'relationship':
        return (
          <span className="cell-rel" title={`${value.relationship.from} → ${value.relationship.to}`}>
            :{value.relationship.type}
          </span>
        );
      case 'path':
        return <span className="cell-path">{value.nodes.map((n) => lang.name(n)).join(' → ')}</span>;
      case 'virtualNode':
        return (
          <span className="cell-node">
            <span className="cell-tag">{value.labels.join(':')}</span> <code>{JSON.stringify(value.properties)}</code>
          </span>
        );
      case 'hidden':
        return <span className="muted">{lang.pick('（内部数据，不显示）', '(internal, not shown)')}</span>;
      case 'cut':
        return <span className="muted">{lang.t('valueCut', { kb: Math.ceil(value.bytes / 1024) })}</span>;
    }
  }
  const json = JSON.stringify(value);
  return (
    <code className="cell-map">
      {json.slice(0, SHOWN.characters)}
      {json.length > SHOWN.characters && <span className="muted">{lang.t('textMore', { n: json.length })}</span>}
    </code>
  );
}

export function ResultTable({ result }: { result: ConsoleResult }) {
  const lang = useLang();
  if (result.rows.length === 0) return <p className="muted">{lang.t('resultNoRows')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} aria-label={lang.t('resultTable')}>
      <table className="data-table console-table" data-testid="console-table">
        <thead>
          <tr>
            <th scope="col" className="row-number">
              #
            </th>
            {result.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, r) => (
            <tr key={r}>
              <td className="row-number muted">{r + 1}</td>
              {result.columns.map((column, c) => (
                <td key={column}>
                  <Cell value={row[c] ?? null} lang={lang} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
