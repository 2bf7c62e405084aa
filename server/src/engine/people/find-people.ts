// The people detector: every named person in an article, each mention merged under one canonical
// name, with the roles the text (and the newsroom's list) gives them. One pass over the paragraphs
// finds name occurrences and role references; the merge decides who is who with the whole article in
// view. Linear in the text: a tokenizer with no backtracking, lexicon lookups, and per-name maps.
import type { KnownPerson } from '../../protocol';
import type { ArticleText, PeopleIndex } from '../types';
import { tokenize, type HashSink, type Token } from './tokens';
import { paragraphKind, type ParagraphKind } from './paragraph-kind';
import { findOccurrences, type Occurrence } from './occurrences';
import { classify } from './token-classes';
import { findRoleReferences, type RoleReference } from './role-mentions';
import { KnownPeople } from './known-people';
import { BareNames } from './bare-names';
import { WordSet } from './word-set';
import { mergePeople } from './merge-people';
import { finalizePeople } from './finalize';
import { attachRoleReferences, createPeopleIndex } from './people-index';

/**
 * `scanned`: each paragraph's scan (scanPeopleParagraph, placed at its offset) when an incremental analyzer
 * kept them from an earlier version; without it every paragraph is scanned here. Either way the result is
 * the same: a paragraph's scan reads nothing outside the paragraph.
 */
export function findPeople(article: ArticleText, known: readonly KnownPerson[] = [], scanned?: readonly PeopleParagraph[]): PeopleIndex {
  const { text } = article;
  const lowerWords = new WordSet();
  const occurrences: Occurrence[] = [];
  const headlines: Token[][] = [];
  const references: RoleReference[] = [];
  const bare = new BareNames();
  /** Where the names of byline paragraphs start (their authors). */
  const bylineNames: number[] = [];
  let paragraphNo = 0;
  if (scanned) {
    for (const s of scanned) {
      for (let k = 0; k < s.lowerHashes.length; k++) lowerWords.addHash(s.lowerHashes[k]);
      collect(s);
      for (let k = 0; k < s.bare.length; k++) bare.add(s.bare.starts[k], s.bare.ends[k], s.bare.keys[k], s.bare.flags[k]);
    }
  } else {
    for (const p of article.paragraphs) collect(scanParagraph(text, p.start, p.end, lowerWords, bare));
  }
  const merged = mergePeople({ text, occurrences, bare, headlines, known: new KnownPeople(known), lowerWords });
  const index = createPeopleIndex(finalizePeople(text, merged.drafts), merged.index);
  // The drafts stay for name lookups (resolve); what they were made from is no longer needed (memory on long documents).
  for (const d of merged.drafts) d.releaseMentions();
  attachRoleReferences(index, references);
  const authors = new Set(bylineNames.map((at) => index.personAt(at)).filter((p) => p !== undefined));
  if (authors.size === 1) index.author = [...authors][0];
  return index;

  function collect(s: ParagraphScan): void {
    // Known only here, with the paragraphs in order: a byline without "By" is the line under the headline.
    const byline = s.headline && paragraphNo === 1 ? nameByline(text, s.headline) : null;
    paragraphNo++;
    if (s.headline && !byline) headlines.push(s.headline);
    for (const o of byline ?? s.occurrences) {
      occurrences.push(o);
      if (o.context === 'byline') bylineNames.push(o.start);
    }
    for (const r of s.references) references.push(r);
  }
}

/** Job titles a byline gives after the author's name ("Niamh Durkan, Political Correspondent"). */
const BYLINE_ROLES = new Set(['correspondent', 'reporter', 'editor', 'writer', 'columnist', 'contributor', 'journalist', 'critic', 'staff']);

/**
 * The second line of an article, under its headline, when it is a byline without "By": a name alone ("Jared
 * Lindholm") or a name and a job title ("Niamh Durkan, Political Correspondent"). Read as a byline (its name is
 * the author); null when the line is not one. Its words, title-case, made it look like a headline.
 */
function nameByline(text: string, tokens: Token[]): Occurrence[] | null {
  let i = 0;
  while (i < tokens.length && tokens[i].isWord && classify(tokens[i]) === 'name') i++;
  if (i < 2 || i > 4) return null;
  if (i < tokens.length) {
    if (tokens[i].text !== ',') return null;
    const title = tokens.slice(i + 1);
    if (!title.length || title.length > 4 || !title.every((t) => t.isWord && t.cap) || !BYLINE_ROLES.has(title[title.length - 1].lower)) return null;
  }
  const found = findOccurrences(text, tokens, 'byline').occurrences;
  return found.length ? found : null;
}

/** What the people detector finds in one paragraph from its words alone. */
interface ParagraphScan {
  kind: ParagraphKind;
  occurrences: Occurrence[];
  references: RoleReference[];
  /** A title-case headline's tokens (its names count only for people found elsewhere). */
  headline: Token[] | null;
}

/** Scans text[start, end), adding its lower-case words to `lowerWords` and its bare single names to `bare`. */
function scanParagraph(text: string, start: number, end: number, lowerWords: HashSink, bare: BareNames): ParagraphScan {
  const tokens = tokenize(text, start, end, lowerWords);
  const kind = paragraphKind(tokens);
  if (kind === 'headline') return { kind, occurrences: [], references: [], headline: tokens };
  if (kind === 'byline') unglueDigits(tokens);
  const found = findOccurrences(text, tokens, kind, bare);
  return { kind, occurrences: found.occurrences, references: findRoleReferences(text, tokens, found.classes), headline: null };
}

/** One paragraph's scan with its own lower-case words and bare names, for an incremental analyzer to keep. */
export interface PeopleParagraph extends ParagraphScan {
  bare: BareNames;
  lowerHashes: Int32Array;
}

class HashList implements HashSink {
  readonly hashes: number[] = [];
  addHash(h: number): void {
    this.hashes.push(h);
  }
}

/** The scan of a paragraph given as a string of its own: offsets from the paragraph start. */
export function scanPeopleParagraph(paragraph: string): PeopleParagraph {
  const hashes = new HashList();
  const bare = new BareNames();
  const scan = scanParagraph(paragraph, 0, paragraph.length, hashes, bare);
  return { kind: scan.kind, occurrences: scan.occurrences, references: scan.references, headline: scan.headline, bare, lowerHashes: Int32Array.from(hashes.hashes) };
}

/** A paragraph's scan moved to start at `base` in the article: new objects, the kept scan unchanged. */
export function placePeopleParagraph(s: PeopleParagraph, base: number): PeopleParagraph {
  const bare = new BareNames();
  for (let k = 0; k < s.bare.length; k++) bare.add(s.bare.starts[k] + base, s.bare.ends[k] + base, s.bare.keys[k], s.bare.flags[k]);
  return {
    kind: s.kind,
    occurrences: s.occurrences.map((o) => shiftOccurrence(o, base)),
    references: s.references.map((r) => ({ ...r, start: r.start + base, end: r.end + base })),
    headline: s.headline ? s.headline.map((t) => ({ ...t, start: t.start + base, end: t.end + base })) : null,
    bare,
    lowerHashes: s.lowerHashes,
  };
}

function shiftOccurrence(o: Occurrence, d: number): Occurrence {
  return {
    ...o,
    start: o.start + d,
    end: o.end + d,
    parts: o.parts.map((p) => ({ key: p.key, start: p.start + d, end: p.end + d })),
    firstWordEnd: o.firstWordEnd + d,
    honorific: o.honorific ? { ...o.honorific, start: o.honorific.start + d } : undefined,
  };
}

const GLUED_DIGITS = /^(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll})\p{N}+$/u;

/** A byline glued to what follows it ("By Jane Doe2"): the digits are not part of the name. */
function unglueDigits(tokens: Token[]): void {
  for (const t of tokens) {
    const m = t.isWord ? GLUED_DIGITS.exec(t.text) : null;
    if (!m) continue;
    t.text = m[1];
    t.lower = m[1].toLowerCase();
    t.end = t.start + m[1].length;
    t.word = undefined;
  }
}
