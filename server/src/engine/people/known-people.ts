// The newsroom's known people (.newslens.json): each is recognised by its house name, by any accepted
// spelling ("Zelenskyy" for "Volodymyr Zelensky"), and by its surname alone; its roles are added and its
// house spelling is the one name-variant prefers.
import type { KnownPerson } from '../../protocol';
import { CAPITAL_PARTICLES, PARTICLES } from '../lexicon/people-particles';
import { keyOf, partsOf } from './name-forms';

export interface KnownEntry {
  person: KnownPerson;
  /** The house spelling of the surname as written ("Zelensky", "von der Leyen"). */
  houseSurname: string;
  surnameParts: number;
}

export class KnownPeople {
  private readonly byFull = new Map<string, KnownEntry>();
  private readonly bySurname = new Map<string, KnownEntry>();

  constructor(list: readonly KnownPerson[]) {
    for (const person of list) {
      const house = split(person.name);
      if (!house) continue;
      const entry: KnownEntry = { person, houseSurname: house.surname, surnameParts: house.surnameParts.length };
      this.add(house.parts, house.surnameParts, entry);
      for (const spelling of person.spellings ?? []) {
        const alt = split(spelling);
        if (!alt) continue;
        // A one-word spelling is another spelling of the surname: "Zelenskyy" → "Volodymyr Zelenskyy".
        const parts = alt.given.length ? alt.parts : [...house.given, ...alt.parts];
        this.add(parts, alt.surnameParts, entry);
      }
    }
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
  return { parts: [...given, ...surnameParts], given, surnameParts, surname: words.slice(s).join(' ') };
}
