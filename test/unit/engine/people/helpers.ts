// Runs the people detector on a small text, and reads its answer the way the tests ask about it.
import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { findPeople } from '../../../../server/src/engine/people/find-people';
import type { KnownPerson } from '../../../../server/src/protocol';
import type { PeopleIndex, PersonEntity } from '../../../../server/src/engine/types';

export function people(text: string, known: KnownPerson[] = []): PeopleIndex {
  return findPeople(prepareArticle(text), known);
}

export function names(text: string, known: KnownPerson[] = []): string[] {
  return people(text, known).people.map((p) => p.name);
}

/** The one person whose canonical name is `name`; throws when there is none, so a test fails clearly. */
export function person(index: PeopleIndex, name: string): PersonEntity {
  const p = index.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person “${name}” among ${JSON.stringify(index.people.map((x) => x.name))}`);
  return p;
}

/** Mentions as "text:kind", in text order. */
export function mentions(p: PersonEntity): string[] {
  return p.mentions.map((m) => `${m.text}:${m.kind}`);
}
