// Cues that a run of capitalised words names an organisation, a place or a thing rather than a person:
// a cue word inside it ("Downing Street", "Trump International Scotland", "Kestrel Research", "Britannia
// Daily"), a word that opens place names ("St Andrews", "Lake Geneva"), a listed place or body ("Kyiv",
// "Washington", "NATO"), a leading capitalised "The" ("The Telegraph"), or a common noun opening it
// ("Black Lives Matter", "Climate Change").
import { ORGANISATION_CUES, ORGANISATION_OPENERS, ORGANISATIONS } from '../lexicon/people-organisations';
import { PLACES } from '../lexicon/people-places';
import { COMMON_TITLE_WORDS } from '../lexicon/people-common-words';
import type { Token } from './tokens';

/**
 * - `organisation`: a cue word or a listed body: never a person, whatever title precedes;
 * - `place`: a listed place: a person only with an honorific ("Mr Jordan");
 * - `common`: opens with a common noun: a person only with an honorific or a title.
 */
export type ThingCue = 'organisation' | 'place' | 'common';

export function thingCue(tokens: Token[], s: number, e: number): ThingCue | undefined {
  const words: Token[] = [];
  for (let x = s; x < e; x++) if (tokens[x].isWord) words.push(tokens[x]);
  if (!words.length) return undefined;
  if (s > 0 && tokens[s - 1].text === 'The') return 'organisation';
  if (ORGANISATION_OPENERS.has(words[0].lower)) return 'organisation';
  for (let w = words.length === 1 ? 0 : 1; w < words.length; w++) if (ORGANISATION_CUES.has(words[w].lower)) return 'organisation';
  const whole = words.map((w) => w.lower).join(' ');
  if (ORGANISATIONS.has(whole)) return 'organisation';
  if (PLACES.has(whole)) return 'place';
  if (words.length > 1 && COMMON_TITLE_WORDS.has(words[0].lower)) return 'common';
  return undefined;
}
