// What a token can be in a run of capitalised words: part of a name, a title or honorific before one,
// or a word that is never a name (a month, a nationality, an acronym, a sentence-opening "Following").
import { HONORIFICS } from '../lexicon/people-honorifics';
import { AFFILIATIONS, ROLE_HEADS, TITLE_WORDS } from '../lexicon/people-roles';
import { NATIONALITIES, COUNTRY_SHORT_FORMS } from '../lexicon/people-nationalities';
import { ACRONYMS } from '../lexicon/people-organisations';
import { HOLIDAYS, MONTHS, WEEKDAYS } from '../lexicon/people-calendar';
import { NAME_LIKE_ROLE_WORDS, SENTENCE_WORDS, WORD_GIVEN_NAMES } from '../lexicon/people-common-words';
import { HYPHEN_PREFIXES, NAME_SUFFIXES, PARTICLES } from '../lexicon/people-particles';
import { hasDigit, hasLowerSegment, isInitials, type Token } from './tokens';

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
  "i’m", "i'm", "i’ve", "i've", "i’ll", "i'll", "i’d", "i'd", "we’re", "we're", "it’s", "it's", "that’s", "that's",
]);

/** Sentence adverbs ("Interestingly", "Specifically"), not names ending in -ly ("Kimberly", "Beverly"). */
const ADVERB = /(?:ally|ingly|ously|ently|antly|fully|lessly|ately|ively|ibly|ably|edly)$/;
const HYPHEN_PREFIXED = /^(\p{Ll}+)[-\u2010]\p{Lu}/u;

/**
 * Every lexicon word with the class it gives, in one map so that a token costs one lookup; entries made
 * first win ("US" is a country before it is an acronym). "sentence": common only when it opens a sentence.
 */
const LEXICON: ReadonlyMap<string, TokenClass | 'sentence'> = (() => {
  const map = new Map<string, TokenClass | 'sentence'>();
  const put = (words: Iterable<string>, c: TokenClass | 'sentence') => {
    for (const w of words) if (!map.has(w)) map.set(w, c);
  };
  put(COUNTRY_SHORT_FORMS, 'nat');
  for (const [w, h] of HONORIFICS) put([w], h.kind === 'courtesy' || h.kind === 'given' ? 'courtesy' : 'title');
  put(TITLE_WORDS, 'title');
  put(NAME_SUFFIXES, 'suffix');
  put(MONTHS, 'month');
  put(WEEKDAYS, 'weekday');
  put(HOLIDAYS, 'weekday');
  put(['a', 'i'], 'common'); // a lone "A" or "I" is a word; other single capitals are initials
  put(NATIONALITIES, 'nat');
  put(AFFILIATIONS, 'affiliation');
  put(FUNCTION_WORDS, 'common');
  put(SENTENCE_WORDS, 'sentence');
  return map;
})();

const CLASSES: TokenClass[] = ['courtesy', 'title', 'affiliation', 'nat', 'acronym', 'initial', 'common', 'month', 'weekday', 'particle', 'suffix', 'dot', 'name', 'other'];
const CLASS_INDEX = new Map(CLASSES.map((c, i) => [c, i]));

/**
 * A word's class depends on the word and on whether it opens a sentence: remembered per word in the word
 * table. Not for a possessive, whose stripped "’s" made it look lower-case to `upper` ("NATO’s").
 */
export function classify(t: Token): TokenClass {
  const w = t.word;
  if (w === undefined || t.possessive || w.text !== t.text) return classifyToken(t);
  if (t.sentenceStart) {
    if (w.peopleClassAtStart < 0) w.peopleClassAtStart = CLASS_INDEX.get(classifyToken(t))!;
    return CLASSES[w.peopleClassAtStart];
  }
  if (w.peopleClass < 0) w.peopleClass = CLASS_INDEX.get(classifyToken(t))!;
  return CLASSES[w.peopleClass];
}

function classifyToken(t: Token): TokenClass {
  if (!t.isWord) return t.text === '.' ? 'dot' : 'other';
  const lower = t.lower;
  if (!t.cap) {
    // Particles are short; most lower-case words are not looked up at all.
    if (lower.length <= 5 && PARTICLES.has(lower)) return 'particle';
    const m = lower.length > 3 && lower.charCodeAt(1) !== 45 && t.text.indexOf('-') > 0 ? HYPHEN_PREFIXED.exec(t.text) : null;
    if (m && HYPHEN_PREFIXES.has(m[1])) return 'name';
    return 'other';
  }
  const c = LEXICON.get(lower);
  if (c !== undefined && (c !== 'sentence' || t.sentenceStart)) return c === 'sentence' ? 'common' : c;
  // "Ranking Democrat Elijah Cummings", "Playing Trump": an -ing word opening a sentence is not a given name.
  if (t.sentenceStart && (lower.endsWith('ing') || ADVERB.test(lower)) && !WORD_GIVEN_NAMES.has(lower)) return 'common';
  // "Reliever Clay Holmes", "Councilmember Carroll Fife": a role noun capitalised by its place is a title.
  if (t.sentenceStart && ROLE_HEADS.has(lower) && !NAME_LIKE_ROLE_WORDS.has(lower) && !WORD_GIVEN_NAMES.has(lower)) return 'title';
  if (hasDigit(t.text) || hasLowerSegment(t.text)) return 'other';
  if (isInitials(t.text)) return 'initial';
  if (t.text.indexOf('.') >= 0) return 'other';
  if (t.upper) return ACRONYMS.has(lower) || t.text.length >= 4 ? 'acronym' : 'initial';
  return 'name';
}
