// The fields of one node label as a form: text, numbers, yes/no, enums as selects, lists of enum values
// as checkboxes; required fields marked; the server's per-field errors beside each field.
import { useId } from 'react';
import { fieldName as vocabularyFieldName, SIX_ONES_SLOTS, VALUE_NAMES, type SixOnesSlot } from '../../../../graph/model';
import type { ErrorDetail } from '../../api/client';
import { FieldError } from '../../components/FormErrors';
import { useLang, type LangApi } from '../../i18n/lang';
import type { FormField, FormValue, FormValues } from './formModel';

export function fieldName(name: string, lang: LangApi): string {
  return vocabularyFieldName(name, lang.lang);
}

export function valueName(value: string, lang: LangApi): string {
  if ((SIX_ONES_SLOTS as readonly string[]).includes(value)) return lang.slotName(value as SixOnesSlot);
  const names = VALUE_NAMES[value];
  return names ? lang.pick(names.zh, names.en) : value;
}

interface Props {
  fields: readonly FormField[];
  values: FormValues;
  onChange: (name: string, value: FormValue) => void;
  errors: Map<string, ErrorDetail[]>;
  /** Fields shown but not editable (an existing node's id). */
  readOnly?: readonly string[];
  disabled?: boolean;
  /** An existing node's form: its hints speak of what a change does to what is stored. */
  editing?: boolean;
}

export function NodeFields({ fields, values, onChange, errors, readOnly = [], disabled, editing = false }: Props) {
  const lang = useLang();
  const base = useId();
  return (
    <div className="form-fields">
      {fields.map((field) => {
        const id = `${base}-${field.name}`;
        const errorId = `${id}-error`;
        const fieldErrors = errors.get(field.name);
        const invalid = Boolean(fieldErrors && fieldErrors.length > 0);
        const value = values[field.name] ?? (field.kind === 'enumList' ? [] : '');
        const label = (
          <>
            {fieldName(field.name, lang)}
            {field.required && (
              <span className="required-mark" title={lang.t('requiredMark')} aria-hidden="true">
                {' '}
                *
              </span>
            )}
            <span className="field-code"> {field.name}</span>
          </>
        );
        const common = {
          id,
          name: field.name,
          disabled: disabled || readOnly.includes(field.name),
          'aria-invalid': invalid || undefined,
          'aria-required': field.required || undefined,
          'aria-describedby': invalid ? errorId : undefined,
          'data-field': field.name,
        };
        if (field.kind === 'enumList') {
          const chosen = Array.isArray(value) ? value : [];
          return (
            <fieldset key={field.name} className={invalid ? 'form-field invalid' : 'form-field'} aria-describedby={invalid ? errorId : undefined} data-field={field.name}>
              <legend>{label}</legend>
              <div className="checkbox-grid">
                {(field.values ?? []).map((option) => (
                  <label key={option} className="checkbox-label">
                    <input
                      type="checkbox"
                      checked={chosen.includes(option)}
                      disabled={common.disabled}
                      onChange={(event) =>
                        onChange(field.name, event.target.checked ? [...chosen, option] : chosen.filter((v) => v !== option))
                      }
                    />
                    {valueName(option, lang)}
                  </label>
                ))}
              </div>
              <FieldError id={errorId} details={fieldErrors} />
            </fieldset>
          );
        }
        const text = typeof value === 'string' ? value : '';
        let input;
        if (field.kind === 'longText') {
          input = <textarea {...common} rows={3} value={text} onChange={(event) => onChange(field.name, event.target.value)} />;
        } else if (field.kind === 'enum' || field.kind === 'boolean') {
          const options = field.kind === 'boolean' ? ['true', 'false'] : (field.values ?? []);
          input = (
            <select {...common} value={text} onChange={(event) => onChange(field.name, event.target.value)}>
              {(!field.required || text === '') && <option value="">{lang.t('notSet')}</option>}
              {options.map((option) => (
                <option key={option} value={option}>
                  {field.kind === 'boolean' ? lang.t(option === 'true' ? 'yes' : 'no') : `${valueName(option, lang)}${valueName(option, lang) === option ? '' : ` (${option})`}`}
                </option>
              ))}
            </select>
          );
        } else {
          const numeric = field.kind === 'number' || field.kind === 'integer';
          input = (
            <input
              {...common}
              type="text"
              inputMode={numeric ? (field.kind === 'integer' ? 'numeric' : 'decimal') : undefined}
              spellCheck={field.format === 'slug' ? false : undefined}
              autoComplete="off"
              value={text}
              onChange={(event) => onChange(field.name, event.target.value)}
            />
          );
        }
        const hint = hintOf(field, lang, editing);
        return (
          <div key={field.name} className={invalid ? 'form-field invalid' : 'form-field'}>
            <label htmlFor={id}>{label}</label>
            {input}
            {hint && <span className="field-hint">{hint}</span>}
            {readOnly.includes(field.name) && field.name === 'id' && <span className="field-hint">{lang.t('idReadOnly')}</span>}
            <FieldError id={errorId} details={fieldErrors} />
          </div>
        );
      })}
    </div>
  );
}

function hintOf(field: FormField, lang: LangApi, editing: boolean): string | null {
  // The server drops the old page on any other change (server/edit/provenance.ts): say so where it is typed.
  if (editing && field.name === 'sourceUrl') {
    return lang.pick('改动其他字段时，原来源网址会被移除，除非在此填写新值的来源', 'changing another field removes the old source page unless you give the new value’s page here');
  }
  if (field.kind === 'textList') return lang.pick('多个别名以“；”或“|”分隔', 'separate several aliases with ; or |');
  if (field.format === 'slug') return lang.pick('小写字母、数字和单个连字符，例如 high-end-textiles', 'a-z, 0-9 and single hyphens, e.g. high-end-textiles');
  if (field.format === 'partialDate') return lang.pick('YYYY、YYYY-MM 或 YYYY-MM-DD', 'YYYY, YYYY-MM or YYYY-MM-DD');
  if (field.kind === 'integer' || field.kind === 'number') {
    const range = field.min !== undefined && field.max !== undefined ? `${field.min}–${field.max}` : field.min !== undefined ? `≥ ${field.min}` : '';
    const word = field.kind === 'integer' ? lang.pick('整数', 'whole number') : lang.pick('数字', 'number');
    return range ? `${word} ${range}` : word;
  }
  return null;
}
