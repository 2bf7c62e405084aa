// A memo for pure functions of a string that the detectors call again and again with the same few keys
// (role words, surnames): kept across analyses, since an article's words recur in every version of it the
// server analyses. Bounded: past 50,000 keys (a long odd document) the map starts again.
const MAX_KEYS = 50_000;

/** The value kept in `map` for `key`, made by `make` on first use. */
export function remembered<T>(map: Map<string, T>, key: string, make: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    if (map.size > MAX_KEYS) map.clear();
    map.set(key, (v = make()));
  }
  return v;
}
