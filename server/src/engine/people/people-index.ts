// The PeopleIndex the other detectors use: resolve a speaker's words ("Sir Keir", "Starmer", "Mr.
// Zelensky", "the Prime Minister", "the Ukrainian President") to a person; find the person at an offset;
// add a mention found elsewhere (a pronoun naming a quote's speaker), keeping mentions sorted.
import type { PeopleIndex, PersonEntity, PersonMentionSpan } from '../types';
import type { Draft } from './drafts';
import type { Cover, FinalPeople } from './finalize';
import type { NameIndex } from './name-index';
import { foldRoleWord, referenceFits, roleWords } from './role-mentions';
import { tokenize } from './tokens';
import { classify } from './token-classes';
import { partsOf } from './name-forms';
import { HONORIFICS } from '../lexicon/people-honorifics';
import { TIME_QUALIFIERS } from '../lexicon/people-roles';

const DETERMINERS = new Set(['the', 'a', 'an']);

export function createPeopleIndex(final: FinalPeople, names: NameIndex): PeopleIndex {
  const { people, entityOf } = final;
  const covers: Cover[] = [...final.covers];
  let coversSorted = true;
  const roleSets = new Map<PersonEntity, Set<string>[]>();
  const rolesOf = (p: PersonEntity) => {
    let sets = roleSets.get(p);
    if (!sets || sets.length !== p.roles.length) roleSets.set(p, (sets = p.roles.map(roleWords)));
    return sets;
  };

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
    const wanted = words.filter((w) => !TIME_QUALIFIERS.has(w));
    if (!wanted.length) return undefined;
    return nearest(people.filter((p) => rolesOf(p).some((r) => referenceFits(wanted, r))), at);
  };

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
    const parts = nameTokens.flatMap((t) => partsOf(t.text, t.start).map((p) => p.key));
    const where = at ?? Number.MAX_SAFE_INTEGER;
    const hit = names.lookup(parts, where, preferGiven) ?? (parts.length > 1 ? names.lookup(parts.slice(-1), where) : undefined) ?? (parts.length === 1 && !preferGiven ? firstOf(names.given(parts[0]), where) : undefined);
    const found = hit ? entityOf.get(hit.draft) : undefined;
    return found ?? (titleWords.length ? byRole(titleWords, at) : undefined);
  };

  const firstOf = (list: readonly Draft[], at: number) => (list.length ? { draft: list.reduce((a, b) => (b.lastBefore(at) > a.lastBefore(at) ? b : a)) } : undefined);

  const personAt = (offset: number): PersonEntity | undefined => {
    if (!coversSorted) {
      covers.sort((a, b) => a.start - b.start);
      coversSorted = true;
    }
    let lo = 0;
    let hi = covers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covers[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    // Covers do not nest except where another detector added one; look back a little for the innermost.
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (covers[k].start <= offset && offset < covers[k].end) return covers[k].person;
    return undefined;
  };

  const addMention = (person: PersonEntity, m: PersonMentionSpan): void => {
    const ms = person.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ms.length && ms[k].start === m.start; k++) if (ms[k].end === m.end) return;
    ms.splice(lo, 0, { ...m });
    const last = covers[covers.length - 1];
    if (last && m.start < last.start) coversSorted = false;
    covers.push({ start: m.start, end: m.end, person });
  };

  return { people, personAt, resolve, addMention };
}

/** Role references ("the Prime Minister") become mentions of the person holding the role who was named most recently before. */
export function attachRoleReferences(index: PeopleIndex, refs: readonly { start: number; end: number; text: string; words: string[] }[]): void {
  const holders = index.people.map((p) => ({ p, roles: p.roles.map(roleWords) })).filter((h) => h.roles.length);
  if (!holders.length) return;
  for (const ref of refs) {
    let best: PersonEntity | undefined;
    let bestPos = -1;
    for (const h of holders) {
      if (!h.roles.some((r) => referenceFits(ref.words, r))) continue;
      const pos = lastMentionBefore(h.p, ref.start);
      if (pos > bestPos) {
        best = h.p;
        bestPos = pos;
      }
    }
    if (best && !index.personAt(ref.start)) index.addMention(best, { start: ref.start, end: ref.end, text: ref.text, kind: 'role' });
  }
}

/** The start of the latest mention of `p` before `at` (mentions are sorted), or -1. */
function lastMentionBefore(p: PersonEntity, at: number): number {
  const ms = p.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ms[lo - 1].start : -1;
}
