// The graph's schema from the model: labels, relationship types with the labels they join, and
// properties, each with its Chinese and English name. A click puts the name at the editor's cursor.
import { useId } from 'react';
import { useLang } from '../../i18n/lang';
import { MODEL_SCHEMA } from './modelSchema';

export function SchemaPanel({ onInsert }: { onInsert: (name: string) => void }) {
  const lang = useLang();
  const { t } = lang;
  const ids = useId();
  const insertLabel = (name: string) => `${t('schemaInsert')}: ${name}`;
  return (
    <aside className="card schema-panel" aria-labelledby={`${ids}-title`} data-testid="schema-panel">
      <h2 id={`${ids}-title`}>{t('schemaTitle')}</h2>
      <p className="muted small">{t('schemaNote')}</p>
      <details open>
        <summary>
          {t('schemaLabels')} ({MODEL_SCHEMA.labels.length})
        </summary>
        <ul className="plain-list schema-list" data-testid="schema-labels">
          {MODEL_SCHEMA.labels.map((label) => (
            <li key={label.name}>
              <button type="button" className="schema-item" onClick={() => onInsert(label.name)} aria-label={insertLabel(label.name)} data-testid="schema-label" data-name={label.name}>
                <code>{label.name}</code>
                <span className="muted small">{lang.pick(label.names.zh, label.names.en)}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details open>
        <summary>
          {t('schemaRelationships')} ({MODEL_SCHEMA.relationships.length})
        </summary>
        <ul className="plain-list schema-list" data-testid="schema-relationships">
          {MODEL_SCHEMA.relationships.map((rel) => (
            <li key={rel.name}>
              <button
                type="button"
                className="schema-item"
                onClick={() => onInsert(rel.name)}
                aria-label={insertLabel(rel.name)}
                data-testid="schema-relationship"
                data-name={rel.name}
                data-from={rel.from.join(',')}
                data-to={rel.to.join(',')}
              >
                <code>{rel.name}</code>
                <span className="muted small">{lang.pick(rel.names.zh, rel.names.en)}</span>
                <span className="schema-ends small">
                  ({rel.from.join(' | ')}) → ({rel.to.join(' | ')})
                </span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          {t('schemaProperties')} ({MODEL_SCHEMA.properties.length})
        </summary>
        <ul className="plain-list schema-list" data-testid="schema-properties">
          {MODEL_SCHEMA.properties.map((property) => (
            <li key={property.name}>
              <button type="button" className="schema-item" onClick={() => onInsert(property.name)} aria-label={insertLabel(property.name)} data-testid="schema-property" data-name={property.name}>
                <code>{property.name}</code>
                <span className="muted small">{lang.pick(property.names.zh, property.names.en)}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
