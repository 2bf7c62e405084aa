// Who a pronoun that names a speaker ("…,” he said) refers to. Kept simple, as news writing is:
//   the person that is the subject of the pronoun's own sentence, if one comes before it;
//   else the most recent compatible speaker, unless a compatible person became the subject of a
//   sentence since (opened it, or reported something: "Greer's daughter, Tamika Greer-Lawson, said the
//   family …"; then that person); else the most recent compatible person mentioned.
// "Compatible" is about gender, known from honorifics, gendered role words, given names, and earlier pronouns.
// Persons come from the people index; speakers from the attributions made so far, in text order.
import type { PeopleIndex, PersonEntity } from '../types';
import { type Gender, GENDERED_HONORIFICS, type PronounInfo } from '../lexicon/pronouns';
import { lowerBound } from '../text/lower-bound';
import { genderOfGivenName } from '../lexicon/given-names';

export interface Referent {
  name: string;
  person: PersonEntity | null;
  isPerson: boolean;
  plural: boolean;
  /** Where it was named. */
  offset: number;
  /** A name the people index does not know as a person: it may be an organisation ("Halvorsen said … “…,” it said"). */
  unknownName?: boolean;
}

// Not the possessives "his" and "her": in a description they are someone else's ("His attorney, Naomi
// Castellanos", "her husband").
const FEMALE_WORDS = /\b(spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|assemblywoman|actress|queen|princess|duchess|baroness|countess|dame|lady|mrs\.?|ms\.?|miss|mother|wife|daughter|sister|woman|girl|she|grandmother|aunt|niece|widow|madam)\b/i;
const MALE_WORDS = /\b(spokesman|chairman|congressman|businessman|councilman|assemblyman|actor|king|prince|duke|baron|earl|count|sir|lord|mr\.?|father|husband|son|brother|man|boy|he|grandfather|uncle|nephew|widower)\b/i;

interface MemoryMention {
  offset: number;
  end: number;
  person: PersonEntity;
  /** Whether it is the subject of its sentence; undefined until asked. */
  subject: boolean | undefined;
}

/** How many characters back a speaker or person can still be what a pronoun refers to. */
const REACH = 3000;

export class SpeakerMemory {
  private speakers: Referent[] = [];
  private genders = new Map<string, Gender>();
  /**
   * Person mentions outside quotations, sorted by offset (built on first use). Whether one is the subject
   * of its sentence is worked out when a pronoun's search reaches it: most never are.
   */
  private mentionList: MemoryMention[] | null = null;

  constructor(
    private readonly people: PeopleIndex,
    private readonly isQuoted: (offset: number) => boolean,
    /** Is the mention [start, end) the subject of its sentence (opens it, or a reporting verb follows it)? */
    private readonly isSubject: (start: number, end: number) => boolean,
  ) {}

  private get mentions(): MemoryMention[] {
    if (this.mentionList) return this.mentionList;
    const list: MemoryMention[] = [];
    for (const p of this.people.people) {
      for (const m of p.mentions) {
        if (m.kind === 'pronoun' || this.isQuoted(m.start)) continue;
        list.push({ offset: m.start, end: m.end, person: p, subject: undefined });
      }
    }
    list.sort((a, b) => a.offset - b.offset);
    this.mentionList = list;
    return list;
  }

  /** Records a speaker as the text names them (in text order). */
  noteSpeaker(r: Referent, describedAs?: string): void {
    this.speakers.push(r);
    if (r.person && describedAs) {
      const g = genderFromText(describedAs);
      if (g !== 'unknown' && (this.genders.get(r.person.id) ?? 'unknown') === 'unknown') this.genders.set(r.person.id, g);
    } else if (!r.person && describedAs) {
      const g = genderFromText(describedAs);
      if (g !== 'unknown') this.genders.set(keyOf(r), g);
    }
  }

  /** Learns a gender from a pronoun that was resolved to this referent. */
  learn(r: Referent, gender: Gender): void {
    if (gender !== 'unknown' && (this.genders.get(keyOf(r)) ?? 'unknown') === 'unknown') this.genders.set(keyOf(r), gender);
  }

  genderOf(r: Referent): Gender {
    const key = keyOf(r);
    let g = this.genders.get(key);
    if (g === undefined && r.person) {
      // From the person's first mentions and roles (honorifics, gendered roles, pronouns already attached).
      const words = r.person.mentions.slice(0, 30).map((m) => m.text).join(' ') + ' ' + r.person.roles.join(' ');
      g = genderFromText(words);
      // Else the given name, when the person is named by more than a surname ("Hillary Clinton"): before a
      // gender is learned from a pronoun resolved to them, which can be wrong and then misleads every later one.
      const names = r.person.name.split(' ');
      if (g === 'unknown' && names.length >= 2) g = genderOfGivenName(names[0]);
      this.genders.set(key, g);
    }
    return g ?? 'unknown';
  }

  /** The referent of a third-person pronoun at `offset`; `subject` is its own sentence's subject, if any. */
  resolve(info: PronounInfo, offset: number, subject: Referent | null): Referent | null {
    const fits = (r: Referent): boolean => {
      if (info.neuter) return !r.isPerson || r.unknownName === true;
      if (info.plural) return r.plural || !r.isPerson;
      if (!r.isPerson || r.plural) return false;
      const g = this.genderOf(r);
      return info.gender === 'unknown' || g === 'unknown' || g === info.gender;
    };
    if (subject && subject.offset < offset && fits(subject)) return subject;
    let speaker: Referent | null = null;
    for (let i = this.speakers.length - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const s = this.speakers[i];
      if (s.offset >= offset) continue;
      if (offset - s.offset > REACH) break;
      if (fits(s)) {
        speaker = s;
        break;
      }
    }
    const after = speaker ? speaker.offset : offset - REACH;
    // A person who became the subject of a sentence after that speaker took over the story.
    let latest: Referent | null = null;
    for (let i = this.lastMentionBefore(offset), n = 0; i >= 0 && n < 100; i--, n++) {
      const m = this.mentions[i];
      if (m.offset <= after) break;
      const r = referentOf(m.person, m.offset);
      if (!fits(r)) continue;
      if ((m.subject ??= this.isSubject(m.offset, m.end))) return r;
      latest ??= r;
    }
    return speaker ?? latest;
  }

  private lastMentionBefore(offset: number): number {
    const mentions = this.mentions;
    return lowerBound(mentions.length, (i) => mentions[i].offset >= offset) - 1;
  }
}

export function referentOf(person: PersonEntity, offset: number): Referent {
  return { name: person.name, person, isPerson: true, plural: false, offset };
}

function keyOf(r: Referent): string {
  return r.person ? r.person.id : `name:${r.name.toLowerCase()}`;
}

export function genderFromText(s: string): Gender {
  const f = FEMALE_WORDS.test(s);
  const m = MALE_WORDS.test(s);
  if (f && !m) return 'female';
  if (m && !f) return 'male';
  const first = s.trim().split(/\s+/)[0]?.toLowerCase();
  return GENDERED_HONORIFICS.get(first ?? '') ?? 'unknown';
}
