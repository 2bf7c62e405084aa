// One shared copy of a string that a long document's analysis makes again and again with the same value.
// A date's explanation ("Tuesday before the publication date (Wed 18 March 2026): the sentence speaks of the
// past") is made for each date it explains: a 10 MB document has 33,000 dates and a few hundred distinct
// explanations, and each made copy was kept by the analysis to its end. Bounded like remembered.ts: past
// 50,000 strings (a long odd document) the table starts again. Not built on remembered(), which keeps the
// string it is given as the key: here the key must be the table's own copy (see below).
const MAX_STRINGS = 50_000;
const strings = new Map<string, string>();

/** One kept string equal to `s` (so equal strings kept by analyses are one string). */
export function interned(s: string): string {
  const kept = strings.get(s);
  if (kept !== undefined) return kept;
  if (strings.size >= MAX_STRINGS) strings.clear();
  // A string of its own, not `s`: a string made by joining may still point at its parts, and a part cut from
  // an article (a date's words in its explanation) at the whole article, which the table would keep alive
  // after the analysis. Only on the first sight of a value, so the copy's cost does not matter.
  const own = JSON.parse(JSON.stringify(s)) as string;
  strings.set(own, own);
  return own;
}
