// Shared by the protocol tests: start the real server over stdio, read articles, find positions by text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Hover, MarkupContent, Position, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { fileUri, LspClient, projectRoot } from '../support/lsp-client';
import type { InitializeOptions } from '../support/lsp-client';

export const SEED_000 = 'samples/000_29998d670c3597d8.article';
export const SEED_002 = 'samples/002_0ac020dca2a86236.article';
export const COUNCIL = 'test/protocol/fixtures/council-buses.article';
/** Two quotes nobody is credited with and a quote never closed: only the quote detector matters. */
export const LETTERS = 'test/protocol/fixtures/letters-page.article';

export function read(path: string): string {
  return readFileSync(join(projectRoot(), path), 'utf8');
}

export { fileUri };

/** A started and initialized server; `settings` are answered to workspace/configuration. */
export async function startServer(options: InitializeOptions = { settings: { debounceMs: 0 } }): Promise<LspClient> {
  const client = LspClient.start();
  await client.initialize(options);
  return client;
}

/** The position of the n-th (0-based) occurrence of `needle` in `text`, `plus` characters in. */
export function positionOf(text: string, needle: string, n = 0, plus = 0): Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${n}) is not in the text`);
  }
  return positionAt(text, at + plus);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}

/** The text a range covers. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

export function hoverValue(hover: Hover | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

export function codes(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d: Diagnostic) => String(d.code));
}
