// Speaker attribution: for every quotation of speech, who is credited with it (the canonical name, or the
// description of an anonymous source), the words that name them, and the cue.
//
// 1. Each quotation's own sentence: an attribution next to it (see find-attribution.ts).
// 2. What news convention lets a quotation share: the other parts of a split quotation and the other
//    quotations of its paragraph; the quotation a continued paragraph belongs to; the speaker of a
//    paragraph that ends with a colon, for the quotation paragraph that follows.
//    A quotation paragraph after a closed quotation, with no attribution of its own, is credited to
//    nobody (the `unattributed-quote` diagnostic asks the writer to say who spoke).
// 3. Names: a person from the people index where one matches (pronouns resolved to the person they
//    refer to and added to that person's mentions), otherwise the words of the text.
// 4. Kinds: a short quotation that nobody is credited with, and no cue introduces, is a scare quote.
import type { ArticleText, AttributedQuote, PeopleIndex, QuoteSpan, Span } from '../types';
import { type FoundAttribution, clauseSubject } from './find-attribution';
import { lastSentenceStart } from './sentences';
import { SpeakerMemory, type Referent, referentOf } from './speaker-memory';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { REPORTING_FORMS } from '../lexicon/reporting-verbs';
import { NAME_TITLES, isPersonNounOrPlural } from '../lexicon/speaker-words';
import { HONORIFICS } from '../lexicon/people-honorifics';
import { isRoleNoun, ROLE_MODIFIERS } from '../lexicon/people-roles';
import { looksLikeScareQuote } from '../quotes/quote-kind';
import type { Token } from './tokens';
import { ParagraphAttribution, TokenBudget, endsSentence, isParagraphStart, startsCapital } from './paragraph-attribution';
import { placeholderAttribution, SPEAKER_PLACEHOLDER } from './placeholder';
import { lowerBound } from '../text/lower-bound';

export interface AttributionOptions {
  /**
   * A quotation paragraph that follows a closed quotation with no attribution of its own:
   * 'unattributed' (the issue's rule: flag it) or 'previous-speaker' (credit the speaker before it).
   */
  floatingQuotes?: 'unattributed' | 'previous-speaker';
}

/** The issue's rule: a floating quotation paragraph is flagged, not credited. */
export const DEFAULT_FLOATING: NonNullable<AttributionOptions['floatingQuotes']> = 'unattributed';

interface Slot {
  quote: QuoteSpan;
  paragraph: number;
  /** Index in `quotes` of the previous/next quotation in the same paragraph. */
  prev: number;
  next: number;
  own: FoundAttribution | null;
  /** The quotation whose attribution this one shares. */
  from: number;
  /** An attribution found outside the quotation's paragraph (a colon paragraph above). */
  borrowed: FoundAttribution | null;
  /** The paragraph work that found own and borrowed: it gives back their tokens, and the offset to add to theirs. */
  ownSource: ParagraphSource | null;
  borrowedSource: ParagraphSource | null;
}

interface ParagraphSource {
  work: ParagraphAttribution;
  base: number;
}

/**
 * Each paragraph's own attribution work and the offset to add to its offsets: an incremental analyzer
 * gives the ones it kept (see paragraph-cache.ts); by default they are made here, on the article's text.
 */
export type AttributionParagraphs = (paragraph: number) => ParagraphSource;

export function attributeQuotes(article: ArticleText, quotes: QuoteSpan[], people: PeopleIndex, options: AttributionOptions = {}, kept?: AttributionParagraphs): AttributedQuote[] {
  const { text, paragraphs } = article;
  const floating = options.floatingQuotes ?? DEFAULT_FLOATING;
  const paraOf = paragraphIndexer(paragraphs);
  const slots: Slot[] = quotes.map((quote) => ({ quote, paragraph: paraOf(quote.start), prev: -1, next: -1, own: null, from: -1, borrowed: null, ownSource: null, borrowedSource: null }));
  for (let i = 1; i < slots.length; i++) {
    if (slots[i].paragraph === slots[i - 1].paragraph) {
      slots[i].prev = i - 1;
      slots[i - 1].next = i;
    }
  }
  const work = kept ?? freshParagraphs(article, slots);
  /** Index of quotation i within its paragraph. */
  // Counted once in text order: walking the prev chain for each quotation was quadratic in a paragraph
  // of many quotations (a 1 MB single line of quote marks ran for minutes).
  const localIndex = new Int32Array(slots.length);
  for (let i = 1; i < slots.length; i++) if (slots[i].prev >= 0) localIndex[i] = localIndex[i - 1] + 1;
  const local = (i: number): number => localIndex[i];

  // 1. Each quotation's own attribution, or the narrative sentence before it in its paragraph.
  slots.forEach((s, i) => {
    if (s.quote.kind !== 'speech') return;
    const source = work(s.paragraph);
    const k = local(i);
    s.own = source.work.ownOf(k);
    s.borrowed = s.own ? null : source.work.borrowedOf(k);
    s.ownSource = s.borrowedSource = source;
  });

  // 2. Shared attributions.
  const isSpeech = (i: number): boolean => slots[i].quote.kind === 'speech';
  slots.forEach((s, i) => {
    if (!isSpeech(i) || s.own || s.borrowed) return;
    const short = looksLikeScareQuote(text, s.quote);
    // Another quotation of the paragraph: the nearest before, else after (a short one only from its own sentence).
    for (const j of [s.prev, s.next]) {
      if (j < 0) continue;
      const k = ownerOf(slots, j);
      if (k < 0 || !isSpeech(k)) continue;
      if (short && !sameSentence(text, slots, Math.min(i, j), Math.max(i, j))) continue;
      s.from = k;
      return;
    }
  });
  let nextGroup = 1 + quotes.reduce((m, q) => Math.max(m, q.group ?? 0), 0);
  slots.forEach((s, i) => {
    if (!isSpeech(i) || s.own || s.borrowed || s.from >= 0 || s.prev >= 0) return;
    // The first quotation of its paragraph, with nothing in the paragraph to share.
    const group = s.quote.group;
    if (group !== undefined) {
      const k = groupOwner(slots, i, group);
      if (k >= 0) {
        s.from = k;
        return;
      }
    }
    const para = paragraphs[s.paragraph];
    const above = paragraphs[s.paragraph - 1];
    const opensParagraph = above !== undefined && isParagraphStart(text, para.start, s.quote.start);
    if (opensParagraph && text[above.end - 1] === ':') {
      const source = work(s.paragraph - 1);
      s.borrowed = source.work.lastSentenceAttribution();
      s.borrowedSource = source;
      if (s.borrowed) return;
    }
    // A quotation paragraph after a paragraph of narrative that reports someone speaking
    // ("Valastro praised Christie’s leadership …" / “We need someone who …”) quotes that person.
    const aboveHasQuote = i > 0 && slots[i - 1].paragraph === s.paragraph - 1;
    const quoteOnly = opensParagraph && !work(s.paragraph).work.narrativeHasCue();
    if (quoteOnly && !aboveHasQuote) {
      // The narrative's reporting verb, or else its subject when that is a named person or "he"/"she"
      // ("Viguerie is upbeat about Cruz’s chances." / “Not only can Ted Cruz win …”).
      const source = work(s.paragraph - 1);
      const reported = source.work.lastSentenceAttribution();
      // "… have fallen for four months, according to the National Association of Realtors." cites where a fact
      // comes from: the next paragraph's quotation is not that source speaking.
      s.borrowed = (reported && !reported.cue?.according ? reported : null) ?? subjectOfSentence(source, people);
      s.borrowedSource = source;
      if (s.borrowed) return;
    }
    if (floating === 'previous-speaker' && quoteOnly && aboveHasQuote) {
      const k = ownerOf(slots, i - 1);
      if (k >= 0 && isSpeech(k)) s.from = k;
      return;
    }
    // A few words of lead-in and a colon, with no one named ("Then, more seriously: “My mother died …"): the
    // speaker of the quotation just before goes on.
    if (i > 0 && slots[i - 1].paragraph >= s.paragraph - 1 && isLeadIn(text, para.start, s.quote.start)) {
      const k = ownerOf(slots, i - 1);
      if (k >= 0 && isSpeech(k)) s.from = k;
    }
  });
  // Split quotations ("“X,” she said, “Y.”") share one group.
  slots.forEach((s) => {
    if (s.prev < 0 || !s.own || !slots[s.prev].own) return;
    const a = slots[s.prev].own!;
    const w = s.ownSource!.work;
    // Both in one paragraph: their offsets have the same base.
    if (a.cue && s.own.cue && w.tokensOf(a)[a.cue.first].start === w.tokensOf(s.own)[s.own.cue.first].start) {
      slots[s.prev].quote.group ??= nextGroup++;
      // Object.assign, not { ...q, group }: V8 gives every object spread-then-extended a hidden class of its own.
      s.quote = Object.assign({}, s.quote, { group: slots[s.prev].quote.group });
    }
  });

  // 3. Names, in text order so that pronouns can refer back.
  const isQuoted = quotedTest(quotes);
  const memory = new SpeakerMemory(people, isQuoted, (at, end) => opensSentence(text, paragraphs[paraOf(at)].start, titleStart(text, at)) || REPORTS_AFTER.test(text.slice(end, end + 120)));
  // Per quotation that owns an attribution (others share it): its speaker, named once.
  const named = new Map<Slot, Named>();
  const out: AttributedQuote[] = [];
  slots.forEach((s, i) => {
    const q = s.quote;
    const base: AttributedQuote = {
      start: q.start, end: q.end, contentStart: q.contentStart, contentEnd: q.contentEnd, opened: q.opened, closed: q.closed,
      kind: q.kind, group: q.group, speaker: null, speakerId: null, speakerMention: null, cue: null,
    };
    if (!isSpeech(i)) {
      out.push(base);
      return;
    }
    const owner = s.own || s.borrowed ? s : s.from >= 0 && (slots[s.from].own || slots[s.from].borrowed) ? slots[s.from] : null;
    const att = owner ? (owner.own ?? owner.borrowed) : null;
    // The placeholder the unattributed-quote quick fix inserts: the writer has marked where the speaker goes.
    const placeholder = !att && s.quote.closed ? placeholderAttribution(text, s.quote, s.next >= 0 ? slots[s.next].quote.start : paragraphs[s.paragraph].end) : null;
    if (placeholder) {
      base.speaker = SPEAKER_PLACEHOLDER;
      base.speakerMention = placeholder.mention;
      base.cue = placeholder.cue;
      out.push(base);
      return;
    }
    if (!att || !owner) {
      if (looksLikeScareQuote(text, s.quote)) base.kind = 'scare';
      out.push(base);
      return;
    }
    let n = named.get(owner);
    if (!n) {
      n = nameSpeaker(text, placed(att, (owner.own ? owner.ownSource : owner.borrowedSource)!), people, memory);
      named.set(owner, n);
    }
    base.speaker = n.speaker;
    base.speakerId = n.speakerId;
    base.speakerMention = n.mention;
    base.cue = n.cue;
    out.push(base);
  });
  return out;
}

/** Each paragraph's attribution work made on the article's text; a few paragraphs' tokens kept at a time, so memory stays small. */
function freshParagraphs(article: ArticleText, slots: readonly Slot[]): AttributionParagraphs {
  const { text, paragraphs } = article;
  const quotesOf = new Map<number, QuoteSpan[]>();
  for (const s of slots) {
    const list = quotesOf.get(s.paragraph);
    if (list) list.push(s.quote);
    else quotesOf.set(s.paragraph, [s.quote]);
  }
  const made = new Map<number, ParagraphSource>();
  const budget = new TokenBudget(KEPT_PARAGRAPHS);
  return (p) => {
    let source = made.get(p);
    if (!source) made.set(p, (source = { work: new ParagraphAttribution(text, paragraphs[p].start, paragraphs[p].end, quotesOf.get(p) ?? [], budget), base: 0 }));
    return source;
  };
}
const KEPT_PARAGRAPHS = 6;

/** An attribution with its tokens, at the article's offsets. */
function placed(att: FoundAttribution, source: ParagraphSource): FoundAttribution {
  const tokens = source.work.tokensOf(att);
  const base = source.base;
  return { ...att, tokens: base === 0 ? tokens : tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base })) };
}

/** The last sentence's subject of a paragraph above a quotation paragraph, when it is a person (a name the people detector took for one) or "he"/"she". */
function subjectOfSentence(source: ParagraphSource, people: PeopleIndex): FoundAttribution | null {
  const found = source.work.lastSentenceSubject();
  if (!found) return null;
  const { phrase } = found;
  const tokens = source.work.tokensOf(found);
  const base = source.base;
  // Only a person can be the voice of the quotation below: "Leeds City Council has approved …" is not.
  if (phrase.kind === 'name' && people.personAt(tokens[phrase.mentionLast].start + base) === undefined) return null;
  return { phrase, tokens, cue: null, via: 'colon', adjacent: false };
}

interface Named {
  speaker: string | null;
  speakerId: string | null;
  mention: (Span & { text: string }) | null;
  cue: (Span & { text: string }) | null;
}

function nameSpeaker(text: string, att: FoundAttribution, people: PeopleIndex, memory: SpeakerMemory): Named {
  const { phrase, tokens } = att;
  const mStart = tokens[phrase.shownFirst ?? phrase.mentionFirst].start;
  // "Beck, who has described …": the words naming the speaker run to the relative pronoun.
  const mEnd = tokens[phrase.relativeAt ?? phrase.mentionLast].end;
  const mention = { start: mStart, end: mEnd, text: text.slice(mStart, mEnd) };
  const cue = att.cue ? { start: tokens[att.cue.first].start, end: tokens[Math.max(att.cue.last, att.cue.shownLast)].end, text: '' } : null;
  if (cue) cue.text = text.slice(cue.start, cue.end);
  const result = (r: Referent | null): Named => ({ speaker: r?.name ?? null, speakerId: r?.person?.id ?? null, mention, cue });

  if (phrase.kind === 'pronoun') {
    const info = SUBJECT_PRONOUNS.get(tokens[phrase.mentionFirst].lower)!;
    if (info.firstPerson) {
      // The narrative's "I" ("“Do you read your reviews?” I ask") is the writer: the byline's author when it names one.
      if (mention.text === 'I' && people.author) {
        if (people.personAt(mStart) !== people.author) people.addMention(people.author, Object.assign({}, mention, { kind: 'pronoun' as const }));
        return result(referentOf(people.author, mStart));
      }
      return result({ name: mention.text === 'I' ? 'the writer' : mention.text, person: null, isPerson: true, plural: info.plural, offset: mStart });
    }
    const subject = sentenceSubject(text, tokens, phrase.mentionFirst, people);
    const r = memory.resolve(info, mStart, subject);
    if (!r) return result({ name: mention.text, person: null, isPerson: !info.neuter, plural: info.plural, offset: mStart });
    memory.learn(r, info.gender);
    if (r.person && people.personAt(mStart) !== r.person) people.addMention(r.person, Object.assign({}, mention, { kind: 'pronoun' as const }));
    const here = { ...r, offset: mStart };
    memory.noteSpeaker(here);
    return result(here);
  }
  const r = referentFor(text, tokens, phrase.kind, phrase.first, phrase.mentionFirst, phrase.mentionLast, people);
  if (r.person && phrase.kind === 'description' && people.personAt(mStart) !== r.person) people.addMention(r.person, Object.assign({}, mention, { kind: 'role' as const }));
  memory.noteSpeaker(r, mention.text);
  return result(r);
}

/** A name or description as a referent: the person the people index knows it as, or the words themselves. */
function referentFor(text: string, tokens: Token[], kind: 'name' | 'description', first: number, mFirst: number, mLast: number, people: PeopleIndex): Referent {
  const start = tokens[mFirst].start;
  const words = text.slice(start, tokens[mLast].end);
  const person = people.personAt(start) ?? people.personAt(tokens[mLast].start) ?? people.resolve(words, start);
  if (person) return referentOf(person, start);
  const head = tokens[mLast].lower;
  // "Critics have long called her …", "Officials said": a capitalised person noun is a description, not a name.
  const personNoun = mFirst === mLast && isPersonNounOrPlural(head);
  if (kind === 'name' && !personNoun) {
    return { name: bareName(tokens, mFirst, mLast, text), person: null, isPerson: true, plural: false, offset: start, unknownName: true };
  }
  const description = text.slice(tokens[first].start, tokens[mLast].end);
  const isPerson = isPersonNounOrPlural(head) || NAME_TITLES.has(head);
  return { name: description, person: null, isPerson, plural: /s$/.test(head) && !/ss$/.test(head), offset: start };
}

/** A name without the titles and honorifics in front of it ("Admiral Sir Tony Radakin" → "Tony Radakin"). */
function bareName(tokens: Token[], first: number, last: number, text: string): string {
  let f = first;
  while (f < last && NAME_TITLES.has(tokens[f].lower)) f++;
  return text.slice(tokens[f].start, tokens[last].end);
}

/** The subject of the pronoun's own sentence, when it is a person named before the pronoun. */
function sentenceSubject(text: string, tokens: Token[], pronounAt: number, people: PeopleIndex): Referent | null {
  const phrase = clauseSubject(tokens, pronounAt);
  if (!phrase || phrase.kind === 'pronoun' || phrase.last >= pronounAt) return null;
  const r = referentFor(text, tokens, phrase.kind, phrase.first, phrase.mentionFirst, phrase.mentionLast, people);
  // A capitalised word the people detector did not take for a person ("Winter, he told the Dáil, …") is
  // not the pronoun's antecedent; a description of a person ("The judge … she said") is.
  if (phrase.kind === 'name' && !r.person) return null;
  return r.isPerson ? r : null;
}

/** Follows a chain of shared attributions to the quotation that owns one (or -1). */
function ownerOf(slots: Slot[], j: number): number {
  for (let n = 0; j >= 0 && n < 64; n++) {
    const s = slots[j];
    if (s.own || s.borrowed) return j;
    j = s.from;
  }
  return -1;
}

/** The attributed quotation of a multi-paragraph group, preferring the earliest. */
function groupOwner(slots: Slot[], i: number, group: number): number {
  for (let j = i - 1; j >= 0 && i - j < 64; j--) {
    if (slots[j].quote.group === group) {
      const k = ownerOf(slots, j);
      if (k >= 0) return k;
    }
  }
  for (let j = i + 1; j < slots.length && j - i < 64; j++) {
    if (slots[j].quote.group !== group) continue;
    if (slots[j].own) return j;
  }
  return -1;
}

function sameSentence(text: string, slots: Slot[], a: number, b: number): boolean {
  const qa = slots[a].quote;
  const qb = slots[b].quote;
  if (endsSentence(text, qa) && startsCapital(text, qa.end, qb.start)) return false;
  return lastSentenceStart(text, qa.end, qb.start) === qa.end;
}

/** A reporting verb right after a name (a party or state tag, an "also" between): the name is the verb's subject. */
// A relative clause or an apposition may come between ("Justice Isaiah Coleman-Ruiz, who joined the majority,
// wrote separately"; "Dr. Luis Ortega-Ramírez, a neuroscientist at the University of Texas at Austin, said").
const REPORTS_AFTER = /^(?:\s+\p{Lu}{2,4})?(?:,\s+(?:who|whose|a|an|the)\s[^,;.!?“”"]{1,80})?,?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|warned|explained|stated|testified|recalled)\b/u;

/** Text before a quotation that only leads into it: at most six words, a colon, no name and no reporting verb. */
function isLeadIn(text: string, from: number, to: number): boolean {
  const lead = text.slice(from, to).trim();
  if (!lead.endsWith(':') || lead.length > 60) return false;
  const words = lead.slice(0, -1).split(/[\s,]+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  return words.every((w, n) => (n === 0 || !/^\p{Lu}/u.test(w)) && !REPORTING_FORMS.has(w.toLowerCase()) && w.toLowerCase() !== 'according');
}

/** A title or role word written before a name: "Dr.", "Chief", "Justice", "Co-author". */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return NAME_TITLES.has(lower) || HONORIFICS.has(bare) || ROLE_MODIFIERS.has(bare) || isRoleNoun(bare);
}

/** Where the title words written before a name begin ("Chief Justice | Paul Hendricks"): a titled name opens its sentence too. */
function titleStart(text: string, at: number): number {
  let start = at;
  for (let words = 0; words < 4; words++) {
    let e = start;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00a0')) e--;
    if (e === start) break;
    let b = e;
    while (b > 0 && /[\p{L}.'’-]/u.test(text[b - 1])) b--;
    if (b === e || !isTitleWord(text.slice(b, e))) break;
    start = b;
  }
  return start;
}

function opensSentence(text: string, paraStart: number, at: number): boolean {
  let i = at - 1;
  while (i >= paraStart && /[\s]/.test(text[i])) i--;
  return i < paraStart || /[.!?]/.test(text[i]);
}

function paragraphIndexer(paragraphs: readonly Span[]): (offset: number) => number {
  // The last paragraph starting at or before the offset (the first when none does).
  return (offset) => Math.max(0, lowerBound(paragraphs.length, (i) => paragraphs[i].start > offset) - 1);
}

function quotedTest(quotes: readonly QuoteSpan[]): (offset: number) => boolean {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  // Quotations do not overlap, so their ends are sorted too: only the first ending after the offset can hold it.
  return (offset) => {
    const i = lowerBound(sorted.length, (k) => sorted[k].end > offset);
    return i < sorted.length && sorted[i].start <= offset;
  };
}

