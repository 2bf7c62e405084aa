// One analysis per open document, kept for the version it was computed on and reused by every request and
// by the diagnostics publication for that version. The lookup index (and the line table it needs) is built
// on the first request that needs it, so publishing diagnostics after an edit does not pay for it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, LineIndex } from '../engine';
import type { Analyzer } from '../engine';
import type { Analysis, Position } from '../protocol';
import { AnalysisIndex } from './analysis-index';

export class Analysed {
  private lineIndex: LineIndex | undefined;
  private built: AnalysisIndex | undefined;

  constructor(
    /** The text analysed (strings are immutable: this stays the text of `version` whatever edits follow). */
    readonly text: string,
    readonly version: number,
    readonly analysis: Analysis,
  ) {}

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  get index(): AnalysisIndex {
    return (this.built ??= new AnalysisIndex(this.analysis, { offsetAt: (p) => this.lines.offset(p) }));
  }

  private readonly memos = new Map<string, unknown>();

  /** A result that depends only on this analysis (the outline), computed once per version. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** An LSP position in this version's text as an offset, clamped into the text. */
  offsetAt(position: Position): number {
    return this.lines.offset(position);
  }
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysed>();
  /** One incremental analyzer per open document: an edit re-analyses only the paragraphs it changed (and what spans paragraphs). */
  private readonly analyzers = new Map<string, Analyzer>();

  /** `uri` says which workspace folder's newsroom file applies; `analyzer` is the document's own. */
  constructor(private readonly analyzeText: (text: string, uri: string, analyzer: Analyzer) => Analysis) {}

  /** The analysis of the document's current version: cached, or computed now. */
  get(doc: TextDocument): Analysed {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    // The stale version's analysis goes before the new one is made (a request being answered keeps its own
    // reference): with a long document the two together were the peak of memory.
    this.entries.delete(doc.uri);
    const text = doc.getText();
    let analyzer = this.analyzers.get(doc.uri);
    if (!analyzer) this.analyzers.set(doc.uri, (analyzer = createAnalyzer()));
    const entry = new Analysed(text, doc.version, this.analyzeText(text, doc.uri, analyzer));
    this.entries.set(doc.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.analyzers.delete(uri);
  }

  /** Settings changed: every analysis must be recomputed. */
  clear(): void {
    this.entries.clear();
  }
}
