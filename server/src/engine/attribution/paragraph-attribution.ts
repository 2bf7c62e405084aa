// What attribution finds in one paragraph from the paragraph's own words, each part computed when first
// asked for: its tokens (a quotation is one token), each quotation's own attribution (in its sentence) or
// the narrative sentence before it that it continues, the attribution and the subject of its last sentence
// (for a quotation paragraph below it), and whether its narrative holds a reporting cue.
// Offsets are those of `text`: the article's in a fresh analysis; the paragraph's own copy when an
// incremental analyzer keeps this from one version to the next (its users then add the paragraph's offset).
import type { Span } from '../types';
import { type FoundAttribution, attributionAfter, attributionAtSentenceEnd, attributionBefore, clauseSubject, subjectAfterParticiplePhrase } from './find-attribution';
import { type NounPhrase, phraseStartingAt } from './noun-phrase';
import { lastSentenceStart } from './sentences';
import { type Token, type TokenWindow, isTitleCaseRun, tokenize } from './tokens';
import { cueAt } from './cues';
import { lowerBound } from '../text/lower-bound';

/** A quotation of the paragraph, as pairing found it. */
export interface LocalQuote extends Span {
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

export class ParagraphAttribution {
  private toks: Token[] | undefined;
  /** Whether the paragraph is a title-case headline, kept when its tokens are let go. */
  private titleCase: boolean | undefined;
  private readonly own: (FoundAttribution | null | undefined)[];
  private readonly borrowed: (FoundAttribution | null | undefined)[];
  private last: FoundAttribution | null | undefined;
  private subject: { phrase: NounPhrase; tokens: Token[] } | null | undefined;
  private cue: boolean | undefined;
  /**
   * What was found does not hold the tokens it read: it holds where they lie among the paragraph's tokens
   * (index ranges), and tokensOf() gives them back, read again if released. Holding every quotation's
   * tokens until the speakers are named took most of a long document's memory.
   */
  private readonly windows = new Map<object, number[]>();

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    /** The paragraph's quotations in text order. */
    readonly quotes: readonly LocalQuote[],
    /** Shared by the paragraphs of one analysis to hold only a few paragraphs' tokens at a time; none: kept. */
    private readonly budget?: TokenBudget,
  ) {
    this.own = new Array(quotes.length).fill(undefined);
    this.borrowed = new Array(quotes.length).fill(undefined);
  }

  /** The paragraph's tokens, each quotation standing as one token marked inQuote. */
  get tokens(): Token[] {
    this.budget?.hold(this);
    if (!this.toks) {
      const toks = tokenize(this.text, this.start, this.end, this.quotes);
      const titleCase = (this.titleCase ??= isTitleCaseRun(toks));
      for (const t of toks) t.titleCase = titleCase;
      this.toks = toks;
    }
    return this.toks;
  }

  /** Lets go of the tokens (what was found keeps those it holds); they are read again if asked for. */
  release(): void {
    this.toks = undefined;
  }

  /** The tokens lying wholly inside [from, to) (`from` within the paragraph). */
  readonly win: TokenWindow = (from, to) => {
    if (to <= from || from >= this.end) return [];
    const toks = this.tokens;
    const end = Math.min(to, this.end);
    const lo = firstStartingFrom(toks, from);
    const hi = firstEndingAfter(toks, end);
    return toks.slice(lo, Math.max(lo, hi));
  };

  /** Quotation i's attribution in its own sentence, if any. */
  ownOf(i: number): FoundAttribution | null {
    if (this.own[i] === undefined) this.find(i);
    return this.own[i]!;
  }

  /** For quotation i opening its sentence with no attribution of its own: the narrative sentence before it that reports someone. */
  borrowedOf(i: number): FoundAttribution | null {
    if (this.borrowed[i] === undefined) this.find(i);
    return this.borrowed[i]!;
  }

  private find(i: number): void {
    const { text, win } = this;
    const q = this.quotes[i];
    const sentence = this.sentenceStartOf(i);
    const to = i + 1 < this.quotes.length ? this.quotes[i + 1].start : this.end;
    // A sentence that opens on a participle phrase holding the quotation ("Describing the talks as “good,”
    // Sir Keir …") is credited to the subject after the phrase, with the participle as its cue. Then an
    // attribution right after the quotation ("“…,” she wrote"), the surest; then one right before it.
    // Each is looked for only when those before it found nothing (they read only the paragraph's tokens).
    const own =
      (q.closed ? (subjectAfterParticiplePhrase(win, sentence, q.start, q.end, to) ?? attributionAfter(win, q.end, to, lastContentChar(text, q))) : null) ??
      attributionBefore(win, sentence, q.start) ??
      (q.closed ? (attributionAtSentenceEnd(win, q.end, to) ?? this.speakerAfterColon(i)) : null);
    let borrowed: FoundAttribution | null = null;
    // A quotation that opens its sentence, after a sentence of narrative that reports someone
    // ("Clinton touted her record. “We need …”"), continues what that person said.
    if (!own && isParagraphStart(text, sentence, q.start)) {
      const from = i > 0 ? this.quotes[i - 1].end : this.start;
      const previous = sentence > from ? lastSentenceStart(text, from, trimmedEnd(text, from, sentence) - 1) : -1;
      // Only a sentence of its own: the tail of an earlier quotation's sentence is that quotation's attribution.
      if (previous >= 0 && (i === 0 || previous > from)) borrowed = attributionBefore(win, previous, sentence);
    }
    this.own[i] = own && this.detach(own);
    this.borrowed[i] = borrowed && this.detach(borrowed);
  }

  /**
   * A paragraph that opens with a quotation and names its speaker after a colon, as headlines and standfirsts
   * do: "‘I wrote it to find out who she was’: Harriet Quayle on her mother …". Only a name.
   */
  private speakerAfterColon(i: number): FoundAttribution | null {
    const q = this.quotes[i];
    if (i !== 0 || !isParagraphStart(this.text, this.start, q.start)) return null;
    const toks = this.win(q.end, i + 1 < this.quotes.length ? this.quotes[i + 1].start : this.end);
    if (toks[0]?.text !== ':') return null;
    const phrase = phraseStartingAt(toks, 1);
    return phrase?.kind === 'name' ? { phrase, tokens: toks, cue: null, via: 'colon', adjacent: true } : null;
  }

  /**
   * The tokens that an attribution found here reads (the window of the paragraph it was found in). When the
   * paragraph's tokens have been let go, only the window's own text is read again: speakers are named after
   * every paragraph has been read, and reading whole paragraphs a second time for a few tokens each was
   * a tenth of a long document's analysis.
   */
  tokensOf(found: { tokens: Token[] }): Token[] {
    const ranges = this.windows.get(found);
    if (!ranges) return found.tokens;
    if (!this.toks) {
      const out: Token[] = [];
      for (let r = 0; r < ranges.length; r += 4) {
        const run = this.reread(ranges[r], ranges[r + 1], ranges[r + 2], ranges[r + 3]);
        if (!run) return this.slices(ranges);
        for (const t of run) out.push(t);
      }
      return out;
    }
    return this.slices(ranges);
  }

  private slices(ranges: number[]): Token[] {
    const toks = this.tokens;
    if (ranges.length === 4) return toks.slice(ranges[0], ranges[1]);
    const out: Token[] = [];
    for (let r = 0; r < ranges.length; r += 4) for (let k = ranges[r]; k < ranges[r + 1]; k++) out.push(toks[k]);
    return out;
  }

  /**
   * Tokens k0..k1 read again from their own text, from the first one's start to the last one's end. A token
   * starts where the scanner was between tokens, so the same text gives the same tokens, except at the
   * second half of a split contraction ("He|’s"): then (count or ends differ) undefined, and the caller
   * reads the whole paragraph.
   */
  private reread(k0: number, k1: number, from: number, to: number): Token[] | undefined {
    if (k1 <= k0) return [];
    const run = tokenize(this.text, from, to, this.quotes);
    if (run.length !== k1 - k0 || run[0].start !== from || run[run.length - 1].end !== to) return undefined;
    for (const t of run) t.titleCase = this.titleCase;
    return run;
  }

  /**
   * Replaces what `found` holds of the tokens by where they lie in the paragraph (see `windows`): for each
   * run of consecutive tokens, its first and past-last index and its start and end offsets.
   */
  private detach<T extends { tokens: Token[] }>(found: T): T {
    const toks = this.tokens;
    const ranges: number[] = [];
    let k = -1;
    for (const t of found.tokens) {
      // A window is a run of the paragraph's tokens (two runs for a participle phrase): a search only where a run starts.
      k = k >= 0 && toks[k + 1] === t ? k + 1 : firstStartingFrom(toks, t.start);
      const n = ranges.length;
      if (n && ranges[n - 3] === k) {
        ranges[n - 3] = k + 1;
        ranges[n - 1] = toks[k].end;
      } else ranges.push(k, k + 1, toks[k].start, toks[k].end);
    }
    found.tokens = [];
    this.windows.set(found, ranges);
    return found;
  }

  /** Where the sentence holding quotation i begins: a boundary in the narrative, or after a quotation that ended one. */
  private sentenceStartOf(i: number): number {
    const { text, quotes } = this;
    let to = quotes[i].start;
    let j = i - 1;
    for (let hops = 0; hops < 4; hops++) {
      const from = j >= 0 ? quotes[j].end : this.start;
      const s = lastSentenceStart(text, from, to);
      if (s > from || j < 0) return s;
      if (endsSentence(text, quotes[j]) && startsCapital(text, from, to)) return from;
      to = quotes[j].start;
      j--;
    }
    return to;
  }

  /** The attribution of the paragraph's last sentence (for a quotation paragraph below that continues it). */
  lastSentenceAttribution(): FoundAttribution | null {
    if (this.last === undefined) {
      const last = attributionBefore(this.win, lastSentenceStart(this.text, this.start, this.end - 1), this.end);
      this.last = last && this.detach(last);
    }
    return this.last;
  }

  /** The subject of the paragraph's last sentence when it is a name, or "he" or "she" (a name counts only if it is a person's). */
  lastSentenceSubject(): { phrase: NounPhrase; tokens: Token[] } | null {
    if (this.subject === undefined) {
      const toks = this.win(lastSentenceStart(this.text, this.start, this.end - 1), this.end);
      const phrase = clauseSubject(toks, toks.length);
      const fits = !!phrase && (phrase.kind === 'name' || (phrase.kind === 'pronoun' && ['he', 'she'].includes(toks[phrase.first].lower)));
      this.subject = fits ? this.detach({ phrase: phrase!, tokens: toks }) : null;
    }
    return this.subject;
  }

  /** Does the paragraph's own narrative (outside its quotations) hold a reporting cue? */
  narrativeHasCue(): boolean {
    if (this.cue === undefined) {
      const toks = this.win(this.start, this.end);
      let found = false;
      for (let i = 0; i < toks.length && !found; i++) if (!toks[i].inQuote && cueAt(toks, i)) found = true;
      this.cue = found;
    }
    return this.cue;
  }
}

/** The few paragraphs whose tokens are held (most recently read last); the others' are read again when needed. */
export class TokenBudget {
  private readonly held: ParagraphAttribution[] = [];

  constructor(private readonly paragraphs: number) {}

  hold(w: ParagraphAttribution): void {
    const held = this.held;
    if (held[held.length - 1] === w) return;
    const at = held.indexOf(w);
    if (at >= 0) held.splice(at, 1);
    held.push(w);
    if (held.length > this.paragraphs) held.shift()!.release();
  }
}

export function endsSentence(text: string, q: LocalQuote): boolean {
  return /[.!?…]/.test(lastContentChar(text, q));
}

export function startsCapital(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i >= to || /\p{Lu}|[“"‘]/u.test(text[i]);
}

/** The quotation's last character, past spaces and the marks of a quotation nested at its end (,’” → ","). */
function lastContentChar(text: string, q: LocalQuote): string {
  let e = q.contentEnd;
  while (e > q.contentStart && /[\s'’"”]/.test(text[e - 1])) e--;
  return text[e - 1] ?? '';
}

function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}

export function isParagraphStart(text: string, paraStart: number, at: number): boolean {
  for (let i = paraStart; i < at; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

// Tests that read only their function's parameters: cheaper in V8 (see lowerBound).
/** The index of the first token starting at or after `offset` (tokens are in text order). */
function firstStartingFrom(toks: readonly Token[], offset: number): number {
  return lowerBound(toks.length, (i) => toks[i].start >= offset);
}

/** The index of the first token ending after `offset`. */
function firstEndingAfter(toks: readonly Token[], offset: number): number {
  return lowerBound(toks.length, (i) => toks[i].end > offset);
}
