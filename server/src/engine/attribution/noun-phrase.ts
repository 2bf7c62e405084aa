// Reads the noun phrase that names a speaker next to a reporting verb, from tokens alone:
//   a pronoun ("he"), a name with its titles ("UK Prime Minister Keir Starmer", "NATO’s Rutte",
//   "Ursula von der Leyen"), a description with its determiner ("a senior EU diplomat", "the statement",
//   "Trump’s spokeswoman"), or a relative "who" standing for the phrase before it ("Smith, who said").
// `extent` is the whole phrase (for checking what it is attached to); `mention` is the words that name
// the speaker (the name without its titles, the pronoun, the whole description).
import type { Token } from './tokens';
import { isDocumentNoun } from './cues';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { BODY_HEADS, DETERMINERS, NAME_PARTICLES, NAME_TITLES, NOT_NAME_WORDS, PERSON_NOUNS, ROLE_WORDS, SOURCE_HEADS, isPluralPersonNoun } from '../lexicon/speaker-words';
import { REPORTING_FORMS, VERB_MODIFIERS } from '../lexicon/reporting-verbs';

export type PhraseKind = 'pronoun' | 'name' | 'description';

export interface NounPhrase {
  kind: PhraseKind;
  /** Token indices of the whole phrase, inclusive. */
  first: number;
  last: number;
  /** Token indices of the words that name the speaker, inclusive. */
  mentionFirst: number;
  mentionLast: number;
  /** Where the words shown as the speaker's mention start, when before the name ("the captain, Jo Reed"). */
  shownFirst?: number;
  /** Reached through a relative pronoun ("Smith, who said"): the token of "who". */
  viaRelative?: boolean;
  relativeAt?: number;
}

/**
 * A noun phrase, always with all its fields in one order: phrases flow through the same attribution
 * functions, and objects of several shapes made their property reads megamorphic (slow) in optimised code.
 */
export function nounPhrase(kind: PhraseKind, first: number, last: number, mentionFirst: number, mentionLast: number, shownFirst?: number, relativeAt?: number): NounPhrase {
  return { kind, first, last, mentionFirst, mentionLast, shownFirst, viaRelative: relativeAt !== undefined, relativeAt };
}

/** Lower-case words that cannot end a noun phrase naming a speaker. */
const NOT_HEAD = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'about', 'into', 'over', 'after', 'before', 'than', 'that', 'which', 'what', 'when', 'where', 'while', 'who',
  'whom', 'whose', 'if', 'because', 'so', 'not', 'no', 'also', 'too', 'very', 'just', 'only', 'even', 'there',
  'here', 'then', 'now', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'him', 'her', 'them', 'me',
  'us', 'it', 'this', 'these', 'those', 'his', 'their', 'its', 'our', 'my', 'your', 'all', 'any', 'some', 'such',
  'more', 'most', 'less', 'much', 'many', 'how', 'why', 'yet', 'still', 'again', 'ago', 'already', 'though',
  'although', 'since', 'until', 'unless', 'whether', 'once', 'like', 'against', 'between', 'through', 'during',
  'without', 'within', 'under', 'up', 'down', 'out', 'off', 'back', 'away', 'later', 'earlier', 'recently',
  'today', 'yesterday', 'tomorrow', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'day', 'time', 'interview', 'statement', 'speech', 'email', 'letter', 'tweet', 'post', 'video', 'release',
  'conference', 'call', 'appearance', 'rally', 'debate', 'meeting', 'hearing', 'briefing', 'program', 'programme',
  'show', 'radio', 'television', 'saying', 'adding', 'according', 'well', 'however', 'instead', 'either', 'neither',
]);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.word && !t.inQuote;

/** A capitalised word that can be part of a name. */
function isNameWord(t: Token | undefined): boolean {
  // "R-Ohio", "D-N.Y.": a party and state after a lawmaker's name, not a name.
  return isWord(t) && t.cap && !t.possessive && !NOT_NAME_WORDS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && !/^[RDI]-\p{Lu}/u.test(t.text);
}

function isTitle(t: Token): boolean {
  return NAME_TITLES.has(t.lower) || /^[\p{Lu}.]{2,}$/u.test(t.text);
}

function isVerbLike(t: Token): boolean {
  return REPORTING_FORMS.has(t.lower) || VERB_MODIFIERS.has(t.lower);
}

/** The noun phrase whose last word is token k, read backwards; null when there is none. */
export function phraseEndingAt(toks: Token[], k: number): NounPhrase | null {
  const t = toks[k];
  if (!isWord(t)) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return nounPhrase('pronoun', k, k, k, k);
  if (t.lower === 'who' || ((t.lower === 'that' || t.lower === 'which') && REPORTING_FORMS.has(toks[k + 1]?.lower ?? ''))) {
    const j = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
    const antecedent = j >= 0 ? phraseEndingAt(toks, j) : null;
    if (!antecedent || antecedent.kind === 'pronoun') return null;
    return nounPhrase(antecedent.kind, antecedent.first, k, antecedent.mentionFirst, antecedent.mentionLast, antecedent.shownFirst, k);
  }
  // A quantity standing alone for people named before ("Some chanted", "One said", "Many agreed"), opening its
  // clause: the word itself is the source, as "Others" is.
  if (isQuantitySubject(toks, k)) return nounPhrase('description', k, k, k, k);
  if (isNameWord(t)) return nameEndingAt(toks, k);
  if (!t.cap && !NOT_HEAD.has(t.lower) && !isVerbLike(t) && !/ly$/.test(t.lower)) return descriptionEndingAt(toks, k);
  if (!t.cap && isDocumentNoun(toks, k)) return descriptionEndingAt(toks, k);
  return null;
}

function nameEndingAt(toks: Token[], k: number): NounPhrase | null {
  let j = k;
  // Capitalised words, particles between them (von der Leyen), initials.
  while (j > 0) {
    const p = toks[j - 1];
    if (isNameWord(p)) j--;
    else if (isWord(p) && NAME_PARTICLES.has(p.lower) && isNameWord(toks[j - 2])) j--;
    else break;
  }
  // The mention drops titles in front of the name (keeping an honorific next to it: "Ms Ashdown", "Sir Keir").
  let m = j;
  while (m < k && isTitle(toks[m]) && !isHonorific(toks[m])) m++;
  // A title word inside the capitalised run starts the name after it: the words before belong to a longer
  // office ("Chairman of the Joint Chiefs Gen. | Mark Milley", "Speaker of the House Rep. | Paul Ryan",
  // "White House Press Secretary | Sean Spicer").
  for (let x = m; x < k; x++) if (NAME_TITLES.has(toks[x].lower)) m = isHonorific(toks[x]) ? x : x + 1;
  // Titles alone, or titles before the head of a body ("the Prime Minister", "the State Department", "the Home
  // Office"): a role or an office, not a name.
  const allTitles = toks.slice(j, k).every(isTitle) && (isTitle(toks[k]) || (k > j && isBodyHead(toks[k])));
  // The phrase extends over possessives, role words and a determiner before the name ("NATO’s Rutte",
  // "special envoy Steve Witkoff", "the White House").
  let first = j;
  let afterRole = false;
  let tookRole = false;
  for (let steps = 0; first > 0 && steps < 8; steps++) {
    const p = toks[first - 1];
    if (!isWord(p)) break;
    const role = (!p.cap && ROLE_WORDS.has(p.lower)) || p.possessive;
    // "Clinton spokesman Josh Schwerin", "the Zionist Union Party’s Nachman Shai": names before a role or a possessive.
    if (role || (p.cap && isTitle(p)) || /^then-/.test(p.lower) || (afterRole && (isNameWord(p) || (p.cap && !p.possessive)))) {
      first--;
      afterRole = role || (afterRole && p.cap);
      tookRole ||= role && !p.possessive;
    }
    else if (DETERMINERS.has(p.lower)) {
      first--;
      break;
    } else break;
  }
  // An office with its "of" before a titled name ("Chairman of the Joint Chiefs Gen. Mark Milley", "Speaker
  // of the House Rep. Paul Ryan", "Secretary of State John Kerry"), or a body's name with its "of", "on" or
  // "for" before one ("Bank of England Governor Andrew Bailey", "Council on Foreign Relations President
  // Richard Haass", "University of Chicago professor John Smith"): the phrase takes the office or the body
  // in, or it would read as the object of the preposition, and "Bank" or "Council" as the speaker. Only with
  // a title (a body: or a role) between it and the name: "CEO of Washington Restaurant Association" names no one.
  const office = m > j && toks[first - 1]?.lower === 'of' && isOfficeWord(toks[first - 2]);
  if (office || ((m > j || tookRole) && BODY_PREPOSITIONS.has(toks[first - 1]?.lower ?? '') && isBodyHead(toks[first - 2]))) {
    const inName = office ? isOfficeWord : isNameWord;
    first -= 2;
    while (first > 0 && inName(toks[first - 1])) first--;
    if (first > 0 && DETERMINERS.has(toks[first - 1].lower)) first--;
  }
  // "Edward-Isaac Dovere and Gabriel Debenedetti wrote": two names coordinated, one phrase.
  if (toks[first - 1]?.lower === 'and' && isNameWord(toks[first - 2]) && !toks[first - 2].possessive) {
    let f = first - 2;
    while (f > 0 && isNameWord(toks[f - 1])) f--;
    first = f;
  }
  if (allTitles) {
    // "the Prime Minister", "the President": a role standing for a person — a description.
    return nounPhrase('description', first, k, first, k);
  }
  return nounPhrase('name', first, k, m, k);
}

const BODY_PREPOSITIONS = new Set(['of', 'on', 'for']);

/** A capitalised head of a body's name ("Bank", "Council", "Center"). */
function isBodyHead(t: Token | undefined): boolean {
  return isWord(t) && t.cap && !t.possessive && BODY_HEADS.has(t.lower);
}

/** A capitalised title word that can head an office ("Chairman", "Speaker", "Secretary"). */
function isOfficeWord(t: Token | undefined): boolean {
  return isWord(t) && t.cap && NAME_TITLES.has(t.lower);
}

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof.', 'miss']);
function isHonorific(t: Token): boolean {
  return HONORIFICS.has(t.lower);
}

function descriptionEndingAt(toks: Token[], k: number): NounPhrase | null {
  let j = k;
  let determined = false;
  for (let steps = 0; j > 0 && steps < 6; steps++) {
    const p = toks[j - 1];
    if (!isWord(p)) break;
    if (DETERMINERS.has(p.lower) || p.possessive) {
      j--;
      determined = true;
      break;
    }
    // A body's name with its preposition is a modifier like any other ("the Institute for Fiscal Studies director").
    if (BODY_PREPOSITIONS.has(p.lower) && toks[j].cap && isBodyHead(toks[j - 2])) {
      j -= 2;
      continue;
    }
    // A verb form right after a determiner is a modifier ("an emailed statement", "a welcome message"), and a
    // capitalised one before another capitalised word is part of a name ("a State Department spokesman").
    if (isVerbLike(p) && ((!p.cap && DETERMINERS.has(toks[j - 2]?.lower ?? '') && isWord(toks[j - 2])) || (p.cap && toks[j].cap))) {
      j--;
      continue;
    }
    if (NOT_HEAD.has(p.lower) || isVerbLike(p) || SUBJECT_PRONOUNS.has(p.lower)) break;
    j--;
  }
  // Without a determiner only a bare plural of people stands as a source ("officials said", "critics say"),
  // or, opening a sentence, a role in headline style ("Council leader admits ‘we got it wrong’").
  if (!determined && !isPluralPersonNoun(toks[k].lower) && !(opensSentence(toks, j) && isPersonHead(toks[k].lower))) return null;
  // "One of the sources said", "two of the officials": a part of a group of people is the source.
  if (determined && toks[j - 1]?.lower === 'of' && isWord(toks[j - 2]) && isQuantity(toks[j - 2].lower) && isPluralPersonNoun(toks[k].lower)) j -= 2;
  return nounPhrase('description', j, k, j, k);
}

const QUANTITIES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'most', 'both', 'each', 'none', 'all', 'few', 'either', 'neither', 'another']);
const CLAUSE_JOINERS = new Set(['and', 'but']);

/** Token k is a quantity opening its clause ("Some", "One", "and many"), which can stand for people as a subject. */
export function isQuantitySubject(toks: Token[], k: number): boolean {
  return isWord(toks[k]) && QUANTITIES.has(toks[k].lower) && (k === 0 || !isWord(toks[k - 1]) || CLAUSE_JOINERS.has(toks[k - 1].lower));
}
function isQuantity(w: string): boolean {
  return QUANTITIES.has(w) || /^\d+$/.test(w);
}

/** Is token j the first of its sentence or clause ("… scrapped as council leader admits"), or of the tokens read? */
function opensSentence(toks: Token[], j: number): boolean {
  const p = toks[j - 1];
  if (p === undefined) return true;
  if (p.word) return !p.cap && CLAUSE_OPENERS.has(p.lower);
  return p.text === '.' || p.text === '!' || p.text === '?' || p.text === ':' || p.text === ';';
}
const CLAUSE_OPENERS = new Set(['as', 'while', 'after', 'when', 'but', 'and', 'because']);

/** A noun that names a person by role: "leader", "minister", "spokeswoman". */
function isPersonHead(w: string): boolean {
  return PERSON_NOUNS.has(w) || NAME_TITLES.has(w);
}


/** Determiners that open a phrase read forwards; "that", "this" after a verb open a clause instead. */
const FORWARD_DETERMINERS = new Set([...DETERMINERS].filter((d) => !['that', 'this', 'these', 'those', 'all', 'most', 'senior'].includes(d)));

/** Is a (non-title) name word among the next few words, before any punctuation? */
function nameAhead(toks: Token[], j: number): boolean {
  for (let n = 1; n <= 4; n++) {
    const w = toks[j + n];
    if (!isWord(w)) return false;
    if (isNameWord(w) && !isTitle(w)) return true;
    if (NOT_HEAD.has(w.lower) || isVerbLike(w)) return false;
  }
  return false;
}

/** The noun phrase that starts at token k, read forwards ("said Smith", "said the official", "according to X"). */
export function phraseStartingAt(toks: Token[], k: number): NounPhrase | null {
  const t = toks[k];
  if (!isWord(t)) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') return nounPhrase('pronoun', k, k, k, k);
  // A quantity alone after an inverted cue: "“…,” read one.", "“…,” said several."
  if (QUANTITIES.has(t.lower) && !isWord(toks[k + 1])) return nounPhrase('description', k, k, k, k);
  let j = k;
  let determined = false;
  if (FORWARD_DETERMINERS.has(t.lower)) {
    determined = true;
    j++;
  }
  let last = -1;
  let ofUsed = false;
  for (let steps = 0; j < toks.length && steps < 12; steps++, j++) {
    const w = toks[j];
    if (!isWord(w)) break;
    // "a report by the central bank", "a statement from the White House": the source's own source.
    if ((w.lower === 'by' || w.lower === 'from') && !ofUsed && last >= 0 && SOURCE_HEADS.has(toks[last].lower)) {
      ofUsed = true;
      continue;
    }
    // "Clinton’s campaign", "Hillary Clinton’s right-hand woman": a possessor opens a description.
    if (w.possessive && !ofUsed) {
      determined = true;
      last = -1;
      continue;
    }
    if (w.lower === 'of' && !ofUsed && last >= 0) {
      ofUsed = true;
      continue;
    }
    if (isNameWord(w) || (w.cap && isTitle(w)) || (NAME_PARTICLES.has(w.lower) && isNameWord(toks[j + 1]))) {
      last = j;
      continue;
    }
    // Roles and modifiers before a name: "said Trump spokeswoman Hope Hicks", "Republican presidential front-runner Donald Trump", "17-year-old Jared Potts".
    if (!w.cap && !NOT_HEAD.has(w.lower) && !isVerbLike(w) && nameAhead(toks, j)) continue;
    if (/^\d+-year-old$/.test(w.lower) && nameAhead(toks, j)) continue;
    // A past-tense word after the head is the verb: "Obama's first five questioners ranged …".
    const nounish = !isVerbLike(w) || (SOURCE_HEADS.has(w.lower) && last < 0);
    if (!w.cap && (determined || ofUsed) && !NOT_HEAD.has(w.lower) && nounish && !/ly$/.test(w.lower) && !(last >= 0 && /ed$/.test(w.lower))) {
      last = j;
      continue;
    }
    if (DETERMINERS.has(w.lower) && ofUsed) continue;
    break;
  }
  if (last < 0) return null;
  if (ofUsed && ['of', 'by', 'from'].includes(toks[last].lower)) last--;
  const span = toks.slice(k, last + 1);
  const hasName = span.some((w) => isNameWord(w) && !isTitle(w));
  if (hasName && !determined) {
    // The mention is the name: from its first word (with an honorific just before it), without the titles.
    let m = k;
    while (m < last && !(isNameWord(toks[m]) && !isTitle(toks[m]))) m++;
    if (m > k && isHonorific(toks[m - 1])) m--;
    return nounPhrase('name', k, last, m, last);
  }
  if (!determined && !span.every((w) => w.cap)) return null;
  return nounPhrase('description', k, last, k, last);
}

/**
 * A description followed by a name in commas names that person: "the captain, Jo Reed,", "the chief
 * executive, Hannah Price, …". The phrase keeps its whole extent; the mention becomes the name.
 */
export function withNamedAppositive(toks: Token[], phrase: NounPhrase | null): NounPhrase | null {
  if (!phrase || phrase.kind !== 'description' || toks[phrase.last + 1]?.text !== ',') return phrase;
  const name = phraseStartingAt(toks, phrase.last + 2);
  if (!name || name.kind !== 'name') return phrase;
  const after = toks[name.last + 1];
  if (after && after.word && !after.inQuote) return phrase;
  return nounPhrase('name', phrase.first, name.last, name.mentionFirst, name.mentionLast, phrase.mentionFirst);
}

/** For "Ken Ito, the shop owner, said" read backwards from the verb: the name inside the commas wins over a description before them. */
export function namedAppositiveBetween(toks: Token[], head: NounPhrase, from: number, to: number): NounPhrase {
  if (head.kind !== 'description') return head;
  const name = phraseStartingAt(toks, from);
  if (!name || name.kind !== 'name' || (name.last !== to && toks[name.last + 1]?.text !== ',')) return head;
  return nounPhrase('name', head.first, name.last, name.mentionFirst, name.mentionLast, head.mentionFirst);
}
