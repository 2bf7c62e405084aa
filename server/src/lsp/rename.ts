// Rename a person (textDocument/prepareRename + textDocument/rename): every mention of that person in the
// article is rewritten in the form it has — a full name gets the new full name, a surname alone the new
// surname, a given name alone the new given name — while what surrounds the name stays: an honorific or
// title before it ("Ms Ashdown" → "Ms Holt"), a possessive after it ("Ashdown’s" → "Holt’s"), a
// generational suffix ("Jr"). Pronouns and roles ("he", "the Prime Minister") name nobody and are left
// alone, and so is everyone else, a namesake with the same surname included: the mentions come from the
// analysis, which already tells the two Ashdowns apart.
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { HONORIFICS } from '../engine/lexicon/people-honorifics';
import { NAME_SUFFIXES, PARTICLES } from '../engine/lexicon/people-particles';
import { foldName } from '../engine/people/name-forms';
import type { Mention } from '../protocol';
import type { AnalysisIndex, PersonFacts } from './analysis-index';

/** What rename needs of one analysed version of a document (an Analysed fits). */
export interface RenameSource {
  readonly text: string;
  readonly index: AnalysisIndex;
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

/** Which part of the person's name a mention writes. */
type NameForm = 'full' | 'surname' | 'given';

interface NameSpan {
  start: number;
  end: number;
  form: NameForm;
}

/** The answer to prepareRename: the name under the cursor (its honorific left out) and that name as the placeholder. */
export function prepareRename(source: RenameSource, offset: number): { range: Range; placeholder: string } {
  const { span } = target(source, offset);
  return { range: rangeOf(source, span.start, span.end), placeholder: source.text.slice(span.start, span.end) };
}

/**
 * The edits that rename the person named at `offset` to `newName`. A single word typed over a surname is
 * the new surname (the given name stays), over a given name the new given name; anything else is the new
 * full name. Throws a ResponseError (shown by the editor) when the cursor is not on a person's name or the
 * new name is not one.
 */
export function renameEdits(source: RenameSource, offset: number, newName: string): TextEdit[] {
  const { facts, span } = target(source, offset);
  const typed = newName.replace(/\s+/g, ' ').trim();
  if (!typed) throw refusal('The new name is empty.');
  if (/[\r\n"“”«»]/.test(newName)) throw refusal('A name cannot contain a line break or quotation marks.');
  const old = nameParts(facts);
  const full = newFullName(old, typed, span.form);
  const parts = splitName(full);
  const replacement: Record<NameForm, string> = { full, surname: parts.surname, given: parts.given };

  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const mention of facts.mentions) {
    const s = nameSpan(source, facts, old, mention);
    if (!s || s.start < lastEnd) continue; // never two edits over one stretch of text
    lastEnd = s.end;
    const written = source.text.slice(s.start, s.end);
    let text = matchCase(written, replacement[s.form]);
    let end = s.end;
    // "Jones’ dog" renamed to Holt is "Holt’s dog": the bare apostrophe is for names ending in s.
    if (/s$/i.test(written) && !/s$/i.test(text) && bareApostrophe(source.text, s.end)) {
      text += source.text[s.end] + 's';
      end += 1;
    } else if (text === written) continue;
    edits.push({ range: rangeOf(source, s.start, end), newText: text });
  }
  return edits;
}

/** The person and the name span under the cursor; a ResponseError saying why not when there is none. */
function target(source: RenameSource, offset: number): { facts: PersonFacts; span: NameSpan } {
  const hit = source.index.mentions.find(offset, true);
  const facts = hit && source.index.person(hit.item.person.id);
  if (!hit || !facts) throw refusal('Not a person’s name: News Lens renames people; put the cursor on a name.');
  const { mention } = hit.item;
  if (mention.kind === 'role' || mention.kind === 'pronoun') {
    const what = mention.kind === 'role' ? 'a role' : 'a pronoun';
    throw refusal(`“${mention.text}” is not a person’s name but ${what} of ${facts.person.name}: rename from one of their names.`);
  }
  const span = nameSpan(source, facts, nameParts(facts), mention);
  if (!span) throw refusal(`“${mention.text}” is not a person’s name.`);
  return { facts, span };
}

function refusal(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

interface OldName {
  given: string | undefined;
  surname: string;
  /** The name without its surname ("Ursula" of "Ursula von der Leyen"), empty for a single name. */
  beforeSurname: string;
}

/** The person's canonical name cut into given name and surname (the engine's preferred surname spelling decides how many words). */
function nameParts(facts: PersonFacts): OldName {
  const words = withoutHonorifics(facts.person.name.split(/\s+/).filter(Boolean));
  const name = words.join(' ');
  const preferred = facts.person.spellings?.[0];
  let surname = words[words.length - 1] ?? name;
  if (preferred && preferred.includes(' ') && foldName(name).endsWith(' ' + foldName(preferred))) surname = name.slice(name.length - preferred.length);
  const beforeSurname = name.slice(0, name.length - surname.length).trim();
  return { given: beforeSurname ? words[0] : undefined, surname, beforeSurname };
}

/** The new full name, from what was typed over a name of the given form. */
function newFullName(old: OldName, typed: string, form: NameForm): string {
  // "Holt", or "van Dijk": one surname, its particles included.
  const words = typed.split(' ');
  const oneSurname = words.slice(0, -1).every((w) => PARTICLES.has(w) && w === w.toLowerCase());
  if (form === 'surname' && oneSurname) return old.beforeSurname ? `${old.beforeSurname} ${typed}` : typed;
  if (form === 'given' && !typed.includes(' ')) {
    const rest = old.given ? `${old.beforeSurname.slice(old.given.length).trim()} ${old.surname}`.trim() : old.surname;
    return `${typed} ${rest}`;
  }
  return typed;
}

/** Given name (the first word) and surname (the last word with the lower-case particles before it: "van Dijk"). */
function splitName(name: string): { given: string; surname: string } {
  const words = name.split(' ');
  let first = words.length - 1;
  while (first > 1 && PARTICLES.has(words[first - 1].toLowerCase()) && words[first - 1] === words[first - 1].toLowerCase()) first--;
  if (words.length === 1) return { given: name, surname: name };
  return { given: words[0], surname: words.slice(first).join(' ') };
}

function withoutHonorifics(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && isHonorific(words[i])) i++;
  return words.slice(i);
}

function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * The stretch of a mention that is the name, and which part of the name it is: the honorific before it and
 * a suffix after it left out. Undefined for roles and pronouns.
 */
function nameSpan(source: RenameSource, facts: PersonFacts, old: OldName, mention: Mention): NameSpan | undefined {
  if (mention.kind === 'role' || mention.kind === 'pronoun') return undefined;
  let start = source.offsetAt(mention.range.start);
  let end = source.offsetAt(mention.range.end);
  const text = source.text;
  // Leading honorifics and titles ("Ms", "Dr.", "Sir"), while a word is left for the name.
  let honorific: string | undefined;
  for (;;) {
    const m = /^(\S+)\s+(?=\S)/u.exec(text.slice(start, end));
    if (!m || !isHonorific(m[1])) break;
    honorific = m[1].toLowerCase().replace(/\.$/, '');
    start += m[0].length;
  }
  // A trailing generational suffix ("Jr", "III") belongs to this person's name whatever it is renamed to.
  for (;;) {
    const m = /\s*,?\s+(\S+)$/u.exec(text.slice(start, end));
    if (!m || !NAME_SUFFIXES.has(m[1].toLowerCase().replace(/\.$/, ''))) break;
    end -= m[0].length;
  }
  if (end <= start) return undefined;
  const written = foldName(text.slice(start, end));
  const is = (s: string | undefined) => s !== undefined && written === foldName(s);
  switch (mention.kind) {
    case 'full':
      return { start, end, form: 'full' };
    case 'given':
      return { start, end, form: 'given' };
    case 'honorific': {
      // "Sir Keir", "Prince William": these honorifics come before given names; "Ms Ashdown" before surnames.
      if (is(old.surname)) return { start, end, form: 'surname' };
      if (is(old.given)) return { start, end, form: 'given' };
      const kind = honorific ? HONORIFICS.get(honorific)?.kind : undefined;
      return { start, end, form: kind === 'given' || kind === 'royal' ? 'given' : 'surname' };
    }
    case 'variant':
      return variantSpan(text, old, start, end);
    default:
      return { start, end, form: 'surname' };
  }
}

/**
 * A mention spelt otherwise than the person's name covers only the word spelt differently: a given name
 * ("Mohammad" in "Mohammad Salah" where the rest say "Mohammed") when the surname follows it, else a
 * surname ("Zelensky" beside "Zelenskyy"). Either one with the rest of the name beside it is a full name,
 * renamed whole ("Mohammad Salah", "Volodymyr Zelensky").
 */
function variantSpan(text: string, old: OldName, start: number, end: number): NameSpan {
  const rest = text.slice(end, end + 80).split(/[\r\n]/)[0];
  const surnameAhead = new RegExp(`^(?:\\s+\\S+){0,3}?\\s+${escapeRegExp(old.surname)}(?![\\p{L}\\p{N}])`, 'iu').exec(rest);
  if (old.given && surnameAhead) return { start, end: end + surnameAhead[0].length, form: 'full' };
  const before = old.beforeSurname;
  if (before && start >= before.length + 1) {
    const lead = text.slice(start - before.length - 1, start);
    if (/^\s$/u.test(lead.slice(-1)) && foldName(lead.slice(0, -1)) === foldName(before)) {
      const boundary = start - before.length - 2;
      if (boundary < 0 || !/[\p{L}\p{N}]/u.test(text[boundary])) return { start: start - before.length - 1, end, form: 'full' };
    }
  }
  return { start, end, form: 'surname' };
}

/**
 * The replacement written the way the name was: in capitals in a capitals headline; a surname particle
 * capitalised where the name it replaces was ("Von der Leyen said" → "Van Dijk said").
 */
function matchCase(written: string, replacement: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = written.charAt(0);
  const capital = first === first.toUpperCase() && first !== first.toLowerCase();
  if (capital && PARTICLES.has(replacement.split(' ')[0])) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** A possessive apostrophe with no s after it ("Jones’ dog"), not a closing quotation mark before punctuation. */
function bareApostrophe(text: string, at: number): boolean {
  return /^['’]\s\p{Ll}/u.test(text.slice(at, at + 3));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function rangeOf(source: RenameSource, start: number, end: number): Range {
  return { start: source.positionAt(start), end: source.positionAt(end) };
}

/** The WorkspaceEdit of a rename: versioned document changes when the client takes them (stale edits are then refused), else plain changes. */
export function renameWorkspaceEdit(uri: string, version: number, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

/** A RenameSource over one analysed version (an Analysed from the cache). */
export function renameSource(analysed: { text: string; index: AnalysisIndex; offsetAt(p: Position): number; lines: { position(offset: number): Position } }): RenameSource {
  return { text: analysed.text, index: analysed.index, offsetAt: (p) => analysed.offsetAt(p), positionAt: (o) => analysed.lines.position(o) };
}
