// Cues that a run of capitalised words names an organisation, a place or a thing rather than a person:
// a cue word inside it ("Downing Street", "Trump International Scotland", "Kestrel Research", "Britannia
// Daily"), a word that opens place names ("St Andrews", "Lake Geneva"), a listed place or body ("Kyiv",
// "Washington", "NATO"), a leading capitalised "The" ("The Telegraph"), or a common noun opening it
// ("Black Lives Matter", "Climate Change"), or a place word before it ("at Meadow Park").
import { NAMED_THING_NOUNS, ORGANISATION_CUES, ORGANISATION_OPENERS, ORGANISATIONS, THING_NOUNS } from '../lexicon/people-organisations';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/people-roles';
import { COUNTRY_NAMES, NAME_LIKE_PLACES, PLACES } from '../lexicon/people-places';
import { COMMON_TITLE_WORDS } from '../lexicon/people-common-words';
import type { Token } from './tokens';

/**
 * - `organisation`: a cue word or a listed body: never a person, whatever title precedes;
 * - `place`: a listed place: a person only with an honorific ("Mr Jordan");
 * - `common`: opens with a common noun, follows "the"/"at"/"in", or is a quoted title: a person only with an
 *   honorific or a title, or when it names someone found elsewhere.
 */
const STREET_ABBREVIATIONS = new Set(['st', 'rd', 'ave', 'blvd']);

export type ThingCue = 'organisation' | 'place' | 'common';

/** Which of the place and organisation lexicons a word is in. */
const OPENER = 1;
const CUE = 2;
const BODY = 4;
const PLACE = 8;
const COUNTRY = 16;
const NAME_LIKE_PLACE = 32;
const COMMON_TITLE = 64;

/** The lexicons a word token is in, as bits: looked up once per word and kept on its word-table entry. */
function lexiconsOf(t: Token): number {
  const e = t.word;
  if (e && e.lower === t.lower && e.thing >= 0) return e.thing;
  const l = t.lower;
  const bits =
    (ORGANISATION_OPENERS.has(l) ? OPENER : 0) |
    (ORGANISATION_CUES.has(l) ? CUE : 0) |
    (ORGANISATIONS.has(l) ? BODY : 0) |
    (PLACES.has(l) ? PLACE : 0) |
    (COUNTRY_NAMES.has(l) ? COUNTRY : 0) |
    (NAME_LIKE_PLACES.has(l) ? NAME_LIKE_PLACE : 0) |
    (COMMON_TITLE_WORDS.has(l) ? COMMON_TITLE : 0);
  if (e && e.lower === t.lower) e.thing = bits;
  return bits;
}

/** thingCue for a single word with nothing about it: the lexicons only. */
export function singleWordThing(t: Token, prev: Token | undefined): ThingCue | undefined {
  const bits = lexiconsOf(t);
  if (prev?.text === 'The' || (bits & (OPENER | CUE | BODY)) !== 0) return 'organisation';
  return bits & PLACE ? 'place' : undefined;
}

export function thingCue(tokens: Token[], s: number, e: number): ThingCue | undefined {
  const words: Token[] = [];
  for (let x = s; x < e; x++) if (tokens[x].isWord) words.push(tokens[x]);
  if (!words.length) return undefined;
  if (s > 0 && tokens[s - 1].text === 'The') return 'organisation';
  if (lexiconsOf(words[0]) & OPENER) return 'organisation';
  for (let w = words.length === 1 ? 0 : 1; w < words.length; w++) {
    // "St" ends a street ("Gansevoort St") but opens a saint's name inside a surname ("Jack St. Martin").
    if (lexiconsOf(words[w]) & CUE && (w === words.length - 1 || !STREET_ABBREVIATIONS.has(words[w].lower))) return 'organisation';
  }
  if (words.length === 1) {
    const bits = lexiconsOf(words[0]);
    if (bits & BODY) return 'organisation';
    if (bits & PLACE) return 'place';
  } else {
    const whole = words.map((w) => w.lower).join(' ');
    if (ORGANISATIONS.has(whole)) return 'organisation';
    if (PLACES.has(whole)) return 'place';
  }
  // "Department of | Homeland Security", "Center for | Responsive Politics": the rest of a body's name.
  const before = tokens[s - 1]?.lower === 'the' ? s - 2 : s - 1;
  const joiner = tokens[before];
  const body = tokens[before - 1];
  if (joiner && body && (joiner.lower === 'of' || joiner.lower === 'for' || joiner.lower === 'and') && body.cap && lexiconsOf(body) & CUE) return 'organisation';
  if (words.length > 1) {
    // "Nazi Germany", "America First", "Breitbart London": a country anywhere, a city at the end.
    for (const w of words) if ((lexiconsOf(w) & (COUNTRY | NAME_LIKE_PLACE)) === COUNTRY) return 'place';
    if ((lexiconsOf(words[words.length - 1]) & (PLACE | NAME_LIKE_PLACE)) === PLACE) return 'place';
  }
  if (words.length > 1 && lexiconsOf(words[0]) & COMMON_TITLE) return 'common';
  // "the Goldman Sachs conference", "at Meadow Park", "in New Mexico": a name after "the", "at" or "in" is
  // more often a place or a body than a person; such a name counts only for someone named elsewhere.
  const prev = tokens[s - 1];
  if (words.length > 1 && prev && (prev.text === 'the' || prev.text === 'at' || prev.text === 'in') && !words[words.length - 1].possessive) return 'common';
  if (words.length > 1 && inQuotedTitle(tokens, s, e)) return 'common';
  const next = tokens[e];
  // "Larkin Brothers, the department-store chain": an apposition that names a thing.
  if (next?.text === ',' && appositionNamesThing(tokens, e + 1)) return 'organisation';
  // "Shares in Rolls-Royce", "Hartwell shares": a company.
  if (next?.isWord && !next.cap && (next.lower === 'shares' || next.lower === 'stock' || next.lower === 'plc')) return 'organisation';
  if (s >= 2 && (tokens[s - 1].lower === 'in' || tokens[s - 1].lower === 'of') && tokens[s - 2].lower === 'shares') return 'organisation';
  // "Peel Hunt analyst John Cronin", "Kestrel Research economist Raj Patel": a name that qualifies a role held by another.
  if (words.length > 1 && qualifiesRole(tokens, e)) return 'common';
  // "the E. Barrett Prettyman courthouse", "the Hart building": a name that qualifies a place or a thing.
  if (words.length > 1 && next?.isWord && !next.cap && NAMED_THING_NOUNS.has(next.lower)) return 'common';

  return undefined;
}

const OPENING = new Set(['“', '"', '‘']);
const CLOSING = new Set(['”', '"', '’']);
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'to', 'in', 'for', 'on', 'at', 'with', '&', ',', ':']);

/** A title in quotation marks: “Healthy Schools, Healthy Minds”, “Balancing the Books”. */
function inQuotedTitle(tokens: Token[], s: number, e: number): boolean {
  const titleWord = (t: Token) => (t.isWord && t.cap) || TITLE_SMALL_WORDS.has(t.text);
  let opened = false;
  for (let i = s - 1; i >= 0 && i >= s - 12; i--) {
    if (OPENING.has(tokens[i].text)) {
      opened = true;
      break;
    }
    if (!titleWord(tokens[i])) return false;
  }
  if (!opened) return false;
  for (let i = e; i < tokens.length && i < e + 12; i++) {
    if (CLOSING.has(tokens[i].text)) return true;
    if (!titleWord(tokens[i]) && tokens[i].text !== '.') return false;
  }
  return false;
}

/**
 * ", the department-store chain", ", a Leeds-based firm": determiner, then the words of the phrase, the
 * common noun that heads it naming a thing and none of them a role noun (", the state party chairman",
 * ", a University of South Carolina political science professor" are people's roles).
 */
function appositionNamesThing(tokens: Token[], i: number): boolean {
  const det = tokens[i];
  if (!det?.isWord || !['the', 'a', 'an'].includes(det.lower)) return false;
  let head: Token | undefined;
  let headDone = false;
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    const t = tokens[k];
    if (!t.isWord || RELATIVES.has(t.lower)) break;
    if (ROLE_HEADS.has(t.lower)) return false;
    // A preposition after a lower-case noun ends the head ("the hospital in Bristol"); after a capital it is inside a name.
    if (PREPOSITIONS.has(t.lower) && head && !head.cap) headDone = true;
    if (!headDone && !PREPOSITIONS.has(t.lower)) head = t;
  }
  return !!head && !head.cap && THING_NOUNS.has(head.lower);
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'by', 'and', 'to']);
const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'where']);

/** A lower-case role noun (with its modifiers) right after the name, then another name. */
function qualifiesRole(tokens: Token[], e: number): boolean {
  let k = e;
  while (k < tokens.length && k < e + 4 && tokens[k].isWord && !tokens[k].cap && (ROLE_MODIFIERS.has(tokens[k].lower) || ROLE_HEADS.has(tokens[k].lower))) k++;
  if (k === e || !ROLE_HEADS.has(tokens[k - 1].lower)) return false;
  const next = tokens[k];
  return !!next?.isWord && next.cap;
}
