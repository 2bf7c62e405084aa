// One fuzz session against the real stdio server: a random document is opened, edited (full and
// incremental changes, ranges anywhere, stale versions, floods of changes), queried at random positions
// (hover, definition, references, highlights, symbols; unknown URIs; cancelled requests) and reconfigured,
// while a model of the document (the same TextDocument rules the server uses) says what it must hold.
// The server must answer every request, with ranges inside the current text, never log an exception,
// publish for the last version the diagnostics the engine gives for that text, and write only protocol.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import type { DocumentSymbol, Location, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { parseSettings } from '../../server/src/lsp/settings';
import type { Range } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';
import { anyCodeUnit, codeUnitText, mutatedArticle, newsLikeText, newsToken, quoteStorm, realArticles } from './arbitraries';
import { FrameChecker } from './frames';
import { Lines } from './invariants';
import { todayIso } from '../../server/src/clock';

type Position = { line: number; character: number };
/** A position given as "the n-th thing the analysis found" (a mention, quote, date or diagnostic), resolved at run time. */
type Target = Position | { entity: number; offset: number };
type Method = 'hover' | 'definition' | 'references' | 'documentHighlight' | 'documentSymbol';

export type Op =
  | { kind: 'edit'; incremental: boolean; start: Position; end: Position; text: string }
  | { kind: 'stale-edit'; back: number; text: string }
  | { kind: 'flood'; edits: Array<{ start: Position; end: Position; text: string }>; thenAsk: boolean }
  | { kind: 'request'; method: Method; position: Target }
  | { kind: 'unknown-uri'; method: Method; position: Position }
  | { kind: 'cancel'; method: Method; position: Target }
  | { kind: 'cancel-unknown-id' }
  | { kind: 'settings'; settings: Record<string, unknown> }
  | { kind: 'wait-diagnostics' }
  | { kind: 'close-reopen' };

export interface Session {
  languageId: string;
  text: string;
  ops: Op[];
}

// ---- generators ----

const METHODS: Method[] = ['hover', 'definition', 'references', 'documentHighlight', 'documentSymbol'];
const UINT_MAX = 2 ** 31 - 1;

/** Mostly inside a short article; sometimes past every end, at the protocol's largest integer, or negative. */
const anyPosition: fc.Arbitrary<Position> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ line: fc.nat({ max: 40 }), character: fc.nat({ max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ line: fc.constantFrom(0, 1000, UINT_MAX), character: fc.constantFrom(0, 5000, UINT_MAX) }) },
  { weight: 1, arbitrary: fc.record({ line: fc.constantFrom(-1, 0, 2), character: fc.constantFrom(-1, -100, 3) }) },
);
/** Requests aim at what the analysis found half the time: random positions alone rarely hit a name. */
const target: fc.Arbitrary<Target> = fc.oneof(anyPosition, fc.record({ entity: fc.nat(), offset: fc.nat({ max: 40 }) }));
const position = anyPosition;
const insertText = fc.oneof(newsToken, fc.string({ unit: anyCodeUnit, maxLength: 6 }), fc.constantFrom('', '\n', '\r\n', '“', '”', '"'));
const method = fc.constantFrom(...METHODS);

/** Settings as a user (or a broken settings file) may send them, invalid values included. */
const settingsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    debounceMs: fc.oneof(fc.constantFrom(0, 1, 20), fc.constantFrom(-5, 'fast', null, 1e9)),
    maxDocumentSize: fc.oneof(fc.constantFrom(5_000_000, 300, 1), fc.constantFrom(0, -1, 2.5, '10')),
    languages: fc.oneof(fc.constantFrom(['article'], ['article', 'markdown'], ['plaintext', 'article']), fc.constantFrom([], 7, [1], 'article')),
    rules: fc.oneof(
      fc.constant({}),
      fc.constantFrom({ 'unattributed-quote': 'off' }, { 'unbalanced-quote': 'error', 'name-variant': 'hint' }, { bogus: 'off' }, { 'weekday-mismatch': 'loud' }, 'all'),
    ),
    docsBaseUrl: fc.constantFrom('', 'https://example.org/rules', 'not a url'),
  },
  { requiredKeys: [] },
);

export function sessionArbitrary(): fc.Arbitrary<Session> {
  const articles = realArticles();
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), incremental: fc.boolean(), start: position, end: position, text: insertText }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale-edit' as const), back: fc.nat({ max: 3 }), text: insertText }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('flood' as const),
        edits: fc.array(fc.record({ start: position, end: position, text: insertText }), { minLength: 5, maxLength: 40 }),
        thenAsk: fc.boolean(),
      }),
    },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('request' as const), method, position: target }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown-uri' as const), method, position }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), method, position: target }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'cancel-unknown-id' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), settings: settingsArb }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'wait-diagnostics' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'close-reopen' as const }) },
  );
  return fc.record({
    languageId: fc.oneof({ weight: 6, arbitrary: fc.constant('article') }, { weight: 1, arbitrary: fc.constantFrom('markdown', 'plaintext') }),
    text: fc.oneof(
      { weight: 6, arbitrary: mutatedArticle(articles) },
      { weight: 3, arbitrary: newsLikeText },
      { weight: 1, arbitrary: codeUnitText },
      { weight: 1, arbitrary: quoteStorm },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    ops: fc.array(op, { minLength: 1, maxLength: 25 }),
  });
}

// ---- the server, shared by consecutive sessions ----

/** A running server, replaced every `sessionsPerServer` sessions or when it has died. */
export class ServerPool {
  private client: LspClient | undefined;
  private frames = new FrameChecker();
  private sessions = 0;
  /** What the sessions did, for the summary line: ops by kind, answers that were not empty, servers started. */
  readonly stats = { ops: {} as Record<string, number>, requests: 0, nonEmptyAnswers: 0, diagnosticsChecked: 0, servers: 0 };
  /** The raw "newsLens" settings section the server was last given. */
  rawSettings: Record<string, unknown> = {};
  nextId = 0;

  constructor(
    private readonly initialSettings: () => Record<string, unknown>,
    private readonly sessionsPerServer = 25,
  ) {}

  async get(): Promise<LspClient> {
    if (this.client && this.sessions >= this.sessionsPerServer) await this.retire();
    if (!this.client) {
      this.rawSettings = this.initialSettings();
      this.client = LspClient.start();
      this.stats.servers++;
      this.frames = new FrameChecker();
      this.sessions = 0;
      await this.client.initialize({ settings: this.rawSettings });
    }
    this.sessions++;
    return this.client;
  }

  get effective() {
    return parseSettings(this.rawSettings).settings;
  }

  /** Between sessions: the process lives, stdout is pure protocol so far, stderr holds no exception. */
  checkHealth(): void {
    const c = this.client!;
    assert.equal(c.process.exitCode, null, `the server exited (code ${c.process.exitCode}); stderr: ${c.stderr.slice(-3000)}`);
    this.frames.feed(c.stdoutChunks);
    checkStderr(c.stderr);
  }

  /** Shuts the server down properly: it must exit 0 with a clean stdout. */
  async retire(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    const code = await withDeadline(c.shutdown(), 20_000, 'shutdown');
    assert.equal(code, 0, `the server exited with code ${code} after shutdown; stderr: ${c.stderr.slice(-3000)}`);
    this.frames.finish(c.stdoutChunks);
    checkStderr(c.stderr);
  }

  /** After a failure, what the server's state says about it: exit, broken stdout framing, exceptions logged. */
  postMortem(): string {
    const c = this.client;
    if (!c) return '';
    const notes: string[] = [];
    if (c.process.exitCode !== null || c.process.signalCode !== null) notes.push(`the server process ended (code ${c.process.exitCode}, signal ${c.process.signalCode})`);
    try {
      this.frames.feed(c.stdoutChunks);
    } catch (e) {
      notes.push((e as Error).message);
    }
    try {
      checkStderr(c.stderr);
    } catch (e) {
      notes.push((e as Error).message);
    }
    if (c.stderr.trim()) notes.push(`stderr (last lines): ${c.stderr.trim().split('\n').slice(-8).join('\n')}`);
    return notes.join('\n');
  }

  /** After a failure: the process is stopped without ceremony and the next session starts a fresh one. */
  discard(): void {
    this.client?.kill();
    this.client = undefined;
  }
}

/** The server logs swallowed exceptions to stderr (uncaught, unhandled rejection, "<request> failed"): each is a bug. */
function checkStderr(stderr: string): void {
  const bad = /\[news-lens\] (uncaught|unhandled rejection|\S+ failed|analysis of .* failed)[^\n]*(\n\s+at [^\n]*){0,6}/.exec(stderr);
  assert.ok(!bad, `the server logged an exception:\n${bad?.[0]}`);
}

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms (a hang?)`)), ms))),
  ]);
}

// ---- one session ----

export async function runSession(pool: ServerPool, session: Session, deadlineMs: number): Promise<void> {
  const client = await pool.get();
  const uri = `file:///fuzz/session-${pool.nextId++}.${session.languageId === 'markdown' ? 'md' : session.languageId === 'plaintext' ? 'txt' : 'article'}`;
  let doc = TextDocument.create(uri, session.languageId, 1, session.text);
  client.open(uri, session.text, session.languageId, 1);
  const analysed = () => pool.effective.languages.includes(session.languageId);

  const resolve = (t: Target): Position => ('entity' in t ? entityPosition(doc.getText(), t) : t);
  const ask = (m: Method, targetUri: string, p: Position) => {
    const params = m === 'documentSymbol' ? { textDocument: { uri: targetUri } } : { textDocument: { uri: targetUri }, position: p, ...(m === 'references' ? { context: { includeDeclaration: true } } : {}) };
    return { method: `textDocument/${m}`, params };
  };
  const request = async (m: Method, p: Position) => {
    const { method: name, params } = ask(m, uri, p);
    const answer = await withDeadline(client.request(name, params), deadlineMs, `${name} at ${JSON.stringify(p)}`);
    pool.stats.requests++;
    if (answer !== null && !(Array.isArray(answer) && answer.length === 0)) pool.stats.nonEmptyAnswers++;
    checkAnswer(m, answer, uri, doc.getText());
  };

  for (const [i, op] of session.ops.entries()) {
    const where = `op ${i} (${op.kind})`;
    pool.stats.ops[op.kind] = (pool.stats.ops[op.kind] ?? 0) + 1;
    try {
      switch (op.kind) {
        case 'edit': {
          const change = op.incremental ? { range: { start: op.start, end: op.end }, text: op.text } : { text: applyAt(doc.getText(), op.start.line * 31 + op.start.character, op.text) };
          doc = TextDocument.update(doc, [change], doc.version + 1);
          client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
          break;
        }
        case 'stale-edit':
          // Not newer than the version held: the server must ignore it, so the model does too.
          client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version - op.back }, contentChanges: [{ text: op.text }] });
          break;
        case 'flood':
          for (const e of op.edits) {
            const change = { range: { start: e.start, end: e.end }, text: e.text };
            doc = TextDocument.update(doc, [change], doc.version + 1);
            client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
          }
          if (op.thenAsk) await request('hover', op.edits[0].start);
          break;
        case 'request':
          await request(op.method, resolve(op.position));
          break;
        case 'unknown-uri': {
          const { method: name, params } = ask(op.method, `file:///fuzz/never-opened-${i}.article`, op.position);
          const answer = await withDeadline(client.request(name, params), deadlineMs, `${name} on an unknown document`);
          assert.ok(answer === null || (Array.isArray(answer) && answer.length === 0), `${name} on an unknown document answered ${JSON.stringify(answer).slice(0, 200)}`);
          break;
        }
        case 'cancel': {
          const { method: name, params } = ask(op.method, uri, resolve(op.position));
          const source = new CancellationTokenSource();
          const answer = client.connection.sendRequest(name, params, source.token);
          source.cancel();
          try {
            checkAnswer(op.method, await withDeadline(answer, deadlineMs, `cancelled ${name}`), uri, doc.getText());
          } catch (e) {
            // A cancelled request may be answered with RequestCancelled (-32800) or ServerCancelled (-32802).
            const code = (e as { code?: number }).code;
            if (code !== -32800 && code !== -32802) throw e;
          }
          break;
        }
        case 'cancel-unknown-id':
          client.notify('$/cancelRequest', { id: 987654321 });
          break;
        case 'settings':
          pool.rawSettings = op.settings;
          client.setSettings(op.settings);
          break;
        case 'wait-diagnostics':
          if (analysed()) await expectDiagnostics(client, uri, doc, pool, deadlineMs);
          break;
        case 'close-reopen':
          client.close(uri);
          doc = TextDocument.create(uri, session.languageId, doc.version + 1, doc.getText());
          client.open(uri, doc.getText(), session.languageId, doc.version);
          break;
      }
    } catch (e) {
      throw annotate(e, `${where}, document version ${doc.version} (${doc.getText().length} chars)`);
    }
  }
  try {
    // The last version wins: a final full change, then exactly the engine's diagnostics for that text.
    const finalText = doc.getText() + '\n';
    doc = TextDocument.update(doc, [{ text: finalText }], doc.version + 1);
    client.change(uri, doc.version, finalText);
    if (analysed()) await expectDiagnostics(client, uri, doc, pool, deadlineMs);
    await request('documentSymbol', { line: 0, character: 0 });
    client.close(uri);
    pool.checkHealth();
  } catch (e) {
    throw annotate(e, `the end of the session, document version ${doc.version}`);
  }
}

/** A position inside the n-th range the engine finds in the text (mentions, quotes, dates, diagnostics). */
function entityPosition(text: string, t: { entity: number; offset: number }): Position {
  const a = analyze(text, { today: todayIso() });
  const ranges = [...a.people.flatMap((p) => p.mentions.map((m) => m.range)), ...a.quotes.map((q) => q.range), ...a.dates.map((d) => d.range), ...a.diagnostics.map((d) => d.range)];
  if (!ranges.length) return { line: 0, character: 0 };
  const r = ranges[t.entity % ranges.length];
  const width = r.start.line === r.end.line ? r.end.character - r.start.character : 0;
  return { line: r.start.line, character: r.start.character + Math.min(width, t.offset) };
}

function applyAt(text: string, at: number, insert: string): string {
  const i = text.length ? Math.abs(at) % (text.length + 1) : 0;
  return text.slice(0, i) + insert + text.slice(i);
}

function annotate(e: unknown, where: string): Error {
  const error = e instanceof Error ? e : new Error(String(e));
  error.message = `at ${where}: ${error.message}`;
  return error;
}

/** Diagnostics for the document's version equal (code and range) to the engine's for its text, eventually. */
async function expectDiagnostics(client: LspClient, uri: string, doc: TextDocument, pool: ServerPool, deadlineMs: number): Promise<void> {
  const s = pool.effective;
  const expected = keys(analyze(doc.getText(), { rules: s.rules, maxLength: s.maxDocumentSize, today: todayIso() }).diagnostics.filter((d) => s.rules[d.code] !== 'off'));
  try {
    // "Eventually": a settings change read back after this version was first published republishes it.
    await client.waitForDiagnostics(uri, (p) => p.version === doc.version && keys(p.diagnostics.map(asEngine)) === expected, deadlineMs);
    pool.stats.diagnosticsChecked++;
  } catch {
    const got = client.diagnosticsFor(uri).filter((p) => p.version === doc.version);
    const last = got[got.length - 1];
    assert.fail(
      `diagnostics for version ${doc.version} ${last ? `differ from the engine's for that text:\n got      ${keys(last.diagnostics.map(asEngine))}\n expected ${expected}` : `never arrived within ${deadlineMs} ms`}`,
    );
  }
}

function asEngine(d: PublishDiagnosticsParams['diagnostics'][number]) {
  return { code: String(d.code), range: d.range };
}

function keys(ds: Array<{ code: string; range: Range }>): string {
  return ds
    .map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .sort()
    .join(' ');
}

// ---- what a sensible answer looks like ----

function checkAnswer(method: Method, answer: unknown, uri: string, text: string): void {
  const lines = new Lines(text);
  const inside = (r: Range, what: string) => checkInside(lines, r, `${method}: ${what}`);
  const location = (l: Location, what: string) => {
    assert.equal(l.uri, uri, `${method}: ${what} points at another document ${l.uri}`);
    inside(l.range, what);
  };
  if (answer === null) return;
  switch (method) {
    case 'hover': {
      const h = answer as { contents?: unknown; range?: Range };
      assert.ok(h.contents !== undefined, `hover without contents: ${JSON.stringify(answer).slice(0, 200)}`);
      if (h.range) inside(h.range, 'hover range');
      break;
    }
    case 'definition':
      for (const [i, l] of (Array.isArray(answer) ? answer : [answer]).entries()) location(l as Location, `location ${i}`);
      break;
    case 'references':
      assert.ok(Array.isArray(answer), 'references is not a list');
      for (const [i, l] of (answer as Location[]).entries()) location(l, `location ${i}`);
      break;
    case 'documentHighlight':
      assert.ok(Array.isArray(answer), 'highlights is not a list');
      for (const [i, h] of (answer as Array<{ range: Range }>).entries()) inside(h.range, `highlight ${i}`);
      break;
    case 'documentSymbol':
      assert.ok(Array.isArray(answer), 'symbols is not a list');
      checkSymbols(answer as DocumentSymbol[], inside, 'symbol');
      break;
  }
}

/** What VS Code itself refuses: an empty name, or a selection range outside the symbol's range. */
function checkSymbols(symbols: DocumentSymbol[], inside: (r: Range, what: string) => void, path: string): void {
  for (const [i, s] of symbols.entries()) {
    const what = `${path} ${i} ${JSON.stringify(s.name)}`;
    assert.ok(typeof s.name === 'string' && s.name.length > 0, `${what}: empty name (VS Code rejects the whole outline)`);
    assert.ok(Number.isInteger(s.kind) && s.kind >= 1 && s.kind <= 26, `${what}: kind ${s.kind} is not a SymbolKind`);
    inside(s.range, `${what} range`);
    inside(s.selectionRange, `${what} selectionRange`);
    assert.ok(contains(s.range, s.selectionRange), `${what}: selectionRange is not inside range (VS Code rejects it)`);
    if (s.children) checkSymbols(s.children, inside, `${what} > child`);
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkInside(lines: Lines, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.count && p.character >= 0 && p.character <= lines.lengths[p.line], `${what} ${JSON.stringify(r)} is outside the document`);
  }
  assert.ok(before(r.start, r.end), `${what} ${JSON.stringify(r)} ends before it starts`);
}
