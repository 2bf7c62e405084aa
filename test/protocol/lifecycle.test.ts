// The server as a process: initialize, framing of everything on stdout, shutdown, and robustness against
// requests an editor should not send but sometimes does.
import assert from 'node:assert/strict';
import { LspClient } from '../support/lsp-client';
import { LETTERS, fileUri, read, startServer } from './helpers';

/** Splits stdout into LSP messages; throws on anything that is not a well-formed Content-Length frame of JSON-RPC. */
export function parseFrames(stdout: Buffer): unknown[] {
  const messages: unknown[] = [];
  let at = 0;
  while (at < stdout.length) {
    const headerEnd = stdout.indexOf('\r\n\r\n', at, 'latin1');
    if (headerEnd < 0) throw new Error(`bytes ${at}.. are not a header: ${JSON.stringify(stdout.subarray(at, at + 80).toString('utf8'))}`);
    const headers = stdout.subarray(at, headerEnd).toString('ascii').split('\r\n');
    let length = -1;
    for (const h of headers) {
      const m = /^([A-Za-z-]+): (.*)$/.exec(h);
      if (!m) throw new Error(`malformed header line ${JSON.stringify(h)} at byte ${at}`);
      if (m[1].toLowerCase() === 'content-length') length = Number(m[2]);
      else if (m[1].toLowerCase() !== 'content-type') throw new Error(`unexpected header ${JSON.stringify(h)}`);
    }
    if (!Number.isInteger(length) || length < 0) throw new Error(`no valid Content-Length at byte ${at}: ${headers.join(' / ')}`);
    const bodyStart = headerEnd + 4;
    if (bodyStart + length > stdout.length) throw new Error(`message at byte ${at} is truncated`);
    const message = JSON.parse(stdout.subarray(bodyStart, bodyStart + length).toString('utf8')) as { jsonrpc?: string };
    if (message.jsonrpc !== '2.0') throw new Error(`not a JSON-RPC 2.0 message: ${JSON.stringify(message).slice(0, 200)}`);
    messages.push(message);
    at = bodyStart + length;
  }
  return messages;
}

describe('protocol: lifecycle', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(() => client?.kill());

  it('initializes with the capabilities the features need', async () => {
    client = LspClient.start();
    const init = await client.initialize({ settings: { debounceMs: 0 } });
    const caps = init.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentHighlightProvider, true);
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(init.serverInfo?.name, 'news-lens');
  });

  it('writes nothing but well-formed LSP messages to stdout, and exits 0 after shutdown', async () => {
    client = await startServer();
    const uri = fileUri(LETTERS);
    const text = read(LETTERS);
    client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    await client.hover(uri, { line: 3, character: 5 });
    // Twice: the second is sent from the outline's JSON made for the first (sent-unchanged.ts).
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('no/suchMethod', {}).catch(() => undefined);
    client.setSettings({ debounceMs: 'soon' });
    await client.waitForNotification('window/showMessage');
    const code = await client.shutdown();
    assert.equal(code, 0);
    const messages = parseFrames(client.stdout);
    // initialize result + diagnostics + status + hover + symbols + error + config request + ... all parsed
    assert.ok(messages.length >= 7, `${messages.length} messages`);
  });

  it('sends the outline of the current version: the same when asked again, the new one after an edit', async () => {
    client = await startServer();
    const uri = 'file:///outline-versions.article';
    const text = '“We will not wait,” Priya Raman said on Monday.\n';
    client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const first = await client.documentSymbols(uri);
    assert.match(JSON.stringify(first), /Priya Raman/);
    assert.deepEqual(await client.documentSymbols(uri), first);
    const at = text.indexOf('Priya Raman');
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 'Priya Raman'.length } }, text: 'Daniel Okafor' }],
    });
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const after = JSON.stringify(await client.documentSymbols(uri));
    assert.match(after, /Daniel Okafor/);
    assert.doesNotMatch(after, /Priya Raman/);
  });

  it('newsLens.maxOutlineQuotes: the outline lists the first quotations, then counts the rest; a new value applies', async () => {
    const c = (client = await startServer({ settings: { debounceMs: 0, maxOutlineQuotes: 1 } }));
    const uri = 'file:///outline-limit.article';
    c.open(uri, '“We will not wait,” Priya Raman said.\n\n“Nor will we,” Daniel Okafor said.\n\n“Never,” Raman added.\n');
    await c.waitForDiagnostics(uri, (p) => p.version === 1);
    const names = async (): Promise<string[]> => ((await c.documentSymbols(uri)) as { name: string }[]).map((s) => s.name);
    assert.deepEqual(await names(), ['Priya Raman', '2 more quotations not listed']);
    c.setSettings({ debounceMs: 0, maxOutlineQuotes: 5000 });
    // A settings change analyses and publishes again: after that publication the new value is in use.
    await c.waitForNext<{ uri: string }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(await names(), ['Priya Raman', 'Daniel Okafor']);
  });

  it('the framing check rejects what is not a frame', () => {
    assert.throws(() => parseFrames(Buffer.from('hello\r\n\r\n')), /malformed header/);
    assert.throws(() => parseFrames(Buffer.from('Content-Length: 5\r\n\r\n{"a"')), /truncated/);
    assert.throws(() => parseFrames(Buffer.from('Content-Length: 7\r\n\r\n{"a":1}')), /not a JSON-RPC/);
    assert.throws(() => parseFrames(Buffer.from('Content-Length: 3\r\n\r\nabc')), /JSON/);
    assert.throws(() => parseFrames(Buffer.from('stray log line\n')), /not a header/);
    assert.equal(parseFrames(Buffer.from('Content-Length: 17\r\n\r\n{"jsonrpc":"2.0"}')).length, 1);
  });

  it('answers requests for documents it does not have with null or an empty list', async () => {
    client = await startServer();
    const uri = 'file:///nowhere/unknown.article';
    const pos = { line: 0, character: 0 };
    assert.equal(await client.hover(uri, pos), null);
    assert.deepEqual(await client.documentSymbols(uri), []);
    assert.equal(await client.definition(uri, pos), null);
    assert.deepEqual(await client.references(uri, pos), []);
    assert.deepEqual(await client.highlights(uri, pos), []);
  });

  it('handles positions past the end of a line or of the document', async () => {
    client = await startServer();
    const uri = fileUri(LETTERS);
    const text = read(LETTERS);
    client.open(uri, text);
    await client.waitForDiagnostics(uri);
    for (const position of [
      { line: 10_000, character: 0 },
      { line: 0, character: 10_000 },
      { line: 2, character: 1e9 },
    ]) {
      assert.equal(await client.hover(uri, position), null, JSON.stringify(position));
      assert.equal(await client.definition(uri, position), null);
      assert.deepEqual(await client.references(uri, position), []);
    }
    // still serving
    assert.match(JSON.stringify(await client.documentSymbols(uri)), /Unattributed quotes/);
  });

  it('survives malformed requests and unknown methods, and keeps serving', async () => {
    client = await startServer();
    const c = client;
    const uri = fileUri(LETTERS);
    const text = read(LETTERS);
    c.open(uri, text);
    await c.waitForDiagnostics(uri);
    assert.equal(await c.request('textDocument/hover', {}), null);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: null }), null);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: null }), []);
    await assert.rejects(c.request('news-lens/noSuchRequest', {}), (e: { code?: number }) => e.code === -32601);
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///not-open.article', version: 2 }, contentChanges: [{ text: 'x' }] });
    c.notify('textDocument/didOpen', { textDocument: null });
    c.notify('$/cancelRequest', { id: 12345 });
    assert.match(JSON.stringify(await c.documentSymbols(uri)), /Unattributed quotes/);
    assert.match(JSON.stringify(await c.hover(uri, { line: 3, character: 5 })), /No speaker named/);
  });
});

describe('protocol: the VS Code transport (dist/server.js over IPC)', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(() => client?.kill());

  it('serves the same protocol over --node-ipc, with nothing on stdout', async () => {
    client = LspClient.startIpc();
    await client.initialize({ settings: { debounceMs: 0 } });
    const uri = fileUri(LETTERS);
    client.open(uri, read(LETTERS));
    const published = await client.waitForDiagnostics(uri);
    assert.ok(published.diagnostics.some((d) => d.code === 'unattributed-quote'));
    assert.match(JSON.stringify(await client.documentSymbols(uri)), /Unattributed quotes/);
    assert.equal(await client.shutdown(), 0);
    assert.equal(client.stdout.length, 0, client.stdout.toString('utf8'));
  });
});
