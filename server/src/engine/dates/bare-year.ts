// Is a four-digit number standing alone a year ("in 2022", "since 2014", "the 2024 election")
// or something else ("2,022 troops", "Article 2022", "about 1900 metres", "Flight 2019")?
import { COUNTED_NOUNS, DATE_PREPOSITIONS, NUMBER_LABELS, QUANTITY_WORDS, S_FUNCTION_WORDS, YEAR_PLURAL_NOUNS } from './lexicon';

/** Years this far from the present era are taken only after a date preposition ("in 1066"). */
const COMMON_FIRST = 1900;
const COMMON_LAST = 2099;
const RARE_FIRST = 1000;
const RARE_LAST = 2199;

const WORD_BEFORE = /([A-Za-z]+)\.?[\s\u00a0]+$/;
const WORD_AFTER = /^[\s\u00a0]+([A-Za-z]+)/;

export function isBareYear(text: string, start: number, end: number): boolean {
  const year = Number(text.slice(start, end));
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const prevChar = before.charAt(before.length - 1);
  const nextChar = after.charAt(0);

  // Money, identifiers, decimals, thousands, codes: "$2025", "#1999", "3.2025", "2025.5", "2025%".
  if (/[$£€¥₹#+×*=]/.test(prevChar) || (/[%°'′]/.test(nextChar) && !/^['’]s\b/.test(after))) return false;
  if (/[\d][.,]$/.test(before) || /^[.,:]\d/.test(after)) return false;
  // "2020-21", "2025/26": a season or a financial year, not one year.
  if (/^[-/\u2013]\d{2}(?!\d)/.test(after)) return false;
  // "1500m", hyphenated measures ("2000-strong", "1500-metre").
  if (/^-[a-z]/.test(after)) return false;

  const prevWord = WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  const nextWord = WORD_AFTER.exec(after)?.[1] ?? '';
  const nextLower = nextWord.toLowerCase();
  const prevIsPreposition = DATE_PREPOSITIONS.has(prevWord);

  if (year < RARE_FIRST || year > RARE_LAST) return false;
  if ((year < COMMON_FIRST || year > COMMON_LAST) && !prevIsPreposition) return false;
  if (NUMBER_LABELS.has(prevWord) || QUANTITY_WORDS.has(prevWord)) return false;
  // A number just before ("1 2025", "Tel 020 7946 2025").
  if (/\d[\s\u00a0]+$/.test(before)) return false;
  if (COUNTED_NOUNS.has(nextLower) && (nextWord === nextLower || nextWord === nextWord.toUpperCase())) return false;
  // A lower-case plural after it is what is counted ("2000 soldiers"), unless a date preposition comes first
  // ("in 2024 prices rose") or the noun is one that years qualify ("the 2024 elections").
  if (!prevIsPreposition && nextWord === nextLower && nextLower.length > 3 && nextLower.endsWith('s') && !nextLower.endsWith('ss')) {
    if (!YEAR_PLURAL_NOUNS.has(nextLower) && !S_FUNCTION_WORDS.has(nextLower)) return false;
  }
  // A street number: "2000 Pennsylvania Avenue".
  if (/^[\s\u00a0]+[A-Z][a-z]+[\s\u00a0]+(Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|Square)\b/.test(after)) return false;
  return true;
}
