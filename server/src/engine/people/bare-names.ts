// Single capitalised names with no sign of a person: no honorific, no title, no role ("Starmer", "Kyiv",
// "Officials"). Most are not people, and one counts only when it names someone found elsewhere in the
// article, so they are kept in flat arrays rather than as objects: a long document has many.

export const BARE_ORGANISATION = 1;
export const BARE_PLACE = 2;
/** A speech verb follows ("Jordan said"). */
export const BARE_SPEAKS = 4;
export const BARE_SENTENCE_INITIAL = 8;
/** One word ("Starmer"), not several ("von der Leyen"). */
export const BARE_ONE_WORD = 16;

export class BareNames {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Folded key of the name ("starmer", "von der leyen"). */
  readonly keys: string[] = [];
  readonly flags: number[] = [];

  add(start: number, end: number, key: string, flags: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.keys.push(key);
    this.flags.push(flags);
  }

  get length(): number {
    return this.starts.length;
  }
}
