// Tokenizes text with the extension's TextMate grammar through vscode-textmate and the Oniguruma WASM build
// VS Code itself uses, so the tests see the scopes an editor would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { projectRoot } from '../../support/lsp-client';

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

let grammar: Promise<IGrammar> | undefined;

function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const path = join(projectRoot(), 'syntaxes', 'article.tmLanguage.json');
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.article' ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null,
    });
    const loaded = await registry.loadGrammar('text.article');
    if (!loaded) throw new Error(`grammar text.article not loaded from ${path}`);
    return loaded;
  })();
  return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
  const g = await loadGrammar();
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split('\n').forEach((line, lineNumber) => {
    const result = g.tokenizeLine(line, state);
    for (const t of result.tokens) {
      tokens.push({ line: lineNumber, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/**
 * The scopes every character of `needle` has (its `occurrence`-th appearance in the text, from 0): the
 * intersection over the tokens that cover it, so a scope reported here covers the whole needle.
 */
export function scopesAt(tokens: Token[], needle: string, occurrence = 0): string[] {
  const lines = new Map<number, Token[]>();
  for (const t of tokens) lines.set(t.line, [...(lines.get(t.line) ?? []), t]);
  let seen = 0;
  for (const lineTokens of lines.values()) {
    const text = lineTokens.map((t) => t.text).join('');
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (seen++ < occurrence) continue;
      const end = at + needle.length;
      let offset = 0;
      let common: string[] | undefined;
      for (const t of lineTokens) {
        const start = offset;
        offset += t.text.length;
        if (offset <= at || start >= end) continue;
        common = common ? common.filter((s) => t.scopes.includes(s)) : [...t.scopes];
      }
      return common ?? [];
    }
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) not in the text`);
}
