// Cues that a run of capitalised words names an organisation, a place or a thing rather than a person:
// a cue word inside it ("Downing Street", "Trump International Scotland", "Kestrel Research", "Britannia
// Daily"), a word that opens place names ("St Andrews", "Lake Geneva"), a listed place or body ("Kyiv",
// "Washington", "NATO"), a leading capitalised "The" ("The Telegraph"), or a common noun opening it
// ("Black Lives Matter", "Climate Change"), or a place word before it ("at Meadow Park").
import { ORGANISATION_CUES, ORGANISATION_OPENERS, ORGANISATIONS } from '../lexicon/people-organisations';
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

export function thingCue(tokens: Token[], s: number, e: number): ThingCue | undefined {
  const words: Token[] = [];
  for (let x = s; x < e; x++) if (tokens[x].isWord) words.push(tokens[x]);
  if (!words.length) return undefined;
  if (s > 0 && tokens[s - 1].text === 'The') return 'organisation';
  if (ORGANISATION_OPENERS.has(words[0].lower)) return 'organisation';
  for (let w = words.length === 1 ? 0 : 1; w < words.length; w++) {
    // "St" ends a street ("Gansevoort St") but opens a saint's name inside a surname ("Jack St. Martin").
    if (ORGANISATION_CUES.has(words[w].lower) && (w === words.length - 1 || !STREET_ABBREVIATIONS.has(words[w].lower))) return 'organisation';
  }
  const whole = words.length === 1 ? words[0].lower : words.map((w) => w.lower).join(' ');
  if (ORGANISATIONS.has(whole)) return 'organisation';
  if (PLACES.has(whole)) return 'place';
  // "Department of | Homeland Security", "Center for | Responsive Politics": the rest of a body's name.
  const before = tokens[s - 1]?.lower === 'the' ? s - 2 : s - 1;
  const joiner = tokens[before];
  const body = tokens[before - 1];
  if (joiner && body && (joiner.lower === 'of' || joiner.lower === 'for' || joiner.lower === 'and') && body.cap && ORGANISATION_CUES.has(body.lower)) return 'organisation';
  if (words.length > 1) {
    // "Nazi Germany", "America First", "Breitbart London": a country anywhere, a city at the end.
    for (const w of words) if (COUNTRY_NAMES.has(w.lower) && !NAME_LIKE_PLACES.has(w.lower)) return 'place';
    const last = words[words.length - 1].lower;
    if (PLACES.has(last) && !NAME_LIKE_PLACES.has(last)) return 'place';
  }
  if (words.length > 1 && COMMON_TITLE_WORDS.has(words[0].lower)) return 'common';
  // "the Goldman Sachs conference", "at Meadow Park", "in New Mexico": a name after "the", "at" or "in" is
  // more often a place or a body than a person; such a name counts only for someone named elsewhere.
  const prev = tokens[s - 1];
  if (words.length > 1 && prev && (prev.text === 'the' || prev.text === 'at' || prev.text === 'in') && !words[words.length - 1].possessive) return 'common';
  if (words.length > 1 && inQuotedTitle(tokens, s, e)) return 'common';
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
