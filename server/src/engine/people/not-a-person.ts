// Cues that a run of capitalised words names an organisation, a place or a thing rather than a person:
// a cue word inside it ("Downing Street", "Trump International Scotland", "Kestrel Research", "Britannia
// Daily"), a word that opens place names ("St Andrews", "Lake Geneva"), a listed place or body ("Kyiv",
// "Washington", "NATO"), a leading capitalised "The" ("The Telegraph"), or a common noun opening it
// ("Black Lives Matter", "Climate Change") or a lower-case "the" ("the Goldman Sachs conference").
import { ORGANISATION_CUES, ORGANISATION_OPENERS, ORGANISATIONS } from '../lexicon/people-organisations';
import { COUNTRY_NAMES, NAME_LIKE_PLACES, PLACES } from '../lexicon/people-places';
import { COMMON_TITLE_WORDS } from '../lexicon/people-common-words';
import type { Token } from './tokens';

/**
 * - `organisation`: a cue word or a listed body: never a person, whatever title precedes;
 * - `place`: a listed place: a person only with an honorific ("Mr Jordan");
 * - `common`: opens with a common noun: a person only with an honorific or a title.
 */
const STREET_ABBREVIATIONS = new Set(['st', 'rd', 'ave', 'blvd']);

export type ThingCue = 'organisation' | 'place' | 'common';

export function thingCue(tokens: Token[], s: number, e: number): ThingCue | undefined {
  const words: Token[] = [];
  for (let x = s; x < e; x++) if (tokens[x].isWord) words.push(tokens[x]);
  if (!words.length) return undefined;
  if (s > 0 && tokens[s - 1].text === 'The') return 'organisation';
  // "the Goldman Sachs conference": a name after a lower-case "the" qualifies a noun, as a body's name does.
  if (s > 0 && tokens[s - 1].text === 'the' && words.length > 1) return 'common';
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
  return undefined;
}
