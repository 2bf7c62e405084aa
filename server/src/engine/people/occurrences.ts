// Finds the name occurrences of one paragraph: runs of capitalised words (with particles, initials and
// the full stops of abbreviations) split at words that are never names, each run's title or honorific
// separated from the name that follows it ("UK Prime Minister | Keir Starmer", "Admiral Sir | Tony
// Radakin"), and the roles before or after the name attached. Whether an occurrence is a person is
// decided later, with the whole article in view (merge-people.ts); here it is only described.
import { HONORIFICS, type HonorificKind } from '../lexicon/people-honorifics';
import { CAPITAL_PARTICLES } from '../lexicon/people-particles';
import { isAbbreviation, type Token } from './tokens';
import { classify, isNamePart, type TokenClass } from './token-classes';
import { partsOf, type NamePart } from './name-forms';
import { rolesBefore } from './role-prefix';
import { roleAfter, roleBeforeComma } from './appositive';
import { thingCue, type ThingCue } from './not-a-person';
import type { ParagraphKind } from './paragraph-kind';

export interface Occurrence {
  /** The name's span, honorific and possessive excluded. */
  start: number;
  end: number;
  text: string;
  /** Folded parts of the name, with offsets (a hyphenated word gives several). */
  parts: NamePart[];
  /** Parts of the surname (the last word with its particles), counted from the end of `parts`. */
  surnameParts: number;
  /** A generational suffix ("jr", "iii"), folded: "Donald Trump Jr" is not "Donald Trump". */
  suffix?: string;
  /** Name words (a hyphenated word is one). */
  words: number;
  /** Where the first word ends, and how many parts it gives (to drop a sentence-opening common word). */
  firstWord: { end: number; parts: number };
  /** Given name and surname ("Keir Starmer", "JD Vance"), or one name ("Starmer", "von der Leyen"). */
  form: 'full' | 'single';
  honorific?: { text: string; lower: string; kind: HonorificKind; start: number };
  /** A title with a role noun stands directly before the name ("President Trump"). */
  titled: boolean;
  roles: string[];
  context: ParagraphKind;
  /** The name's first word opens a sentence. */
  sentenceInitial: boolean;
  /** Why this is an organisation, a place or a thing, when cues say so. */
  thing?: ThingCue;
  /** A speech verb follows ("Jordan said"), or "according to" precedes. */
  speaks: boolean;
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'tweeted', 'posted', 'argued', 'insisted', 'explained', 'noted', 'warned', 'replied', 'declared']);
const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'ms', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'md', 'esq']);
const DIGIT = /\p{N}/u;

export function findOccurrences(text: string, tokens: Token[], context: ParagraphKind): { occurrences: Occurrence[]; classes: TokenClass[] } {
  const classes = tokens.map(classify);
  const out: Occurrence[] = [];
  const n = tokens.length;
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
    for (const [a, b] of segments(tokens, classes, i, j)) {
      const occ = describe(text, tokens, classes, a, b, context);
      if (occ) out.push(occ);
    }
    i = j;
  }
  return { occurrences: out, classes };
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

/** Splits a run at words that cannot be inside a name: weekdays, sentence words, dates ("May 5"). */
function* segments(tokens: Token[], classes: TokenClass[], i: number, j: number): Generator<[number, number]> {
  let a = i;
  for (let k = i; k < j; k++) {
    const c = classes[k];
    let breaks = c === 'weekday' || c === 'other' || c === 'common';
    if (c === 'month') {
      // "Theresa May" keeps its month; "May 5", "in May", a month opening the run do not.
      const afterName = k > a && classes[k - 1] === 'name';
      const next = tokens[k + 1];
      breaks = !afterName || (!!next && DIGIT.test(next.text));
    }
    if (!breaks) continue;
    if (k > a) yield [a, k];
    a = k + 1;
  }
  if (j > a) yield [a, j];
}

function describe(text: string, tokens: Token[], classes: TokenClass[], a: number, b: number, context: ParagraphKind): Occurrence | undefined {
  // The name starts after the last title or honorific that has a name after it ("Prime Minister | John Major").
  let k = -1;
  let nameSeen = false;
  for (let x = b - 1; x >= a; x--) {
    const c = classes[x];
    if (c === 'name') nameSeen = true;
    else if ((c === 'title' || c === 'courtesy') && nameSeen) {
      k = x;
      break;
    }
  }
  let s = k + 1 > a ? k + 1 : a;
  while (s < b && (classes[s] === 'dot' || classes[s] === 'nat' || classes[s] === 'acronym' || classes[s] === 'affiliation' || classes[s] === 'common')) s++;
  let e = b;
  while (e > s && (classes[e - 1] === 'dot' || classes[e - 1] === 'nat' || classes[e - 1] === 'acronym' || classes[e - 1] === 'affiliation' || POST_NOMINALS.has(tokens[e - 1].lower))) e--;
  let hasName = false;
  for (let x = s; x < e; x++) if (classes[x] === 'name') hasName = true;
  if (!hasName) return undefined;
  // A particle cannot end a name.
  while (e > s && classes[e - 1] === 'particle') e--;

  // Name words, and the folded parts they give; generational suffixes ("Jr", "III") stay in the text only.
  const words: number[] = [];
  for (let x = s; x < e; x++) if (tokens[x].isWord) words.push(x);
  let sEnd = words.length - 1;
  while (sEnd > 0 && classes[words[sEnd]] === 'suffix') sEnd--;
  const parts: NamePart[] = [];
  for (let w = 0; w <= sEnd; w++) parts.push(...partsOf(tokens[words[w]].text, tokens[words[w]].start));
  const last = e - 1;
  // Surname: the last word with the particles before it ("bin Salman", "Marine | Le Pen", "von der Leyen").
  let sStart = sEnd;
  while (sStart > 0) {
    const prev = tokens[words[sStart - 1]];
    if (prev.cap && !(sStart - 1 > 0 && CAPITAL_PARTICLES.has(prev.lower))) break;
    sStart--;
  }
  let surnameParts = 0;
  for (let w = sStart; w <= sEnd; w++) surnameParts += partsOf(tokens[words[w]].text, 0).length;
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
  const before = rolesBefore(text, tokens, classes, s - 1);
  if (before) {
    roles.push(...before.roles);
    titled = true;
  } else if (honorific && (honorific.kind === 'royal' || honorific.kind === 'rank')) {
    const exp = HONORIFICS.get(honorific.lower)?.expansion;
    if (exp) roles.push(exp);
    titled = true;
  }
  const after = roleAfter(text, tokens, last);
  if (after) roles.push(after);
  const preposed = honorific ? undefined : roleBeforeComma(text, tokens, s, last);
  if (preposed) roles.push(preposed);

  const next = tokens[e];
  const speaks =
    (!!next?.isWord && SPEECH_VERBS.has(next.lower)) ||
    (s >= 2 && tokens[s - 1].lower === 'to' && tokens[s - 2].lower === 'according');
  const suffixWords = words.slice(sEnd + 1).map((w) => tokens[w].lower.replace(/\.$/, ''));
  const occ: Occurrence = {
    start: tokens[s].start,
    end: tokens[last].end,
    text: text.slice(tokens[s].start, tokens[last].end),
    parts,
    surnameParts: Math.max(1, surnameParts),
    ...(suffixWords.length ? { suffix: suffixWords.join(' ') } : {}),
    words: sEnd + 1,
    firstWord: { end: tokens[words[0]].end, parts: partsOf(tokens[words[0]].text, 0).length },
    form: full ? 'full' : 'single',
    ...(honorific ? { honorific } : {}),
    titled,
    roles,
    context,
    sentenceInitial: tokens[s].sentenceStart,
    speaks,
  };
  const thing = thingCue(tokens, s, e);
  if (thing) occ.thing = thing;
  return occ;
}
