// The language server's side of the bench, through the real `news-lens serve --stdio` process driven by
// test/support/lsp-client.ts as an editor drives it: start-up to first diagnostics, hover / document-symbol
// / definition latency at varied positions, edit → fresh diagnostics while typing, and the server's peak
// memory (VmHWM) with a 10 MB document open.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildDocument, prng } from './corpus.mjs';
import { percentile } from './stats.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.env.NEWS_LENS_OUT ?? join(root, 'out'));
const require = createRequire(import.meta.url);
const { LspClient } = require(join(out, 'test/support/lsp-client.js'));
const engine = require(join(out, 'server/src/engine/index.js'));
const cli = resolve(process.env.NEWS_LENS_CLI ?? join(root, 'dist/cli.js'));

const KB = 1000;
const MB = 1000 * KB;

export async function benchServer({ sources, quick, log }) {
  const n = quick ? 60 : 300;
  const result = { command: `node ${cli.replace(root + '/', '')} serve --stdio`, requests: [], didChange: null, symbolsAfterEdit: null, didChangeDebounced: null, startup: null, memory: [] };

  // Start-up, as a user meets it: default settings (debounce included), a 10 KB article opened at once.
  const article = buildDocument(sources, 10 * KB, 101);
  {
    const t0 = performance.now();
    const client = LspClient.start({ cli });
    try {
      await client.initialize({ settings: {} });
      const initializeMs = performance.now() - t0;
      client.open('file:///bench/startup.article', article);
      await client.waitForDiagnostics('file:///bench/startup.article', (p) => p.version === 1);
      result.startup = { ms: performance.now() - t0, initializeMs, docBytes: Buffer.byteLength(article), debounceMs: 'default' };
    } finally {
      await client.shutdown();
    }
  }

  // Latencies once analysed, with no debounce so that each edit's analysis starts at once.
  log(`server: ${n} hover, documentSymbol and definition requests on 10 KB and 100 KB; edits on 100 KB ...`);
  {
    const client = LspClient.start({ cli });
    try {
      await client.initialize({ settings: { debounceMs: 0 } });
      for (const [bytes, seed] of [[10 * KB, 102], [100 * KB, 103]]) {
        const text = buildDocument(sources, bytes, seed);
        const uri = `file:///bench/latency-${bytes}.article`;
        client.open(uri, text);
        await client.waitForDiagnostics(uri, (p) => p.version === 1);
        result.requests.push(...(await requestLatencies(client, uri, text, n, seed)));
      }
      result.didChange = await editLatencies(client, 'no-debounce', buildDocument(sources, 100 * KB, 104), quick ? 10 : 100, 'newsLens.debounceMs 0: the analysis and its publication', quick ? 5 : 20);
      // The rows above ask again and again about one version; an editor's first outline request after an
      // edit also pays for the new version's outline and lookup index.
      result.symbolsAfterEdit = await editLatencies(client, 'outline', buildDocument(sources, 100 * KB, 107), quick ? 10 : 100, 'the first documentSymbol after each edit\'s diagnostics', quick ? 5 : 20, (uri) => client.documentSymbols(uri));
    } finally {
      await client.shutdown();
    }
  }
  {
    // The same edits with the default debounce: what a writer sees once they pause.
    const client = LspClient.start({ cli });
    try {
      await client.initialize({ settings: {} });
      result.didChangeDebounced = await editLatencies(client, 'debounced', buildDocument(sources, 100 * KB, 105), quick ? 5 : 15, 'default settings: the debounce included');
    } finally {
      await client.shutdown();
    }
  }

  // Memory with a very long document open: under the default size limit, and with the limit raised.
  const big = quick ? MB : 10 * MB;
  log(`server: memory with a ${big / MB} MB document open ...`);
  const bigText = buildDocument(sources, big, 106);
  result.memory.push(await memoryWith(bigText, {}, 'default settings'));
  result.memory.push(await memoryWith(bigText, { maxDocumentSize: 50_000_000 }, 'newsLens.maxDocumentSize raised to 50M: fully analysed', quick ? 20 : 100));
  return result;
}

/** Hover, document symbols and definition, each `n` times after a warm-up, at positions on what the analysis found and anywhere. */
async function requestLatencies(client, uri, text, n, seed) {
  const random = prng(seed);
  const analysis = engine.analyze(text);
  const lines = text.split(/\r\n|\r|\n/);
  const anywhere = () => {
    const line = Math.floor(random() * lines.length);
    return { line, character: Math.floor(random() * (lines[line].length + 1)) };
  };
  const inside = (range) => {
    if (range.start.line !== range.end.line) return range.start;
    const width = range.end.character - range.start.character;
    return { line: range.start.line, character: range.start.character + Math.floor(random() * (width + 1)) };
  };
  const mentions = analysis.people.flatMap((p) => p.mentions.map((m) => m.range));
  const things = [...mentions, ...analysis.quotes.map((q) => q.range), ...analysis.dates.map((d) => d.range)];
  const onThing = (ranges) => (ranges.length && random() < 0.7 ? inside(ranges[Math.floor(random() * ranges.length)]) : anywhere());

  const kinds = [
    ['hover', () => client.hover(uri, onThing(things))],
    ['documentSymbol', () => client.documentSymbols(uri)],
    ['definition', () => client.definition(uri, onThing(mentions))],
  ];
  const rows = [];
  for (const [method, send] of kinds) {
    for (let i = 0; i < 20; i++) await send();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await send();
      times.push(performance.now() - t0);
    }
    rows.push({ method, docBytes: Buffer.byteLength(text), n, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) });
  }
  return rows;
}

/**
 * Typing-like edits (a character inserted or deleted inside a paragraph), each timed to its fresh diagnostics
 * (or, given `timedAfterDiagnostics`, the request it makes once the diagnostics are in);
 * the first `warmup` are not timed (as the requests above have their warm-up: the incremental analyzer's
 * code is optimised during the first edits of a session, which run up to 3× slower).
 */
async function editLatencies(client, name, text, edits, how, warmup = 0, timedAfterDiagnostics) {
  const uri = `file:///bench/edits-${name}.article`;
  const random = prng(7 + edits);
  client.open(uri, text);
  await client.waitForDiagnostics(uri, (p) => p.version === 1);
  const lines = text.split('\n');
  const times = [];
  for (let version = 2; version < 2 + warmup + edits; version++) {
    // A position inside a non-blank line; insert a letter or a space, or delete the character there.
    let line;
    do line = Math.floor(random() * lines.length);
    while (!lines[line].trim());
    const character = Math.floor(random() * lines[line].length);
    const insert = random() < 0.8;
    const change = insert
      ? { range: { start: { line, character }, end: { line, character } }, text: random() < 0.8 ? 'e' : ' ' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    lines[line] = lines[line].slice(0, character) + change.text + lines[line].slice(change.range.end.character);
    let t0 = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await client.waitForDiagnostics(uri, (p) => p.version === version);
    if (timedAfterDiagnostics) {
      t0 = performance.now();
      await timedAfterDiagnostics(uri);
    }
    if (version >= 2 + warmup) times.push(performance.now() - t0);
  }
  client.close(uri);
  return { docBytes: Buffer.byteLength(text), n: times.length, warmup, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times), how };
}

/** Opens `text` in a fresh server, waits for its diagnostics and reads the server's peak resident memory. */
async function memoryWith(text, settings, label, hovers = 0) {
  const client = LspClient.start({ cli });
  try {
    await client.initialize({ settings: { debounceMs: 0, ...settings } });
    const uri = 'file:///bench/very-long.article';
    const t0 = performance.now();
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1, 600_000);
    const analysedMs = performance.now() - t0;
    const codes = {};
    for (const d of published.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
    const row = {
      setting: label,
      docBytes: Buffer.byteLength(text),
      analysedMs,
      summary: Object.entries(codes).map(([c, k]) => `${k} ${c}`).join(', ') || 'none',
    };
    if (hovers) {
      // The outline, as an editor asks for it on opening a document (VS Code's outline view, breadcrumbs and
      // sticky scroll): it is part of what "a 10 MB document open" costs.
      const t2 = performance.now();
      const symbols = await client.documentSymbols(uri);
      row.outline = { ms: performance.now() - t2, entries: symbols?.length ?? 0, more: symbols?.find((s) => / more quotations? not listed$/.test(s.name))?.name ?? null };
      // Hovers on the long document: the first builds the lookup index; then each is a lookup.
      const lines = text.split('\n');
      const random = prng(hovers);
      const t1 = performance.now();
      await client.hover(uri, { line: 0, character: 0 });
      row.firstHoverMs = performance.now() - t1;
      const times = [];
      for (let i = 0; i < hovers; i++) {
        const line = Math.floor(random() * lines.length);
        const t = performance.now();
        await client.hover(uri, { line, character: Math.floor(random() * (lines[line].length + 1)) });
        times.push(performance.now() - t);
      }
      row.hover = { n: hovers, p50: percentile(times, 50), p99: percentile(times, 99) };
    }
    Object.assign(row, procStatus(client.process.pid));
    return row;
  } finally {
    await client.shutdown();
  }
}

/** VmHWM (peak resident set) and VmRSS of a process, in MB, from /proc (Linux). */
function procStatus(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { vmHwmMB: kb('VmHWM') / 1024, vmRssMB: kb('VmRSS') / 1024 };
  } catch {
    return { vmHwmMB: NaN, vmRssMB: NaN };
  }
}
