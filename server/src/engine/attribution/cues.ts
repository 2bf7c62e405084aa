// Recognises the attribution cue at a token: a reporting verb form ("said", "pointed out", "went on"),
// "according to", and extends it over what belongs to it in a hover: the hearer of "told"
// ("told reporters", "told the BBC") and the medium of "wrote"/"posted"/"said" ("wrote on social media").
import { type Token, isTitleCaseRun } from './tokens';
import { REPORTING_FORMS, type ReportingForm, opensInvertedReport } from '../lexicon/reporting-verbs';

export interface CueMatch {
  form: ReportingForm | null;
  /** Token indices of the verb (and particle), inclusive. */
  first: number;
  last: number;
  /** The last token of the cue as shown (with a hearer or medium). */
  shownLast: number;
  according: boolean;
}

const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'another', 'no']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);
const TELLING = new Set(['tell', 'assure', 'inform', 'remind', 'advise', 'thank', 'urge', 'ask', 'warn', 'instruct', 'email', 'text', 'message', 'promise']);
const MEDIUM_PREPOSITIONS = new Set(['on', 'in', 'via', 'during', 'at']);
const AFTER_HEARER = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'outside', 'inside', 'near', 'by', 'with', 'via', 'over', 'as', 'while', 'when']);
const MEDIUM_WORDS = new Set(['twitter', 'x', 'facebook', 'instagram', 'tiktok', 'social', 'media', 'statement', 'interview', 'tweet', 'post', 'letter', 'email', 'blog', 'radio', 'television', 'tv', 'podcast', 'video', 'speech', 'briefing', 'conference', 'press', 'release', 'op-ed', 'column', 'telegram', 'truth', 'threads', 'bluesky', 'linkedin']);

/** The reporting cue whose first word is token i, if any (words inside quotations never count). */
export function cueAt(toks: Token[], i: number): CueMatch | null {
  const t = toks[i];
  if (!t || !t.word || t.inQuote) return null;
  let forms = t.forms;
  if (forms === undefined) forms = t.forms = REPORTING_FORMS.get(t.lower) ?? null;
  const according = t.lower === 'according' && toks[i + 1]?.lower === 'to';
  if (!forms && !according) return null;
  if (t.cap && !inTitleCase(toks, i) && !(isFirstWord(toks, i) && (according || t.lower.endsWith('ing') || opensInvertedReport(t.lower)))) return null;
  if (according) return { form: null, first: i, last: i + 1, shownLast: i + 1, according: true };
  if (!forms) return null;
  // After an article or a possessive the word is a noun or an adjective: "the email", "a written statement".
  const prev = toks[i - 1];
  if (prev && prev.word && !prev.inQuote && (NOUN_MARKERS.has(prev.lower) || (prev.possessive && !/^(he|she|it|that|there|who|what)[’']s$/i.test(prev.text)))) return null;
  if (isDocumentNoun(toks, i)) return null;
  for (const form of forms) {
    let ok = true;
    for (let w = 1; w < form.words.length; w++) {
      if (toks[i + w]?.lower !== form.words[w]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const last = i + form.words.length - 1;
    return { form, first: i, last, shownLast: shownEnd(toks, form, last), according: false };
  }
  return null;
}

/** Documents that speak as their author does ("the report said", "the statement read"), though verbs too. */
const DOCUMENT_NOUNS = new Set(['statement', 'letter', 'email', 'tweet', 'post', 'release', 'video', 'speech', 'interview', 'report', 'message', 'note', 'text']);

/**
 * A document noun after an article, maybe across two modifiers ("the report", "the congressional report",
 * "a welcome message"): the subject of a reporting verb, not one. A plural between ("the officials report
 * that …") leaves it a verb.
 */
export function isDocumentNoun(toks: Token[], i: number): boolean {
  if (!DOCUMENT_NOUNS.has(toks[i].lower)) return false;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const p = toks[j];
    if (!p.word || p.inQuote) return false;
    if (NOUN_MARKERS.has(p.lower)) return true;
    // A verb form right after the article is a modifier ("a welcome message", "an emailed statement").
    if (p.lower.endsWith('s') || (REPORTING_FORMS.has(p.lower) && !NOUN_MARKERS.has(toks[j - 1]?.lower ?? '')) || OBJECT_PRONOUNS.has(p.lower)) return false;
  }
  return false;
}

/** No word before token i: it opens its sentence ("Describing the talks as …", "According to …"). */
function isFirstWord(toks: Token[], i: number): boolean {
  for (let j = 0; j < i; j++) if (toks[j].word) return false;
  return true;
}

/**
 * A capitalised verb is a verb only in a title-case headline ("Trump Says Deal Is Close"), where most
 * words are capitalised; elsewhere "States", "Post", "Says" are parts of names.
 */
function inTitleCase(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev?.lower === 'united' || prev?.lower === 'washington' || prev?.lower === 'new') return false;
  const known = toks[i].titleCase;
  if (known !== undefined) return known;
  let cached = TITLE_CASE.get(toks);
  if (cached === undefined) {
    cached = isTitleCaseRun(toks);
    TITLE_CASE.set(toks, cached);
  }
  return cached;
}
const TITLE_CASE = new WeakMap<Token[], boolean>();

/** "told reporters", "told the BBC", "wrote on social media", "said in a statement". */
function shownEnd(toks: Token[], form: ReportingForm, last: number): number {
  const next = toks[last + 1];
  if (!next || !next.word || next.inQuote) return last;
  if (TELLING.has(form.lemma)) {
    // The hearer: a pronoun or a short noun phrase up to punctuation or "that"; a determiner after its first
    // word starts the reported clause ("told reporters | the plan was dead").
    let j = last + 1;
    for (let n = 0; n < 4 && j < toks.length && toks[j].word && !toks[j].inQuote && toks[j].lower !== 'that' && toks[j].lower !== 'he' && toks[j].lower !== 'she'; n++) {
      // A preposition after the first word ends the hearer: "told reporters | in Kyiv", "told 200 people | at a rally".
      if (n > 0 && (NOUN_MARKERS.has(toks[j].lower) || AFTER_HEARER.has(toks[j].lower))) break;
      j++;
      if (n === 0 && OBJECT_PRONOUNS.has(toks[j - 1].lower)) break;
    }
    return j - 1 > last ? Math.min(j - 1, last + 3) : last;
  }
  if (MEDIUM_PREPOSITIONS.has(next.lower)) {
    let j = last + 2;
    let medium = -1;
    for (let n = 0; n < 4 && j < toks.length && toks[j].word && !toks[j].inQuote; n++, j++) if (MEDIUM_WORDS.has(toks[j].lower)) medium = j;
    if (medium > 0) return medium;
  }
  return last;
}
