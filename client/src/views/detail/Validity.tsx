// A fact's valid time (validFrom / validTo: when it was true in the world, not when innochain recorded
// it) in the detail panel: "有效期 2010 — 至今" under a node's name, and beside each relationship listed.
// An ended or not yet valid fact is marked, as the gap engine does not count it.
import { validityState } from '../../../../graph/model';
import { useLang } from '../../i18n/lang';
import { VALIDITY_STRINGS, type ValidityStringKey } from '../../i18n/validityStrings';
import './validity.css';

/** A validity string in the reader's language, with {placeholders} filled. */
export function useValidityText(): (key: ValidityStringKey, values?: Record<string, string>) => string {
  const { lang } = useLang();
  return (key, values) => {
    let text: string = VALIDITY_STRINGS[key][lang];
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, value);
    return text;
  };
}

const dateOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The period in words, or null when the fact states none. */
function periodKey(from: string | undefined, to: string | undefined): ValidityStringKey | null {
  if (from && to) return 'validBetween';
  if (from) return 'validSince';
  return to ? 'validUntil' : null;
}

export function Validity({ properties, inline = false }: { properties: Record<string, unknown>; inline?: boolean }) {
  const v = useValidityText();
  const from = dateOf(properties.validFrom);
  const to = dateOf(properties.validTo);
  const key = periodKey(from, to);
  if (!key) return null;
  const state = validityState(properties, new Date().getFullYear());
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className={inline ? 'validity validity-inline' : 'validity'} data-testid="validity" data-state={state}>
      {v(key, { from: from ?? '', to: to ?? '' })}
      {state !== 'current' && (
        <span className={`badge ${state === 'ended' ? 'badge-ended' : 'badge-not-yet'}`} title={v('validityNotCounted')}>
          {v(state === 'ended' ? 'validityEnded' : 'validityNotYet')}
        </span>
      )}
    </Tag>
  );
}
