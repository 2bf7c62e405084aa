// A sentence's end typed without its space: both tokenizers split a word there, by this one rule.

/**
 * A full stop at `stop` between a lower-case word text[start, stop) of two letters or more and a capital:
 * "Trump said.Trump claimed" (scraped and hurried copy drops the space). Not "J.K", "U.S.Senate", "e.g.Smith"
 * or "Caliber.Az", which are one word.
 */
export function missingSpaceAt(text: string, start: number, stop: number): boolean {
  if (text.charCodeAt(stop) !== 46 || stop - start < 2 || !isUpper(text.charCodeAt(stop + 1))) return false;
  for (let k = start; k < stop; k++) if (!isLower(text.charCodeAt(k))) return false;
  return true;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

function isLower(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(String.fromCharCode(c));
}

function isUpper(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCharCode(c));
}
