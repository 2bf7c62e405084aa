// Finds the name occurrences of one paragraph: runs of capitalised words (with particles, initials and
// the full stops of abbreviations) split at words that are never names, each run's title or honorific
// separated from the name that follows it ("UK Prime Minister | Keir Starmer", "Admiral Sir | Tony
// Radakin"), and the roles before or after the name attached. Whether an occurrence is a person is
// decided later, with the whole article in view (merge-people.ts); here it is only described.
import { HONORIFICS, PLURAL_TITLES, type HonorificKind } from '../lexicon/people-honorifics';
import { CAPITAL_PARTICLES } from '../lexicon/people-particles';
import { isAbbreviation, type Token } from './tokens';
import { classify, type TokenClass } from './token-classes';
import { foldedWord, keyOf, partsOf, partsOfToken, type NamePart } from './name-forms';
import { rolesBefore } from './role-prefix';
import { roleAfter, roleBeforeComma } from './appositive';
import { singleWordThing, thingCue, type ThingCue } from './not-a-person';
import { isRoleHead } from './role-text';
import { COMMON_TITLE_WORDS } from '../lexicon/people-common-words';
import { ORGANISATION_CUES, SURNAME_CUES } from '../lexicon/people-organisations';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/people-roles';
import { PLACES } from '../lexicon/people-places';
import type { ParagraphKind } from './paragraph-kind';
import { BARE_ONE_WORD, BARE_ORGANISATION, BARE_PLACE, BARE_SENTENCE_INITIAL, BARE_SPEAKS, type BareNames } from './bare-names';

export interface Occurrence {
  /** The name's span, honorific and possessive excluded. */
  start: number;
  end: number;
  /** Folded parts of the name, with offsets (a hyphenated word gives several). */
  parts: NamePart[];
  /** The parts' keys, and those joined ("keir starmer"). */
  keys: string[];
  key: string;
  /** Parts of the surname (the last word with its particles), counted from the end of `parts`. */
  surnameParts: number;
  /** A generational suffix ("jr", "iii"), folded: "Donald Trump Jr" is not "Donald Trump". */
  suffix: string | undefined;
  /** Name words (a hyphenated word is one). */
  words: number;
  /** Where the first word ends, and how many parts it gives (to drop a sentence-opening common word). */
  firstWordEnd: number;
  firstWordParts: number;
  /** Given name and surname ("Keir Starmer", "JD Vance"), or one name ("Starmer", "von der Leyen"). */
  form: 'full' | 'single';
  honorific: { text: string; lower: string; kind: HonorificKind; start: number } | undefined;
  /** A title ending in a role noun stands directly before the name ("President Trump", not "president of the Center for American | Progress"). */
  titled: boolean;
  roles: string[];
  context: ParagraphKind;
  /** The name's first word opens a sentence. */
  sentenceInitial: boolean;
  /** Why this is an organisation, a place or a thing, when cues say so. */
  thing: ThingCue | undefined;
  /** That title is a capitalised title word ("Chief Executive"), or a rank or royal honorific. */
  titleWord: boolean;
  /** The cue word that calls the name a thing is also a common surname ("Diane Park"). */
  surnameCue: boolean;
  /** A role is given in apposition ("Raj Patel, an analyst at Kestrel Research"). */
  appositive: boolean;
  /** A speech verb follows ("Jordan said"), or "according to" precedes. */
  speaks: boolean;
}

/** The roles of the many occurrences with none: one shared list, never changed (shareTitle replaces a list, it does not add to it). */
const NO_ROLES: string[] = Object.freeze([]) as unknown as string[];
const BYLINE_JOINERS = new Set(['by', 'and', '&']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'tweeted', 'posted', 'argued', 'insisted', 'explained', 'noted', 'warned', 'replied', 'declared']);
const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'ms', 'mla', 'td', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'md', 'esq']);
/** Post-nominals that say what someone is: a member of a parliament (a TD sits in the Dáil), a senior barrister. */
const MEMBER_POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'mla', 'td', 'qc', 'kc']);
const DIGIT = /\p{N}/u;
/** More tokens than any name has: bounds the searches inside a run, so a title-case page stays linear. */
const MAX_NAME_TOKENS = 10;
/** Titles that are also surnames, kept at the end of a name ("John Major", "Stephen King", "Aaron Judge"). */
const SURNAME_TITLES = new Set(['major', 'king', 'bishop', 'judge', 'marshal', 'cardinal', 'pope', 'duke', 'earl', 'dean', 'knight', 'sergeant', 'prince', 'baron', 'general']);

/** Words that end a run without being part of the name: "PAC", "MP", "CEO", "Secretary" (of State), "U.S". */
function trailingNonName(t: Token, c: TokenClass): boolean {
  if (c === 'dot' || c === 'nat' || c === 'acronym' || c === 'affiliation' || c === 'initial') return true;
  if (c === 'title' || c === 'courtesy') return !SURNAME_TITLES.has(t.lower) && !ORGANISATION_CUES.has(t.lower);
  return POST_NOMINALS.has(t.lower);
}

/**
 * The name occurrences of a paragraph; single names with no evidence of a person go to `bare` instead
 * (see bare-names.ts). Returns the token classes too, for the role references.
 */
export function findOccurrences(text: string, tokens: Token[], context: ParagraphKind, bare?: BareNames): { occurrences: Occurrence[]; classes: TokenClass[] } {
  const classes = tokens.map(classify);
  // "Nicole A. Navas", "I. Charles McCullough III": a lone capital with a full stop before a name is an initial.
  for (let x = 0; x + 2 < tokens.length; x++) {
    if (classes[x] === 'common' && tokens[x].text.length === 1 && tokens[x + 1].text === '.' && tokens[x + 1].start === tokens[x].end && tokens[x + 2].cap) classes[x] = 'initial';
  }
  const out: Occurrence[] = [];
  const n = tokens.length;
  // A byline without "By" ("Niamh Durkan, Political Correspondent") names its author first.
  const nameFirst = context === 'byline' && !tokens.some((t) => t.lower === 'by');
  let i = 0;
  while (i < n) {
    if (!startsRun(tokens, classes, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (j === i || inRun(tokens, classes, j))) {
      j++;
      if (tokens[j - 1].possessive) break;
    }
    // Split the run at words that cannot be inside a name: weekdays, sentence words, dates ("May 5").
    let a = i;
    for (let k = i; k <= j; k++) {
      if (k < j && !breaksName(tokens, classes, a, k)) continue;
      // In a byline only the names after "By" and "and" are authors ("By Jane Doe, Local Democracy Reporter").
      if (k > a && !(context === 'byline' && !((a > 0 && BYLINE_JOINERS.has(tokens[a - 1].lower)) || (a === 0 && nameFirst)))) {
        if (!(bare && k === a + 1 && plainSingle(text, tokens, classes, a, bare))) {
          const occ = describe(text, tokens, classes, a, k, context, bare);
          if (occ) {
            shareTitle(occ, out[out.length - 1], tokens, a);
            out.push(occ);
          }
        }
      }
      a = k + 1;
    }
    i = j;
  }
  return { occurrences: out, classes };
}

/**
 * A plural title before two names ("Justices Maureen Szymanski and Dale Fairbrother"): each is titled with the
 * singular ("Justice"), the second too. `previous` is the occurrence found before `occ`, whose run starts at token a.
 */
function shareTitle(occ: Occurrence, previous: Occurrence | undefined, tokens: Token[], a: number): void {
  const plural = (o: Occurrence | undefined) => (o?.honorific && PLURAL_TITLES.has(o.honorific.lower) ? HONORIFICS.get(o.honorific.lower)?.expansion : undefined);
  const own = plural(occ);
  if (own) {
    // Its role was read as written ("Justices"): the singular instead.
    const written = occ.honorific!.text.toLowerCase();
    occ.roles = occ.roles.map((r) => (r.toLowerCase() === written ? own : r));
    if (!occ.roles.includes(own)) occ.roles.unshift(own);
  }
  const shared = plural(previous);
  if (shared && !occ.honorific && !occ.roles.length && tokens[a - 1]?.lower === 'and' && tokens[a - 2]?.end === previous!.end) {
    occ.roles = [shared];
    occ.titled = true;
  }
}

function startsRun(tokens: Token[], classes: TokenClass[], i: number): boolean {
  const t = tokens[i];
  if (!t.isWord) return false;
  if (t.cap || classes[i] === 'name') return true;
  return classes[i] === 'particle' && !!tokens[i + 1]?.isWord && (tokens[i + 1].cap || classes[i + 1] === 'particle');
}

function inRun(tokens: Token[], classes: TokenClass[], j: number): boolean {
  const t = tokens[j];
  const c = classes[j];
  if (c === 'dot') {
    const prev = tokens[j - 1];
    return prev.isWord && prev.end === t.start && isAbbreviation(prev) && !!tokens[j + 1]?.isWord && tokens[j + 1].cap && !tokens[j + 1].sentenceStart;
  }
  if (!t.isWord) return false;
  if (t.sentenceStart) return false;
  if (t.cap || c === 'name') return true;
  return c === 'particle' && !!tokens[j + 1]?.isWord && (tokens[j + 1].cap || classes[j + 1] === 'particle');
}

/**
 * The common case made cheap: one capitalised word with nothing around it that could make it a person
 * (no title or role word before it, no comma on either side, no "of"/"for" before it) is recorded as a
 * bare name at once. Returns false to leave the word to the full description.
 */
function plainSingle(text: string, tokens: Token[], classes: TokenClass[], a: number, bare: BareNames): boolean {
  const t = tokens[a];
  if (classes[a] !== 'name' || t.text.indexOf('.') >= 0) return false;
  const prev = tokens[a - 1];
  const next = tokens[a + 1];
  if (next?.text === ',' || prev?.text === ',' || prev?.text === '.' || prev?.text === '"' || prev?.text === '“') return false;
  if (prev?.isWord && (prev.cap || ROLE_HEADS.has(prev.lower) || ROLE_MODIFIERS.has(prev.lower) || prev.lower === 'of' || prev.lower === 'for' || prev.lower === 'the')) return false;
  const thing = singleWordThing(t, prev);
  const speaks = (!!next?.isWord && SPEECH_VERBS.has(next.lower)) || (a >= 2 && prev.lower === 'to' && tokens[a - 2].lower === 'according');
  const flags =
    (thing === 'organisation' ? BARE_ORGANISATION : 0) |
    (thing === 'place' ? BARE_PLACE : 0) |
    (speaks ? BARE_SPEAKS : 0) |
    (t.sentenceStart ? BARE_SENTENCE_INITIAL : 0) |
    BARE_ONE_WORD;
  const key = t.text.indexOf('-') >= 0 || t.text.indexOf('\u2010') >= 0 ? keyOf(partsOf(t.text, t.start)) : foldedWord(t);
  bare.add(t.start, t.end, key, flags);
  return true;
}

/** A word that cannot be inside a name ends the segment of a run (`a` is where the segment began). */
function breaksName(tokens: Token[], classes: TokenClass[], a: number, k: number): boolean {
  const c = classes[k];
  if (c === 'weekday' || c === 'other' || c === 'common') return true;
  if (c !== 'month') return false;
  // "Theresa May" keeps its month; "May 5", "in May", a month opening the run do not.
  const afterName = k > a && classes[k - 1] === 'name';
  const next = tokens[k + 1];
  return !afterName || (!!next && DIGIT.test(next.text));
}

/**
 * A run right after a title's "of"/"for" ("Secretary of | State Marco Rubio", "President of the |
 * European Commission Ursula von der Leyen") opens with the rest of the title: words of offices,
 * bodies and places, up to the name.
 */
function complementLength(tokens: Token[], classes: TokenClass[], a: number, b: number): number {
  let c = a - 1;
  if (c >= 0 && tokens[c].lower === 'the') c--;
  if (c < 1 || (tokens[c].lower !== 'of' && tokens[c].lower !== 'for')) return 0;
  // A role noun within the title before the connector: "Secretary of State for | Political Affairs …".
  let titled = false;
  for (let y = c - 1; y >= 0 && y >= c - 5 && !titled; y--) {
    const t = tokens[y];
    if (!t.isWord || (!t.cap && t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'the' && !isRoleHead(t))) break;
    titled = isRoleHead(t);
  }
  if (!titled) return 0;
  const whole: string[] = [];
  for (let x = a; x < b; x++) if (tokens[x].isWord) whole.push(tokens[x].lower);
  if (PLACES.has(whole.join(' '))) return 0; // "governor of New Jersey"

  // The last office, body or place word that has only name words after it ("Political Affairs | Wendy Sherman").
  for (let x = b - 2; x >= Math.max(a, b - MAX_NAME_TOKENS); x--) {
    if (!isComplementWord(tokens[x], classes[x])) continue;
    let names = 0;
    for (let y = x + 1; y < b; y++) {
      if (classes[y] === 'name') names++;
      else if (classes[y] !== 'initial' && classes[y] !== 'particle' && classes[y] !== 'dot' && classes[y] !== 'suffix') names = -Infinity;
    }
    if (names > 0) return x + 1 - a;
  }
  return 0;
}

function isComplementWord(t: Token, c: TokenClass): boolean {
  if (c === 'nat' || c === 'acronym' || c === 'title' || c === 'dot') return true;
  return COMMON_TITLE_WORDS.has(t.lower) || ORGANISATION_CUES.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || PLACES.has(t.lower);
}

function describe(text: string, tokens: Token[], classes: TokenClass[], a: number, b: number, context: ParagraphKind, bare?: BareNames): Occurrence | undefined {
  // The name starts after the last title or honorific that has a name after it ("Prime Minister | John Major").
  let k = -1;
  let nameSeen = false;
  for (let x = b - 1; x >= a; x--) {
    const c = classes[x];
    if (c === 'name') nameSeen = true;
    // "Nevada Democrat | Lucy Flores": a party label, like a title, ends what comes before the name.
    else if ((c === 'title' || c === 'courtesy' || c === 'affiliation') && nameSeen) {
      k = x;
      break;
    }
  }
  let s = k + 1 > a ? k + 1 : a;
  if (k < a) s = a + complementLength(tokens, classes, a, b);
  while (s < b && (classes[s] === 'dot' || classes[s] === 'nat' || classes[s] === 'acronym' || classes[s] === 'affiliation' || classes[s] === 'common')) s++;
  let e = b;
  while (e > s && trailingNonName(tokens[e - 1], classes[e - 1])) e--;
  let hasName = false;
  for (let x = s; x < e; x++) if (classes[x] === 'name') hasName = true;
  if (!hasName) return undefined;
  // A particle cannot end a name.
  while (e > s && classes[e - 1] === 'particle') e--;
  // "Donald Trump Jr.": the suffix keeps its full stop.
  if (e > s && classes[e - 1] === 'suffix' && tokens[e]?.text === '.' && tokens[e].start === tokens[e - 1].end) e++;

  // Name words, and the folded parts they give; generational suffixes ("Jr", "III") stay in the text only.
  const words: number[] = [];
  for (let x = s; x < e; x++) if (tokens[x].isWord) words.push(x);
  let sEnd = words.length - 1;
  while (sEnd > 0 && classes[words[sEnd]] === 'suffix') sEnd--;
  const parts: NamePart[] = [];
  const partCount: number[] = [];
  for (let w = 0; w <= sEnd; w++) {
    const before = parts.length;
    for (const p of partsOfToken(tokens[words[w]])) parts.push(p);
    partCount.push(parts.length - before);
  }
  const last = e - 1;
  // Surname: the last word with the particles before it ("bin Salman", "Marine | Le Pen", "Von der Leyen").
  let sStart = sEnd;
  while (sStart > 0) {
    const prev = tokens[words[sStart - 1]];
    if (prev.cap && !CAPITAL_PARTICLES.has(prev.lower)) break;
    sStart--;
  }
  let surnameParts = 0;
  for (let w = sStart; w <= sEnd; w++) surnameParts += partCount[w];
  // A given name is there when a name word or an initial precedes the surname.
  let full = false;
  for (let w = 0; w < sStart; w++) if (classes[words[w]] === 'name' || classes[words[w]] === 'initial') full = true;

  const honTok = s > a ? tokens[s - 1].text === '.' ? s - 2 : s - 1 : -1;
  let honorific: Occurrence['honorific'];
  if (honTok >= a && honTok >= 0 && (classes[honTok] === 'courtesy' || classes[honTok] === 'title')) {
    const h = HONORIFICS.get(tokens[honTok].lower);
    if (h) honorific = { text: text.slice(tokens[honTok].start, s - 1 > honTok ? tokens[s - 1].end : tokens[honTok].end), lower: tokens[honTok].lower, kind: h.kind, start: tokens[honTok].start };
  }

  const roles: string[] = [];
  let titled = false;
  let titleWord = false;
  const before = rolesBefore(text, tokens, classes, s - 1);
  if (before) {
    roles.push(...before.roles);
    titled = before.direct;
    titleWord = before.titleWord;
  } else if (honorific && (honorific.kind === 'royal' || honorific.kind === 'rank')) {
    const exp = HONORIFICS.get(honorific.lower)?.expansion;
    if (exp) roles.push(exp);
    titled = true;
    titleWord = true;
  }
  // Post-nominal letters are a role ("Sarah Olney MP"); an apposition may follow them.
  let tail = last;
  while (tail + 1 < b && POST_NOMINALS.has(tokens[tail + 1].lower)) {
    tail++;
    if (MEMBER_POST_NOMINALS.has(tokens[tail].lower)) roles.push(tokens[tail].text);
  }
  const after = roleAfter(text, tokens, tail);
  if (after) roles.push(after);
  // After the post-nominals: "Sinn Féin’s health spokesman, Pearse Gilligan TD, said".
  const preposed = roleBeforeComma(text, tokens, honorific ? honTok : s, tail);
  if (preposed) roles.push(preposed);
  const appositive = !!after || !!preposed;

  const next = tokens[e];
  const speaks =
    (!!next?.isWord && SPEECH_VERBS.has(next.lower)) ||
    (s >= 2 && tokens[s - 1].lower === 'to' && tokens[s - 2].lower === 'according');
  const keys = parts.map((p) => p.key);
  const thing = thingCue(tokens, s, e);
  if (bare && !full && !honorific && !titled && !appositive) {
    const flags =
      (thing === 'organisation' ? BARE_ORGANISATION : 0) |
      (thing === 'place' ? BARE_PLACE : 0) |
      (speaks ? BARE_SPEAKS : 0) |
      (tokens[s].sentenceStart ? BARE_SENTENCE_INITIAL : 0) |
      (sEnd === 0 ? BARE_ONE_WORD : 0);
    bare.add(tokens[s].start, tokens[last].end, keys.length === 1 ? keys[0] : keyOf(keys), flags);
    return undefined;
  }
  const suffixWords = words.slice(sEnd + 1).map((w) => tokens[w].lower.replace(/\.$/, ''));
  const occ: Occurrence = {
    start: tokens[s].start,
    end: tokens[last].end,
    // Exact-size copies: a list grown by push keeps room for 17 items, and these are kept until the merge.
    parts: parts.slice(),
    keys,
    key: keys.length === 1 ? keys[0] : keyOf(keys),
    surnameParts: Math.max(1, surnameParts),
    suffix: suffixWords.length ? suffixWords.join(' ') : undefined,
    words: sEnd + 1,
    firstWordEnd: tokens[words[0]].end,
    firstWordParts: partCount[0] ?? 0,
    form: full ? 'full' : 'single',
    honorific,
    titled,
    titleWord,
    surnameCue: thing === 'organisation' && SURNAME_CUES.has(tokens[last].lower),
    roles: roles.length ? roles.slice() : NO_ROLES,
    appositive,
    context,
    sentenceInitial: tokens[s].sentenceStart,
    speaks,
    thing,
  };
  return occ;
}
