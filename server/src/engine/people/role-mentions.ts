// A role used alone that refers back to its holder: "the Prime Minister told the BBC", "the judge told
// him", "The Ukrainian President has constitutional constraints". Found as "the" + modifiers + a role
// noun not followed by a name (then it is a title: "the Prime Minister Keir Starmer"), and matched to
// the people whose roles contain all its words.
import { ROLE_MODIFIERS, TIME_QUALIFIERS } from '../lexicon/people-roles';
import { foldName } from './name-forms';
import type { Token } from './tokens';
import type { TokenClass } from './token-classes';
import { isRoleHead } from './role-text';
import { remembered } from '../remembered';

export interface RoleReference {
  start: number;
  end: number;
  text: string;
  /** Folded words before any complement, the role noun last ("prime", "minister"). */
  words: string[];
  /** Folded capitalised words of an "of" complement ("the founder of MoneySavingExpert"). */
  complement: string[];
}

const MAX_WORDS = 5;
const PREDICATIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'as', 'remains', 'remained', 'named', 'appointed', 'elected', 'made']);

export function findRoleReferences(text: string, tokens: Token[], classes: TokenClass[]): RoleReference[] {
  const out: RoleReference[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    let j = i + 1;
    let lastHead = -1;
    while (j < tokens.length && j - i <= MAX_WORDS) {
      const t = tokens[j];
      if (!t.isWord) break;
      const roleWord = isRoleHead(t) || ROLE_MODIFIERS.has(t.lower);
      if (!roleWord && !(t.cap && classes[j] !== 'common' && classes[j] !== 'month' && classes[j] !== 'weekday')) break;
      if (isRoleHead(t)) lastHead = j;
      j++;
      if (t.possessive) break;
    }
    if (lastHead < 0) continue;
    const head = tokens[lastHead];
    const next = tokens[lastHead + 1];
    // "the Prime Minister Keir Starmer": a title before a name, not a reference back.
    if (!head.possessive && next?.isWord && next.cap && (classes[lastHead + 1] === 'name' || classes[lastHead + 1] === 'courtesy' || classes[lastHead + 1] === 'initial')) continue;
    // Plural or compound continuations ("the president’s" is fine; "the minister-led" is not a role).
    if (!head.possessive && next?.isWord && !next.cap && (ROLE_MODIFIERS.has(next.lower) || isRoleHead(next))) continue;
    // "He is the president", "named as the new coach": a description of the subject, not a reference back.
    if (i > 0 && PREDICATIVE.has(tokens[i - 1].lower)) continue;
    let end = lastHead;
    // "the founder of MoneySavingExpert": the complement must be in the role too.
    if (!head.possessive && next?.lower === 'of') {
      let k = lastHead + 2;
      if (tokens[k]?.lower === 'the') k++;
      while (k < tokens.length && tokens[k].isWord && tokens[k].cap && k - lastHead <= 5) {
        end = k;
        if (tokens[k++].possessive) break;
      }
    }
    const words: string[] = [];
    const complement: string[] = [];
    for (let k = i + 1; k <= end; k++) {
      if (k > lastHead && !tokens[k].cap) continue;
      for (const w of foldRoleWord(tokens[k].text)) if (!TIME_QUALIFIERS.has(w)) (k > lastHead ? complement : words).push(w);
    }
    if (!words.length) continue;
    out.push({ start: tokens[i].start, end: tokens[end].end, text: text.slice(tokens[i].start, tokens[end].end), words, complement });
    i = end;
  }
  return out;
}

const SYNONYMS: Record<string, string> = { american: 'us', 'u.s': 'us', 'u.s.': 'us', british: 'uk', 'u.k': 'uk', 'u.k.': 'uk', 'e.u': 'eu', 'u.n': 'un' };

/** A role word folded for comparison: "Secretary-General" → secretary, general; "U.S." → us; "Britain’s" → britain. */
export function foldRoleWord(word: string): string[] {
  return remembered(FOLDED, word, foldUncached);
}
/** Role words repeat: each folded once (the callers only read the list). */
const FOLDED = new Map<string, string[]>();

function foldUncached(word: string): string[] {
  const f = foldName(word).replace(/'s$/, '');
  const mapped = SYNONYMS[f] ?? SYNONYMS[f.replace(/\.$/, '')];
  if (mapped) return [mapped];
  return f.split(/[-\u2010]/).map((w) => w.replace(/\.$/, '')).filter(Boolean);
}

/** A role's folded words: the same roles recur in an article and from one version of it to the next, so each is read once. */
export function roleWords(role: string): ReadonlySet<string> {
  return remembered(WORDS, role, wordsOf);
}
function wordsOf(role: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of role.split(/\s+/)) for (const f of foldRoleWord(w)) out.add(f);
  return out;
}
const WORDS = new Map<string, ReadonlySet<string>>();
const SHAPES = new Map<string, RoleShape>();

/** A role as references are matched against it: its role noun, the words up to it, and all its words (shared: read only). */
export interface RoleShape {
  readonly head: string;
  /** Words before any complement, without possessives ("the regulator's chief executive" → chief, executive). */
  readonly words: ReadonlySet<string>;
  readonly all: ReadonlySet<string>;
}

const COMPLEMENT_OPENERS = new Set(['of', 'at', 'for', 'in', 'from', 'with', 'on', 'to']);

export function roleShape(role: string): RoleShape {
  return remembered(SHAPES, role, shapeOf);
}

function shapeOf(role: string): RoleShape {
  const words = new Set<string>();
  const all = new Set<string>();
  let head = '';
  let inComplement = false;
  for (const w of role.split(/\s+/)) {
    const folded = foldRoleWord(w);
    for (const f of folded) all.add(f);
    if (COMPLEMENT_OPENERS.has(w.toLowerCase())) inComplement = true;
    if (inComplement || /['’]s$/.test(w)) continue;
    for (const f of folded) {
      words.add(f);
      head = f;
    }
  }
  return { head, words, all };
}

/** "the Prime Minister" fits "UK Prime Minister"; "the broker" does not fit "analyst at the broker". */
export function referenceFits(ref: { words: readonly string[]; complement?: readonly string[] }, role: RoleShape): boolean {
  const words = ref.words.filter((w) => !TIME_QUALIFIERS.has(w));
  if (!words.length || words[words.length - 1] !== role.head) return false;
  for (const w of words) if (!role.words.has(w)) return false;
  for (const w of ref.complement ?? []) if (!role.all.has(w)) return false;
  return true;
}
