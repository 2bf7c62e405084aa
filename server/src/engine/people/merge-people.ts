// Decides who the people are, with the whole article in view, in three passes of increasing doubt:
// 1. full names ("Keir Starmer", "JD Vance") that no cue calls a place or organisation, each joined to
//    a person seen under the same name, a longer or shorter form of it, other middle initials, or the
//    surname spelt another way with the same given name;
// 2. single names with evidence of a person: an honorific ("Sir Keir", "Ms Ashdown"), a title
//    ("President Trump"), a role in apposition, or the newsroom's list; joined to the person they name
//    (the most recent of several) or starting a new one;
// 3. bare single names ("Starmer", "Zelenskyy") and the words of title-case headlines, kept only when
//    they name someone already found (or a known person).
import { SENTENCE_WORDS } from '../lexicon/people-common-words';
import { Draft, pickNearest, type DraftMention, type MentionBasis } from './drafts';
import type { KnownEntry, KnownPeople } from './known-people';
import { split } from './known-people';
import { keyOf, partsOf, type NamePart } from './name-forms';
import { NameIndex } from './name-index';
import type { Occurrence } from './occurrences';
import type { Token } from './tokens';

export interface MergeInput {
  text: string;
  /** Occurrences of body and byline paragraphs, in text order. */
  occurrences: Occurrence[];
  /** Tokens of the title-case headline paragraphs. */
  headlines: Token[][];
  known: KnownPeople;
  /** Words seen in lower case somewhere in the article ("novelist"). */
  lowerWords: ReadonlySet<string>;
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

  const occurrences = input.occurrences.map((o) => dropOpeningWord(o, input.lowerWords));

  // 1. Full names.
  for (const o of occurrences) {
    if (o.form !== 'full' || !fullNameIsPerson(o)) continue;
    const at = o.start;
    const parts = o.parts.map((p) => p.key);
    const key = keyOf(parts) + (o.suffix ? ` ${o.suffix}` : '');
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
  for (const o of occurrences) {
    if (o.form !== 'single' || !hasEvidence(o, known) || !singleNameIsPerson(o)) continue;
    placeSingle(o, true);
  }

  // 3. Bare single names, only for people already found.
  for (const o of occurrences) {
    if (o.form !== 'single' || hasEvidence(o, known)) continue;
    if (o.thing === 'organisation' || (o.thing === 'place' && !o.speaks)) continue;
    if (o.sentenceInitial && o.words === 1 && SENTENCE_WORDS.has(o.parts[0].key)) continue;
    placeSingle(o, false);
  }
  for (const tokens of input.headlines) matchHeadline(tokens);

  return { drafts, index };

  function placeSingle(o: Occurrence, create: boolean): void {
    const parts = o.parts.map((p) => p.key);
    const preferGiven = o.honorific?.kind === 'given' || o.honorific?.kind === 'royal';
    const match = index.lookup(parts, o.start, preferGiven);
    let d = match?.draft;
    let basis: MentionBasis = match?.basis === 'given' ? 'given' : 'surname';
    if (!d && !o.honorific && !o.sentenceInitial && parts.length === 1) {
      // A bare given name ("Keir") after the full name.
      d = pickNearest(index.given(parts[0]), o.start);
      basis = 'given';
    }
    if (!d) {
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
    if (d) d.add(mentionOf(o, basis), create ? 1 : undefined);
  }

  function matchHeadline(tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].isWord || !tokens[i].cap) continue;
      for (let len = MAX_HEADLINE_NAME_WORDS; len >= 1; len--) {
        const window = tokens.slice(i, i + len);
        if (window.length < len || window.some((t, k) => !t.isWord || !t.cap || (k < len - 1 && t.possessive))) continue;
        const parts: NamePart[] = window.flatMap((t) => partsOf(t.text, t.start));
        const key = keyOf(parts);
        const list = len > 1 ? index.full(key) : [];
        const hit = pickNearest(list.length ? list : index.surname(key), tokens[i].start);
        const entry = hit ? undefined : len > 1 ? known.full(key) : known.surname(key);
        const d = hit ?? (entry ? fromKnown(entry) : undefined);
        if (!d) continue;
        const last = window[window.length - 1];
        d.add({
          start: tokens[i].start,
          end: last.end,
          nameStart: tokens[i].start,
          nameEnd: last.end,
          basis: len > 1 && list.length ? 'full' : 'surname',
          parts,
          surnameParts: d.known?.surnameParts ?? 1,
        });
        i += len - 1;
        break;
      }
    }
  }
}

function hasEvidence(o: Occurrence, known: KnownPeople): boolean {
  return !!o.honorific || o.titled || o.roles.length > 0 || !!known.surname(keyOf(o.parts));
}

/** A full name that cues call a thing is a person only with an honorific (or, for a common noun, a title). */
function fullNameIsPerson(o: Occurrence): boolean {
  if (!o.thing) return true;
  const courtesy = o.honorific && o.honorific.kind !== 'rank';
  if (o.thing === 'organisation') return false;
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
 * common word capitalised by its place, not a given name; the name is what follows it.
 */
function dropOpeningWord(o: Occurrence, lowerWords: ReadonlySet<string>): Occurrence {
  if (!o.sentenceInitial || o.form !== 'full' || o.words < 3 || o.honorific || o.titled) return o;
  const first = o.text.slice(0, o.firstWord.end - o.start);
  if (!lowerWords.has(first.toLowerCase())) return o;
  const parts = o.parts.slice(o.firstWord.parts);
  const start = parts[0].start;
  return { ...o, start, text: o.text.slice(start - o.start), parts, words: o.words - 1, sentenceInitial: false };
}
