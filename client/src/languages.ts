// Which documents the client hands to the server: the languages the extension contributes (read from its
// own manifest, so a language added there needs no code change) plus those the user opts in to with
// `newsLens.languages` (e.g. "markdown", "plaintext"). The server applies the same setting, so a document
// is analysed only when both agree; the client's part is not to send documents nobody asked about.
/** The schemes of documents a user edits: saved files and new, unsaved ones. */
const SCHEMES = ['file', 'untitled'] as const;

export function contributedLanguages(packageJSON: unknown): string[] {
  const languages = (packageJSON as { contributes?: { languages?: Array<{ id?: unknown }> } })?.contributes?.languages ?? [];
  return languages.map((l) => l.id).filter((id): id is string => typeof id === 'string' && id.length > 0);
}

/** The setting's value when it is a list of language ids; anything else counts as not set (the server reports it). */
export function configuredLanguages(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((id): id is string => typeof id === 'string' && id.length > 0);
}

export function selectedLanguages(contributed: readonly string[], configured: readonly string[]): string[] {
  return [...new Set([...contributed, ...configured])];
}

/** A selector that both vscode (status item) and vscode-languageclient (documentSelector) accept. */
export function documentSelector(languages: readonly string[]): Array<{ language: string; scheme: string }> {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}

export function isSelected(languages: readonly string[], doc: { languageId: string; uri: { scheme: string } }): boolean {
  return languages.includes(doc.languageId) && (SCHEMES as readonly string[]).includes(doc.uri.scheme);
}
