// A memo for pure functions of a string that the detectors call again and again with the same few keys
// (role words, surnames): kept across analyses, since an article's words recur in every version of it the
// server analyses. Bounded: past 50,000 keys (a long odd document) the map starts again.
const MAX_KEYS = 50_000;

/**
 * The value kept in `map` for `key`, made by `make(key)` on first use. `make` takes the key rather than
 * closing over it, so that a hit allocates nothing: on 10 MB of news the name and role memos are asked
 * ~850,000 times, and a closure per call was garbage for the young generation.
 */
export function remembered<T>(map: Map<string, T>, key: string, make: (key: string) => T): T {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size > MAX_KEYS) map.clear();
    map.set(key, (v = make(key)));
  }
  return v;
}
