// One-character strings made once per code unit, for the tokenizers' punctuation tokens: a two-byte mark
// like “ was a new string per token. A dense array (a sparse one is a slow dictionary) covering ASCII to
// the General Punctuation block, where news copy's marks are; rarer ones are made each time.
const CACHED = 0x2100;
const CHARS: (string | undefined)[] = Array.from({ length: CACHED }, () => undefined);

export function charString(c: number): string {
  if (c >= CACHED) return String.fromCharCode(c);
  let s = CHARS[c];
  if (s === undefined) CHARS[c] = s = String.fromCharCode(c);
  return s;
}
