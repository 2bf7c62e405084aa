// The shape every fix kind implements: the quick fixes of one diagnostic, and the edits that fix every
// diagnostic of its code at once (for "fix all of this kind" and source.fixAll).
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { DiagnosticCode } from '../../protocol';
import type { FixDocument, OffsetEdit } from './edits';

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
