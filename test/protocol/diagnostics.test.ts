// Diagnostics through the real server: codes and links, edits (a burst: the last version wins, nothing stale
// is published), settings (invalid value, rule off, severity, languages, docs base URL), close.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { DiagnosticSeverity, MessageType } from 'vscode-languageserver/node';
import { LspClient } from '../support/lsp-client';
import { analyze } from '../../server/src/engine';
import { todayIso } from '../../server/src/clock';
import { LONG_DOCUMENT } from '../../server/src/lsp/reclaim-memory';
import { COUNCIL, LETTERS, SEED_002, codes, fileUri, positionOf, read, startServer, textAt } from './helpers';

/** An article whose every paragraph is a quote with no speaker: version k has k of them. */
function unattributedParagraphs(k: number): string {
  const lines = ['Bus trial: what residents told us', 'LEEDS, 12 March 2026', ''];
  for (let i = 1; i <= k; i++) lines.push(`“I have waited ${i} years for a bus after ten o’clock, and I will believe it when I see it.”`, '');
  return lines.join('\n');
}

const count = (p: PublishDiagnosticsParams, code: string) => codes(p).filter((c) => c === code).length;

describe('protocol: diagnostics', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(() => client?.kill());

  it('carry code, source, severity and a link to the rule docs shipped with the extension', async () => {
    client = await startServer();
    const uri = fileUri(COUNCIL);
    const text = read(COUNCIL);
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri);
    assert.equal(published.version, 1);
    const unattributed = published.diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.equal(unattributed.length, 1, JSON.stringify(published.diagnostics.map((d) => [d.code, d.message])));
    assert.match(textAt(text, unattributed[0].range), /^Nobody has explained where the money will come from/);
    assert.equal(unattributed[0].severity, DiagnosticSeverity.Warning);
    const mismatch = published.diagnostics.find((d) => d.code === 'weekday-mismatch');
    assert.ok(mismatch, 'Wednesday, 17 March 2026 is a Tuesday');
    assert.match(textAt(text, mismatch.range), /17 March/);
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'news-lens');
      const href = d.codeDescription!.href;
      assert.match(href, new RegExp(`^file://.*/docs/rules/${d.code}\\.md$`));
      assert.ok(existsSync(fileURLToPath(href)), `${href} exists`);
    }
  });

  it('name-variant names both spellings', async () => {
    client = await startServer();
    const uri = fileUri(SEED_002);
    client.open(uri, read(SEED_002));
    const published = await client.waitForDiagnostics(uri);
    const variant = published.diagnostics.find((d) => d.code === 'name-variant');
    assert.ok(variant, 'Zelenskyy / Zelensky');
    assert.match(variant.message, /Zelenskyy/);
    assert.match(variant.message, /Zelensky”|Zelensky\b/);
  });

  it('sends newsLens/status with the counts after each publication', async () => {
    client = await startServer();
    const uri = fileUri(LETTERS);
    client.open(uri, read(LETTERS));
    const published = await client.waitForDiagnostics(uri);
    const status = await client.waitForNotification<Record<string, unknown>>('newsLens/status', (p) => p.uri === uri);
    assert.deepEqual(Object.keys(status).sort(), ['people', 'quotes', 'tooLarge', 'unattributed', 'uri', 'version']);
    assert.equal(status.version, 1);
    assert.equal(status.unattributed, count(published, 'unattributed-quote'));
    assert.ok((status.quotes as number) >= 3, 'three quotations of speech');
    assert.equal(status.people, 0, 'a letters page names nobody');
    assert.equal(status.tooLarge, false);
    client.change(uri, 2, unattributedParagraphs(4));
    const next = await client.waitForNotification<Record<string, unknown>>('newsLens/status', (p) => p.uri === uri && p.version === 2);
    assert.deepEqual([next.quotes, next.unattributed], [4, 4]);
  });

  it('didChange: diagnostics follow the new text', async () => {
    client = await startServer();
    const uri = fileUri('test/protocol/fixtures/edited.article');
    client.open(uri, unattributedParagraphs(1));
    assert.equal(count(await client.waitForDiagnostics(uri, (p) => p.version === 1), 'unattributed-quote'), 1);
    client.change(uri, 2, unattributedParagraphs(3));
    assert.equal(count(await client.waitForDiagnostics(uri, (p) => p.version === 2), 'unattributed-quote'), 3);
    client.change(uri, 3, 'No quotes at all now.\n');
    assert.deepEqual((await client.waitForDiagnostics(uri, (p) => p.version === 3)).diagnostics, []);
  });

  it('a burst of edits: only the last version is published (debounce)', async () => {
    client = await startServer({ settings: { debounceMs: 1000 } });
    const uri = fileUri('test/protocol/fixtures/burst.article');
    client.open(uri, unattributedParagraphs(1));
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const before = client.diagnosticsFor(uri).length;
    for (let v = 2; v <= 30; v++) client.change(uri, v, unattributedParagraphs(v));
    const last = await client.waitForDiagnostics(uri, (p) => p.version === 30);
    assert.equal(count(last, 'unattributed-quote'), 30);
    assert.deepEqual(
      client.diagnosticsFor(uri).slice(before).map((p) => p.version),
      [30],
    );
  });

  it('a burst with no debounce: versions only go forward, each matches its text, and the last wins', async () => {
    client = await startServer({ settings: { debounceMs: 0 } });
    const c = client;
    const uri = fileUri('test/protocol/fixtures/burst0.article');
    c.open(uri, unattributedParagraphs(1));
    await c.waitForDiagnostics(uri, (p) => p.version === 1);
    for (let v = 2; v <= 40; v++) c.change(uri, v, unattributedParagraphs(v));
    // Requests are answered in order, so when this answer comes the server holds version 40.
    await c.documentSymbols(uri);
    const afterAnswer = c.diagnosticsFor(uri).length;
    const last = await c.waitForDiagnostics(uri, (p) => p.version === 40);
    const all = c.diagnosticsFor(uri);
    const versions = all.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions in order: ${versions}`);
    assert.equal(new Set(versions).size, versions.length, `no version twice: ${versions}`);
    for (const p of all) assert.equal(count(p, 'unattributed-quote'), p.version, `version ${p.version} matches its text`);
    for (const p of all.slice(afterAnswer)) assert.equal(p.version, 40, 'nothing stale after the server has the last version');
    assert.equal(all.at(-1), last);
  });

  it('an edit older than the version held is ignored', async () => {
    client = await startServer();
    const uri = fileUri('test/protocol/fixtures/order.article');
    client.open(uri, unattributedParagraphs(2), 'article', 5);
    await client.waitForDiagnostics(uri, (p) => p.version === 5);
    client.change(uri, 3, unattributedParagraphs(7));
    client.change(uri, 6, unattributedParagraphs(4));
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 6);
    assert.equal(count(p, 'unattributed-quote'), 4);
    assert.ok(!client.diagnosticsFor(uri).some((d) => d.version === 3));
  });

  it('didClose clears the document’s diagnostics', async () => {
    client = await startServer();
    const uri = fileUri(COUNCIL);
    client.open(uri, read(COUNCIL));
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    client.close(uri);
    const cleared = await client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(await client.hover(uri, { line: 6, character: 3 }), null);
  });

  // The settings tests use a letters page (two quotes with no speaker, one quote never closed): what they
  // check depends only on the quote detector, so they test the server's handling of settings.
  describe('settings', () => {
    const uri = fileUri(LETTERS);

    it('an invalid value: a warning naming the setting, its default used, the rest kept', async () => {
      client = await startServer({ settings: { debounceMs: 'fast', rules: { 'unbalanced-quote': 'error' } } });
      const shown = await client.waitForNotification<{ type: number; message: string }>('window/showMessage');
      assert.equal(shown.type, MessageType.Warning);
      assert.match(shown.message, /newsLens\.debounceMs: expected a number ≥ 0, got "fast"; using the default 150/);
      client.open(uri, read(LETTERS));
      const published = await client.waitForDiagnostics(uri);
      const unbalanced = published.diagnostics.filter((d) => d.code === 'unbalanced-quote');
      assert.ok(unbalanced.length > 0);
      assert.ok(unbalanced.every((d) => d.severity === DiagnosticSeverity.Error), 'the valid rules setting is kept');
    });

    it('a rule turned off publishes no diagnostic of that code; turned back on, it does', async () => {
      client = await startServer({ settings: { debounceMs: 0, rules: { 'unattributed-quote': 'off' } } });
      client.open(uri, read(LETTERS));
      const off = await client.waitForDiagnostics(uri);
      assert.equal(count(off, 'unattributed-quote'), 0);
      assert.ok(count(off, 'unbalanced-quote') > 0, 'the other rules still run');
      client.setSettings({ debounceMs: 0, rules: { 'unattributed-quote': 'hint' } });
      const on = await client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
      const severities = on.diagnostics.filter((d) => d.code === 'unattributed-quote').map((d) => d.severity);
      assert.ok(severities.length >= 2, `${severities.length} unattributed quotes`);
      assert.ok(severities.every((s) => s === DiagnosticSeverity.Hint));
    });

    it('initializationOptions alone (a client without workspace/configuration)', async () => {
      client = LspClient.start();
      await client.initialize({ initializationOptions: { newsLens: { debounceMs: 0, rules: { 'unbalanced-quote': 'off' } } } });
      client.open(uri, read(LETTERS));
      const published = await client.waitForDiagnostics(uri);
      assert.equal(count(published, 'unbalanced-quote'), 0);
      assert.ok(count(published, 'unattributed-quote') >= 2);
      assert.ok(!client.serverRequests.some((r) => r.method === 'workspace/configuration'));
    });

    it('an invalid initializationOptions value is reported too', async () => {
      client = LspClient.start();
      await client.initialize({ initializationOptions: { newsLens: { languages: 'article' } } });
      const shown = await client.waitForNotification<{ type: number; message: string }>('window/showMessage');
      assert.match(shown.message, /newsLens\.languages: expected a list of language ids/);
    });

    it('newsLens.languages: other languages are left alone until added', async () => {
      client = await startServer();
      const md = fileUri('test/protocol/fixtures/letters-page.md');
      const text = read(LETTERS);
      client.open(md, text, 'markdown');
      assert.deepEqual(await client.documentSymbols(md), []);
      assert.equal(await client.hover(md, positionOf(text, 'infirmary')), null);
      assert.equal(client.diagnosticsFor(md).length, 0);
      client.setSettings({ debounceMs: 0, languages: ['article', 'markdown'] });
      const published = await client.waitForDiagnostics(md);
      assert.ok(count(published, 'unattributed-quote') >= 2);
      assert.ok((await client.documentSymbols(md))!.length > 0);
      client.setSettings({ debounceMs: 0, languages: ['article'] });
      const cleared = await client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === md);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('newsLens.docsBaseUrl moves the links', async () => {
      client = await startServer({ settings: { debounceMs: 0, docsBaseUrl: 'https://newsroom.example/lens/rules/' } });
      client.open(uri, read(LETTERS));
      const published = await client.waitForDiagnostics(uri);
      assert.ok(published.diagnostics.length > 0);
      for (const d of published.diagnostics) assert.equal(d.codeDescription?.href, `https://newsroom.example/lens/rules/${d.code}.md`);
    });

    it('a long document (collected between the engine’s stages) gets the engine’s diagnostics, and hovers', async function () {
      this.timeout(60_000);
      // Over LONG_DOCUMENT characters: the server runs a full garbage collection between the stages (reclaim-memory.ts).
      const article = read(COUNCIL);
      const text = article.repeat(Math.ceil(LONG_DOCUMENT / article.length) + 1);
      assert.ok(text.length >= LONG_DOCUMENT);
      client = await startServer({ settings: { debounceMs: 0, maxDocumentSize: 10_000_000 } });
      client.open(uri, text);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1, 60_000);
      const expected = analyze(text, { maxLength: 10_000_000, today: todayIso() }).diagnostics;
      assert.equal(published.diagnostics.length, expected.length);
      assert.deepEqual(codes(published), expected.map((d) => d.code));
      const hover = await client.hover(uri, positionOf(text, 'Priya Raman'));
      assert.match(JSON.stringify(hover), /Priya Raman/);
    });

    it('newsLens.maxDocumentSize: a longer document is not analysed, and says so', async () => {
      client = await startServer({ settings: { debounceMs: 0, maxDocumentSize: 200 } });
      client.open(uri, read(LETTERS));
      const published = await client.waitForDiagnostics(uri);
      assert.deepEqual(codes(published), ['document-too-large']);
      assert.equal(published.diagnostics[0].severity, DiagnosticSeverity.Information);
      assert.match(published.diagnostics[0].message, /newsLens\.maxDocumentSize/);
      const status = await client.waitForNotification<{ tooLarge: boolean }>('newsLens/status');
      assert.equal(status.tooLarge, true);
      assert.deepEqual(await client.documentSymbols(uri), []);
    });
  });
});
