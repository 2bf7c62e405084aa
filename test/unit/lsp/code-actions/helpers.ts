// The code actions of an article, computed the way the server does (engine analysis → LSP diagnostics →
// code actions) without a server, and applied to the text.
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { analyze } from '../../../../server/src/engine/analyze';
import { LineIndex } from '../../../../server/src/engine/text/line-index';
import { toLspDiagnostics } from '../../../../server/src/lsp/diagnostics';
import { codeActions, type CodeActionRequest } from '../../../../server/src/lsp/code-actions';
import type { FixDocument } from '../../../../server/src/lsp/code-actions/edits';
import type { AnalyzeOptions } from '../../../../server/src/protocol';
import { applyWorkspaceEdit } from '../../../support/workspace-edit';

export const URI = 'file:///desk/article.article';

export interface Prepared {
  doc: FixDocument;
  current: Diagnostic[];
}

export function prepare(text: string, options: AnalyzeOptions = {}, analysedText = text): Prepared {
  const analysis = analyze(analysedText, { published: '2026-03-12', ...options });
  const lines = new LineIndex(text);
  const doc: FixDocument = { uri: URI, version: 7, text, analysis, offsetAt: (p) => lines.offset(p), positionAt: (o) => lines.position(o) };
  return { doc, current: toLspDiagnostics(analysis, (code) => `file:///docs/${code}.md`) };
}

/** The diagnostics of one code. */
export function ofCode(p: Prepared, code: string): Diagnostic[] {
  return p.current.filter((d) => d.code === code);
}

/** The actions offered for one diagnostic, as VS Code asks: its range, and it in the context. */
export function actionsFor(p: Prepared, d: Diagnostic, request: Partial<CodeActionRequest> = {}): CodeAction[] {
  return codeActions(p.doc, p.current, { range: d.range, context: [d], versioned: false, ...request });
}

export function titled(actions: CodeAction[], title: string | RegExp): CodeAction {
  const a = actions.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  assert.ok(a, `no action ${title}; offered: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

export function apply(p: Prepared, action: CodeAction): string {
  assert.ok(action.edit, `${action.title} has an edit`);
  return applyWorkspaceEdit(p.doc.text, action.edit, URI);
}

/** The codes the engine reports on a text. */
export function codesIn(text: string, options: AnalyzeOptions = {}): string[] {
  return analyze(text, { published: '2026-03-12', ...options }).diagnostics.map((d) => d.code);
}
