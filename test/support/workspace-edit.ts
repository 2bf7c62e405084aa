// Applies an LSP WorkspaceEdit to one document's text, as an editor does: both shapes (`changes` and
// versioned `documentChanges`), every edit's range read against the original text, overlapping edits
// refused (an editor refuses them too, so a fix that produced them would be broken).
import type { Position, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export function editsFor(edit: WorkspaceEdit, uri: string): { edits: TextEdit[]; version?: number | null } {
  if (edit.documentChanges) {
    const docs = edit.documentChanges.filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri);
    if (docs.length !== edit.documentChanges.length) throw new Error('the edit touches other documents or files');
    return { edits: docs.flatMap((d) => d.edits as TextEdit[]), version: docs[0]?.textDocument.version };
  }
  const others = Object.keys(edit.changes ?? {}).filter((u) => u !== uri);
  if (others.length) throw new Error(`the edit touches other documents: ${others.join(', ')}`);
  return { edits: edit.changes?.[uri] ?? [] };
}

export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  return applyTextEdits(text, editsFor(edit, uri).edits);
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  const offset = (p: Position) => {
    if (p.line >= starts.length) throw new Error(`line ${p.line} is past the end of the text`);
    return starts[p.line] + p.character;
  };
  const spans = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) throw new Error(`overlapping edits at offset ${s.start}`);
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}
