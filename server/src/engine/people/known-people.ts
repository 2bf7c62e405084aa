// The newsroom's known people (.newslens.json): each is recognised by its house name, by any accepted
// spelling ("Zelenskyy" for "Volodymyr Zelensky"), and by its surname alone; its roles are added and its
// house spelling is the one name-variant prefers.
import type { KnownPerson } from '../../protocol';
import { HOLIDAYS, MONTHS, WEEKDAYS } from '../lexicon/people-calendar';
import { CAPITAL_PARTICLES, PARTICLES } from '../lexicon/people-particles';
import { keyOf, partsOf } from './name-forms';

export interface KnownEntry {
  person: KnownPerson;
  /** The house spelling of the surname as written ("Zelensky", "von der Leyen"). */
  houseSurname: string;
  surnameParts: number;
}

/** A listed form (the house name or an accepted spelling) found as written in the text. */
export interface LiteralMatch {
  start: number;
  end: number;
  entry: KnownEntry;
  /** More than one word: a full name. */
  full: boolean;
  surnameParts: number;
}

interface LiteralForm {
  /** The form's words as written ("Volodymyr", "Zelensky"; "will.i.am"; "AOC"). */
  words: string[];
  entry: KnownEntry;
  surnameParts: number;
}

export class KnownPeople {
  private readonly byFull = new Map<string, KnownEntry>();
  private readonly bySurname = new Map<string, KnownEntry>();
  /** The listed forms by the first run of letters of their first word, longest form first. */
  private readonly forms = new Map<string, LiteralForm[]>();

  constructor(list: readonly KnownPerson[]) {
    for (const person of list) {
      const house = split(person.name);
      if (!house) continue;
      const entry: KnownEntry = { person, houseSurname: house.surname, surnameParts: house.surnameParts.length };
      this.add(house.parts, house.surnameParts, entry);
      this.addForm(person.name, entry, house.surnameParts.length);
      for (const spelling of person.spellings ?? []) {
        const alt = split(spelling);
        if (!alt) continue;
        // A one-word spelling is another spelling of the surname: "Zelenskyy" → "Volodymyr Zelenskyy".
        const parts = alt.given.length ? alt.parts : [...house.given, ...alt.parts];
        this.add(parts, alt.surnameParts, entry);
        this.addForm(spelling, entry, alt.surnameParts.length);
      }
    }
    for (const list of this.forms.values()) list.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  }

  private addForm(written: string, entry: KnownEntry, surnameParts: number): void {
    const words = written.trim().split(/\s+/);
    // A listed one-word form that is also a month or weekday ("May") would make every date a mention: it
    // counts only where the detector's own evidence says person ("Mrs May"), not as written.
    if (words.length === 1 && (MONTHS.has(words[0].toLowerCase()) || WEEKDAYS.has(words[0].toLowerCase()) || HOLIDAYS.has(words[0].toLowerCase()))) return;
    const head = FIRST_RUN.exec(words[0])?.[0];
    if (!head) return;
    const list = this.forms.get(head) ?? [];
    list.push({ words, entry, surnameParts: Math.max(1, surnameParts) });
    this.forms.set(head, list);
  }

  /**
   * Every place the text spells a listed form exactly as the list does (case and all), at word boundaries,
   * the words separated by spaces on one line: what the detector's cues may miss ("will.i.am", "AOC") is
   * still this person, since the newsroom listed it. One scan of the text's letter runs, a map lookup each.
   */
  literal(text: string): LiteralMatch[] {
    const out: LiteralMatch[] = [];
    if (!this.forms.size) return out;
    const runs = new RegExp(LETTER_RUN.source, 'gu');
    for (let m = runs.exec(text); m; m = runs.exec(text)) {
      const candidates = this.forms.get(m[0]);
      if (!candidates || (m.index > 0 && WORD_CHAR.test(text[m.index - 1]))) continue;
      for (const form of candidates) {
        const end = matchWords(text, m.index, form.words);
        if (end < 0) continue;
        out.push({ start: m.index, end, entry: form.entry, full: form.words.length > 1, surnameParts: form.surnameParts });
        runs.lastIndex = end;
        break;
      }
    }
    return out;
  }

  private add(parts: string[], surname: string[], entry: KnownEntry): void {
    if (parts.length > surname.length && !this.byFull.has(keyOf(parts))) this.byFull.set(keyOf(parts), entry);
    if (!this.bySurname.has(keyOf(surname))) this.bySurname.set(keyOf(surname), entry);
  }

  get size(): number {
    return this.byFull.size + this.bySurname.size;
  }

  /** The known person with this full name (folded parts), in any accepted spelling. */
  full(key: string): KnownEntry | undefined {
    return this.byFull.get(key);
  }

  /** The known person with this surname (folded parts), in any accepted spelling. */
  surname(key: string): KnownEntry | undefined {
    return this.bySurname.get(key);
  }
}

interface SplitName {
  parts: string[];
  given: string[];
  surnameParts: string[];
  surname: string;
}

/** Splits a written name into given names and surname, particles going with the surname. */
export function split(name: string): SplitName | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  let s = words.length - 1;
  while (s > 0) {
    const prev = words[s - 1];
    const lower = prev.toLowerCase();
    const particle = prev[0] === lower[0] ? PARTICLES.has(lower) : s - 1 > 0 && CAPITAL_PARTICLES.has(lower);
    if (!particle) break;
    s--;
  }
  const given = words.slice(0, s).flatMap((w) => partsOf(w, 0).map((p) => p.key));
  const surnameParts = words.slice(s).flatMap((w) => partsOf(w, 0).map((p) => p.key));
  // A "name" with no letters ("...", "—") names nobody.
  if (!surnameParts.length) return undefined;
  return { parts: [...given, ...surnameParts], given, surnameParts, surname: words.slice(s).join(' ') };
}

const LETTER_RUN = /[\p{L}\p{M}\p{N}]+/u;
const FIRST_RUN = /^[\p{L}\p{M}\p{N}]+/u;
/** A character before a match that makes it the end of a longer word ("Anti-Zelensky", "O’Brien" is not "Brien"). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\-\u2010'’_]/u;
/** After a match: the same, less the apostrophe of a possessive ("Zelensky’s" is him; "Zelenskyy" is not "Zelensky"). */
const WORD_CONTINUES = /[\p{L}\p{M}\p{N}\-\u2010_]/u;

/** The end of `words` written at `at` (one or more spaces or tabs between them, no line break), or -1. */
function matchWords(text: string, at: number, words: readonly string[]): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const gap = i;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
      if (i === gap) return -1;
    }
    if (!text.startsWith(words[w], i)) return -1;
    i += words[w].length;
  }
  // A trailing full stop ends the sentence, not the word; any other word character continues the word.
  return i < text.length && WORD_CONTINUES.test(text[i]) ? -1 : i;
}
