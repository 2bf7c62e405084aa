// The engine's one entry point: a pure function from an article's text to its Analysis.
// Detectors run in dependency order; each lives in its own folder and works on offsets;
// only here are offsets turned into LSP ranges. Every span's text is cut from the raw document here,
// so it is always what its range covers (detectors read the text with comments blanked out).
import type { Analysis, AnalyzeOptions, Diagnostic, Range } from '../protocol';
import { prepareArticle } from './text/article-text';
import { LineIndex } from './text/line-index';
import { findPublished } from './dates/find-published';
import { findDates } from './dates/find-dates';
import { forgetScan } from './dates/scan';
import { findPeople } from './people/find-people';
import { findQuotes } from './quotes/find-quotes';
import { attributeQuotes } from './attribution/attribute-quotes';
import { runRules } from './rules';
import { parseDirectives } from './directives';
import type { AttributedQuote, DateMention, PersonEntity, PublishedDate, RawDiagnostic, RuleContext } from './types';
import { ParagraphCache } from './paragraph-cache';

export const DEFAULT_MAX_LENGTH = 5_000_000;

export function analyze(raw: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(raw, options, undefined);
}

/** Analyses one document version after version: each call gives what analyze() gives, faster after a small edit. */
export interface Analyzer {
  analyze(raw: string, options?: AnalyzeOptions): Analysis;
}

/**
 * An incremental analyzer for one document (an editor's open file): it keeps each paragraph's own work
 * (see paragraph-cache.ts) from its last call and redoes only the paragraphs an edit changed, then the
 * passes across paragraphs. Documents longer than `maxCachedLength` characters are analysed afresh.
 */
export function createAnalyzer(limits: { maxCachedLength?: number } = {}): Analyzer {
  const cache = new ParagraphCache(limits.maxCachedLength);
  return { analyze: (raw, options = {}) => analyzeWith(raw, options, cache) };
}

function analyzeWith(raw: string, options: AnalyzeOptions, cache: ParagraphCache | undefined): Analysis {
  const lines = new LineIndex(raw);
  // Offsets kept, positions made when read: see text/offset-range.ts.
  const range = (start: number, end: number): Range => lines.offsetRange(start, end);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (raw.length > maxLength) return tooLarge(raw, maxLength, range);
  return toAnalysis(raw, detect(raw, options, cache, lines), range);
}

/** What the detectors and the rules found, with offsets: all that the Analysis is made from. */
interface Found {
  published: PublishedDate;
  people: PersonEntity[];
  quotes: AttributedQuote[];
  dates: DateMention[];
  diagnostics: RawDiagnostic[];
  /** The detectors read the document's own text (it has no comments to blank): the texts they took from it are the analysis's too. */
  sameText: boolean;
}

/**
 * The detectors and the rules. Their working state (the article's paragraphs, the scans, the people index)
 * is gone once this returns, before the Analysis is built: on a long document the two together were the
 * peak of memory.
 */
function detect(raw: string, options: AnalyzeOptions, cache: ParagraphCache | undefined, lines: LineIndex): Found {
  const article = prepareArticle(raw);
  const scanned = cache?.scan(article);
  const knownPeople = options.knownPeople ?? [];
  const published = findPublished(article, options.published, options.today);
  const dates = findDates(article, published);
  // The scan both read is not needed again; on a long document it is megabytes to carry through the rest.
  forgetScan(article);
  const people = findPeople(article, knownPeople, scanned?.people);
  options.betweenStages?.();
  const { quotes, strayMarks } = findQuotes(article, scanned?.quotes);
  const keptAttribution = scanned ? (p: number) => ({ work: scanned.attribution[p], base: article.paragraphs[p].start }) : undefined;
  const attributed = attributeQuotes(article, quotes, people, {}, keptAttribution);
  options.betweenStages?.();

  const ctx: RuleContext = { article, people: people.people, quotes: attributed, strayMarks, dates, published, knownPeople };
  const directives = parseDirectives(raw);
  const raws: RawDiagnostic[] = runRules(ctx, options.rules).filter((d) => !directives.suppresses(d.code, lines.position(d.start).line));
  return { published, people: people.people, quotes: attributed, dates, diagnostics: raws, sameText: article.text === raw };
}

/** The Analysis, with LSP ranges; each part of `found` is let go once converted. */
function toAnalysis(raw: string, found: Found, range: (start: number, end: number) => Range): Analysis {
  const { published } = found;
  const publishedOut = {
    value: published.value,
    source: published.source,
    ...(published.span ? { text: raw.slice(published.span.start, published.span.end), range: range(published.span.start, published.span.end) } : {}),
  };
  const people = found.people.map((p) => ({
    id: p.id,
    name: p.name,
    roles: p.roles,
    // Sorted in place: the people of `found` are let go below. A mention's text is reused when it was read from this same text (98,727 strings for 10 MB of news).
    mentions: p.mentions.sort((a, b) => a.start - b.start).map((m) => ({ text: found.sameText ? m.text : raw.slice(m.start, m.end), range: range(m.start, m.end), kind: m.kind })),
    spellings: p.spellings,
    ...(p.known ? { known: true } : {}),
  }));
  found.people = [];
  const quotes = found.quotes.map((q) => ({
    text: raw.slice(q.contentStart, q.contentEnd),
    range: range(q.contentStart, q.contentEnd),
    kind: q.kind,
    speaker: q.speaker,
    speakerId: q.speakerId,
    speakerMention: q.speakerMention ? { text: found.sameText ? q.speakerMention.text : raw.slice(q.speakerMention.start, q.speakerMention.end), range: range(q.speakerMention.start, q.speakerMention.end) } : null,
    cue: q.cue ? q.cue.text : null,
    cueRange: q.cue ? range(q.cue.start, q.cue.end) : null,
    opened: q.opened,
    closed: q.closed,
  }));
  found.quotes = [];
  const dates = found.dates.map((d) => ({
    text: raw.slice(d.start, d.end),
    range: range(d.start, d.end),
    value: d.value,
    ...(d.precision ? { precision: d.precision } : {}),
    ...(d.basis ? { basis: d.basis } : {}),
    ...(d.explanation ? { explanation: d.explanation } : {}),
  }));
  found.dates = [];
  const diagnostics = found.diagnostics.map(
    (d): Diagnostic => ({ code: d.code, severity: d.severity, message: d.message, range: range(d.start, d.end), ...(d.data ? { data: d.data } : {}) }),
  );
  return { published: publishedOut, people, quotes, dates, diagnostics };
}

function tooLarge(raw: string, maxLength: number, range: (s: number, e: number) => Range): Analysis {
  return {
    published: { value: null, source: 'none' },
    people: [],
    quotes: [],
    dates: [],
    diagnostics: [
      {
        code: 'document-too-large',
        severity: 'information',
        message: `News Lens did not analyse this document: it has ${raw.length.toLocaleString('en')} characters, over the limit of ${maxLength.toLocaleString('en')} (setting newsLens.maxDocumentSize).`,
        range: range(0, Math.min(raw.length, raw.search(/[\r\n]|$/))),
      },
    ],
  };
}
