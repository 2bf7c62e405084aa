// Code actions (quick fixes) on News Lens diagnostics, computed from the analysis of the document version
// the server holds — never from what the client sends, which may be a version behind:
//   - per diagnostic, its fixes (name-variant: respell all as each spelling; unbalanced-quote: insert the
//     missing mark; unattributed-quote: an attribution placeholder) and "ignore this one" (a directive);
//   - per code with a fix, "fix all of this kind in the document" when there is more than one to fix;
//   - source.fixAll.newsLens (editor.codeActionsOnSave): every fix that is a correction, combined.
// Each action lists the diagnostics it resolves.
import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic, Range } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { combine, workspaceEdit, type FixDocument, type OffsetEdit } from './edits';
import type { Fix, FixKind } from './fix';
import { ignoreFix } from './ignore';
import { nameVariantFixes } from './name-variant';
import { unattributedQuoteFixes } from './unattributed-quote';
import { unbalancedQuoteFixes } from './unbalanced-quote';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsLens`;
export const FIX_KINDS: readonly FixKind[] = [nameVariantFixes, unbalancedQuoteFixes, unattributedQuoteFixes];
const byCode = new Map(FIX_KINDS.map((k) => [k.code as string, k]));

export interface CodeActionRequest {
  /** The request's range (the cursor or selection). */
  range: Range;
  /** The diagnostics the client says are there (context.diagnostics). */
  context: LspDiagnostic[];
  /** context.only: the kinds asked for; undefined for all. */
  only?: string[];
  /** The client applies versioned edits (workspaceEdit.documentChanges). */
  versioned: boolean;
}

/**
 * @param doc the analysed version of the document
 * @param current its diagnostics as published (toLspDiagnostics of the analysis, with `data`)
 */
export function codeActions(doc: FixDocument, current: readonly LspDiagnostic[], request: CodeActionRequest): CodeAction[] {
  const wants = (kind: string) => !request.only || request.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) out.push(...quickFixes(doc, current, request));
  // Source actions only when asked for by kind (as on save): a lightbulb request without `only` would
  // otherwise list a whole-document fix under every diagnostic.
  if (request.only && wants(FIX_ALL_KIND)) {
    const action = fixAllOnSave(doc, current, request.versioned);
    if (action) out.push(action);
  }
  return out;
}

function quickFixes(doc: FixDocument, current: readonly LspDiagnostic[], request: CodeActionRequest): CodeAction[] {
  const targets = targetDiagnostics(current, request);
  const out: CodeAction[] = [];
  const seen = new Map<string, CodeAction>();
  /**
   * One action per edit: two diagnostics of one person offer the same respelling once, listing both, and
   * a "fix all" that comes to the same edit as a single fix (one person's names) is not offered twice.
   */
  const add = (fix: Fix, kind: string, diagnostics: LspDiagnostic[]) => {
    if (!fix.edits.length) return;
    const key = JSON.stringify(fix.edits);
    const same = seen.get(key);
    if (same) {
      for (const d of diagnostics) if (!same.diagnostics!.includes(d)) same.diagnostics!.push(d);
      return;
    }
    const action: CodeAction = { title: fix.title, kind, diagnostics: [...diagnostics], edit: workspaceEdit(doc, combine(fix.edits), request.versioned) };
    if (fix.preferred) action.isPreferred = true;
    seen.set(key, action);
    out.push(action);
  };
  const fixAllDone = new Set<string>();
  for (const d of targets) {
    const kind = byCode.get(String(d.code));
    if (kind) for (const fix of kind.fixes(doc, d)) add(fix, CodeActionKind.QuickFix, [d]);
    if (kind && !fixAllDone.has(kind.code)) {
      fixAllDone.add(kind.code);
      const all = fixAllOfKind(doc, current, kind);
      if (all) add(all.fix, CodeActionKind.QuickFix, all.diagnostics);
    }
    const ignore = ignoreFix(doc, d);
    if (ignore) add(ignore, CodeActionKind.QuickFix, [d]);
  }
  return out;
}

/**
 * The current diagnostics the request is about: those the client sent that are still current (same code
 * and range), else — the client's are stale, or it sent none — the current ones touching the range.
 */
function targetDiagnostics(current: readonly LspDiagnostic[], request: CodeActionRequest): LspDiagnostic[] {
  const key = (d: LspDiagnostic) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
  const byKey = new Map(current.map((d) => [key(d), d]));
  const matched = request.context.map((d) => byKey.get(key(d))).filter((d): d is LspDiagnostic => d !== undefined);
  if (matched.length) return [...new Set(matched)];
  return current.filter((d) => touches(d.range, request.range));
}

function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** "Fix all of this kind": offered when the document has more than one diagnostic of the code to fix. */
function fixAllOfKind(doc: FixDocument, current: readonly LspDiagnostic[], kind: FixKind): { fix: Fix; diagnostics: LspDiagnostic[] } | undefined {
  const ofKind = current.filter((d) => String(d.code) === kind.code);
  const fixable = ofKind.filter((d) => kind.fixable(doc, d));
  if (fixable.length < 2) return undefined;
  const edits = combine(kind.fixAll(doc, fixable));
  if (!edits.length) return undefined;
  return { fix: { title: `${kind.fixAllTitle} (${fixable.length})`, edits }, diagnostics: fixable };
}

/** source.fixAll.newsLens: every correction in the document, in one edit (placeholders are not corrections). */
function fixAllOnSave(doc: FixDocument, current: readonly LspDiagnostic[], versioned: boolean): CodeAction | undefined {
  const edits: OffsetEdit[] = [];
  const fixed: LspDiagnostic[] = [];
  for (const kind of FIX_KINDS) {
    if (!kind.onSave) continue;
    const ofKind = current.filter((d) => String(d.code) === kind.code);
    const kindEdits = kind.fixAll(doc, ofKind);
    if (!kindEdits.length) continue;
    edits.push(...kindEdits);
    fixed.push(...ofKind.filter((d) => kind.fixable(doc, d)));
  }
  const combined = combine(edits);
  if (!combined.length) return undefined;
  return { title: 'News Lens: fix all auto-fixable problems', kind: FIX_ALL_KIND, diagnostics: fixed, edit: workspaceEdit(doc, combined, versioned) };
}

/** The server's entry: the request against one analysed version (see AnalysisCache). */
export function answerCodeActions(
  uri: string,
  analysed: { text: string; version: number; analysis: FixDocument['analysis']; lines: { offset(p: Range['start']): number; position(o: number): Range['start'] } },
  current: readonly LspDiagnostic[],
  params: CodeActionParams,
  versioned: boolean,
): CodeAction[] {
  const doc: FixDocument = {
    uri,
    version: analysed.version,
    text: analysed.text,
    analysis: analysed.analysis,
    offsetAt: (p) => analysed.lines.offset(p),
    positionAt: (o) => analysed.lines.position(o),
  };
  return codeActions(doc, current, { range: params.range, context: params.context?.diagnostics ?? [], only: params.context?.only, versioned });
}
