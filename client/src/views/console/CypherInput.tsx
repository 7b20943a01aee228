// The Cypher editor: Neo4j's own CodeMirror 6 editor (highlighting, completion of the
// model's labels, relationship types and properties). Loaded as a chunk of its own by CypherField,
// so no other view downloads it. Ctrl/Cmd+Enter runs the query.
import { CypherEditor, type CypherEditorProps } from '@neo4j-cypher/react-codemirror';
import { useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { EDITOR_SCHEMA } from './modelSchema';

type EditorApi = Parameters<NonNullable<CypherEditorProps['onEditorCreated']>>[0];

/** What the console page may do to the editor from outside it. */
export interface CypherHandle {
  /** Puts text at the cursor and focuses the editor. */
  insert: (text: string) => void;
}

export interface CypherInputProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  /** The id of the visible label, read out for the editing area. */
  labelledBy: string;
  describedBy: string;
  handleRef: Ref<CypherHandle>;
}

export default function CypherInput({ value, onChange, onRun, labelledBy, describedBy, handleRef }: CypherInputProps) {
  const box = useRef<HTMLDivElement>(null);
  const api = useRef<EditorApi | null>(null);
  // The latest props for the editor's listeners, which it registers once.
  const latest = useRef({ value, onChange, onRun });
  useLayoutEffect(() => {
    latest.current = { value, onChange, onRun };
  });

  useImperativeHandle(
    handleRef,
    () => ({
      insert(text: string) {
        const editor = api.current;
        if (!editor) return;
        const at = editor.getPosition().position;
        const current = latest.current.value;
        const next = current.slice(0, at) + text + current.slice(at);
        editor.setValue(next);
        latest.current.onChange(next);
        editor.setPosition(at + text.length);
        editor.focus();
      },
    }),
    [],
  );

  const created = (editor: EditorApi) => {
    api.current = editor;
    // The editing area is a contenteditable; give it the form's label and the shortcut's note.
    const content = box.current?.querySelector('.cm-content');
    content?.setAttribute('aria-labelledby', labelledBy);
    content?.setAttribute('aria-describedby', describedBy);
    content?.setAttribute('aria-multiline', 'true');
  };

  return (
    <div ref={box} className="cypher-editor" data-testid="console-cypher">
      <CypherEditor
        value={value}
        schema={EDITOR_SCHEMA}
        lineNumbers
        lineWrapping
        // Its parser predates Cypher 5 (it marks EXISTS { MATCH … } and CASE as errors); the server's
        // own check names real syntax errors.
        lint={false}
        autofocusProps={[]}
        onEditorCreated={created}
        onValueChanged={(text) => latest.current.onChange(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            latest.current.onRun();
          }
        }}
      />
    </div>
  );
}
