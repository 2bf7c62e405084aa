// "Ignore this one": a comment directive on its own line above the diagnostic's line, indented like it,
// which the engine honours (engine/directives.ts): <!-- news-lens-disable-next-line CODE -->. When the
// line above is already such a directive for other codes, the code is added to it instead of stacking a
// second one (the engine reads only the directive right above a line).
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { FixDocument, OffsetEdit } from './edits';
import type { Fix } from './fix';

const EXISTING = /^([ \t]*<!--\s*news-lens-disable-next-line)((?:\s+[a-z][a-z-]*)*)(\s*-->)[ \t]*$/;

/** Codes a directive cannot silence: document-too-large is reported before any directive is read. */
const NOT_IGNORABLE = new Set(['document-too-large']);

export function ignoreFix(doc: FixDocument, d: LspDiagnostic): Fix | undefined {
  const code = String(d.code ?? '');
  if (!/^[a-z][a-z-]*$/.test(code) || NOT_IGNORABLE.has(code)) return undefined;
  const line = d.range.start.line;
  const lineStart = doc.offsetAt({ line, character: 0 });
  const title = `Ignore this ${code} (comment directive on the line above)`;
  if (line > 0) {
    const prevStart = doc.offsetAt({ line: line - 1, character: 0 });
    const prevEnd = doc.offsetAt({ line: line - 1, character: Number.MAX_SAFE_INTEGER });
    const m = EXISTING.exec(doc.text.slice(prevStart, prevEnd));
    if (m && m[2].trim()) {
      const codes = m[2].trim().split(/\s+/);
      if (codes.includes(code)) return undefined;
      const at = prevStart + m[1].length + m[2].length;
      return { title, edits: [{ start: at, end: at, text: ` ${code}` }] };
    }
  }
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  const edit: OffsetEdit = { start: lineStart, end: lineStart, text: `${indent}<!-- news-lens-disable-next-line ${code} -->${eolOf(doc.text, lineStart)}` };
  return { title, edits: [edit] };
}

/** The document's own line break: the one ending this line, else the first one, else \n. */
function eolOf(text: string, from: number): string {
  const m = /\r\n|\n|\r/.exec(text.slice(from)) ?? /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}
