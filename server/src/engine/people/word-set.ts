// The set of words an article uses in lower case ("novelist", "just"), kept as 32-bit hashes in an
// open-addressing table: the tokenizer adds every lower-case word, and a Set of strings cost more than
// the rest of tokenizing. A hash collision can only make a capitalised word look ordinary, once in
// billions of lookups.

export class WordSet {
  private table = new Int32Array(1 << 12);
  private count = 0;

  addHash(h: number): void {
    const v = h | 1;
    let mask = this.table.length - 1;
    let i = v & mask;
    for (;;) {
      const x = this.table[i];
      if (x === v) return;
      if (x === 0) break;
      i = (i + 1) & mask;
    }
    this.table[i] = v;
    if (++this.count * 2 > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2);
      mask = this.table.length - 1;
      for (const y of old) {
        if (y === 0) continue;
        let k = y & mask;
        while (this.table[k] !== 0) k = (k + 1) & mask;
        this.table[k] = y;
      }
    }
  }

  has(word: string): boolean {
    const v = hashWord(word) | 1;
    const mask = this.table.length - 1;
    for (let i = v & mask; ; i = (i + 1) & mask) {
      const x = this.table[i];
      if (x === v) return true;
      if (x === 0) return false;
    }
  }
}

/** FNV-1a over UTF-16 code units; the tokenizer computes the same while it scans. */
function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
