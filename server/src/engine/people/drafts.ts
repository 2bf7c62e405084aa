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
    if (pass !== undefined) {
      this.anchors[pass].push(m.start);
      anchorsVersion++;
    }
  }

  /** Every anchored mention start, both passes (for mergedAnchors). */
  anchorStarts(): readonly (readonly number[])[] {
    return this.anchors;
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

/**
 * Changes whenever a draft gains an anchor or a name's list of drafts changes: what a list's merged anchors
 * (below) were made from.
 */
let anchorsVersion = 0;

/** A list of drafts' anchors merged into one sorted list, with the draft each came from. */
interface MergedAnchors {
  version: number;
  positions: number[] | undefined;
  owners: Draft[];
}
const mergedByList = new WeakMap<readonly Draft[], MergedAnchors>();
/** Below this many candidates the plain search is as fast. */
const MERGE_FROM = 8;

/**
 * A long list's anchors merged and sorted, so that the nearest is one binary search. A wire dump has many
 * people under a common surname or given name ("smith", "john": 131 in 10 MB of news), and every bare
 * mention of one searched each of them: that grew with the document's length. Made only when the list is
 * asked for twice with nothing changed in between: in the passes that add anchors as they go, the plain
 * search is used, since a merged list would be out of date at once.
 */
function mergedAnchors(cands: readonly Draft[]): MergedAnchors | undefined {
  let m = mergedByList.get(cands);
  if (!m) {
    mergedByList.set(cands, { version: anchorsVersion, positions: undefined, owners: [] });
    return undefined;
  }
  if (m.version !== anchorsVersion) {
    m.version = anchorsVersion;
    m.positions = undefined;
    return undefined;
  }
  if (!m.positions) {
    // By position; at one position (not expected: a mention is one person's) the earlier candidate last, as the plain search prefers it.
    const entries: { at: number; k: number }[] = [];
    cands.forEach((d, k) => {
      for (const list of d.anchorStarts()) for (const at of list) entries.push({ at, k });
    });
    entries.sort((a, b) => a.at - b.at || b.k - a.k);
    m.positions = entries.map((e) => e.at);
    m.owners = entries.map((e) => cands[e.k]);
  }
  return m;
}

/** Of several people a name could mean, the one mentioned most recently before `at`; else the first to be mentioned. */
export function pickNearest<T extends Draft>(cands: readonly T[], at: number): T | undefined {
  if (cands.length >= MERGE_FROM) {
    const m = mergedAnchors(cands);
    if (m?.positions) {
      const positions = m.positions;
      const n = lowerBound(positions.length, (i) => positions[i] >= at);
      if (n > 0) return m.owners[n - 1] as T;
    }
  }
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
    anchorsVersion++;
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
