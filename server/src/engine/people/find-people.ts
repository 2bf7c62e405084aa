// The people detector: every named person in an article, each mention merged under one canonical
// name, with the roles the text (and the newsroom's list) gives them. One pass over the paragraphs
// finds name occurrences and role references; the merge decides who is who with the whole article in
// view. Linear in the text: a tokenizer with no backtracking, lexicon lookups, and per-name maps.
import type { KnownPerson } from '../../protocol';
import type { ArticleText, PeopleIndex } from '../types';
import { tokenize, type Token } from './tokens';
import { paragraphKind } from './paragraph-kind';
import { findOccurrences, type Occurrence } from './occurrences';
import { findRoleReferences, type RoleReference } from './role-mentions';
import { KnownPeople } from './known-people';
import { BareNames } from './bare-names';
import { WordSet } from './word-set';
import { mergePeople } from './merge-people';
import { finalizePeople } from './finalize';
import { attachRoleReferences, createPeopleIndex } from './people-index';

export function findPeople(article: ArticleText, known: readonly KnownPerson[] = []): PeopleIndex {
  const { text } = article;
  const lowerWords = new WordSet();
  const occurrences: Occurrence[] = [];
  const headlines: Token[][] = [];
  const references: RoleReference[] = [];
  const bare = new BareNames();
  for (const p of article.paragraphs) {
    const tokens = tokenize(text, p.start, p.end, lowerWords);
    const kind = paragraphKind(tokens);
    if (kind === 'headline') {
      headlines.push(tokens);
      continue;
    }
    if (kind === 'byline') unglueDigits(tokens);
    const found = findOccurrences(text, tokens, kind, bare);
    for (const o of found.occurrences) occurrences.push(o);
    for (const r of findRoleReferences(text, tokens, found.classes)) references.push(r);
  }
  const merged = mergePeople({ text, occurrences, bare, headlines, known: new KnownPeople(known), lowerWords });
  const index = createPeopleIndex(finalizePeople(text, merged.drafts), merged.index);
  attachRoleReferences(index, references);
  return index;
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
