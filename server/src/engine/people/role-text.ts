// Turns a stretch of tokens into the text of a role: abbreviated titles spelt out ("Sen." → "Senator"),
// possessives kept ("Britain’s Prime Minister"), full stops of "U.S." kept.
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../lexicon/people-honorifics';
import { isRoleNoun, ROLE_HEADS } from '../lexicon/people-roles';
import type { Token } from './tokens';

export function roleText(text: string, tokens: Token[], from: number, to: number): string {
  let out = '';
  let expanded = false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t.isWord) {
      if (t.text === '.' && expanded) continue;
      out += t.text === '.' || t.text === ',' ? t.text : (out ? ' ' : '') + t.text;
      expanded = false;
      continue;
    }
    // "Sen." and "Gen" (British style drops the stop) are spelt out; "DI", "PC" too.
    const abbreviated = TITLE_ABBREVIATIONS.has(t.lower) || (t.upper && t.text.length <= 3);
    const expansion = abbreviated ? HONORIFICS.get(t.lower)?.expansion : undefined;
    const word = expansion ?? (t.possessive ? text.slice(t.start, t.end + 2) : t.text);
    expanded = expansion !== undefined;
    out += (out ? ' ' : '') + word;
  }
  return out;
}

/**
 * A word that makes a phrase a role: a role noun, or a rank or royal title ("Gen", "Sen", "Prince").
 * Asked of the same words again and again by the role scans: the answer is kept on the word's entry.
 */
export function isRoleHead(t: Token): boolean {
  if (!t.isWord) return false;
  const e = t.word;
  if (!e || e.lower !== t.lower) return roleHeadWord(t.lower);
  if (e.roleHead < 0) e.roleHead = roleHeadWord(t.lower) ? 1 : 0;
  return e.roleHead === 1;
}

function roleHeadWord(lower: string): boolean {
  if (ROLE_HEADS.has(lower)) return true;
  const h = HONORIFICS.get(lower);
  if (h) return h.kind === 'rank' || h.kind === 'royal';
  return isRoleNoun(lower);
}
