// Roles given in apposition: after the name ("Femke Dijkstra, the Dutch economy minister, said";
// "Raj Patel, an analyst at Kestrel Research, said"; "Ed Brown, 52, a teacher from Leeds") or before it
// ("The Dutch economy minister, Femke Dijkstra, said"). The phrase must be closed by punctuation or a
// relative pronoun, contain a role noun, and hold no verb of its own, so that "Trump, speaking at the
// White House, said" or "Macron, Merz and Meloni" give no role.
import { ROLE_CONNECTORS, ROLE_MODIFIERS } from '../lexicon/people-roles';
import type { Token } from './tokens';
import { isRoleHead, roleText } from './role-text';

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'another']);
const CLOSERS = new Set([',', '.', ';', ':', ')', '(', '—', '–', '"', '“', '”', '?', '!', '[', ']']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'where', 'whom']);
/** Words that show a clause, not a noun phrase: finite verbs that news copy puts after a name. */
const CLAUSE_WORDS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will',
  'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'been', 'being', 'be', 'not',
  'insisted', 'argued', 'warned', 'claimed', 'wrote', 'posted', 'announced', 'confirmed', 'denied', 'asked',
  'became', 'becomes', 'become', 'remains', 'remained', 'seemed', 'seems', 'looked', 'looks', 'got', 'gets',
]);
/** Words that cannot come before the role noun of an apposition: "running for president" is no role. */
const NOT_BEFORE_HEAD = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'with', 'from', 'by', 'about', 'and', 'or', 'but', 'as', 'after', 'before', 'since', 'than']);
const VERBAL = /(?:ing|ly|ed)$/;
const AGE = /^\d{1,3}$/;
const AGE_WORD = /^\d{1,3}-year-old$/;
/** Words after the role noun: room for an institution's name ("a mineralogist at the Smithsonian’s National Museum of Natural History"). */
const MAX_AFTER_HEAD = 10;

/** A lower-case noun with an agent ending: "planner", "cosmochemist", "historian", "instructor", "consultant". */
const AGENT_ENDING = /(?:ist|ian|[^e]er|or|eer|ant)$/;
function isAgentNoun(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && AGENT_ENDING.test(t.lower) && !NOT_BEFORE_HEAD.has(t.lower);
}

/** British court reports name counsel by what they do: "Prosecuting, Nadia Okonjo-Reid said", "Rhodri Evans, defending, said". */
const COURT_ROLES = new Set(['prosecuting', 'defending', 'mitigating']);

/** The role in apposition after the name's last token `last`, if any. */
export function roleAfter(text: string, tokens: Token[], last: number): string | undefined {
  if (tokens[last].possessive) return undefined;
  let i = last + 1;
  if (tokens[i]?.text !== ',') return undefined;
  i++;
  if (tokens[i] && COURT_ROLES.has(tokens[i].lower) && (tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === '.')) return tokens[i].text;
  if (tokens[i] && AGE.test(tokens[i].text) && tokens[i + 1]?.text === ',') i += 2;
  const determined = !!tokens[i] && DETERMINERS.has(tokens[i].lower);
  if (determined) i++;
  const from = i;
  let head = -1;
  let chainEnd = -1; // the role noun may run on: "chief executive", "managing director"
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) {
      if (CLOSERS.has(t.text)) break;
      if (t.text === '&') continue;
      return undefined;
    }
    if (RELATIVES.has(t.lower)) break;
    if (CLAUSE_WORDS.has(t.lower)) return undefined;
    if (head < 0) {
      // After "a"/"the", an agent noun is a role even when no list has it ("a cosmochemist", "a financial
      // planner"), and a participle is a modifier ("a retired teacher", "a mining analyst"), not a clause.
      if (isRoleHead(t) || (determined && isAgentNoun(t))) head = chainEnd = i;
      else if (!t.cap && !ROLE_MODIFIERS.has(t.lower) && !AGE_WORD.test(t.lower) && (NOT_BEFORE_HEAD.has(t.lower) || DETERMINERS.has(t.lower) || (!determined && VERBAL.test(t.lower)))) return undefined;
      else if (i - from > 6) return undefined;
    } else if (i === chainEnd + 1) {
      if (isRoleHead(t) || ROLE_MODIFIERS.has(t.lower)) chainEnd = i;
      else if (!ROLE_CONNECTORS.has(t.lower)) return undefined; // "the Italian prime minister Giorgia Meloni": a name follows, not a complement
    } else if (i - chainEnd > MAX_AFTER_HEAD) return undefined;
  }
  if (head < 0) return undefined;
  let to = i - 1;
  while (to > head && (!tokens[to].isWord || ROLE_CONNECTORS.has(tokens[to].lower))) to--;
  return roleText(text, tokens, from, to);
}

/**
 * The role in apposition before the name ("The Dutch economy minister, Femke Dijkstra, said"; "from their
 * captain, Aoife Brennan,"; "Corvane’s chief executive, Melissa Tran, said"); `first` is the name's first
 * token, or its honorific's. The phrase opens a sentence or a clause, or follows a determiner.
 */
export function roleBeforeComma(text: string, tokens: Token[], first: number, nameLast: number): string | undefined {
  const comma = first - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const head = comma - 1;
  if (head < 0) return undefined;
  // "Prosecuting, Nadia Okonjo-Reid said"
  if (COURT_ROLES.has(tokens[head].lower) && tokens[head].sentenceStart) return tokens[head].text;
  const after = tokens[nameLast + 1];
  if (!after || (after.text !== ',' && after.text !== '.')) return undefined;
  const end = head;
  // "The head of the electoral council, Elvis Amoroso,", "Her editor at Greyling Press, Tobias Marchetti-Hale,":
  // the role noun may have a complement before the comma.
  let h = head;
  for (let k = head - 1; k >= 1 && k >= head - 6 && !isRoleHead(tokens[h]); k--) {
    const t = tokens[k];
    if (!t.isWord) return undefined;
    if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'at') && isRoleHead(tokens[k - 1])) h = k - 1;
  }
  if (!isRoleHead(tokens[h])) return undefined;
  let from = h;
  while (from > 0 && h - from < 6 && !tokens[from].sentenceStart) {
    const prev = tokens[from - 1];
    if (!prev.isWord || DETERMINERS.has(prev.lower)) break;
    if (!prev.cap && !ROLE_MODIFIERS.has(prev.lower) && !isRoleHead(prev) && (NOT_BEFORE_HEAD.has(prev.lower) || VERBAL.test(prev.lower))) return undefined;
    from--;
  }
  const before = tokens[from - 1];
  const opens = tokens[from].sentenceStart || !before || !before.isWord || DETERMINERS.has(before.lower);
  if (!opens) return undefined;
  return roleText(text, tokens, from, end);
}
