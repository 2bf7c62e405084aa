// Turns the drafts into the people of the analysis: each person's canonical name (the newsroom's house
// name, else the full form used most, respelt in the preferred spelling), roles (most specific first,
// without repeats: "US President" makes "President" redundant), spellings and mention kinds ("variant"
// for a mention that spells the surname otherwise), and ids in order of first mention.
import type { MentionKind } from '../../protocol';
import type { PersonEntity, PersonMentionSpan } from '../types';
import type { Draft, DraftMention } from './drafts';
import { keyOf, spellingKey } from './name-forms';
import { roleWords } from './role-mentions';

export interface Cover {
  start: number;
  end: number;
  person: PersonEntity;
}

export interface FinalPeople {
  people: PersonEntity[];
  /** What personAt answers from: the whole name of each mention (a variant mention's span is only the variant word). */
  covers: Cover[];
  /** The draft each person came from, for name lookups. */
  entityOf: Map<Draft, PersonEntity>;
}

export function finalizePeople(text: string, drafts: readonly Draft[]): FinalPeople {
  // Each person's spans as flat start, end pairs: one small object per mention of a long document, kept
  // until every person is built, was megabytes of garbage promoted to the old generation.
  const built: { entity: PersonEntity; draft: Draft; spans: number[] }[] = [];
  for (const d of drafts) {
    if (!d.mentions.length) continue;
    const mentions = dedupe(d.mentions);
    let k = d.known?.surnameParts ?? 1;
    for (const m of mentions) if (m.basis !== 'given' && m.surnameParts > k) k = m.surnameParts;
    const surnameOf = (m: DraftMention) => (m.basis !== 'given' && m.parts.length >= k ? { start: m.parts[m.parts.length - k].start, end: m.parts[m.parts.length - 1].end } : undefined);
    let preferred = d.known?.houseSurname;
    if (!preferred) {
      for (const m of mentions) {
        const s = surnameOf(m);
        if (s) {
          preferred = text.slice(s.start, s.end);
          break;
        }
      }
    }
    const spellings: string[] = preferred ? [preferred] : [];
    const preferredKey = preferred !== undefined ? spellingKey(preferred) : undefined;
    const seen = new Set(spellings.map(spellingKey));
    const out: PersonMentionSpan[] = [];
    for (const m of mentions) {
      const s = surnameOf(m);
      const spelt = s && preferred !== undefined ? text.slice(s.start, s.end) : undefined;
      // Most mentions spell the name exactly as preferred; only the others need the case-blind comparison.
      if (s && spelt !== undefined && spelt !== preferred && spellingKey(spelt) !== preferredKey) {
        const key = spellingKey(spelt);
        if (!seen.has(key)) {
          seen.add(key);
          spellings.push(spelt);
        }
        out.push({ start: s.start, end: s.end, text: spelt, kind: 'variant' });
        continue;
      }
      out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: kindOf(m) });
    }
    // One surname throughout: the given name may be the part spelt two ways ("Mohammed" / "Mohammad").
    if (spellings.length === 1 && !d.known) markGivenVariants(text, mentions, out, spellings);
    const entity: PersonEntity = {
      id: '',
      name: canonicalName(text, d, mentions, preferred, surnameOf),
      roles: rolesOf(d, mentions),
      mentions: out,
      spellings,
      ...(d.known ? { known: true } : {}),
    };
    const spans = new Array<number>(mentions.length * 2);
    mentions.forEach((m, i) => {
      spans[2 * i] = Math.min(m.start, m.nameStart);
      spans[2 * i + 1] = Math.max(m.end, m.nameEnd);
    });
    built.push({ entity, draft: d, spans });
  }
  built.sort((a, b) => a.entity.mentions[0].start - b.entity.mentions[0].start);
  const covers: Cover[] = [];
  const entityOf = new Map<Draft, PersonEntity>();
  built.forEach((b, i) => {
    b.entity.id = `p${i + 1}`;
    entityOf.set(b.draft, b.entity);
    // A literal, not { ...s, person }: V8 gives every object spread-then-extended a hidden class of its own.
    for (let k = 0; k < b.spans.length; k += 2) covers.push({ start: b.spans[k], end: b.spans[k + 1], person: b.entity });
  });
  covers.sort((a, b) => a.start - b.start);
  return { people: built.map((b) => b.entity), covers, entityOf };
}

/** Marks full-name mentions whose given name is spelt otherwise than the first, and records the spellings. */
function markGivenVariants(text: string, mentions: readonly DraftMention[], out: PersonMentionSpan[], spellings: string[]): void {
  let preferred: string | undefined;
  const seen = new Set<string>();
  mentions.forEach((m, i) => {
    const o = m.occurrence;
    if (m.basis !== 'full' || !o || o.form !== 'full' || out[i].kind === 'variant') return;
    const start = m.nameStart;
    const end = o.firstWordEnd;
    if (end <= start) return; // a given name the mention does not hold (its name starts after the first word)
    const given = text.slice(start, end);
    if (preferred === undefined) {
      preferred = given;
      seen.add(spellingKey(given));
      return;
    }
    if (given === preferred || spellingKey(given) === spellingKey(preferred)) return;
    if (spellings.length === 1 && spellings[0] !== preferred) spellings.splice(0, 1, preferred);
    if (!seen.has(spellingKey(given))) {
      seen.add(spellingKey(given));
      spellings.push(given);
    }
    out[i] = { start, end, text: given, kind: 'variant' };
  });
}

/** Mentions in text order, one per span (a name found twice, by two passes, counts once). */
function dedupe(mentions: readonly DraftMention[]): DraftMention[] {
  let ordered = true;
  for (let i = 1; i < mentions.length && ordered; i++) ordered = mentions[i - 1].start < mentions[i].start;
  const sorted = ordered ? mentions : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DraftMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < Math.max(prev.end, prev.nameEnd)) continue;
    out.push(m);
  }
  return out;
}

function kindOf(m: DraftMention): MentionKind {
  if (m.basis === 'role') return 'role';
  const h = m.occurrence?.honorific;
  if (h && h.kind !== 'rank' && m.occurrence?.form === 'single') return 'honorific';
  if (m.basis === 'given') return 'given';
  return m.basis === 'full' && (m.occurrence?.form ?? (m.parts.length > 1 ? 'full' : 'single')) === 'full' ? 'full' : 'surname';
}

function canonicalName(
  text: string,
  d: Draft,
  mentions: readonly DraftMention[],
  preferred: string | undefined,
  surnameOf: (m: DraftMention) => { start: number; end: number } | undefined,
): string {
  if (d.known) return d.known.person.name;
  // The full form used most; on a tie the longer, then the first.
  const groups = new Map<string, { count: number; first: DraftMention; parts: number }>();
  for (const m of mentions) {
    if (m.basis !== 'full' || (m.occurrence && m.occurrence.form !== 'full')) continue;
    const key = m.occurrence?.key ?? keyOf(m.parts);
    const g = groups.get(key);
    if (!g) groups.set(key, { count: 1, first: m, parts: m.parts.length });
    else {
      g.count++;
      // The form as written in running text, not in a headline's capitals ("DONALD TRUMP").
      if (!g.first.occurrence && m.occurrence) g.first = m;
    }
  }
  let best: { count: number; first: DraftMention; parts: number } | undefined;
  for (const g of groups.values()) {
    if (!best || g.count > best.count || (g.count === best.count && g.parts > best.parts)) best = g;
  }
  if (best) {
    const m = best.first;
    const s = surnameOf(m);
    if (s && preferred !== undefined) return text.slice(m.nameStart, s.start) + preferred + text.slice(s.end, m.nameEnd);
    return text.slice(m.nameStart, m.nameEnd);
  }
  // Known only by one name: with its honorific when it has one ("Ms Ashdown", "Sir Keir", "Prince William").
  for (const m of mentions) {
    const h = m.occurrence?.honorific;
    if (h && h.kind !== 'rank') return `${h.text} ${text.slice(m.nameStart, m.nameEnd)}`;
  }
  const m = mentions.find((x) => x.basis !== 'role') ?? mentions[0];
  return text.slice(m.nameStart, m.nameEnd);
}

/** Does `a` hold every word of `b`? */
function covers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of b) if (!a.has(w)) return false;
  return true;
}

/** Roles in order of appearance, a role dropped when a more specific one says it ("President" ⊂ "US President"). */
function rolesOf(d: Draft, mentions: readonly DraftMention[]): string[] {
  const roles: { text: string; words: ReadonlySet<string> }[] = [];
  const add = (r: string) => {
    if (roles.some((x) => x.text === r)) return;
    const words = roleWords(r);
    if (!words.size) return;
    if (roles.some((x) => covers(x.words, words))) return;
    const narrower = roles.findIndex((x) => covers(words, x.words));
    if (narrower >= 0) {
      roles[narrower] = { text: r, words };
      // a role may make several others redundant
      for (let i = roles.length - 1; i > narrower; i--) if (covers(words, roles[i].words)) roles.splice(i, 1);
      return;
    }
    roles.push({ text: r, words });
  };
  for (const m of mentions) if (m.occurrence && m.occurrence.roles.length && m.occurrence.context !== 'headline') for (const r of m.occurrence.roles) add(r);
  for (const r of d.known?.person.roles ?? []) add(r);
  return roles.map((r) => r.text);
}
