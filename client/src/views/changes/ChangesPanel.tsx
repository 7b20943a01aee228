// "自 … 以来的变化 / Changes since …": pick a since date (?since=), then the facts recorded after it
// (operation in words and a symbol, what, which fields, who, when) and their consequences (gaps opened
// and closed, scores ▲/▼, targets whose status moved). The data comes from useChanges, shared with the matrix.
import { useId } from 'react';
import type { ChangesView, FactChange } from '../../../../graph/model/changes';
import { RELATIONSHIP_SPECS, type RelationshipType } from '../../../../graph/model/relationships';
import { Empty, Loaded } from '../../components/Status';
import { useLang, type LangApi } from '../../i18n/lang';
import { chinaToday, dayOf } from '../../state/timeScope';
import { momentText } from '../history/AsOfControl';
import { useHistoryStart } from '../history/useHistoryStart';
import { ChangeConsequences } from './ChangeConsequences';
import type { Changes } from './useChanges';
import './changes.css';

export const OP_SYMBOLS = { add: '＋', change: '～', end: '－' } as const;
const OP_KEYS = { add: 'opAdd', change: 'opChange', end: 'opEnd' } as const;
const VIA_KEYS: Record<string, 'viaEdit' | 'viaImport' | 'viaDataset' | 'viaExchange'> = {
  edit: 'viaEdit',
  import: 'viaImport',
  dataset: 'viaDataset',
  exchange: 'viaExchange',
};

function relName(lang: LangApi, type: string): string {
  const spec = RELATIONSHIP_SPECS[type as RelationshipType] as { zh: string; en: string } | undefined;
  return spec ? lang.pick(spec.zh, spec.en) : type;
}

function FactItem({ fact }: { fact: FactChange }) {
  const lang = useLang();
  const { t } = lang;
  const what = fact.node
    ? `${fact.node.label ? lang.labelName(fact.node.label) : ''} ${lang.name(fact.node)}`.trim()
    : fact.relationship
      ? `${lang.name(fact.relationship.from)} —${relName(lang, fact.relationship.type)}→ ${lang.name(fact.relationship.to)}`
      : '';
  const via = VIA_KEYS[fact.via];
  return (
    <li className={`change-fact change-${fact.op}`} data-testid="change-fact" data-op={fact.op}>
      <span className="change-op">
        {OP_SYMBOLS[fact.op]}
        {t(OP_KEYS[fact.op])}
      </span>{' '}
      <strong>{what}</strong>
      {fact.op === 'change' && fact.changed.length > 0 && <span className="small"> · {t('changeFields', { fields: fact.changed.join(', ') })}</span>}
      <span className="muted small">
        {' '}
        · {t('changeBy', { actor: fact.actor, via: via ? t(via) : fact.via })} · <time dateTime={fact.at}>{momentText(fact.at)}</time>
      </span>
    </li>
  );
}

function ChangeList({ view }: { view: ChangesView }) {
  const { t } = useLang();
  if (view.total === 0) return <Empty>{t('changesNone')}</Empty>;
  return (
    <>
      <h3>{t('factsHeading', { count: view.total })}</h3>
      <ul className="plain-list change-facts">
        {view.facts.map((fact, i) => (
          <FactItem key={`${fact.at}-${i}`} fact={fact} />
        ))}
      </ul>
      {view.truncated && <p className="muted small">{t('truncated', { shown: view.facts.length, total: view.total })}</p>}
      <ChangeConsequences view={view} />
    </>
  );
}

export function ChangesPanel({ changes }: { changes: Changes }) {
  const { t } = useLang();
  const id = useId();
  const { since, setSince, state, reload } = changes;
  const historyStart = useHistoryStart();
  return (
    <section className="card changes-panel" aria-labelledby={`${id}-title`} data-testid="changes-panel">
      <h2 id={`${id}-title`}>{since ? t('changesTitle', { date: momentText(since) }) : t('changesTitleNone')}</h2>
      <div className="changes-since">
        <label htmlFor={id}>{t('sinceLabel')}</label>{' '}
        <input
          id={id}
          type="date"
          min={historyStart ?? undefined}
          max={chinaToday()}
          value={since ? dayOf(since) : ''}
          onChange={(event) => setSince(event.target.value || null)}
          data-testid="since-input"
        />
        {since && (
          <button type="button" className="link-button small" onClick={() => setSince(null)}>
            {t('clearSince')}
          </button>
        )}
      </div>
      {state === null ? (
        <p className="muted small">{t('sinceHint')}</p>
      ) : (
        <Loaded state={state} reload={reload}>
          {(view) => <ChangeList view={view} />}
        </Loaded>
      )}
    </section>
  );
}
