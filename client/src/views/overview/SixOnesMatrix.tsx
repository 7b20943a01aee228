// The 六个一 matrix as a heat map: industries grouped by tier × the six slots, plus the score. A
// filled cell names its holders; missing cells say whether nothing is recorded or a user confirmed
// the absence (different colour, symbol and border). Rows open the industry by click or Enter; the
// first column's checkboxes choose industries for a briefing.
import { useRef, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { INDUSTRY_TIERS, SLOT_STATUS_NAMES, SLOT_STATUS_SYMBOLS, TIER_NAMES, type SlotStatus } from '../../../../graph/model';
import type { GapMatrix, MatrixRow, NodeRef } from '../../api/types';
import { useLang } from '../../i18n/lang';
import { chainPath } from '../../state/landing';
import { StaleCellMark } from '../freshness/StaleCellMark';
import { ScoreDelta } from '../changes/ScoreDelta';

/** Holder names shown in a cell before "+n". */
const NAMES_IN_CELL = 2;

/**
 * A cell's holders: each name wraps to two lines at most, the full name on hover (title). An illustrative
 * holder carries one mark, the 示例 badge, placed first so that clamping a long name never hides it.
 */
function Holders({ holders }: { holders: NodeRef[] }) {
  const lang = useLang();
  const shown = holders.slice(0, NAMES_IN_CELL);
  return (
    <span className="cell-holders">
      {shown.map((h) => (
        <span
          key={h.id}
          className="holder"
          data-illustrative={h.illustrative}
          title={h.illustrative ? lang.pick(`${lang.name(h)}（${lang.t('illustrativeBadge')}）`, `${lang.name(h)} (${lang.t('illustrativeBadge')})`) : lang.name(h)}
        >
          {h.illustrative && <span className="ill-mark">{lang.t('illustrativeShort')}</span>}
          {lang.name(h)}
        </span>
      ))}
      {holders.length > NAMES_IN_CELL && <span className="muted">+{holders.length - NAMES_IN_CELL}</span>}
    </span>
  );
}

export function StatusLegend() {
  const lang = useLang();
  return (
    <ul className="status-legend" aria-label={lang.t('legend')}>
      {(Object.keys(SLOT_STATUS_NAMES) as SlotStatus[]).map((status) => (
        <li key={status}>
          <span className={`legend-cell cell-${status}`} aria-hidden="true">
            {SLOT_STATUS_SYMBOLS[status]}
          </span>
          {lang.slotStatusName(status)}
        </li>
      ))}
    </ul>
  );
}

interface MatrixProps {
  matrix: GapMatrix;
  /** Industries ticked for a briefing. */
  selected: ReadonlySet<string>;
  onSelect: (ids: string[]) => void;
  /** Each industry's score change since ?since= (the changes panel's data), shown beside its score. */
  deltas?: ReadonlyMap<string, number>;
}

export function SixOnesMatrix({ matrix, selected, onSelect, deltas }: MatrixProps) {
  const lang = useLang();
  const { t } = lang;
  const navigate = useNavigate();
  const table = useRef<HTMLTableElement>(null);
  const open = (row: MatrixRow) => void navigate(lang.href(chainPath(row.industry.id)));

  /** Enter opens the row; arrow keys move between rows, Home/End to the ends. */
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: MatrixRow) => {
    // Keys inside the row (the checkbox) are theirs.
    if (event.target !== event.currentTarget) return;
    const rows = [...(table.current?.querySelectorAll<HTMLTableRowElement>('tr[data-industry]') ?? [])];
    const index = rows.indexOf(event.currentTarget);
    const focus = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))]?.focus();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(row);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focus(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focus(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focus(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focus(rows.length - 1);
    }
  };

  const tiers = INDUSTRY_TIERS.filter((tier) => matrix.rows.some((r) => r.industry.tier === tier));
  const allIds = matrix.rows.map((r) => r.industry.id);
  const allSelected = allIds.length > 0 && allIds.every((id) => selected.has(id));
  const toggle = (id: string) => onSelect(selected.has(id) ? allIds.filter((i) => i !== id && selected.has(i)) : allIds.filter((i) => i === id || selected.has(i)));
  return (
    <table className="matrix" ref={table} data-testid="matrix">
      <caption>{t('matrixCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="select-cell">
            <input
              type="checkbox"
              checked={allSelected}
              ref={(box) => {
                if (box) box.indeterminate = !allSelected && selected.size > 0;
              }}
              onChange={() => onSelect(allSelected ? [] : allIds)}
              aria-label={t('selectAllIndustries')}
              data-testid="select-all"
            />
          </th>
          <th scope="col">{t('industry')}</th>
          {matrix.slots.map((slot) => (
            <th scope="col" key={slot}>
              {lang.slotName(slot)}
            </th>
          ))}
          <th scope="col">{t('score')}</th>
          <th scope="col">{t('gapsCount')}</th>
        </tr>
      </thead>
      {tiers.map((tier) => (
        <tbody key={tier}>
          <tr className="tier-row">
            <th scope="rowgroup" colSpan={matrix.slots.length + 4}>
              {/* The label, not the row, stays in view when the matrix scrolls sideways (styles.css). */}
              <span className="tier-label">{lang.pick(TIER_NAMES[tier].zh, TIER_NAMES[tier].en)}</span>
            </th>
          </tr>
          {matrix.rows
            .filter((row) => row.industry.tier === tier)
            .map((row) => (
              <tr
                key={row.industry.id}
                data-industry={row.industry.id}
                tabIndex={0}
                className={selected.has(row.industry.id) ? 'matrix-row selected' : 'matrix-row'}
                onClick={() => open(row)}
                onKeyDown={(event) => onKeyDown(event, row)}
                aria-label={`${lang.name(row.industry)} · ${t('score')} ${Math.round(row.score.total)}`}
              >
                <td className="select-cell" onClick={(event) => event.stopPropagation()}>
                  <input
                    type="checkbox"
                    checked={selected.has(row.industry.id)}
                    onChange={() => toggle(row.industry.id)}
                    aria-label={t('selectIndustry', { name: lang.name(row.industry) })}
                    data-testid={`select-${row.industry.id}`}
                  />
                </td>
                <th scope="row">{lang.name(row.industry)}</th>
                {matrix.slots.map((slot) => {
                  const cell = row.cells[slot];
                  const status = cell?.status ?? 'not-recorded';
                  return (
                    <td key={slot} className={`cell cell-${status}`} data-status={status}>
                      <span className="cell-status">
                        <span aria-hidden="true">{SLOT_STATUS_SYMBOLS[status]}</span> {lang.slotStatusName(status)}
                      </span>
                      {cell && cell.holders.length > 0 && <Holders holders={cell.holders} />}
                      {cell && <StaleCellMark holders={cell.holders} />}
                    </td>
                  );
                })}
                <td className="score-cell" title={row.score.parts.map((p) => `${lang.pick(p.labelZh, p.labelEn)} ${p.points}/${p.weight}`).join('\n')}>
                  <span className="score-value">{Math.round(row.score.total)}</span>
                  <ScoreDelta delta={deltas?.get(row.industry.id)} />
                  <span className="score-bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(0, Math.min(100, row.score.total))}%` }} />
                  </span>
                </td>
                <td className="gap-count">{row.gapCount}</td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}
