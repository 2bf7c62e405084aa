// Personal pronouns that can stand for a quotation's speaker, with what they tell about the referent.

export type Gender = 'male' | 'female' | 'unknown';

export interface PronounInfo {
  gender: Gender;
  plural: boolean;
  /** First person ("I", "we"): the writer speaks, as in a first-person column. */
  firstPerson: boolean;
  /** A non-person ("it"): a document, an organisation. */
  neuter: boolean;
}

const P = (gender: Gender, plural = false, firstPerson = false, neuter = false): PronounInfo => ({ gender, plural, firstPerson, neuter });

/** Subject pronouns, lower case. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', P('male')],
  ['she', P('female')],
  ['they', P('unknown', true)],
  ['i', P('unknown', false, true)],
  ['we', P('unknown', true, true)],
  ['it', P('unknown', false, false, true)],
  ['you', P('unknown')],
]);

/** Honorifics that tell a person's gender. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['baroness', 'female'],
]);
