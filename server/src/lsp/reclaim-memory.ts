// Full garbage collections around the analysis of a long document, for the server's peak memory.
// V8 collects its old generation only when that has grown to a limit set from what was live at the last
// full collection (up to about four times it). Analysing 10 MB of news text promotes well over a hundred
// megabytes of objects that die before the analysis ends (the people stage's name occurrences and
// mentions, attribution's work per paragraph), so the server's peak was whatever that limit happened to be
// when the document arrived: 259-343 MB over runs with the same document. Collecting before the analysis
// (the message that carried the text is garbage by then, and so is the previous version's analysis) and
// after it (its own garbage, before the lookup index and the outline are built on it) held the peak at
// 247-258 MB over 12 runs, for ~2-5% of the analysis's time at 10 MB (two collections of 15-80 ms).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many characters a document's analysis is run between two full collections. Below it, its garbage stays under ~80 MB. */
export const LONG_DOCUMENT = 4_000_000;

type Collect = () => void;
let found: Collect | null | undefined;

/** V8's full collection: `gc` when Node was started with --expose-gc, else exposed now; null if the runtime refuses. */
export function fullCollection(): Collect | null {
  if (found !== undefined) return found;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return (found = exposed as Collect);
  try {
    // The flag applies to contexts made after it is set: a new context has `gc` (the server's own global does not).
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    found = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    found = null;
  }
  return found;
}

/** Runs `analyse` on a text of `length` characters, between two full collections when the text is long. */
export function reclaimingMemory<T>(length: number, analyse: () => T, collect: Collect | null = length >= LONG_DOCUMENT ? fullCollection() : null): T {
  if (length < LONG_DOCUMENT || !collect) return analyse();
  collect();
  const result = analyse();
  collect();
  return result;
}
