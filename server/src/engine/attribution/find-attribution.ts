// The attribution written next to one quotation, in the words of its own sentence:
//   after it:  “…,” Smith said / “…,” said Smith / “…,” he told reporters / “…,” according to X
//   before it: Smith said: “…” / Smith said “…” / Smith told CNN that … “…” / According to X, “…”
//              …, adding: “…” (a participle takes the main clause's subject) / Smith on the vote: “…”
// The subject of the reporting verb is the speaker, never another person in the sentence
// ("Rutte told Trump", "Witkoff revealed that Putin agreed …"), and never words inside quotation marks.
// When a sentence reports a report ("Cruz said he is sure Rubio will continue to be “…”"), the words
// are credited to the subject of the sentence's first reporting verb.
import type { Token, TokenWindow } from './tokens';
import { cueAt, type CueMatch } from './cues';
import { type NounPhrase, isQuantitySubject, namedAppositiveBetween, nounPhrase, phraseEndingAt, phraseStartingAt, withNamedAppositive } from './noun-phrase';
import { NOUN_LIKE_FORMS, VERB_MODIFIERS } from '../lexicon/reporting-verbs';
import { DETERMINERS, NOT_NAME_WORDS, PERSON_NOUNS, ROLE_WORDS, SOURCE_HEADS, isPersonNounOrPlural } from '../lexicon/speaker-words';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';

export type AttributionVia = 'after' | 'before' | 'colon';

export interface FoundAttribution {
  phrase: NounPhrase;
  tokens: Token[];
  cue: CueMatch | null;
  via: AttributionVia;
  /** The cue stands right against the quotation ("said: “", "“…,” he said"). */
  adjacent: boolean;
}

/** At most this many characters before a quotation are read (a sentence longer than that is cut at a space). */
const LEADING_CHARS = 1500;

function windowStart(from: number, to: number): number {
  return Math.max(from, to - LEADING_CHARS);
}

/** How far from a quotation an attribution is looked for, in tokens: keeps the work per quotation constant. */
const LEADING_WINDOW = 70;
const TRAILING_WINDOW = 40;

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "'s", '’s']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', ';']);
const NAMED_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'this', 'that']);
const COORDINATORS = new Set(['and', 'but', 'then', 'or', 'yet']);
/** Words that open a prepositional or time phrase between a subject and its verb ("Smith on Tuesday said"). */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'from', 'with', 'over', 'via', 'for', 'through', 'throughout', 'of', 'last', 'this', 'earlier', 'late', 'early', 'by', 'under', 'outside', 'inside', 'near', 'across']);
/** Words after which a new clause with its own subject begins ("…, but Jones called it “…”"). */
const CLAUSE_BREAKS = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'however']);
const SUBORDINATORS = new Set(['when', 'after', 'as', 'while', 'before', 'since', 'if', 'because', 'although', 'though', 'once', 'until', 'unless', 'whereas']);

const isLyAdverb = (toks: Token[], k: number): boolean => {
  const t = toks[k];
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !DETERMINERS.has(toks[k - 1]?.lower ?? '') && !toks[k - 1]?.possessive;
};

/** If tokens (p..k] after a preposition p form a short phrase ("on Tuesday", "in the past"), p; else -1. */
function phraseOpenerBefore(toks: Token[], k: number): number {
  // Nor does a phrase end on a conjunction: "praised Rubio’s positions on defense and | said" coordinates two verbs.
  if (toks[k].lower === 'who' || SUBJECT_PRONOUNS.has(toks[k].lower) || COORDINATORS.has(toks[k].lower)) return -1;
  for (let p = k - 1; p >= 0 && k - p <= 5; p--) {
    const t = toks[p];
    if (!t.word || t.inQuote) return -1;
    if (PREPOSITIONS.has(t.lower) && !t.cap) return p;
    // A capitalised word inside the phrase is part of a name ("for First West Yorkshire"), not a modifier.
    if (SUBJECT_PRONOUNS.has(t.lower) || (VERB_MODIFIERS.has(t.lower) && !t.cap && !DETERMINERS.has(t.lower)) || t.lower === 'who' || t.lower === 'and') return -1;
  }
  return -1;
}

/** The subject of the reporting verb at token v, read backwards over modifiers, short phrases and an appositive. */
export function subjectBefore(toks: Token[], v: number, allowCoordination = true): NounPhrase | null {
  const cue = cueAt(toks, v);
  const participle = cue?.form?.participle ?? false;
  let k = v - 1;
  let sawBe = false;
  let skipped: { opener: number; last: number } | null = null;
  for (let guard = 0; k >= 0 && guard < 8; guard++) {
    const t = toks[k];
    if (!t.word || t.inQuote) break;
    if (VERB_MODIFIERS.has(t.lower) || isLyAdverb(toks, k)) {
      if (BE.has(t.lower)) sawBe = true;
      k--;
      continue;
    }
    // A short phrase between subject and verb ("Smith on Tuesday said", "who has in the past described"),
    // skipped only when the words before the verb are not a subject themselves.
    const here = phraseEndingAt(toks, k);
    if (here && (here.kind === 'pronoun' || here.viaRelative || !isObjectPosition(toks, here.first))) break;
    const p = phraseOpenerBefore(toks, k);
    if (p >= 0 && p < k) {
      skipped = { opener: p, last: k };
      k = p - 1;
      continue;
    }
    break;
  }
  // "Smith was told", "she was asked": the subject heard the words (but "is telling" is the speaker's);
  // the speaker is the agent, if named: "was asked by host Bill Maher".
  if (sawBe && !participle) return cue && toks[cue.last + 1]?.lower === 'by' ? phraseStartingAt(toks, cue.last + 2) : null;
  if (k < 0) return null;
  const t = toks[k];
  if (t.inQuote) return null;
  if (allowCoordination && t.word && COORDINATORS.has(t.lower)) return clauseSubject(toks, k);
  if (t.text === ',' || t.text === ')' || t.text === '—' || t.text === '–') return appositiveHead(toks, k);
  const np = phraseEndingAt(toks, k);
  if (np && np.kind !== 'pronoun' && !np.viaRelative && isObjectPosition(toks, np.first)) return null;
  return np && skipped ? withWhoseSource(toks, np, skipped) : np;
}

/**
 * "A spokesperson for First West Yorkshire said": the phrase after a source's title says whom the
 * source speaks for, so it belongs to the description ("the chair of the committee", "an official at
 * the ministry").
 */
function withWhoseSource(toks: Token[], np: NounPhrase, skipped: { opener: number; last: number }): NounPhrase {
  if (np.kind !== 'description' || skipped.opener !== np.last + 1) return np;
  if (!OF_SOURCE.has(toks[skipped.opener].lower) || !PERSON_NOUNS.has(toks[np.mentionLast].lower)) return np;
  return nounPhrase(np.kind, np.first, skipped.last, np.mentionFirst, skipped.last, np.shownFirst, np.relativeAt);
}
const OF_SOURCE = new Set(['for', 'of', 'at']);
/** Pronouns that are a subject before an aside ("it" and "you" can be objects: "passed it, however, …"). */
const ASIDE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** After a preposition or a transitive verb a phrase is an object, not a subject ("from the White House said" excepted above). */
function isObjectPosition(toks: Token[], first: number): boolean {
  const p = toks[first - 1];
  return !!p && p.word && !p.inQuote && (PREPOSITIONS.has(p.lower) || p.lower === 'to' || p.lower === 'than');
}

/**
 * "Smith, the party's chair, said", "Clinton, 35, the daughter of …, said", "Smith (R-Texas) said",
 * "Sen. Laura Whitcomb, R-Ohio, who has …, said": along a chain of commas the subject is the earliest
 * phrase that can be one (not an object of a preposition, not a pronoun).
 */
function appositiveHead(toks: Token[], k: number): NounPhrase | null {
  let best: NounPhrase | null = null;
  let tries = 0;
  let j = k;
  let done = false;
  const consider = (at: number, innerFrom: number): void => {
    const np = phraseEndingAt(toks, at);
    // A personal pronoun before a short aside is the subject ("and he, too, said", "She, however, told"):
    // a pronoun takes no appositive, so no phrase before it is this verb's subject.
    if (np?.kind === 'pronoun' && tries === 0 && k - innerFrom <= 3 && ASIDE_SUBJECTS.has(toks[np.first].lower)) {
      best = np;
      done = true;
      return;
    }
    if (!np || np.kind === 'pronoun' || isObjectPosition(toks, np.first)) return;
    // A description before a name is not its appositive but the end of the clause before: "After a sniper
    // killed five Dallas police officers, | Governor Mary Fallin (R-OK) said" (while "Smith, | the party's
    // chair, said" takes the name before the description).
    if (best?.kind === 'name' && np.kind !== 'name') return;
    best = namedAppositiveBetween(toks, np, innerFrom, k - 1);
  };
  while (j >= 0 && k - j < 50 && tries <= 4 && !done) {
    const u = toks[j];
    if (!u.inQuote && u.text === ')') {
      // A bracket is skipped whole ("(R-Fla.)"); the words before it may be the subject.
      let o = j - 1;
      while (o >= 0 && j - o < 12 && toks[o].text !== '(') o--;
      if (o < 0 || toks[o].text !== '(') break;
      consider(o - 1, o);
      tries++;
      j = o - 1;
      continue;
    }
    if (j < k && !u.inQuote) {
      if (SENTENCE_PUNCT.has(u.text) || u.text === ':') break;
      if (u.text === ',' || u.text === '—' || u.text === '–' || u.text === '(') {
        consider(j - 1, j + 1);
        tries++;
      }
    }
    j--;
  }
  return best;
}

/**
 * The subject of the sentence's main clause (for a participle cue, "…, adding: “…”", or a colon that
 * introduces a quotation): the first noun phrase after a dateline and a leading adverbial.
 */
/** "Eight years ago, he …", "Two days later, Smith …": a count of time opening the sentence, up to its comma. */
function timeAgoOpening(toks: Token[], s: number, before: number): boolean {
  if (!COUNT_WORDS.has(toks[s].lower) && !/^\d+$/.test(toks[s].text)) return false;
  for (let j = s + 1; j < before && j - s <= 4; j++) {
    if (TIME_OFFSETS.has(toks[j].lower)) return toks[j + 1]?.text === ',';
    if (!toks[j].word) return false;
  }
  return false;
}
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'fifty', 'several', 'a', 'few']);
const TIME_OFFSETS = new Set(['ago', 'later', 'earlier', 'before', 'after', 'on']);

export function clauseSubject(toks: Token[], before: number): NounPhrase | null {
  let s = 0;
  while (s < before && (toks[s].inQuote || !toks[s].word)) s++;
  s = skipDateline(toks, s, before);
  if (s >= before) return null;
  const first = toks[s];
  // An introductory phrase: a preposition or adverb ("In a statement, …"), a participle ("Speaking to
  // reporters, …", "Asked about …, …"), or anything lower-case.
  const intro = !first.cap || (NOT_NAME_WORDS.has(first.lower) && !['the', 'a', 'an', 'he', 'she', 'they', 'we', 'i', 'it'].includes(first.lower)) || /^\p{Lu}\p{Ll}+(ing|ed|ly)$/u.test(first.text) || timeAgoOpening(toks, s, before);
  if (intro) {
    // Skip an introductory phrase up to its comma: "In a statement, the minister …", "Speaking on Tuesday, she …".
    // Place names and lists have commas of their own ("Speaking in Salem, New Hampshire, Trump went …"):
    // the subject is the first phrase after a comma that a verb, not another comma, follows.
    let commas = 0;
    for (let j = s; j < before && j - s < 30 && commas < 4; j++) {
      if (toks[j].inQuote || toks[j].text !== ',') continue;
      commas++;
      const np = withNamedAppositive(toks, phraseStartingAt(toks, j + 1));
      if (np && toks[np.last + 1]?.text !== ',') return np;
    }
    // "When he returned he began …": the first pronoun or name of the sentence.
    if (SUBORDINATORS.has(first.lower)) {
      for (let j = s + 1; j < before && j - s < 10; j++) {
        const np = toks[j].inQuote ? null : phraseStartingAt(toks, j);
        if (np && (np.kind === 'pronoun' || np.kind === 'name')) return np;
      }
    }
    return null;
  }
  return withNamedAppositive(toks, phraseStartingAt(toks, s));
}

/** "WASHINGTON, Dec. 8 (UPI) — …", "Washington (AFP) – …", "LONDON — …": skip a dateline at the paragraph start. */
function skipDateline(toks: Token[], s: number, before: number): number {
  const t = toks[s];
  if (!t || !t.word || !t.cap) return s;
  const shouting = /^[\p{Lu}.\-]{3,}$/u.test(t.text);
  for (let j = s + 1; j < before && j - s < 14; j++) {
    const u = toks[j];
    if (u.text === '—' || u.text === '–' || u.text === '-') {
      // Only place words, a date and an agency in brackets may come before the dash.
      return shouting || toks[j - 1].text === ')' ? j + 1 : s;
    }
    if (u.word && !u.cap && !/^\d/.test(u.text)) return s;
  }
  return s;
}

/** A participle ("…, saying", "…, adding:") takes its clause's subject; "is telling" is a finite verb. */
function participleSubject(toks: Token[], i: number): NounPhrase | null {
  let k = i - 1;
  while (k >= 0 && toks[k].word && !toks[k].inQuote && (VERB_MODIFIERS.has(toks[k].lower) || isLyAdverb(toks, k))) {
    if (BE.has(toks[k].lower)) return subjectBefore(toks, i);
    k--;
  }
  if (toks[i - 1]?.lower === 'who') return phraseEndingAt(toks, i - 1);
  // "with Trump reportedly yelling: …", "Smith smiling: …" — a name or pronoun right before the participle.
  const direct = k >= 0 && k < i && toks[k].word && !toks[k].inQuote ? phraseEndingAt(toks, k) : null;
  const withAbsolute = toks[(direct?.first ?? 0) - 1]?.lower === 'with';
  if (direct && (direct.kind === 'name' || direct.kind === 'pronoun') && (withAbsolute || !isObjectPosition(toks, direct.first))) return direct;
  // "a petition warning that …", "an email saying …": the participle describes the document before it,
  // whose author is the subject of the verb that issued it ("Black Lives Matter issued a statement saying").
  if (direct && direct.kind === 'description' && SOURCE_HEADS.has(toks[direct.mentionLast].lower) && k === i - 1) {
    const verb = toks[direct.first - 1];
    if (verb && verb.word && !verb.cap && !verb.inQuote && !PREPOSITIONS.has(verb.lower) && !DETERMINERS.has(verb.lower)) {
      const author = phraseEndingAt(toks, direct.first - 2);
      if (author && author.kind !== 'description' && !isObjectPosition(toks, author.first)) return author;
    }
    return direct;
  }
  const main = clauseSubject(toks, i);
  if (main) return main;
  for (let j = i - 1; j >= 0; j--) {
    if (toks[j].inQuote || SENTENCE_PUNCT.has(toks[j].text)) break;
    if (['he', 'she', 'they', 'we', 'i'].includes(toks[j].lower)) return phraseEndingAt(toks, j);
  }
  return null;
}

/** A noun-like form ("a new phrase", "the attacks") is a verb only after a name or a pronoun. */
function acceptable(toks: Token[], cue: CueMatch, phrase: NounPhrase): boolean {
  if (cue.according || !cue.form) return true;
  if (!NOUN_LIKE_FORMS.has(toks[cue.first].lower)) return true;
  const before = toks[cue.first - 1];
  if (before && (DETERMINERS.has(before.lower) || before.possessive)) return false;
  if (phrase.kind !== 'description') return true;
  // "the report notes", "the board claims": a description headed by a person or a body stands as subject.
  const head = toks[phrase.mentionLast].lower;
  return SOURCE_HEADS.has(head) || isPersonNounOrPlural(head);
}

/** The subject for the cue at i, by the shape of the cue; null when none. */
function subjectFor(toks: Token[], cue: CueMatch, i: number): NounPhrase | null {
  const prev = toks[i - 1];
  // After a determiner the cue word is a noun ("the report", "some claims"), unless it is a verb agreeing with
  // a quantity that stands for people ("Some chanted", "Many say", "One said", "One argues").
  if (!cue.according && prev && prev.word && (DETERMINERS.has(prev.lower) || prev.possessive) && !SUBJECT_PRONOUNS.has(prev.lower) && !(isQuantitySubject(toks, i - 1) && agreesWithQuantity(toks[i], cue, prev.lower))) return null;
  if (cue.according) return phraseStartingAt(toks, cue.last + 1);
  if (cue.form?.participle) return participleSubject(toks, i);
  const np = subjectBefore(toks, i);
  if (np) return acceptable(toks, cue, np) ? np : null;
  // "Said the minister: “…”" — a sentence that opens on its verb.
  return i === 0 ? withNamedAppositive(toks, phraseStartingAt(toks, cue.last + 1)) : null;
}

/**
 * The cue's word can only be a verb after the quantity: a past form ("Some chanted", "One said"), a base form
 * after a plural ("Many say", not "some reports"), an -s form after a singular ("One argues", not "one report").
 */
function agreesWithQuantity(t: Token, cue: CueMatch, quantity: string): boolean {
  const form = cue.form;
  if (!form || form.participle) return false;
  const base = t.lower === form.lemma;
  const s = !base && t.lower.endsWith('s');
  if (!base && !s) return true;
  return SINGULAR_QUANTITIES.has(quantity) ? s : base;
}
const SINGULAR_QUANTITIES = new Set(['one', 'another', 'each', 'either', 'neither']);

/** The attribution before a quotation, in the sentence that leads up to it: tokens of [from, quoteStart). */
export function attributionBefore(win: TokenWindow, from: number, quoteStart: number): FoundAttribution | null {
  const toks = win(windowStart(from, quoteStart), quoteStart);
  const end = toks.length;
  const stop = Math.max(0, end - LEADING_WINDOW);
  let nearest: FoundAttribution | null = null;
  for (let i = end - 1; i >= stop; i--) {
    const cue = cueAt(toks, i);
    if (!cue) continue;
    const phrase = subjectFor(toks, cue, i);
    if (!phrase) continue;
    const after = cue.according ? phrase.last : Math.max(cue.shownLast, cue.last);
    const found: FoundAttribution = { phrase, tokens: toks, cue, via: 'before', adjacent: isAdjacent(toks, after) };
    if (!nearest) {
      nearest = found;
      if (found.adjacent) return found;
      continue;
    }
    // A report of a report: the sentence's earlier reporting verb governs the clause the nearer one is in.
    if (cue.form?.cls === 'framing' && !cue.form.participle && noClauseBreak(toks, cue.last + 1, nearest.phrase.first) && !coordinated(toks, nearest.phrase.first)) return found;
    break;
  }
  if (end > 0 && toks[end - 1].text === ':') {
    // "Reid said both are “non-entities,” but he gave the Texan a compliment: “…”" — the colon's own clause.
    const clause = lastClauseStart(toks);
    if (!nearest || (!nearest.adjacent && nearest.tokens[nearest.cue?.first ?? 0].start < toks[clause]?.start)) {
      const intro = colonIntroduction(toks, clause);
      if (intro) return intro;
    }
  }
  return nearest;
}

/** "Republican pollster Daron Shaw: “…”", "Sir Keir highlighted the mood:" — a colon introduces the quotation. */
function colonIntroduction(toks: Token[], clause: number): FoundAttribution | null {
  const end = toks.length - 1;
  const named = phraseEndingAt(toks, end - 1);
  if (named && named.kind === 'name' && named.mentionLast > named.mentionFirst && (named.first < named.mentionFirst || named.first === 0 || toks[named.first - 1].text === ',' || ROLE_WORDS.has(toks[named.first - 1].lower))) {
    return { phrase: named, tokens: toks, cue: null, via: 'colon', adjacent: true };
  }
  const phrase = clause > 0 ? phraseStartingAt(toks, clause) : clauseSubject(toks, end);
  if (!phrase || (phrase.kind === 'pronoun' && toks[phrase.first].lower === 'it')) return null;
  return { phrase, tokens: toks, cue: null, via: 'colon', adjacent: true };
}

/** The first token after the sentence's last clause break (", but", ";"), or 0. */
function lastClauseStart(toks: Token[]): number {
  for (let j = toks.length - 1; j >= 0; j--) {
    if (!toks[j].inQuote && CLAUSE_BREAKS.has(toks[j].lower) && toks[j].lower !== ':') return j + 1;
  }
  return 0;
}

/** "… the company reported a profit and its chief executive said …": a second clause, not a reported one. */
function coordinated(toks: Token[], first: number): boolean {
  const p = toks[first - 1];
  return !!p && (p.text === ',' || ['and', 'or', 'but', 'while'].includes(p.lower));
}

function noClauseBreak(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (t.inQuote) continue;
    if (CLAUSE_BREAKS.has(t.lower)) return false;
  }
  return true;
}

/** Only a colon, a comma, "that" or a short hearer/medium phrase ending in a colon lies between cue and quotation. */
function isAdjacent(toks: Token[], after: number): boolean {
  const rest = toks.length - 1 - after;
  if (rest <= 0) return true;
  if (rest === 1) return [':', ',', 'that', '—', '-'].includes(toks[after + 1].lower);
  return rest <= 7 && (toks[toks.length - 1].text === ':' || toks[toks.length - 1].text === ',');
}

/**
 * The attribution after a quotation: the gap [quoteEnd, to) begins with it. `lastContentChar` is the
 * quotation's last character: after a full stop the attribution must close its own short sentence
 * (“We won.” he said.), after a comma or question mark it simply follows.
 */
export function attributionAfter(win: TokenWindow, quoteEnd: number, to: number, lastContentChar: string): FoundAttribution | null {
  const toks = win(quoteEnd, Math.min(to, quoteEnd + 500));
  let i = 0;
  while (i < toks.length && !toks[i].word && [',', '—', '–', '-', '(', '…'].includes(toks[i].text)) i++;
  if (i >= toks.length || !toks[i].word || toks[i].inQuote) return null;
  const fullStop = lastContentChar === '.';
  // "said Smith", "added the minister", "according to officials".
  const inverted = cueAt(toks, i);
  if (inverted && !inverted.form?.participle) {
    const phrase = withNamedAppositive(toks, phraseStartingAt(toks, inverted.last + 1));
    if (phrase && (!fullStop || closesSoon(toks, phrase.last))) return { phrase, tokens: toks, cue: inverted, via: 'after', adjacent: true };
  }
  // "Smith said", "he told reporters", "Jones, the party chair, said", "Braynard is quoted as saying".
  const end = Math.min(toks.length, i + TRAILING_WINDOW);
  let depth = 0;
  for (let j = i; j < end; j++) {
    const t = toks[j];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (t.inQuote || (depth === 0 && (SENTENCE_PUNCT.has(t.text) || t.text === ':'))) break;
    const cue = cueAt(toks, j);
    if (!cue || cue.according) continue;
    if (cue.form?.participle && !['as', 'is', 'was', 'are', 'were', 'been'].includes(toks[j - 1]?.lower ?? '')) continue;
    if (cue.form?.cls === 'naming' && namesSomethingElse(toks, cue.last + 1)) continue;
    let phrase = cue.form?.participle ? participleSubject(toks, j) : subjectBefore(toks, j, false);
    if (phrase && !attachedAfter(toks, i, phrase)) {
      // The phrase that opens the gap, with the rest of the words up to the verb as its appositive.
      const head = withNamedAppositive(toks, phraseStartingAt(toks, i));
      phrase = head && head.last < j && [',', '('].includes(toks[head.last + 1]?.text) ? head : null;
    }
    if (!phrase) continue;
    if (!acceptable(toks, cue, phrase)) return null;
    if (fullStop && !closesSoon(toks, cue.shownLast)) return null;
    return { phrase, tokens: toks, cue, via: 'after', adjacent: true };
  }
  return null;
}

/**
 * After a quotation, a naming verb with an object of its own names something else, not the quotation: "“…
 * tear down this wall!” Conservatives still praise his refusal to …", "… while Trump refers to the governor
 * as “Chris.”", "… that Pagliano, who invoked his Fifth Amendment rights …". It names the quotation's words
 * through a pronoun ("“Disgraceful,” he called it") or a short object closing the sentence ("“A disgrace,”
 * she called the plan.").
 */
function namesSomethingElse(toks: Token[], after: number): boolean {
  const object = toks[after];
  if (!object?.word || object.inQuote || NAMED_PRONOUNS.has(object.lower)) return false;
  if (!DETERMINERS.has(object.lower) && !object.possessive) return true;
  for (let j = after + 1; j < toks.length && j - after <= 4; j++) {
    if (SENTENCE_PUNCT.has(toks[j].text)) return false;
    if (!toks[j].word || toks[j].inQuote) return true;
  }
  return true;
}

/** The subject that follows a quotation opened by a participle phrase: "Describing the talks as “good,” Sir Keir …". */
export function subjectAfterParticiplePhrase(win: TokenWindow, sentenceStart: number, quoteStart: number, quoteEnd: number, to: number): FoundAttribution | null {
  const lead = win(windowStart(sentenceStart, quoteStart), quoteStart);
  const firstWord = lead.findIndex((t) => t.word && !t.inQuote);
  if (firstWord < 0) return null;
  const cue = cueAt(lead, firstWord);
  if (!cue || !cue.form?.participle) return null;
  const rest = win(quoteEnd, Math.min(to, quoteEnd + 300));
  let i = 0;
  while (i < rest.length && !rest[i].word) i++;
  const phrase = i < rest.length ? phraseStartingAt(rest, i) : null;
  if (!phrase || (phrase.kind === 'description' && !rest[phrase.first].cap)) return null;
  // One token list for both sides, so the cue (before) and the phrase (after) can be shown together.
  const n = lead.length;
  const shift = (k: number | undefined): number | undefined => (k === undefined ? undefined : k + n);
  const shifted = nounPhrase(phrase.kind, phrase.first + n, phrase.last + n, phrase.mentionFirst + n, phrase.mentionLast + n, shift(phrase.shownFirst), shift(phrase.relativeAt));
  return { phrase: shifted, tokens: [...lead, ...rest], cue, via: 'after', adjacent: false };
}

/**
 * The subject opens the gap after the quotation — with the words of its title before a name ("Senate
 * minority leader Harry Reid", "DoubleLine Capital portfolio manager Bonnie Baha") — or follows a short
 * adverbial and its comma: "“…” at the convention, he said."
 */
function attachedAfter(toks: Token[], i: number, phrase: NounPhrase): boolean {
  const first = phrase.first;
  if (first <= i) return true;
  if (phrase.kind === 'name' && first - i <= 8) {
    let plain = true;
    for (let j = i; j < first && plain; j++) {
      const t = toks[j];
      plain = t.word && !t.inQuote && !SUBJECT_PRONOUNS.has(t.lower) && !cueAt(toks, j) && !VERB_MODIFIERS.has(t.lower) && !['and', 'but', 'or', 'who', 'that', 'which'].includes(t.lower);
    }
    if (plain) return true;
  }
  if (toks[first - 1]?.text !== ',' || first - i > 8) return false;
  const opener = toks[i];
  return opener.word && !opener.cap && (PREPOSITIONS.has(opener.lower) || opener.lower === 'after' || opener.lower === 'before' || opener.lower === 'as' || opener.lower === 'when');
}

/**
 * The attribution at the end of the quotation's sentence, after a comma: "The plan is “dead,” he said
 * later" is handled above; this is "“Boots on the ground” would be appropriate, Ben Carson said." and
 * "… and Clevelanders get nervous, said Christine Link, a local director."
 */
export function attributionAtSentenceEnd(win: TokenWindow, quoteEnd: number, to: number): FoundAttribution | null {
  const toks = win(quoteEnd, Math.min(to, quoteEnd + 400));
  let end = toks.length;
  for (let j = 0; j < toks.length; j++) {
    if (toks[j].inQuote) return null;
    if (SENTENCE_PUNCT.has(toks[j].text) || toks[j].text === ':') {
      end = j;
      break;
    }
  }
  let comma = -1;
  for (let j = end - 1; j >= 0 && end - j < 16; j--) {
    if (toks[j].text === ',') {
      comma = j;
      break;
    }
  }
  if (comma < 0) return null;
  const i = comma + 1;
  const inverted = cueAt(toks, i);
  if (inverted && !inverted.form?.participle && !inverted.according) {
    const phrase = phraseStartingAt(toks, inverted.last + 1);
    if (phrase) return { phrase, tokens: toks, cue: inverted, via: 'after', adjacent: false };
  }
  for (let j = i; j < end && j - i < 10; j++) {
    const cue = cueAt(toks, j);
    if (!cue || cue.according || cue.form?.participle) continue;
    const phrase = subjectBefore(toks, j, false);
    if (!phrase || phrase.first !== i || !acceptable(toks, cue, phrase)) return null;
    // The attribution closes the sentence: only a time or place may follow the cue.
    if (end - cue.shownLast > 5) return null;
    return { phrase, tokens: toks, cue, via: 'after', adjacent: false };
  }
  return null;
}

/** After a full-stopped quotation the attribution is a sentence of its own: it ends within a few words. */
function closesSoon(toks: Token[], from: number): boolean {
  for (let j = from + 1; j < toks.length && j <= from + 5; j++) {
    // A clause whose colon ends the gap introduces the quotation after it ("“…” He added: “…”"); the gap
    // ends at the next quotation of the paragraph, or at the paragraph's end (a quotation paragraph follows).
    if (toks[j].text === ':') return j + 1 < toks.length && !toks[j + 1].inQuote;
    if (SENTENCE_PUNCT.has(toks[j].text) || toks[j].inQuote) return true;
  }
  return from + 1 >= toks.length;
}
