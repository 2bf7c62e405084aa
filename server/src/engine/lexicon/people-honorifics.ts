// Honorifics and titles written directly before a person's name, as the people detector reads them.
// Keys are lower case without the final full stop ("mr" covers "Mr" and "Mr."; "gen" covers "Gen.").

/**
 * How a title before a name behaves:
 * - courtesy: "Mr Smith", "Dr. Fauci", "Lord Sugar": not a role; a single name after it is a surname;
 * - given: "Sir Keir", "Dame Judi": not a role; a single name after it is a given name;
 * - royal: "Prince William", "King Charles", "Pope Francis": the title is part of how the person is named,
 *   a single name after it is a given name, and the title is also their role;
 * - rank: "Gen. Mark Milley", "Judge Amara Okonkwo", "Sen. Elizabeth Warren": a role, written in full in `expansion`.
 */
export type HonorificKind = 'courtesy' | 'given' | 'royal' | 'rank';

export interface Honorific {
  kind: HonorificKind;
  /** The role a rank or royal title gives, spelt out ("Sen." → "Senator"). */
  expansion?: string;
}

const h = (kind: HonorificKind, expansion?: string): Honorific => ({ kind, ...(expansion ? { expansion } : {}) });

export const HONORIFICS: ReadonlyMap<string, Honorific> = new Map([
  ['mr', h('courtesy')], ['mrs', h('courtesy')], ['ms', h('courtesy')], ['miss', h('courtesy')], ['mx', h('courtesy')],
  ['messrs', h('courtesy')], ['mme', h('courtesy')], ['mlle', h('courtesy')], ['madame', h('courtesy')], ['monsieur', h('courtesy')],
  ['herr', h('courtesy')], ['frau', h('courtesy')], ['señor', h('courtesy')], ['senor', h('courtesy')], ['señora', h('courtesy')],
  ['dr', h('courtesy')], ['doctor', h('courtesy')], ['lord', h('courtesy')], ['lady', h('courtesy')], ['baroness', h('courtesy')],
  ['baron', h('courtesy')], ['hon', h('courtesy')],
  ['sir', h('given')], ['dame', h('given')],
  ['prince', h('royal', 'Prince')], ['princess', h('royal', 'Princess')], ['king', h('royal', 'King')], ['queen', h('royal', 'Queen')],
  ['pope', h('royal', 'Pope')], ['sheikh', h('royal', 'Sheikh')], ['emir', h('royal', 'Emir')],
  ['prof', h('rank', 'Professor')], ['professor', h('rank', 'Professor')],
  ['rev', h('rank', 'Reverend')], ['revd', h('rank', 'Reverend')], ['reverend', h('rank', 'Reverend')], ['fr', h('rank', 'Father')],
  ['father', h('rank', 'Father')], ['rabbi', h('rank', 'Rabbi')], ['imam', h('rank', 'Imam')], ['bishop', h('rank', 'Bishop')],
  ['archbishop', h('rank', 'Archbishop')], ['cardinal', h('rank', 'Cardinal')], ['ayatollah', h('rank', 'Ayatollah')],
  ['gen', h('rank', 'General')], ['general', h('rank', 'General')], ['col', h('rank', 'Colonel')], ['colonel', h('rank', 'Colonel')],
  ['lt', h('rank', 'Lieutenant')], ['lieutenant', h('rank', 'Lieutenant')], ['sgt', h('rank', 'Sergeant')], ['sergeant', h('rank', 'Sergeant')],
  ['capt', h('rank', 'Captain')], ['captain', h('rank', 'Captain')], ['adm', h('rank', 'Admiral')], ['admiral', h('rank', 'Admiral')],
  ['maj', h('rank', 'Major')], ['major', h('rank', 'Major')], ['cdr', h('rank', 'Commander')], ['cmdr', h('rank', 'Commander')],
  ['commander', h('rank', 'Commander')], ['cpl', h('rank', 'Corporal')], ['corporal', h('rank', 'Corporal')], ['pte', h('rank', 'Private')],
  ['brig', h('rank', 'Brigadier')], ['brigadier', h('rank', 'Brigadier')], ['marshal', h('rank', 'Marshal')], ['commodore', h('rank', 'Commodore')],
  ['judge', h('rank', 'Judge')], ['justice', h('rank', 'Justice')], ['magistrate', h('rank', 'Magistrate')],
  ['sen', h('rank', 'Senator')], ['senator', h('rank', 'Senator')], ['rep', h('rank', 'Representative')],
  ['representative', h('rank', 'Representative')], ['congressman', h('rank', 'Congressman')], ['congresswoman', h('rank', 'Congresswoman')],
  ['gov', h('rank', 'Governor')], ['governor', h('rank', 'Governor')], ['mayor', h('rank', 'Mayor')], ['cllr', h('rank', 'Councillor')],
  ['councillor', h('rank', 'Councillor')], ['councilor', h('rank', 'Councilor')], ['alderman', h('rank', 'Alderman')],
  ['president', h('rank', 'President')], ['chancellor', h('rank', 'Chancellor')], ['premier', h('rank', 'Premier')],
  ['ambassador', h('rank', 'Ambassador')], ['commissioner', h('rank', 'Commissioner')], ['speaker', h('rank', 'Speaker')],
  ['det', h('rank', 'Detective')], ['detective', h('rank', 'Detective')], ['insp', h('rank', 'Inspector')], ['inspector', h('rank', 'Inspector')],
  ['supt', h('rank', 'Superintendent')], ['superintendent', h('rank', 'Superintendent')], ['constable', h('rank', 'Constable')],
  ['sheriff', h('rank', 'Sheriff')], ['officer', h('rank', 'Officer')], ['agent', h('rank', 'Agent')], ['coach', h('rank', 'Coach')],
  ['atty', h('rank', 'Attorney')], ['pres', h('rank', 'President')],
  ['di', h('rank', 'Detective Inspector')], ['dci', h('rank', 'Detective Chief Inspector')], ['dsu', h('rank', 'Detective Superintendent')],
  // Plurals before two names ("joined by Justices Maureen Szymanski and Dale Fairbrother", "Sens. Warren and Sanders").
  ['justices', h('rank', 'Justice')], ['judges', h('rank', 'Judge')], ['senators', h('rank', 'Senator')], ['sens', h('rank', 'Senator')],
  ['reps', h('rank', 'Representative')], ['representatives', h('rank', 'Representative')], ['drs', h('courtesy')],
  ['professors', h('rank', 'Professor')], ['profs', h('rank', 'Professor')], ['councillors', h('rank', 'Councillor')],
]);

/** The plural titles above: they title two names joined by "and", each with the singular. */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['justices', 'judges', 'senators', 'sens', 'reps', 'representatives', 'drs', 'professors', 'profs', 'councillors']);

/** Titles that take a full stop when abbreviated; the stop does not end the sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'revd', 'fr', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'cdr', 'cmdr',
  'cpl', 'pte', 'brig', 'sen', 'rep', 'gov', 'cllr', 'det', 'insp', 'supt', 'atty', 'pres', 'hon', 'messrs', 'mme', 'mlle', 'st', 'jr', 'sr',
  'di', 'dci', 'dsu', 'sens', 'reps', 'drs', 'profs',
]);
