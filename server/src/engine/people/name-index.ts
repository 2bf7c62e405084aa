// Lookups from a name form to the people it may name: a full name, a surname or any ending of a full
// name ("Starmer", "Le Pen", "Müller Brandt" for "Anna Müller-Brandt"), a given name ("Sir Keir"),
// and the transliteration shape of a surname ("Zelenskyy" ~ "Zelensky").
import { Draft, MultiMap, pickNearest } from './drafts';
import { consonantKey, editDistance, isSpellingVariant, keyOf, transliterationKey } from './name-forms';

export type MatchBasis = 'full' | 'surname' | 'given';

export interface NameMatch {
  draft: Draft;
  basis: MatchBasis;
}

export class NameIndex {
  private readonly byFull = new MultiMap<Draft>();
  private readonly bySuffix = new MultiMap<Draft>();
  private readonly byGiven = new MultiMap<Draft>();
  private readonly byShape = new MultiMap<Draft>();

  /** Registers a full name form (given names and surname) of a person. */
  addFull(d: Draft, parts: readonly string[], suffix?: string): void {
    const key = keyOf(parts) + (suffix ? ` ${suffix}` : '');
    if (d.fullForms.some((f) => keyOf(f) === key)) return;
    d.fullForms.push([...parts]);
    this.byFull.add(key, d);
    this.byGiven.add(parts[0], d);
    for (let i = 1; i < parts.length; i++) this.bySuffix.add(keyOf(parts.slice(i)), d);
    this.byShape.add(consonantKey(parts[parts.length - 1]), d);
  }

  /** Registers a one-name form ("Ms Ashdown", "Sir Keir") of a person known by nothing fuller. */
  addSingle(d: Draft, parts: readonly string[]): void {
    if (d.singleForms.some((f) => keyOf(f) === keyOf(parts))) return;
    d.singleForms.push([...parts]);
    this.bySuffix.add(keyOf(parts), d);
    this.byShape.add(consonantKey(parts[parts.length - 1]), d);
  }

  /** A full name seen before under exactly this form. */
  full(key: string): readonly Draft[] {
    return this.byFull.get(key);
  }

  /** People whose full name ends with these parts ("starmer", "le pen"). */
  surname(key: string): readonly Draft[] {
    return this.bySuffix.get(key);
  }

  /** People with this given name and a full name. */
  given(part: string): readonly Draft[] {
    return this.byGiven.get(part);
  }

  /**
   * People whose surname is this one spelt another way (a doubled letter, y for i, other vowels), the
   * words before the last agreeing ("Mr bin Rashed" for "Karim bin Rashid").
   */
  spellingVariants(parts: readonly string[]): Draft[] {
    const last = parts[parts.length - 1];
    const lastKey = transliterationKey(last);
    const fits = (f: string[]) => {
      if (f.length < parts.length || !isSpellingVariant(f[f.length - 1], last, lastKey)) return false;
      for (let i = 0; i < parts.length - 1; i++) if (f[f.length - parts.length + i] !== parts[i]) return false;
      return true;
    };
    return this.byShape.get(consonantKey(last)).filter((d) => d.fullForms.some(fits) || d.singleForms.some(fits));
  }

  /**
   * The person a full name form means when it is not exactly a form seen before: the same first and last
   * names with other middle names or initials ("George W. Bush" / "George Bush"), or the same given name
   * with the surname spelt differently ("Volodymyr Zelenskyy" / "Volodymyr Zelensky").
   */
  sameGiven(parts: readonly string[], at: number): { draft: Draft; variant: boolean } | undefined {
    const last = parts[parts.length - 1];
    const lastKey = transliterationKey(last);
    const middle = parts.slice(1, -1);
    const same: Draft[] = [];
    const variants: Draft[] = [];
    for (const d of this.byGiven.get(parts[0])) {
      if (d.suffix) continue;
      for (const f of d.fullForms) {
        const fl = f[f.length - 1];
        if (fl === last) {
          if (middlesAgree(middle, f.slice(1, -1))) same.push(d);
        } else if (isSpellingVariant(fl, last, lastKey) || (Math.min(fl.length, last.length) >= 5 && editDistance(fl, last, 1) <= 1)) variants.push(d);
      }
    }
    if (same.length) return { draft: pickNearest(same, at)!, variant: false };
    if (variants.length) return { draft: pickNearest(variants, at)!, variant: true };
    // The same surname with the given name spelt otherwise ("Mohammad bin Salman" / "Mohammed bin Salman").
    const givenVariants = this.bySuffix.get(last).filter(
      (d) => !d.suffix && d.fullForms.some((f) => f[f.length - 1] === last && f.length === parts.length && isSpellingVariant(f[0], parts[0]) && middlesAgree(middle, f.slice(1, -1))),
    );
    if (givenVariants.length) return { draft: pickNearest(givenVariants, at)!, variant: true };
    return undefined;
  }

  /** Any person a name (folded parts) may mean, best evidence first, the most recent before `at` among equals. */
  lookup(parts: readonly string[], at: number, preferGiven = false): NameMatch | undefined {
    const key = keyOf(parts);
    const pick = (list: readonly Draft[], basis: MatchBasis): NameMatch | undefined => (list.length ? { draft: pickNearest(list, at)!, basis } : undefined);
    if (parts.length > 1) {
      const hit = pick(this.full(key), 'full') ?? pick(this.surname(key), 'surname');
      if (hit) return hit;
      const g = this.sameGiven(parts, at);
      if (g) return { draft: g.draft, basis: 'full' };
      return pick(this.spellingVariants(parts), 'surname');
    }
    if (preferGiven) return pick(this.given(key), 'given') ?? pick(this.surname(key), 'surname');
    return pick(this.surname(key), 'surname') ?? pick(this.spellingVariants(parts), 'surname');
  }
}

/** Middle names agree when one side has none, or they are the same, or initials of each other. */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => x === b[i] || (x.length === 1 && b[i][0] === x) || (b[i].length === 1 && x[0] === b[i]));
}
