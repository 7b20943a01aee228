// The data behind a chart as a table (screen readers, copying, and readers who prefer figures): a
// header row, then one row per item whose first cell names it.
import type { ReactNode } from 'react';

export interface ChartTableRow {
  key: string;
  /** The item's name (the row header), then one value per further column. */
  cells: readonly [ReactNode, ...ReactNode[]];
}

export function ChartTable({ columns, rows }: { columns: readonly string[]; rows: readonly ChartTableRow[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [name, ...values] }) => (
          <tr key={key}>
            <th scope="row">{name}</th>
            {values.map((value, index) => (
              <td key={index}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
