// Go to definition, find references and document highlight on a person: any mention (full name, surname,
// role, pronoun) leads to the person; definition is their first full-name mention, references and
// highlights are all their mentions.
import type { DocumentHighlight, Location } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { AnalysisIndex, PersonFacts } from './analysis-index';

/** The person whose mention is at (or just before) the cursor. */
export function personAt(index: AnalysisIndex, offset: number): PersonFacts | undefined {
  const hit = index.mentions.find(offset, true);
  return hit ? index.person(hit.item.person.id) : undefined;
}

export function definition(index: AnalysisIndex, uri: string, offset: number): Location | null {
  const facts = personAt(index, offset);
  return facts?.definition ? { uri, range: facts.definition.range } : null;
}

export function references(index: AnalysisIndex, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const facts = personAt(index, offset);
  if (!facts) return [];
  return facts.mentions.filter((m) => includeDeclaration || m !== facts.definition).map((m) => ({ uri, range: m.range }));
}

export function highlights(index: AnalysisIndex, offset: number): DocumentHighlight[] {
  const facts = personAt(index, offset);
  return facts ? facts.mentions.map((m) => ({ range: m.range, kind: DocumentHighlightKind.Text })) : [];
}
