// Checks issue 3's "must show" on annotated articles through the real server over stdio, as an editor sees
// them: every quoted speaker is in the outline with the quote beneath; hovering a person's first mention
// shows a role the gold gives; every unattributed quote has an unattributed-quote diagnostic and no
// attributed quote has one. The gold format is scripts/eval/score.mjs's (gold.json beside the articles).
//
//   node out/test/protocol/gold-through-server.js DIR...   prints every miss and the totals; exit 1 on a miss
// (DIR holds gold.json; the server is $NEWS_LENS_CLI or dist/cli.js). gold-through-server.test.ts runs it
// on the project's own annotated folders.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol, MarkupContent, Position, Range } from 'vscode-languageserver/node';
import { fileUri, LspClient } from '../support/lsp-client';

interface GoldPerson {
  name: string;
  keys?: string[];
  roles: string[];
}
interface GoldQuote {
  starts: string;
  speaker: string[] | null;
}
interface GoldArticle {
  people: GoldPerson[];
  quotes: GoldQuote[];
}

export interface GoldCheck {
  file: string;
  speakers: { checked: number; ok: number };
  roles: { checked: number; ok: number };
  unattributed: { checked: number; ok: number };
  falselyFlagged: number;
  misses: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (hay: string, needle: string) => new RegExp(`(^|[^\\p{L}\\p{N}'])${escape(needle)}($|[^\\p{L}\\p{N}])`, 'iu').test(hay);
const keysOf = (p: GoldPerson) => p.keys ?? [p.name.trim().split(/\s+/).pop()!];

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}
const leq = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (r: Range, p: Position) => leq(r.start, p) && leq(p, r.end);

/** The article's outline entries that hold quotes, flattened: [owner name, quote symbol]. */
function quoteEntries(symbols: DocumentSymbol[]): Array<{ owner: string; quote: DocumentSymbol }> {
  const out: Array<{ owner: string; quote: DocumentSymbol }> = [];
  for (const top of symbols) {
    for (const child of top.children ?? []) {
      if (child.children?.length) for (const q of child.children) out.push({ owner: child.name, quote: q }); // anonymous sources
      else out.push({ owner: top.name, quote: child });
    }
  }
  return out;
}

export async function checkArticle(client: LspClient, dir: string, file: string, gold: GoldArticle): Promise<GoldCheck> {
  const text = readFileSync(join(dir, file), 'utf8');
  const uri = fileUri(join(dir, file));
  const result: GoldCheck = { file, speakers: { checked: 0, ok: 0 }, roles: { checked: 0, ok: 0 }, unattributed: { checked: 0, ok: 0 }, falselyFlagged: 0, misses: [] };
  client.open(uri, text);
  const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const symbols = ((await client.documentSymbols(uri)) ?? []) as DocumentSymbol[];
  const entries = quoteEntries(symbols);
  const unattributed = published.diagnostics.filter((d) => d.code === 'unattributed-quote');

  for (const q of gold.quotes) {
    const at = text.indexOf(q.starts);
    if (at < 0) {
      result.misses.push(`gold quote text not found: "${q.starts}"`);
      continue;
    }
    const start = positionAt(text, at);
    const flagged = unattributed.some((d) => contains(d.range, start) || contains(d.range, positionAt(text, at + q.starts.length)));
    if (q.speaker === null) {
      result.unattributed.checked++;
      if (flagged) result.unattributed.ok++;
      else result.misses.push(`unattributed quote not flagged: "${q.starts}"`);
      continue;
    }
    if (flagged) {
      result.falselyFlagged++;
      result.misses.push(`attributed quote flagged unattributed-quote: "${q.starts}"`);
    }
    result.speakers.checked++;
    const entry = entries.find((e) => contains(e.quote.range, start) || contains(e.quote.range, positionAt(text, at + 1)));
    if (entry && q.speaker.some((k) => hasWord(entry.owner, k))) result.speakers.ok++;
    else result.misses.push(`quote "${q.starts}": outline has it under ${entry ? `"${entry.owner}"` : 'nobody'}, want ${q.speaker.join('/')}`);
  }

  for (const person of gold.people) {
    if (!person.roles.length) continue;
    result.roles.checked++;
    // The person's first mention: the earliest occurrence of the full name or one of its keys.
    const hits = [person.name, ...keysOf(person)]
      .map((k) => new RegExp(`(^|[^\\p{L}\\p{N}'])(${escape(k)})($|[^\\p{L}\\p{N}])`, 'iu').exec(text))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => m.index + m[1].length);
    if (!hits.length) {
      result.misses.push(`${person.name}: not in the text`);
      continue;
    }
    const hover = await client.hover(uri, positionAt(text, Math.min(...hits) + 1));
    const value = hover ? (hover.contents as MarkupContent).value : '';
    if (person.roles.some((r) => value.toLowerCase().includes(r.toLowerCase()))) result.roles.ok++;
    else result.misses.push(`hover on ${person.name}'s first mention: want a role ${person.roles.join('/')}, got ${JSON.stringify(value.split('\n')[0] ?? '')}${value.includes('Role') ? ' ' + JSON.stringify(value.split('\n\n')[1]) : ''}`);
  }
  client.close(uri);
  return result;
}

export async function checkGoldDir(client: LspClient, dir: string): Promise<GoldCheck[]> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, GoldArticle>;
  const out: GoldCheck[] = [];
  for (const [file, article] of Object.entries(gold)) {
    if (existsSync(join(dir, file))) out.push(await checkArticle(client, dir, file, article));
  }
  return out;
}

export function summarise(checks: GoldCheck[]): string {
  const sum = (f: (c: GoldCheck) => number) => checks.reduce((n, c) => n + f(c), 0);
  const ratio = (ok: number, n: number) => (n ? `${ok}/${n} (${((100 * ok) / n).toFixed(1)}%)` : 'n/a');
  return [
    `articles: ${checks.length}`,
    `quoted speakers in the outline with the quote beneath: ${ratio(sum((c) => c.speakers.ok), sum((c) => c.speakers.checked))}`,
    `role shown on hover of a person's first mention: ${ratio(sum((c) => c.roles.ok), sum((c) => c.roles.checked))}`,
    `unattributed quotes flagged: ${ratio(sum((c) => c.unattributed.ok), sum((c) => c.unattributed.checked))}`,
    `attributed quotes falsely flagged: ${sum((c) => c.falselyFlagged)}`,
  ].join('\n');
}

async function main(dirs: string[]): Promise<number> {
  const client = LspClient.start();
  await client.initialize({ settings: { debounceMs: 0 } });
  const all: GoldCheck[] = [];
  for (const dir of dirs) {
    for (const check of await checkGoldDir(client, dir)) {
      all.push(check);
      for (const m of check.misses) process.stdout.write(`${join(dir, check.file)}: ${m}\n`);
    }
  }
  await client.shutdown();
  process.stdout.write(summarise(all) + '\n');
  return all.some((c) => c.misses.length) ? 1 : 0;
}

if (require.main === module) {
  if (process.argv.length < 3) {
    process.stderr.write('usage: node out/test/protocol/gold-through-server.js GOLD_DIR...\n');
    process.exit(2);
  }
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}
