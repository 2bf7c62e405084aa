// The words the tokenizers have seen, each kept once: a token's text and its lower-case form are shared
// strings instead of a fresh slice and a fresh toLowerCase() per token (most words of an article repeat,
// and those two allocations cost more than the rest of tokenizing). Keyed by a hash of the code units
// that the tokenizer computes as it scans, confirmed by comparing the characters, so a hit is exact.
// Derived facts that depend on the word alone (its token class, whether it is an abbreviation) may be
// remembered on the entry by the detectors. Only a cache: what it holds never changes a result.

export interface WordEntry {
  readonly text: string;
  readonly lower: string;
  /** Free slots for the detectors' word-only facts (see people/token-classes.ts, attribution/tokens.ts). */
  peopleClass: number;
  peopleClassAtStart: number;
  attribution: number;
  /** The word folded as a name key (people/name-forms.ts), when asked for. */
  folded: string | undefined;
  /** 1 when the word heads a role (people/role-text.ts), 0 when not, -1 not yet asked. */
  roleHead: number;
  /** The place and organisation lexicons the word is in, as bits (people/not-a-person.ts); -1 not yet asked. */
  thing: number;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** More distinct words than any article has; past it the table starts again (a long odd document). */
const MAX_WORDS = 1 << 17;

let size = 1 << 12;
/**
 * Slot i's word hash at 2i and its length at 2i + 1 (0: an empty slot), side by side so that a probe reads
 * one cache line and touches an entry only when both match: the table is bigger than the caches on a long
 * document, and each extra object read on a probe was a wait on memory.
 */
let keys = new Int32Array(2 * size);
let entries: (WordEntry | undefined)[] = new Array(size).fill(undefined);
let count = 0;

/** FNV-1a over text[start, end), as the tokenizers compute it while scanning. */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** An entry with no fact known yet (every entry is made here, so all have one shape). */
function newEntry(text: string, lower: string): WordEntry {
  return { text, lower, peopleClass: -1, peopleClassAtStart: -1, attribution: -1, folded: undefined, roleHead: -1, thing: -1 };
}

const EMPTY = newEntry('', '');

/** The entry of the word text[start, end), whose FNV-1a hash is `hash`. */
export function wordAt(text: string, start: number, end: number, hash: number): WordEntry {
  const mask = size - 1;
  const len = end - start;
  if (len <= 0) return EMPTY; // (a length of 0 marks an empty slot)
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const slotLength = keys[2 * i + 1];
    if (slotLength === 0) return insert(i, text, start, end, hash);
    if (slotLength === len && keys[2 * i] === hash) {
      const e = entries[i]!;
      if (same(e.text, text, start, len)) return e;
    }
  }
}

function same(word: string, text: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function insert(i: number, text: string, start: number, end: number, hash: number): WordEntry {
  let word = text.slice(start, end);
  // A long slice is a view into the whole document; the table keeps a copy of its own instead, so that it
  // never holds a document alive.
  if (word.length >= 13) word = (word + ' ').slice(0, -1);
  const lower = word.toLowerCase();
  const entry = newEntry(word, lower === word ? word : lower);
  keys[2 * i] = hash;
  keys[2 * i + 1] = word.length;
  entries[i] = entry;
  if (++count * 2 > size) grow();
  return entry;
}

function grow(): void {
  const old = entries;
  const oldKeys = keys;
  if (count >= MAX_WORDS) {
    // Start again rather than grow without bound.
    entries = new Array(size).fill(undefined);
    keys = new Int32Array(2 * size);
    count = 0;
    return;
  }
  size *= 2;
  entries = new Array(size).fill(undefined);
  keys = new Int32Array(2 * size);
  const mask = size - 1;
  for (let k = 0; k < old.length; k++) {
    const e = old[k];
    if (e === undefined) continue;
    let i = oldKeys[2 * k] & mask;
    while (entries[i] !== undefined) i = (i + 1) & mask;
    entries[i] = e;
    keys[2 * i] = oldKeys[2 * k];
    keys[2 * i + 1] = oldKeys[2 * k + 1];
  }
}
