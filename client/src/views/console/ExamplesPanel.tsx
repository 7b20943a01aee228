// Example queries for the analysts' usual questions; a click puts one in the editor and runs it.
import { useId } from 'react';
import { CONSOLE_EXAMPLES, type ConsoleExample } from '../../../../graph/model/consoleExamples';
import { useLang } from '../../i18n/lang';

export function ExamplesPanel({ onPick }: { onPick: (example: ConsoleExample) => void }) {
  const lang = useLang();
  const ids = useId();
  return (
    <aside className="card examples-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{lang.t('examplesTitle')}</h2>
      <ul className="plain-list examples-list" data-testid="console-examples">
        {CONSOLE_EXAMPLES.map((example) => (
          <li key={example.id}>
            <button type="button" className="link-button" onClick={() => onPick(example)} data-testid="console-example" data-example={example.id}>
              {lang.pick(example.title.zh, example.title.en)}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
