import { useEffect, useState, type RefObject } from 'react';
import type { ConsoleError } from '../../session/console-runner';
import type { SqlEditorHandle } from './SqlEditor';

/** Once a run fails, marks the spot in the editor and gives its line and column (null: no spot). */
export function useErrorMark(editor: RefObject<SqlEditorHandle | null>, failure: ConsoleError | null) {
  const [errorAt, setErrorAt] = useState<{ line: number; column: number } | null>(null);
  useEffect(() => {
    const spot = failure?.position?.offset ?? failure?.statement?.start;
    if (!editor.current || spot === undefined) {
      setErrorAt(null);
      return;
    }
    editor.current.markError({ from: spot, to: spot });
    setErrorAt(editor.current.lineColumn(spot));
  }, [editor, failure]);
  return errorAt;
}
