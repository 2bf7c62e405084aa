// Full garbage collections inside the analysis of a long document, for the server's peak memory.
// V8 collects its old generation only when that has grown to a limit set from what was live at the last
// full collection (up to about four times it). Analysing 10 MB of news text promotes well over a hundred
// megabytes of objects that die before the analysis ends (the people stage's name occurrences and
// mentions, attribution's work per paragraph), so the server's peak was whatever that limit happened to be
// when the document arrived: 259-343 MB over runs with the same document. A collection after the people
// stage and one after attribution (AnalyzeOptions.betweenStages), when each stage's working objects have
// just become garbage, held it at 219-264 MB over 24 runs (two texts, the bundled and the unbundled server),
// for two collections of 19-56 ms on a 2-2.5 s analysis (2-4%). Collections before and after the analysis
// as well changed nothing more.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many characters a document's analysis collects between its stages. Below it, its garbage stays under ~80 MB. */
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

/** What the engine should run between its stages (AnalyzeOptions.betweenStages) on a text of `length` characters: a full collection when the text is long. */
export function betweenStagesFor(length: number): Collect | undefined {
  return length >= LONG_DOCUMENT ? (fullCollection() ?? undefined) : undefined;
}
