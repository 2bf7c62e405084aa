// A person while the article is being read: the mentions gathered so far, the name forms they were
// found under, and when each was mentioned (to pick the most recent of two Clintons).
import type { Occurrence } from './occurrences';
import type { KnownEntry } from './known-people';
import type { NamePart } from './name-forms';
import { lowerBound } from '../text/lower-bound';

export type MentionBasis = 'full' | 'surname' | 'given' | 'role';

export interface DraftMention {
  /** The mention's span: the name, or the honorific and the name ("Sir Keir"), or the role ("the Prime Minister"). */
  start: number;
  end: number;
  /** The name's span, for the variant test and for what personAt covers. */
  nameStart: number;
  nameEnd: number;
  basis: MentionBasis;
  /** The name's folded parts with offsets (none for a role mention). */
  parts: NamePart[];
  surnameParts: number;
  occurrence?: Occurrence;
}

export class Draft {
  readonly mentions: DraftMention[] = [];
  /** Full forms seen, as folded parts ("keir starmer", "volodymyr zelenskyy"). */
  readonly fullForms: string[][] = [];
  /** One-name forms of a person known by nothing fuller ("ashdown" for "Ms Ashdown"). */
  readonly singleForms: string[][] = [];
  known?: KnownEntry;
  /** A generational suffix ("jr"): "Donald Trump Jr" is not "Donald Trump". */
  suffix?: string;
  /** Mention starts in text order, for the strong passes (full names, then names with an honorific or title). */
  private readonly anchors: number[][] = [[], []];

  constructor(readonly seq: number) {}

  /** Once the people are final, the name lookups need only the forms and anchors: the mentions (and the occurrences they hold) go. */
  releaseMentions(): void {
    this.mentions.length = 0;
  }

  add(m: DraftMention, pass?: 0 | 1): void {
    this.mentions.push(m);
    if (pass !== undefined) this.anchors[pass].push(m.start);
  }

  /** The latest anchored mention before `at`, or -1. */
  lastBefore(at: number): number {
    let best = -1;
    for (const list of this.anchors) {
      const last = lastBeforeIn(list, at);
      if (last > best) best = last;
    }
    return best;
  }

  firstAnchor(): number {
    const a = this.anchors[0][0] ?? Infinity;
    const b = this.anchors[1][0] ?? Infinity;
    return Math.min(a, b);
  }
}

/** The latest of sorted offsets before `at`, or -1. Its own function so that the test reads only parameters (see lowerBound). */
function lastBeforeIn(list: readonly number[], at: number): number {
  const n = lowerBound(list.length, (i) => list[i] >= at);
  return n > 0 ? list[n - 1] : -1;
}

/** Of several people a name could mean, the one mentioned most recently before `at`; else the first to be mentioned. */
export function pickNearest<T extends Draft>(cands: readonly T[], at: number): T | undefined {
  let best: T | undefined;
  let bestPos = -1;
  for (const c of cands) {
    const p = c.lastBefore(at);
    if (p > bestPos) {
      best = c;
      bestPos = p;
    }
  }
  if (best) return best;
  let first = Infinity;
  for (const c of cands) {
    const f = c.firstAnchor();
    if (f < first || !best) {
      first = f;
      best = c;
    }
  }
  return best;
}

const LONG_LIST = 16;

/** A map from a key to the people it may name, without duplicates. */
export class MultiMap<T> {
  private readonly map = new Map<string, T[]>();
  /** For a long list (a common given name in a wire dump), its members, so that adding does not scan it. */
  private readonly members = new Map<string, Set<T>>();
  add(key: string, value: T): void {
    const list = this.map.get(key);
    if (!list) {
      this.map.set(key, [value]);
      return;
    }
    if (list.length < LONG_LIST) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    let set = this.members.get(key);
    if (!set) this.members.set(key, (set = new Set(list)));
    if (set.has(value)) return;
    set.add(value);
    list.push(value);
  }
  get(key: string): readonly T[] {
    return this.map.get(key) ?? [];
  }
}
