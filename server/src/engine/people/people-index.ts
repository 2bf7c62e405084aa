// The PeopleIndex the other detectors use: resolve a speaker's words ("Sir Keir", "Starmer", "Mr.
// Zelensky", "the Prime Minister", "the Ukrainian President") to a person; find the person at an offset;
// add a mention found elsewhere (a pronoun naming a quote's speaker), keeping mentions sorted.
import type { PeopleIndex, PersonEntity, PersonMentionSpan } from '../types';
import type { Draft } from './drafts';
import type { Cover, FinalPeople } from './finalize';
import type { NameIndex } from './name-index';
import { foldRoleWord, referenceFits, roleShape, type RoleReference } from './role-mentions';
import { tokenize } from './tokens';
import { classify } from './token-classes';
import { partsOfToken } from './name-forms';
import { HONORIFICS } from '../lexicon/people-honorifics';
import { TIME_QUALIFIERS } from '../lexicon/people-roles';
import { lowerBound } from '../text/lower-bound';

const DETERMINERS = new Set(['the', 'a', 'an']);

export function createPeopleIndex(final: FinalPeople, names: NameIndex): PeopleIndex {
  const { people, entityOf } = final;
  const covers = new CoverIndex(final.covers);

  const lastBefore = lastMentionBefore;
  const nearest = (cands: PersonEntity[], at: number | undefined): PersonEntity | undefined => {
    if (cands.length <= 1 || at === undefined) return cands[0];
    let best: PersonEntity | undefined;
    let bestPos = -1;
    for (const c of cands) {
      const pos = lastBefore(c, at);
      if (pos > bestPos) {
        best = c;
        bestPos = pos;
      }
    }
    return best ?? cands[0];
  };

  const byRole = (words: string[], at: number | undefined): PersonEntity | undefined => {
    // "the President of Ukraine": the words after "of" are a complement.
    const of = words.indexOf('of');
    const ref = of > 0 ? { words: words.slice(0, of), complement: words.slice(of + 1).filter((w) => w !== 'the') } : { words };
    const plain = ref.words.filter((w) => !TIME_QUALIFIERS.has(w));
    if (!plain.length) return undefined;
    // Who fits depends on the words alone (roles are final here): found once per wording ("the president" is
    // asked again and again in a long document, and checking every holder each time grew with both).
    const key = plain.join(' ') + '\u0000' + (ref.complement ?? []).join(' ');
    let fitting = fittingByWords.get(key);
    // Only holders of a role with this role noun can fit (referenceFits asks for it): no scan of everyone.
    if (!fitting) fittingByWords.set(key, (fitting = holders(plain[plain.length - 1]).filter((p) => fitsAnyRole(ref, p))));
    return nearest(fitting, at);
  };
  const fittingByWords = new Map<string, PersonEntity[]>();

  /** Built on the first role lookup. */
  let byHead: Map<string, PersonEntity[]> | undefined;
  const holders = (head: string): readonly PersonEntity[] => (byHead ??= holdersByRoleNoun(people)).get(head) ?? [];

  const resolve = (raw: string, at?: number): PersonEntity | undefined => {
    const text = raw.trim();
    if (!text) return undefined;
    const tokens = tokenize(text, 0, text.length).filter((t) => t.isWord);
    if (!tokens.length) return undefined;
    let i = 0;
    const startsWithDeterminer = DETERMINERS.has(tokens[0].lower);
    if (startsWithDeterminer) i++;
    let preferGiven = false;
    const titleWords: string[] = [];
    for (; i < tokens.length; i++) {
      const c = classify({ ...tokens[i], sentenceStart: false });
      if (c !== 'courtesy' && c !== 'title' && c !== 'nat' && c !== 'acronym' && c !== 'affiliation') break;
      const h = HONORIFICS.get(tokens[i].lower);
      preferGiven = h?.kind === 'given' || h?.kind === 'royal';
      titleWords.push(...foldRoleWord(tokens[i].text));
    }
    const nameTokens = tokens.slice(i).filter((t) => t.cap || classify({ ...t, sentenceStart: false }) !== 'other');
    if (!nameTokens.length || startsWithDeterminer) {
      const words = tokens.slice(startsWithDeterminer ? 1 : 0).flatMap((t) => foldRoleWord(t.text));
      return byRole(words, at) ?? (titleWords.length ? byRole(titleWords, at) : undefined);
    }
    const parts = nameTokens.flatMap((t) => partsOfToken(t).map((p) => p.key));
    const where = at ?? Number.MAX_SAFE_INTEGER;
    const hit = names.lookup(parts, where, preferGiven) ?? (parts.length > 1 ? names.lookup(parts.slice(-1), where) : undefined) ?? (parts.length === 1 && !preferGiven ? firstOf(names.given(parts[0]), where) : undefined);
    const found = hit ? entityOf.get(hit.draft) : undefined;
    return found ?? (titleWords.length ? byRole(titleWords, at) : undefined);
  };

  const firstOf = (list: readonly Draft[], at: number) => (list.length ? { draft: list.reduce((a, b) => (b.lastBefore(at) > a.lastBefore(at) ? b : a)) } : undefined);

  const personAt = (offset: number): PersonEntity | undefined => covers.find(offset);

  const addMention = (person: PersonEntity, m: PersonMentionSpan): void => {
    const ms = person.mentions;
    const lo = firstMentionFrom(ms, m.start);
    for (let k = lo; k < ms.length && ms[k].start === m.start; k++) if (ms[k].end === m.end) return;
    ms.splice(lo, 0, { ...m });
    covers.add({ start: m.start, end: m.end, person });
  };

  // `author` is set by findPeople when a byline names one person; made here so every index has one shape.
  return { people, personAt, resolve, addMention, author: undefined };
}

/** People by the role noun of each of their roles, in people order. */
function holdersByRoleNoun(people: readonly PersonEntity[]): Map<string, PersonEntity[]> {
  const byHead = new Map<string, PersonEntity[]>();
  for (const p of people) {
    for (const head of new Set(p.roles.map((r) => roleShape(r).head))) {
      const list = byHead.get(head);
      if (list) list.push(p);
      else byHead.set(head, [p]);
    }
  }
  return byHead;
}

/** Does one of the person's roles fit the reference's words? */
function fitsAnyRole(ref: Parameters<typeof referenceFits>[0], p: PersonEntity): boolean {
  return p.roles.some((r) => referenceFits(ref, roleShape(r)));
}

/**
 * Role references ("the Prime Minister") become mentions of the person holding the role who was named most
 * recently before. References with the same words fit the same holders: per such group, the holders'
 * mentions in text order are swept once beside the group's references in text order (asking every holder
 * for its last mention before each reference grew with references × holders: a wire dump of many articles
 * has hundreds of each).
 */
export function attachRoleReferences(index: PeopleIndex, refs: readonly RoleReference[]): void {
  // A reference only looks at the holders of its role noun.
  const byHead = holdersByRoleNoun(index.people);
  if (!byHead.size) return;
  // Each group holds its references' indices in `refs`, in order.
  const groups = new Map<string, number[]>();
  refs.forEach((ref, n) => {
    if (!byHead.has(ref.words[ref.words.length - 1])) return;
    const key = ref.words.join(' ') + '\u0000' + ref.complement.join(' ');
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  });
  const found: { person: PersonEntity; m: PersonMentionSpan; order: number }[] = [];
  // Groups whose words fit the same holders ("the president", "the US president", "President") share one
  // merge of those holders' mentions: in a wire dump they are many, over the same few much-named people.
  const sweeps = new Map<string, { starts: number[]; who: number[]; events: number[] }>();
  for (const group of groups.values()) {
    const ref0 = refs[group[0]];
    // The holders this group's words fit, in holder order (the first of two named at the same place wins).
    const fitting = (byHead.get(ref0.words[ref0.words.length - 1]) ?? []).filter((p) => fitsAnyRole(ref0, p));
    if (!fitting.length) continue;
    const holdersKey = fitting.map((p) => p.id).join(' ');
    let sweep = sweeps.get(holdersKey);
    if (!sweep) sweeps.set(holdersKey, (sweep = mentionsInOrder(fitting)));
    const { starts, who, events } = sweep;
    const inOrder = group.slice().sort((a, b) => refs[a].start - refs[b].start);
    let e = 0;
    let best = -1;
    let bestPos = -1;
    for (const n of inOrder) {
      const ref = refs[n];
      for (; e < events.length && starts[events[e]] < ref.start; e++) {
        if (starts[events[e]] > bestPos) {
          bestPos = starts[events[e]];
          best = who[events[e]];
        }
      }
      if (best >= 0 && !index.personAt(ref.start)) found.push({ person: fitting[best], m: { start: ref.start, end: ref.end, text: ref.text, kind: 'role' }, order: n });
    }
  }
  // Added after the search, so that "the nearest mention before" means a name, not another role reference;
  // in the references' order, as they were found.
  found.sort((a, b) => a.order - b.order);
  for (const f of found) index.addMention(f.person, f.m);
}

/** The holders' mentions in text order: their starts, the holder (index in `holders`) of each, and the order. */
function mentionsInOrder(holders: readonly PersonEntity[]): { starts: number[]; who: number[]; events: number[] } {
  const starts: number[] = [];
  const who: number[] = [];
  holders.forEach((p, k) => {
    for (const m of p.mentions) {
      starts.push(m.start);
      who.push(k);
    }
  });
  const events = starts.map((_, e) => e).sort((a, b) => starts[a] - starts[b] || who[a] - who[b]);
  return { starts, who, events };
}

/** The start of the latest mention of `p` before `at` (mentions are sorted), or -1. */
function lastMentionBefore(p: PersonEntity, at: number): number {
  const ms = p.mentions;
  const n = firstMentionFrom(ms, at);
  return n > 0 ? ms[n - 1].start : -1;
}

// Tests that read only their function's parameters: cheaper in V8 (see lowerBound).
/** The index of the first mention starting at or after `offset` (mentions are sorted by start). */
function firstMentionFrom(ms: readonly PersonMentionSpan[], offset: number): number {
  return lowerBound(ms.length, (i) => ms[i].start >= offset);
}

/** The index of the first cover starting after `offset` (covers are sorted by start). */
function firstCoverAfter(list: readonly Cover[], offset: number): number {
  return lowerBound(list.length, (i) => list[i].start > offset);
}

/**
 * The spans personAt answers from, sorted; mentions added later (pronouns, roles) wait in a short
 * unsorted list that is merged in once it grows, so that adding and asking in turn stays cheap.
 */
class CoverIndex {
  private sorted: Cover[];
  private pending: Cover[] = [];

  constructor(covers: readonly Cover[]) {
    this.sorted = [...covers].sort((a, b) => a.start - b.start);
  }

  add(c: Cover): void {
    this.pending.push(c);
    if (this.pending.length > 32 + Math.sqrt(this.sorted.length)) this.flush();
  }

  find(offset: number): PersonEntity | undefined {
    for (const c of this.pending) if (c.start <= offset && offset < c.end) return c.person;
    const list = this.sorted;
    const lo = firstCoverAfter(list, offset);
    // Spans do not overlap, save where another detector added one inside a name; look back a little.
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (list[k].start <= offset && offset < list[k].end) return list[k].person;
    return undefined;
  }

  /**
   * Merges the pending spans in, in place from the back: a new array per merge was, on a long document, a
   * megabyte of large-object garbage each time, held until a full collection (and so in the peak memory).
   */
  private flush(): void {
    const add = this.pending.sort((a, b) => a.start - b.start);
    const list = this.sorted;
    let i = list.length - 1;
    for (const c of add) list.push(c);
    // Writes go to k > i: no span of the sorted part is overwritten before it is read.
    for (let j = add.length - 1, k = list.length - 1; j >= 0; k--) list[k] = i >= 0 && list[i].start > add[j].start ? list[i--] : add[j--];
    this.pending = [];
  }
}
