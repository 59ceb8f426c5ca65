import { autocompletion, closeBrackets, closeBracketsKeymap, closeCompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql, type SQLNamespace } from '@codemirror/lang-sql';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, placeholder, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { styleNonce } from './style-nonce';
import { DuckDbDialect } from './sql-language';

export interface SqlEditorHandle {
  /** Inserts text at the cursor (replacing the selection) and focuses the editor. */
  insert(text: string): void;
  /** Replaces the whole text (a history entry, an example). */
  setText(text: string): void;
  focus(): void;
  /** Underlines `from`–`to` as the error, or clears the mark. */
  markError(range: { from: number; to: number } | null): void;
  /** Moves the cursor to `offset`, scrolls it into view and focuses the editor. */
  reveal(offset: number): void;
  /** The 1-based line and column of an offset in the current text. */
  lineColumn(offset: number): { line: number; column: number };
  /** The text to run: the selection if there is one, else everything; `base` = its offset. */
  runnableText(): { text: string; base: number; selection: boolean };
}

interface SqlEditorProps {
  ref?: Ref<SqlEditorHandle>;
  initialText: string;
  schema: SQLNamespace;
  label: string;
  placeholderText: string;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  onChange: (text: string) => void;
  /** Whether part of the text is selected (the run button then says so). */
  onSelectionChange: (selected: boolean) => void;
}

const setError = StateEffect.define<{ from: number; to: number } | null>();
const errorMark = Decoration.mark({ class: 'cm-sql-error', attributes: { 'data-testid': 'sql-error-mark' } });
const errorLine = Decoration.line({ class: 'cm-sql-error-line' });

/** The error underline follows edits and goes away when the text is run again. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      if (!effect.value) next = Decoration.none;
      else {
        const line = tr.state.doc.lineAt(effect.value.from);
        next = Decoration.set([errorLine.range(line.from), errorMark.range(effect.value.from, effect.value.to)], true);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The end of the word starting at `from`, so the underline covers the token DuckDB pointed at. */
function tokenEnd(text: string, from: number): number {
  const match = /^("(?:[^"]|"")*"|'(?:[^']|'')*'|[\p{L}\p{N}_$.]+|\S)/u.exec(text.slice(from, from + 200));
  return from + (match ? match[0].length : 0);
}

/**
 * CodeMirror 6 with DuckDB's SQL: highlighting, completion of the tables and columns the console
 * can see, brackets, undo history, and Ctrl/Cmd+Enter to run. Tab is left to move the focus
 * (keyboard users must be able to leave the editor); indentation is typed with spaces.
 */
/**
 * CodeMirror's default colours, as variables (console.css gives each a light and a dark value):
 * the default style's fixed colours are unreadable on the dark theme.
 */
const SQL_HIGHLIGHT = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--sql-keyword)' },
  { tag: [tags.atom, tags.bool, tags.null], color: 'var(--sql-atom)' },
  { tag: [tags.number, tags.literal], color: 'var(--sql-number)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--sql-string)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--sql-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sql-type)' },
  { tag: tags.invalid, color: 'var(--sql-invalid)' },
]);

export function SqlEditor({ ref, initialText, schema, label, placeholderText, onRun, onChange, onSelectionChange }: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  // The latest callbacks, read by the editor's handlers without rebuilding the editor.
  const callbacks = useRef({ onRun, onChange, onSelectionChange });
  useEffect(() => {
    callbacks.current = { onRun, onChange, onSelectionChange };
  }, [onRun, onChange, onSelectionChange]);

  useEffect(() => {
    const runKey = Prec.highest(
      keymap.of([
        {
          key: 'Mod-Enter',
          preventDefault: true,
          run: (editor) => {
            closeCompletion(editor);
            callbacks.current.onRun();
            return true;
          },
        },
      ]),
    );
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          runKey,
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ activateOnTyping: true }),
          syntaxHighlighting(SQL_HIGHLIGHT),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
          language.current.of(sql({ dialect: DuckDbDialect, schema, upperCaseKeywords: true })),
          placeholder(placeholderText),
          errorField,
          EditorView.lineWrapping,
          EditorView.cspNonce.of(styleNonce()),
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'sql-editor', spellcheck: 'false' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
            if (update.selectionSet) callbacks.current.onSelectionChange(!update.state.selection.main.empty);
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is built once; text, schema and labels change through dispatches below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(sql({ dialect: DuckDbDialect, schema, upperCaseKeywords: true })) });
  }, [schema]);

  useImperativeHandle(
    ref,
    () => ({
      insert(text) {
        const editor = view.current;
        if (!editor) return;
        editor.dispatch(editor.state.replaceSelection(text), { scrollIntoView: true });
        editor.focus();
      },
      setText(text) {
        const editor = view.current;
        if (!editor) return;
        editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text }, selection: { anchor: text.length }, effects: setError.of(null) });
        editor.focus();
      },
      focus() {
        view.current?.focus();
      },
      markError(range) {
        const editor = view.current;
        if (!editor) return;
        if (!range) {
          editor.dispatch({ effects: setError.of(null) });
          return;
        }
        const length = editor.state.doc.length;
        const from = Math.min(range.from, Math.max(0, length - 1));
        const to = Math.min(length, Math.max(from + 1, range.to === range.from ? tokenEnd(editor.state.doc.toString(), from) : range.to));
        editor.dispatch({ effects: [setError.of({ from, to }), EditorView.scrollIntoView(from, { y: 'center' })] });
      },
      reveal(offset) {
        const editor = view.current;
        if (!editor) return;
        const at = Math.min(offset, editor.state.doc.length);
        editor.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        editor.focus();
      },
      lineColumn(offset) {
        const doc = view.current?.state.doc;
        if (!doc) return { line: 1, column: offset + 1 };
        const line = doc.lineAt(Math.min(offset, doc.length));
        return { line: line.number, column: Math.min(offset, doc.length) - line.from + 1 };
      },
      runnableText() {
        const state = view.current?.state;
        if (!state) return { text: '', base: 0, selection: false };
        const { from, to, empty } = state.selection.main;
        return empty ? { text: state.doc.toString(), base: 0, selection: false } : { text: state.sliceDoc(from, to), base: from, selection: true };
      },
    }),
    [],
  );

  return <div ref={host} className="sql-editor" />;
}
