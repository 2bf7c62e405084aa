// Decides who the people are, with the whole article in view, in three passes of increasing doubt:
// 1. full names ("Keir Starmer", "JD Vance") that no cue calls a place or organisation, each joined to
//    a person seen under the same name, a longer or shorter form of it, other middle initials, or the
//    surname spelt another way with the same given name;
// 2. single names with evidence of a person: an honorific ("Sir Keir", "Ms Ashdown"), a title
//    ("President Trump"), a role in apposition, or the newsroom's list; joined to the person they name
//    (the most recent of several) or starting a new one;
// 3. bare single names ("Starmer", "Zelenskyy") and the words of title-case headlines, kept only when
//    they name someone already found (or a known person);
// 4. the newsroom's listed forms as written, where no pass found a name ("will.i.am", "AOC").
import { SENTENCE_WORDS, WORD_GIVEN_NAMES } from '../lexicon/people-common-words';
import { PARTICLES } from '../lexicon/people-particles';
import { opensInvertedReport } from '../lexicon/reporting-verbs';
import { Draft, pickNearest, type DraftMention, type MentionBasis } from './drafts';
import type { KnownEntry, KnownPeople, LiteralMatch } from './known-people';
import { split } from './known-people';
import { keyOf, partsOfText, partsOfToken, type NamePart } from './name-forms';
import { BARE_ONE_WORD, BARE_ORGANISATION, BARE_PLACE, BARE_SENTENCE_INITIAL, BARE_SPEAKS, type BareNames } from './bare-names';
import { NameIndex } from './name-index';
import type { WordSet } from './word-set';
import type { Occurrence } from './occurrences';
import { tokenize, type Token } from './tokens';
import { lowerBound } from '../text/lower-bound';

export interface MergeInput {
  text: string;
  /** Occurrences of body and byline paragraphs, in text order. */
  occurrences: Occurrence[];
  /** Single names with no evidence of a person, in text order. */
  bare: BareNames;
  /** Tokens of the title-case headline paragraphs. */
  headlines: Token[][];
  known: KnownPeople;
  /** Words seen in lower case somewhere in the article ("novelist"). */
  lowerWords: WordSet;
}

export interface Merged {
  drafts: Draft[];
  index: NameIndex;
}

const MAX_HEADLINE_NAME_WORDS = 4;

export function mergePeople(input: MergeInput): Merged {
  const { known } = input;
  const index = new NameIndex();
  const drafts: Draft[] = [];
  const knownDrafts = new Map<KnownEntry, Draft>();

  const newDraft = (entry?: KnownEntry): Draft => {
    const d = new Draft(drafts.length);
    drafts.push(d);
    if (entry) {
      d.known = entry;
      knownDrafts.set(entry, d);
      const house = split(entry.person.name);
      if (house?.given.length) index.addFull(d, house.parts);
      else if (house) index.addSingle(d, house.parts);
    }
    return d;
  };
  const fromKnown = (entry: KnownEntry): Draft => knownDrafts.get(entry) ?? newDraft(entry);

  const occurrences = input.occurrences.map((o) => dropOpeningWord(input.text, o, input.lowerWords));
  const fullKeys = new Set<string>();
  for (const o of occurrences) if (o.form === 'full') fullKeys.add(o.key);
  const fragments: Occurrence[] = [];

  // 1. Full names.
  for (const o of occurrences) {
    if (o.form !== 'full') continue;
    if (!fullNameIsPerson(o)) {
      // "a dig at Hillary Clinton": a weak cue; the words still name anyone found elsewhere.
      if (o.thing === 'common') fragments.push(o);
      continue;
    }
    if (!o.honorific && !o.titled && isTitleCaseFragment(o, input.lowerWords, fullKeys)) {
      fragments.push(o);
      continue;
    }
    const at = o.start;
    const parts = o.keys;
    const key = o.suffix ? `${o.key} ${o.suffix}` : o.key;
    let d = pickNearest(index.full(key), at);
    let basis: MentionBasis = 'full';
    if (!d && !o.suffix) {
      // A longer form of a name seen before ("Anna Müller-Brandt" after "Müller Brandt").
      for (let i = 1; !d && i <= parts.length - 2; i++) d = pickNearest(index.full(keyOf(parts.slice(i))), at);
      if (!d) {
        // A shorter form: the ending of a longer name ("Müller Brandt" after "Anna Müller-Brandt").
        d = pickNearest(index.surname(key), at);
        if (d) basis = 'surname';
      }
      if (!d) d = index.sameGiven(parts, at)?.draft;
    }
    if (!d) {
      const entry = o.suffix ? undefined : known.full(keyOf(parts));
      d = entry ? fromKnown(entry) : newDraft();
      if (o.suffix) d.suffix = o.suffix;
    }
    if (basis === 'full') index.addFull(d, parts, o.suffix);
    d.add(mentionOf(o, basis), 0);
  }

  // 2. Single names with an honorific, a title, a role, or on the newsroom's list.
  const heads = organisationHeads(occurrences, input.bare);
  for (const o of occurrences) {
    if (o.form !== 'single' || !hasEvidence(o, known) || !singleNameIsPerson(o)) continue;
    // "Tarrant, the world's ninth-largest copper producer", after "Tarrant Resources": the organisation's
    // short name with a description, not a person — unless a title says person or someone has that surname.
    if (o.keys.length === 1 && heads.has(o.keys[0]) && !o.honorific && !o.titled && !index.surname(o.keys[0]).length && !known.surname(o.keys[0])) continue;
    placeSingle(o, true);
  }

  // 3. Bare single names, only for people already found (or known).
  for (const o of occurrences) {
    if (o.form !== 'single' || hasEvidence(o, known)) continue;
    if (o.thing === 'organisation' || (o.thing === 'place' && !o.speaks)) continue;
    placeSingle(o, false);
  }
  const { bare } = input;
  for (let i = 0; i < bare.length; i++) {
    const flags = bare.flags[i];
    const key = bare.keys[i];
    // A place or body word names nobody, unless the newsroom's list says it is someone's surname.
    const listed = known.size > 0 && !!known.surname(key);
    if (!listed && (flags & BARE_ORGANISATION || (flags & BARE_PLACE && !(flags & BARE_SPEAKS)))) continue;
    if (flags & BARE_SENTENCE_INITIAL && flags & BARE_ONE_WORD && SENTENCE_WORDS.has(key)) continue;
    const start = bare.starts[i];
    const end = bare.ends[i];
    const keys = flags & BARE_ONE_WORD && key.indexOf(' ') < 0 ? [key] : key.split(' ');
    placeName(keys, start, undefined, !!(flags & BARE_SENTENCE_INITIAL), false, (basis) => {
      const parts = bareParts(input.text, start, end, key);
      return { start, end, nameStart: start, nameEnd: end, basis, parts, surnameParts: parts.length };
    });
  }
  for (const tokens of input.headlines) matchHeadline(tokens);
  for (const o of fragments) matchHeadline(tokenize(input.text, o.start, o.end));
  // 4. The newsroom listed these people: its forms count as written even where no cue says person.
  if (known.size > 0) addLiteral(known.literal(input.text));

  return { drafts, index };

  /** Listed forms found as written, each given to its person unless a mention (of anyone) already covers it. */
  function addLiteral(matches: LiteralMatch[]): void {
    if (!matches.length) return;
    const spans: Array<[number, number]> = [];
    for (const d of drafts) for (const m of d.mentions) spans.push([Math.min(m.start, m.nameStart), Math.max(m.end, m.nameEnd)]);
    spans.sort((a, b) => a[0] - b[0]);
    // The furthest end among the spans starting up to each index: one binary search answers "overlaps?".
    const reach: number[] = [];
    for (let i = 0, far = -1; i < spans.length; i++) reach.push((far = Math.max(far, spans[i][1])));
    for (const x of matches) {
      const n = lowerBound(spans.length, (i) => spans[i][0] >= x.end); // the spans starting before x ends
      if (n > 0 && reach[n - 1] > x.start) continue;
      const parts = partsOfText(input.text, x.start, x.end);
      fromKnown(x.entry).add({
        start: x.start,
        end: x.end,
        nameStart: x.start,
        nameEnd: x.end,
        basis: x.full ? 'full' : 'surname',
        parts,
        surnameParts: x.full ? x.surnameParts : parts.length,
      });
    }
  }

  function placeSingle(o: Occurrence, create: boolean): void {
    placeName(o.keys, o.start, o.honorific, o.sentenceInitial, create, (basis) => mentionOf(o, basis));
  }

  /** Finds (or, when `create`, starts) the person a single name means, and gives them the mention. */
  function placeName(
    parts: string[],
    at: number,
    honorific: Occurrence['honorific'],
    sentenceInitial: boolean,
    create: boolean,
    mention: (basis: MentionBasis) => DraftMention,
  ): void {
    const preferGiven = honorific?.kind === 'given' || honorific?.kind === 'royal';
    const match = index.lookup(parts, at, preferGiven);
    let d = match?.draft;
    let basis: MentionBasis = match?.basis === 'given' ? 'given' : 'surname';
    if (!d && !honorific && !sentenceInitial && parts.length === 1) {
      // A bare given name ("Keir") after the full name.
      d = pickNearest(index.given(parts[0]), at);
      basis = 'given';
    }
    if (!d && known.size > 0) {
      const entry = known.surname(keyOf(parts));
      if (entry) {
        d = fromKnown(entry);
        basis = 'surname';
      }
    }
    if (!d && create) {
      d = newDraft();
      index.addSingle(d, parts);
      basis = preferGiven ? 'given' : 'surname';
    }
    if (d) d.add(mention(basis), create ? 1 : undefined);
  }

  function matchHeadline(tokens: Token[]): void {
    // Each capitalised word's parts once; a window's key is their keys joined.
    const parts: (NamePart[] | undefined)[] = tokens.map((t) => (t.isWord && t.cap ? partsOfToken(t) : undefined));
    for (let i = 0; i < tokens.length; i++) {
      if (!parts[i]) continue;
      let longest = i;
      while (longest + 1 < tokens.length && longest - i + 1 < MAX_HEADLINE_NAME_WORDS && parts[longest + 1] && !tokens[longest].possessive) longest++;
      for (let j = longest; j >= i; j--) {
        const window: NamePart[] = [];
        for (let k = i; k <= j; k++) for (const p of parts[k]!) window.push(p);
        const key = keyOf(window);
        const list = j > i ? index.full(key) : [];
        const hit = pickNearest(list.length ? list : index.surname(key), tokens[i].start);
        const entry = hit || known.size === 0 ? undefined : j > i ? known.full(key) : known.surname(key);
        const d = hit ?? (entry ? fromKnown(entry) : undefined);
        if (!d) continue;
        d.add({
          start: tokens[i].start,
          end: tokens[j].end,
          nameStart: tokens[i].start,
          nameEnd: tokens[j].end,
          basis: j > i && list.length ? 'full' : 'surname',
          parts: window,
          surnameParts: d.known?.surnameParts ?? 1,
        });
        i = j;
        break;
      }
    }
  }
}

function isTitleCaseFragment(o: Occurrence, lowerWords: WordSet, fullKeys: ReadonlySet<string>): boolean {
  const n = o.words;
  if (n >= 5) return true;
  if (n < 2) return false;
  // The parts of capitalised words, read as the ordinary words they may be; particles ("von", "der") do not count.
  let ordinary = 0;
  let counted = 0;
  for (const k of o.keys) {
    if (PARTICLES.has(k)) continue;
    counted++;
    if (lowerWords.has(k)) ordinary++;
  }
  if (counted === 2) return ordinary === 2;
  if (ordinary >= (counted >= 4 ? 1 : 2)) return true;
  const last = o.keys[o.keys.length - 1];
  return lowerWords.has(last) && fullKeys.has(keyOf(o.keys.slice(0, -1)));
}

function hasEvidence(o: Occurrence, known: KnownPeople): boolean {
  return !!o.honorific || o.titled || o.appositive || (known.size > 0 && !!known.surname(o.key));
}

/** A full name that cues call a thing is a person only with an honorific (or, for a common noun, a title). */
function fullNameIsPerson(o: Occurrence): boolean {
  if (!o.thing) return true;
  const courtesy = o.honorific && o.honorific.kind !== 'rank';
  // A title or honorific right before the name outweighs a cue word that is also a surname ("Chief Executive Diane Park").
  if (o.thing === 'organisation') return o.surnameCue && (!!courtesy || o.titleWord);
  if (o.thing === 'place') return !!courtesy;
  return !!o.honorific || o.titled;
}

function singleNameIsPerson(o: Occurrence): boolean {
  if (!o.thing) return true;
  if (o.thing === 'organisation') return !!o.honorific && o.honorific.kind !== 'rank' && o.honorific.kind !== 'royal';
  return !!o.honorific;
}

function mentionOf(o: Occurrence, basis: MentionBasis): DraftMention {
  const h = o.honorific;
  const withHonorific = !!h && o.form === 'single' && h.kind !== 'rank';
  return {
    start: withHonorific ? h.start : o.start,
    end: o.end,
    nameStart: o.start,
    nameEnd: o.end,
    basis,
    parts: o.parts,
    surnameParts: o.surnameParts,
    occurrence: o,
  };
}

/**
 * "Novelist Jane Smith" opening a sentence: a first word also seen in lower case in the article is a
 * common word capitalised by its place, not a given name; the name is what follows it (when that is one
 * word, it is kept only if it names someone found elsewhere).
 */
function dropOpeningWord(text: string, o: Occurrence, lowerWords: WordSet): Occurrence {
  if (!o.sentenceInitial || o.form !== 'full' || o.honorific || o.titled) return o;
  const first = text.slice(o.start, o.firstWordEnd).toLowerCase();
  if (WORD_GIVEN_NAMES.has(first)) return o;
  // "Absent Sanders", "Novelist Jane Smith": an ordinary word opening the sentence; "Said Dorothy Poynter,
  // who grew up with Ali, “…”": a reporting verb opening it, the speaker after it.
  if (!lowerWords.has(first) && !opensInvertedReport(first)) return o;
  const parts = o.parts.slice(o.firstWordParts);
  if (!parts.length) return o;
  const start = parts[0].start;
  const keys = parts.map((p) => p.key);
  const words = o.words - 1;
  const form = words >= 2 ? 'full' : 'single';
  return { ...o, start, parts, keys, key: keyOf(keys), words, form, sentenceInitial: false };
}

/**
 * partsOfText of a bare name, made from its key when the name is one plain word ("Starmer"): most bare
 * names that become mentions are, and a long document has tens of thousands of them, each part kept until
 * the people are final (slicing and folding the word again made two strings per mention).
 */
function bareParts(text: string, start: number, end: number, key: string): NamePart[] {
  if (key.indexOf(' ') >= 0) return partsOfText(text, start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 46 || c === 32 || c === 9 || c === 0xa0) return partsOfText(text, start, end);
  }
  return [{ key, start, end }];
}

/** The first words of the organisations' names in the article ("tarrant" of "Tarrant Resources"). */
function organisationHeads(occurrences: readonly Occurrence[], bare: BareNames): Set<string> {
  const heads = new Set<string>();
  for (const o of occurrences) if (o.thing === 'organisation' && o.keys.length > 1) heads.add(o.keys[0]);
  for (let i = 0; i < bare.length; i++) {
    const key = bare.keys[i];
    const space = key.indexOf(' ');
    if (bare.flags[i] & BARE_ORGANISATION && space > 0) heads.add(key.slice(0, space));
  }
  return heads;
}
