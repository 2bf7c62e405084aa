// The shape every fix kind implements: the quick fixes of one diagnostic, and the edits that fix every
// diagnostic of its code at once (for "fix all of this kind" and source.fixAll).
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { DiagnosticCode } from '../../protocol';
import { dataEdit, type FixDocument, type OffsetEdit } from './edits';

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** The fix an editor's "auto fix" applies (VS Code: isPreferred). */
  preferred?: boolean;
}

export interface FixKind {
  code: DiagnosticCode;
  /** Title of the "fix all of this kind" action. */
  fixAllTitle: string;
  /** Whether source.fixAll (run on save by editor.codeActionsOnSave) applies this kind without asking. */
  onSave: boolean;
  fixes(doc: FixDocument, diagnostic: LspDiagnostic): Fix[];
  /** Whether the diagnostic has a fix (cheaper than computing it). */
  fixable(doc: FixDocument, diagnostic: LspDiagnostic): boolean;
  /** The edits fixing all these diagnostics (of this code), before they are combined. */
  fixAll(doc: FixDocument, diagnostics: readonly LspDiagnostic[]): OffsetEdit[];
}

/**
 * A kind whose diagnostic carries its one edit in `data[dataKey]` (computed by the engine's rule):
 * `title` names the edit for the menu.
 */
export function singleEditFixKind(
  code: DiagnosticCode,
  dataKey: string,
  options: { fixAllTitle: string; onSave: boolean; title: (doc: FixDocument, d: LspDiagnostic, edit: OffsetEdit) => string },
): FixKind {
  const fix = (doc: FixDocument, d: LspDiagnostic): Fix | undefined => {
    const edit = dataEdit(doc, d, dataKey);
    return edit ? { title: options.title(doc, d, edit), edits: [edit], preferred: true } : undefined;
  };
  return {
    code,
    fixAllTitle: options.fixAllTitle,
    onSave: options.onSave,
    fixes: (doc, d) => {
      const f = fix(doc, d);
      return f ? [f] : [];
    },
    fixable: (doc, d) => dataEdit(doc, d, dataKey) !== undefined,
    fixAll: (doc, ds) => ds.flatMap((d) => fix(doc, d)?.edits ?? []),
  };
}
