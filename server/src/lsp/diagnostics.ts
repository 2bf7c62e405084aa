// Engine diagnostics → LSP diagnostics: severity, `code` + `source`, and `codeDescription.href` pointing at
// the rule's documentation (docs/rules/<code>.md shipped in the extension, or under newsLens.docsBaseUrl).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Analysis, Rules, Severity, StatusParams } from '../protocol';

export const SOURCE = 'news-lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The engine applies `rules` to its own rules already; applying them again here also covers the diagnostics
 * made outside the rules (document-too-large), so "off" and a chosen severity hold for every code.
 */
export function toLspDiagnostics(analysis: Analysis, docsLink: (code: string) => string, rules: Rules = {}): LspDiagnostic[] {
  return analysis.diagnostics.flatMap((d) => {
    const setting = rules[d.code];
    if (setting === 'off') return [];
    return [toLsp(d, setting ?? d.severity, docsLink)];
  });
}

function toLsp(d: Analysis['diagnostics'][number], severity: Severity, docsLink: (code: string) => string): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[severity],
    code: d.code,
    codeDescription: { href: docsLink(d.code) },
    source: SOURCE,
    message: d.message,
    ...(d.data ? { data: d.data } : {}),
  };
}

/** `(code) => href`: under `baseUrl` when set, else the file URI of docs/rules/<code>.md in the extension. */
export function docsLinker(baseUrl: string, extensionRoot: string): (code: string) => string {
  const links = new Map<string, string>();
  const link = baseUrl ? (code: string) => `${baseUrl.replace(/\/+$/, '')}/${code}.md` : (code: string) => pathToFileURL(join(extensionRoot, 'docs', 'rules', `${code}.md`)).href;
  // Once per code: every diagnostic of every publication asks (pathToFileURL is not cheap).
  return (code) => {
    let href = links.get(code);
    if (href === undefined) links.set(code, (href = link(code)));
    return href;
  };
}

/**
 * The extension's root: the nearest folder above this file that holds package.json. The bundles live in
 * dist/ (dist/server.js for VS Code, dist/cli.js for `news-lens serve`), so that is dist's parent; compiled
 * to out/server/src/lsp/ for unit tests it is the project root.
 */
export function findExtensionRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(from);
  }
}

/** The counts the client's status item shows. */
export function statusOf(uri: string, version: number, analysis: Analysis, tooLarge: boolean): StatusParams {
  const speech = analysis.quotes.filter((q) => q.kind === 'speech');
  return {
    uri,
    version,
    people: analysis.people.length,
    quotes: speech.length,
    unattributed: speech.filter((q) => q.speaker === null).length,
    tooLarge,
  };
}
