// Text edits for the quick fixes, kept as document offsets until the end: the fixes are computed against
// the text of the analysed version, combined (fix-all) by offset, and only then turned into LSP ranges.
import type { Diagnostic as LspDiagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis } from '../../protocol';
import { isFixEdit } from '../../engine/rules/fix-data';

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** What a fix is computed from: one version of one document and its analysis. */
export interface FixDocument {
  uri: string;
  version: number;
  text: string;
  analysis: Analysis;
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

/**
 * The edit a rule put in `data[key]` (offsets from the diagnostic's start), in document offsets — or
 * undefined when the document no longer holds the text the edit expects to replace (a stale diagnostic).
 */
export function dataEdit(doc: FixDocument, d: LspDiagnostic, key: string): OffsetEdit | undefined {
  const e = (d.data as Record<string, unknown> | undefined)?.[key];
  if (!isFixEdit(e)) return undefined;
  const anchor = doc.offsetAt(d.range.start);
  const start = anchor + e.from;
  const end = anchor + e.to;
  if (start < 0 || end > doc.text.length || doc.text.slice(start, end) !== e.replaces) return undefined;
  return { start, end, text: e.text };
}

/**
 * Edits that can be applied together: in document order, each one dropped that overlaps one kept before it
 * (two insertions at one offset count as overlapping, since their order would be a guess).
 */
export function combine(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && (e.start < last.end || e.start === last.start)) continue;
    out.push(e);
  }
  return out;
}

export function toTextEdits(doc: FixDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

/**
 * The workspace edit of a fix. With `versioned` (the client supports documentChanges) the edit names the
 * analysed version, so a client whose document has changed since refuses it instead of misplacing it.
 */
export function workspaceEdit(doc: FixDocument, edits: readonly OffsetEdit[], versioned: boolean): WorkspaceEdit {
  const textEdits = toTextEdits(doc, edits);
  if (versioned) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] };
  return { changes: { [doc.uri]: textEdits } };
}

/** Applies offset edits to a text (for tests and for checking a combined fix). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
