// Lines that are not running text: headlines and subheads in title case ("Trump Announces Historic
// Meeting Plans"), where every word is capitalised and capitals say nothing about names; and bylines
// ("By Vafa Guliyeva", "Reporting by Jane Doe; Editing by John Roe"), where the names are the authors.
import type { Token } from './tokens';

export type ParagraphKind = 'body' | 'headline' | 'byline';

/** Words a title-case headline leaves in lower case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs',
  'via', 'per', 'into', 'onto', 'over', 'amid', 'up', 'out', 'off', 'is', 'are', 'be', 'than', 'after', 'before', 'about',
]);
const BYLINE_OPENERS = new Set(['by', 'reporting', 'written', 'words', 'additional', 'editing', 'report', 'story']);
const CREDIT_OPENERS = new Set(['photo', 'photograph', 'photos', 'image', 'images', 'picture', 'credit', 'contributing', 'pictured', 'source', 'video', 'illustration', 'graphic']);
const isNumber = (s: string) => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };
const MAX_BYLINE_WORDS = 14;
const MAX_HEADLINE_WORDS = 24;

export function paragraphKind(tokens: Token[]): ParagraphKind {
  const words: Token[] = [];
  for (const t of tokens) {
    if (!t.isWord || isNumber(t.text)) continue;
    // Most paragraphs are running text, too long for a byline or a headline: read no further.
    if (words.length === MAX_HEADLINE_WORDS) return 'body';
    words.push(t);
  }
  if (!words.length) return 'body';
  if (isByline(words)) return 'byline';
  if (words.length < 2) return 'body';
  // A headline has no full stop, unless every word, small ones too, is capitalised ("Sanders Told A
  // Female Reporter Not To ‘Moan’ About Hillary Clinton.").
  const endsWithStop = tokens[tokens.length - 1].text === '.';
  // Credit lines ("Carlos Barria / Reuters", "Photo: Jane Doe") name people, whatever their capitals.
  if (tokens.some((t) => t.text === '/' || t.text === '|') || (CREDIT_OPENERS.has(words[0].lower) && tokens[1]?.text === ':')) return 'body';
  let capitalised = 0;
  for (const w of words) {
    if (w.cap) capitalised++;
    else if (endsWithStop || !MINOR_WORDS.has(w.lower)) return 'body';
  }
  if (capitalised < (endsWithStop ? 5 : 2)) return 'body';
  // A wire story's credits, longer than a byline and capitalised like a headline: "(Reporting by Aditi Raman
  // in London and Tom Hewitt in Sydney; Editing by Conor Blythe)". Its names are the authors.
  return isCredits(tokens, words) ? 'byline' : 'headline';
}

/**
 * "Reporting by …" set apart as credits are: in parentheses, or split by a semicolon ("…; Editing by …"), as a
 * headline never is ("Reporting by Numbers Shows Drop" is a headline).
 */
function isCredits(tokens: Token[], words: Token[]): boolean {
  if (!BYLINE_OPENERS.has(words[0].lower) || words[0].lower === 'by') return false;
  if (!words.some((w, i) => w.text === 'by' && i > 0 && i < 3 && words[i + 1]?.cap)) return false;
  return (tokens[0].text === '(' && tokens[tokens.length - 1].text === ')') || tokens.some((t) => t.text === ';');
}

function isByline(words: Token[]): boolean {
  if (words.length > MAX_BYLINE_WORDS) return false;
  for (let i = 0; i < Math.min(3, words.length - 1); i++) {
    // After an opener, credits write "by" in lower case ("Reporting by …"); "Reporting By Numbers Shows Drop" is a headline.
    if (words[i].lower === 'by' && words[i + 1].cap) return i === 0 ? words[0].cap : words[i].text === 'by' && BYLINE_OPENERS.has(words[0].lower);
  }
  return false;
}
