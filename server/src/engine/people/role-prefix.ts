// Roles written before a name: "UK Prime Minister Keir Starmer", "Special US envoy Steve Witkoff",
// "Opposition councillor Daniel Okafor", "Chief of Defence Staff Admiral Sir Tony Radakin" (two roles:
// an office and a rank). Scans backwards from the name over capitalised words, role nouns and their
// modifiers, and the small words inside titles ("of", "for"), stopping at punctuation, at a sentence's
// start, or at an ordinary lower-case word.
import { RANKS, ROLE_MODIFIERS, ROLE_HEADS, TITLE_CONNECTORS } from '../lexicon/people-roles';
import { SENTENCE_WORDS } from '../lexicon/people-common-words';
import { MONTHS, WEEKDAYS } from '../lexicon/people-calendar';
import { isAbbreviation, type Token } from './tokens';
import type { TokenClass } from './token-classes';
import { isRoleHead, roleText } from './role-text';

export interface PrefixRoles {
  /** Most specific first: the office, then the rank. */
  roles: string[];
  /** Offset where the role words begin. */
  start: number;
  /** The word right before the name is a role noun or title ("President Trump"), not a complement ("… of the Center for American | Progress"). */
  direct: boolean;
  /** That word is a capitalised title ("Chief Executive Diane Park"), not a lower-case role noun ("activist Chicago Teachers Union members"). */
  titleWord: boolean;
}

const MAX_ROLE_TOKENS = 12;

/** Rank compounds read right to left from the rank: "rear admiral", "attorney general", "air chief marshal". */
const RANK_COMPOUNDS: ReadonlySet<string> = new Set([
  'vice admiral', 'rear admiral', 'fleet admiral', 'attorney general', 'secretary general', 'surgeon general',
  'solicitor general', 'inspector general', 'postmaster general', 'governor general', 'director general',
  'auditor general', 'consul general', 'adjutant general', 'quartermaster general', 'lieutenant general',
  'major general', 'brigadier general', 'lieutenant colonel', 'lieutenant commander', 'wing commander',
  'group captain', 'flight lieutenant', 'field marshal', 'air marshal', 'air chief marshal', 'air vice marshal',
  'staff sergeant', 'master sergeant', 'first sergeant', 'lance corporal', 'first lieutenant', 'second lieutenant',
  'lt general', 'maj general', 'lt colonel', 'lt gen', 'maj gen', 'lt col', 'brig gen', 'rear adm', 'vice adm',
  'detective sergeant', 'det sgt', 'detective inspector', 'det insp', 'detective constable', 'det con',
  'detective superintendent', 'det supt', 'chief inspector', 'chief superintendent', 'police constable',
  'police sergeant', 'chief constable', 'deputy chief constable', 'assistant chief constable', 'detective chief inspector',
  'det chief insp', 'staff sergeant', 'chief superintendent',
]);

/**
 * Roles before the name. `last` is the index of the last token before the name (its honorific included);
 * returns nothing when the words there name no role ("Following Monday’s talks, Sir Keir").
 */
export function rolesBefore(text: string, tokens: Token[], classes: TokenClass[], last: number): PrefixRoles | undefined {
  let r = last;
  while (r >= 0 && (classes[r] === 'courtesy' || (classes[r] === 'dot' && r > 0 && classes[r - 1] === 'courtesy'))) {
    if (tokens[r].sentenceStart) return undefined;
    r--;
  }
  if (r > 0 && tokens[r].text === '.' && isAbbreviation(tokens[r - 1]) && tokens[r - 1].end === tokens[r].start) r--;
  if (r < 0 || !tokens[r].isWord) return undefined;
  // "the president’s | Oval Office address": an owner, not a title.
  if (tokens[r].possessive) return undefined;
  // "the founder of | MoneySavingExpert": a name after a connector completes a role, it is not titled by it.
  if (!tokens[r].cap && TITLE_CONNECTORS.has(tokens[r].lower)) return undefined;
  const roles: string[] = [];
  // A rank right before the name ("… Admiral Sir Tony Radakin") is a role of its own.
  const rank = rankPhrase(tokens, r);
  const officeEnd = rank ? rank.from - 1 : r;
  const office = officeEnd >= 0 && !(rank && tokens[rank.from].sentenceStart) ? officePhrase(tokens, classes, officeEnd) : undefined;
  let from = rank ? rank.from : r;
  if (rank && office && !office.hasHead) {
    // "NATO Secretary General": the words before the rank have no role noun; they qualify it.
    roles.push(roleText(text, tokens, office.from, r));
    from = office.from;
  } else {
    if (office?.hasHead) {
      roles.push(roleText(text, tokens, office.from, office.to));
      from = office.from;
    }
    if (rank) roles.push(roleText(text, tokens, rank.from, r));
  }
  if (!roles.length) return undefined;
  return { roles, start: tokens[from].start, direct: isRoleHead(tokens[r]) || classes[r] === 'title', titleWord: classes[r] === 'title' };
}

function rankPhrase(tokens: Token[], r: number): { from: number } | undefined {
  const i = r;
  const t = tokens[i];
  if (!t.isWord || !t.cap || !RANKS.has(t.lower)) return undefined;
  let from = i;
  let phrase = t.lower;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k];
    if (w.text === '.') continue;
    if (!w.isWord || !w.cap) break;
    const longer = `${w.lower} ${phrase}`;
    if (!RANK_COMPOUNDS.has(longer)) break;
    phrase = longer;
    from = k;
  }
  return { from };
}

/** The office title ending at token `end`, scanning back; `hasHead` when it contains a role noun. */
function officePhrase(tokens: Token[], classes: TokenClass[], end: number): { from: number; to: number; hasHead: boolean } | undefined {
  let to = end;
  while (to >= 0 && (classes[to] === 'courtesy' || tokens[to].text === '.')) to--;
  if (to < 0 || !accepts(tokens[to], false)) return undefined;
  let from = to;
  let headSeen = isRoleHead(tokens[to]);
  while (from > 0 && to - from < MAX_ROLE_TOKENS && !tokens[from].sentenceStart) {
    const prev = tokens[from - 1];
    if (prev.text === '.') {
      if (from >= 2 && isAbbreviation(tokens[from - 2]) && tokens[from - 2].end === prev.start) {
        from--;
        continue;
      }
      break;
    }
    if (!prev.isWord || !accepts(prev, headSeen)) break;
    if (prev.possessive && !prev.cap) break;
    from--;
    if (isRoleHead(prev)) headSeen = true;
    // "The World Health Organization’s Director-General": a body's name goes on before its possessive.
  }
  // Trim words at the left that only open the sentence or the clause: "Following", "the", "of".
  while (from <= to && trimmable(tokens[from], classes[from])) from++;
  if (from > to) return undefined;
  let lastHead = -1;
  for (let i = from; i <= to; i++) if (isRoleHead(tokens[i])) lastHead = i;
  if (lastHead >= 0 && lastHead < to && !isComplement(tokens, lastHead, to)) return undefined;
  return { from, to, hasHead: lastHead >= 0 };
}

/**
 * What follows a role noun inside a title must complete it: "of"/"for" and capitalised words
 * ("Secretary of State", "President of the European Commission"), not a name and a preposition
 * ("Foreign Secretary David Lammy at the | State Department").
 */
function isComplement(tokens: Token[], head: number, to: number): boolean {
  const first = tokens[head + 1];
  if (!first.isWord || (first.lower !== 'of' && first.lower !== 'for')) return false;
  for (let i = head + 2; i <= to; i++) {
    const t = tokens[i];
    if (!t.isWord || (!t.cap && !TITLE_CONNECTORS.has(t.lower))) return false;
  }
  return true;
}

/** Words a title may contain, read right to left; "and"/"of"/"the" only before its role noun is reached. */
function accepts(t: Token, headSeen: boolean): boolean {
  if (!t.isWord) return false;
  if (t.cap) return true;
  if (ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower)) return true;
  return !headSeen && TITLE_CONNECTORS.has(t.lower);
}

function trimmable(t: Token, c: TokenClass): boolean {
  if (!t.isWord) return true;
  if (!t.cap) return !ROLE_HEADS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower);
  if (c === 'nat' || c === 'acronym' || c === 'title' || c === 'affiliation') return false; // "US President", not the pronoun "us"
  if (c === 'common' || c === 'month' || c === 'weekday') return true;
  if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return true;
  return t.sentenceStart && SENTENCE_WORDS.has(t.lower);
}
