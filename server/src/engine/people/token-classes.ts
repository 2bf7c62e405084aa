// What a token can be in a run of capitalised words: part of a name, a title or honorific before one,
// or a word that is never a name (a month, a nationality, an acronym, a sentence-opening "Following").
import { HONORIFICS } from '../lexicon/people-honorifics';
import { AFFILIATIONS, TITLE_WORDS } from '../lexicon/people-roles';
import { NATIONALITIES, COUNTRY_SHORT_FORMS } from '../lexicon/people-nationalities';
import { ACRONYMS } from '../lexicon/people-organisations';
import { HOLIDAYS, MONTHS, WEEKDAYS } from '../lexicon/people-calendar';
import { SENTENCE_WORDS } from '../lexicon/people-common-words';
import { HYPHEN_PREFIXES, NAME_SUFFIXES, PARTICLES } from '../lexicon/people-particles';
import { isInitials, type Token } from './tokens';

export type TokenClass =
  | 'courtesy' // Mr, Ms, Dr, Sir, Dame, Lord: an honorific that is not a role
  | 'title' // President, Minister, Judge, Gen, Prince: a role word written before a name
  | 'affiliation' // Democrat, Tory, Labour
  | 'nat' // Ukrainian, US, UK
  | 'acronym' // NATO, BBC
  | 'initial' // W, J.K, JD
  | 'common' // The, Following, However
  | 'month'
  | 'weekday'
  | 'particle' // von, der, bin, de (lower case)
  | 'suffix' // Jr, III
  | 'dot'
  | 'name'
  | 'other';

/** Capitalised function words that are not names even in mid-sentence ("by The White House", "I"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'i', 'it',
  'he', 'she', 'we', 'they', 'you', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'its', 'is',
  'are', 'was', 'were', 'be', 'not', 'no', 'yes', 'if', 'so', 'than', 'then', 'there', 'here', 'what', 'who', 'how',
  'why', 'when', 'where', 'which', 'all', 'any', 'some', 'every', 'each', 'via', 'amid', 'into', 'over', 'after',
]);

const DIGIT = /\p{N}/u;
const LOWER_SEGMENT = /[-\u2010]\p{Ll}/u;
const INNER_DOT = /\./;
const HYPHEN_PREFIXED = /^(\p{Ll}+)[-\u2010]\p{Lu}/u;

export function classify(t: Token): TokenClass {
  if (!t.isWord) return t.text === '.' ? 'dot' : 'other';
  const lower = t.lower;
  if (!t.cap) {
    if (PARTICLES.has(lower)) return 'particle';
    const m = HYPHEN_PREFIXED.exec(t.text);
    if (m && HYPHEN_PREFIXES.has(m[1])) return 'name';
    return 'other';
  }
  if (COUNTRY_SHORT_FORMS.has(lower)) return 'nat';
  const hon = HONORIFICS.get(lower);
  if (hon) return hon.kind === 'courtesy' || hon.kind === 'given' ? 'courtesy' : 'title';
  if (TITLE_WORDS.has(lower)) return 'title';
  if (DIGIT.test(t.text)) return 'other';
  if (LOWER_SEGMENT.test(t.text)) return 'other';
  if (NAME_SUFFIXES.has(lower)) return 'suffix';
  if (MONTHS.has(lower)) return 'month';
  if (WEEKDAYS.has(lower) || HOLIDAYS.has(lower)) return 'weekday';
  if (isInitials(t.text)) return 'initial';
  if (INNER_DOT.test(t.text)) return 'other';
  if (t.upper) return ACRONYMS.has(lower) || t.text.length >= 4 ? 'acronym' : 'initial';
  if (NATIONALITIES.has(lower)) return 'nat';
  if (AFFILIATIONS.has(lower)) return 'affiliation';
  if (FUNCTION_WORDS.has(lower) || (t.sentenceStart && SENTENCE_WORDS.has(lower))) return 'common';
  return 'name';
}

/** Classes that can be part of the name itself. */
export function isNamePart(c: TokenClass): boolean {
  return c === 'name' || c === 'initial' || c === 'particle' || c === 'suffix';
}
