// The workspace through the real server over stdio: "Analyse Workspace" (newsLens/analyseWorkspace) on a
// temporary copy of test/protocol/fixtures/workspace/ — its $/progress, its summary, the diagnostics of
// files nobody opened, cancellation — and workspace/symbol finding a person across articles, kept up to
// date by file events, closed documents and workspace folder changes.
//
// The fixtures: town/library.article and roads.news both name Councillor Helen Ashdown and each has one
// quotation nobody is credited with; roads.news also quotes Mark Reyes. notes.md (Grace Holt) counts only
// when newsLens.languages includes markdown. Copies inside node_modules/ and .cache/ must be skipped.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams, SymbolInformation, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageserver/node';
import { SymbolKind } from 'vscode-languageserver/node';
import { ANALYSE_WORKSPACE_REQUEST } from '../../server/src/protocol';
import type { AnalyseWorkspaceResult } from '../../server/src/protocol';
import { LspClient, projectRoot } from '../support/lsp-client';
import type { InitializeOptions } from '../support/lsp-client';
import { codes, textAt } from './helpers';

const FIXTURES = join(projectRoot(), 'test/protocol/fixtures/workspace');

interface Progress {
  token: string | number;
  value: WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' };
}

/** A fresh copy of the fixture folder, with articles in folders the walk must skip. */
function workspaceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-ws-'));
  cpSync(FIXTURES, dir, { recursive: true });
  for (const skipped of ['node_modules/some-package', '.cache']) {
    mkdirSync(join(dir, skipped), { recursive: true });
    cpSync(join(FIXTURES, 'town/library.article'), join(dir, skipped, 'library.article'));
  }
  return dir;
}

const uriOf = (path: string) => pathToFileURL(path).href;

async function start(dir: string, options: InitializeOptions = {}): Promise<LspClient> {
  const client = LspClient.start();
  await client.initialize({ settings: { debounceMs: 0 }, workspaceFolders: [{ uri: uriOf(dir), name: 'desk' }], ...options });
  return client;
}

function analyse(client: LspClient, workDoneToken?: string): Promise<AnalyseWorkspaceResult> {
  return client.request<AnalyseWorkspaceResult>(ANALYSE_WORKSPACE_REQUEST, workDoneToken === undefined ? {} : { workDoneToken });
}

function progressOf(client: LspClient, token: string | number): Progress['value'][] {
  return client.notifications.filter((n) => n.method === '$/progress' && (n.params as Progress).token === token).map((n) => (n.params as Progress).value);
}

function symbols(client: LspClient, query: string): Promise<SymbolInformation[]> {
  return client.request<SymbolInformation[]>('workspace/symbol', { query });
}

describe('protocol: workspace', function () {
  this.timeout(60_000);

  describe('Analyse Workspace', () => {
    let dir: string;
    let client: LspClient;
    let summary: AnalyseWorkspaceResult;
    const library = () => uriOf(join(dir, 'town/library.article'));
    const roads = () => uriOf(join(dir, 'roads.news'));

    before(async () => {
      dir = workspaceCopy();
      client = await start(dir);
      summary = await analyse(client, 'analyse-1');
    });
    after(async () => {
      if (client) await client.shutdown().catch(() => client.kill());
      rmSync(dir, { recursive: true, force: true });
    });

    it('reports work-done progress: begin, “Analysing n/2: file” reports, end', () => {
      const values = progressOf(client, 'analyse-1');
      assert.equal(values[0]?.kind, 'begin');
      assert.equal((values[0] as WorkDoneProgressBegin).cancellable, true);
      assert.equal(values[values.length - 1]?.kind, 'end');
      const messages = values.filter((v): v is WorkDoneProgressReport => v.kind === 'report').map((v) => v.message);
      assert.ok(messages.includes('Analysing 1/2: roads.news'), messages.join(' | '));
      assert.ok(messages.includes(`Analysing 2/2: ${join('town', 'library.article')}`), messages.join(' | '));
    });

    it('returns the summary: two articles (the skipped folders and notes.md left out), Helen Ashdown counted once', () => {
      assert.deepEqual(summary, {
        folders: 1,
        found: 2,
        files: 2,
        people: 2, // Helen Ashdown (in both), Mark Reyes
        quotes: 4,
        unattributed: 2,
        problems: 2,
        filesWithProblems: 2,
        skipped: 0,
        truncated: false,
        cancelled: false,
      });
    });

    it('publishes the diagnostics of the files nobody opened', async () => {
      for (const uri of [library(), roads()]) {
        const published = await client.waitForDiagnostics(uri);
        assert.deepEqual(codes(published), ['unattributed-quote'], uri);
      }
      assert.equal(client.diagnosticsFor(uriOf(join(dir, 'node_modules/some-package/library.article'))).length, 0, 'node_modules is skipped');
      assert.equal(client.diagnosticsFor(uriOf(join(dir, '.cache/library.article'))).length, 0, 'dot-folders are skipped');
    });

    it('workspace/symbol finds Helen Ashdown in both articles, at her first full mention, the file as container', async () => {
      const found = await symbols(client, 'ashdown');
      assert.deepEqual(found.map((s) => [s.name, s.containerName, s.kind]).sort(), [
        ['Helen Ashdown', 'library.article', SymbolKind.Object],
        ['Helen Ashdown', 'roads.news', SymbolKind.Object],
      ]);
      for (const s of found) {
        const text = readFileSync(new URL(s.location.uri), 'utf8');
        assert.equal(textAt(text, s.location.range), 'Helen Ashdown');
      }
      // Fuzzy, as VS Code's own matching: the letters in order.
      assert.deepEqual((await symbols(client, 'mrey')).map((s) => s.name), ['Mark Reyes']);
      assert.deepEqual(await symbols(client, 'Grace Holt'), [], 'notes.md is not an analysed language');
    });

    it('a new file on disk (didChangeWatchedFiles) is analysed and indexed; deleted, it leaves both', async () => {
      const path = join(dir, 'town/pool.article');
      writeFileSync(path, readFileSync(join(FIXTURES, 'town/library.article'), 'utf8').replace('library', 'swimming pool'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type: 1 }] });
      assert.deepEqual(codes(await client.waitForDiagnostics(uriOf(path))), ['unattributed-quote']);
      assert.equal((await symbols(client, 'ashdown')).length, 3);
      unlinkSync(path);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type: 3 }] });
      await client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uriOf(path) && p.diagnostics.length === 0);
      assert.equal((await symbols(client, 'ashdown')).length, 2);
    });

    it('an open document counts with its unsaved text, and closed it is read from the disk again', async () => {
      const text = readFileSync(join(dir, 'roads.news'), 'utf8');
      const edited = text.replace('“It is about time.”', 'Residents welcomed the plan.').replace(/Helen Ashdown/g, 'Helen Ashford');
      client.open(roads(), edited, 'article', 7);
      await client.waitForDiagnostics(roads(), (p) => p.version === 7 && p.diagnostics.length === 0);
      const found = await symbols(client, 'helen');
      assert.deepEqual(found.map((s) => s.name).sort(), ['Helen Ashdown', 'Helen Ashford'], 'the open text, not the disk');
      const again = await analyse(client, 'analyse-2');
      assert.equal(again.unattributed, 1, 'the open text has no unattributed quote');
      assert.equal(again.people, 3);
      client.close(roads());
      const fromDisk = await client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === roads() && p.diagnostics.length > 0);
      assert.deepEqual(codes(fromDisk), ['unattributed-quote']);
      assert.equal(fromDisk.version ?? null, null, 'a file on disk has no version');
      assert.deepEqual((await symbols(client, 'helen')).map((s) => s.name), ['Helen Ashdown', 'Helen Ashdown']);
    });

    it('a workspace folder added is analysed and searched; removed, its diagnostics go', async () => {
      const other = mkdtempSync(join(tmpdir(), 'news-lens-ws2-'));
      try {
        const path = join(other, 'court.article');
        writeFileSync(path, readFileSync(join(FIXTURES, 'roads.news'), 'utf8').replace(/Mark Reyes/g, 'Mark Reynolds').replace(/Reyes said/g, 'Reynolds said'));
        client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(other), name: 'court' }], removed: [] } });
        assert.deepEqual(codes(await client.waitForDiagnostics(uriOf(path))), ['unattributed-quote']);
        assert.deepEqual((await symbols(client, 'mark')).map((s) => s.name), ['Mark Reyes', 'Mark Reynolds']);
        client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(other), name: 'court' }] } });
        await client.waitForNext<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uriOf(path) && p.diagnostics.length === 0);
        assert.deepEqual((await symbols(client, 'mark')).map((s) => s.name), ['Mark Reyes']);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    });
  });

  describe('workspace/symbol before any analysis', () => {
    let dir: string;
    let client: LspClient;
    before(async () => {
      dir = workspaceCopy();
      client = await start(dir, { settings: { debounceMs: 0, languages: ['article', 'markdown'] } });
    });
    after(async () => {
      if (client) await client.shutdown().catch(() => client.kill());
      rmSync(dir, { recursive: true, force: true });
    });

    it('the first query scans the workspace (markdown opted in), publishing nothing', async () => {
      const found = await symbols(client, 'holt');
      assert.deepEqual(found.map((s) => [s.name, s.containerName]), [['Grace Holt', 'notes.md']]);
      assert.equal((await symbols(client, 'ashdown')).length, 2);
      assert.equal(client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length, 0);
    });

    it('an empty query lists everyone', async () => {
      assert.deepEqual([...new Set((await symbols(client, '')).map((s) => s.name))].sort(), ['Grace Holt', 'Helen Ashdown', 'Mark Reyes']);
    });
  });

  describe('progress the server creates, and cancellation', () => {
    let dir: string;
    let client: LspClient;
    before(async () => {
      // Enough articles that the analysis is still running when the cancellation arrives.
      dir = mkdtempSync(join(tmpdir(), 'news-lens-ws-many-'));
      const article = readFileSync(join(FIXTURES, 'town/library.article'), 'utf8');
      for (let i = 0; i < 400; i++) writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.article`), article);
      client = await start(dir, { workDoneProgress: true });
    });
    after(async () => {
      if (client) await client.shutdown().catch(() => client.kill());
      rmSync(dir, { recursive: true, force: true });
    });

    it('cancelling stops the work: a partial summary, and no file analysed after it', async () => {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest<AnalyseWorkspaceResult>(ANALYSE_WORKSPACE_REQUEST, { workDoneToken: 'cancel-me' }, source.token);
      await client.waitForNotification<Progress>('$/progress', (p) => p.token === 'cancel-me' && p.value.kind === 'report');
      source.cancel();
      const result = await pending;
      assert.equal(result.cancelled, true);
      assert.equal(result.found, 400);
      assert.ok(result.files < 400, `stopped early: ${result.files} of 400`);
      const published = () => client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length;
      assert.equal(published(), result.files, 'one publication per analysed file');
      assert.equal(progressOf(client, 'cancel-me').at(-1)?.kind, 'end');
      // A round trip: anything the server still did would have reached us before this answer.
      await client.hover(uriOf(join(dir, 'story-000.article')), { line: 0, character: 0 });
      assert.equal(published(), result.files, 'nothing analysed after the cancellation');
    });

    it('without a token from the client, the server creates its own progress (window/workDoneProgress/create)', async () => {
      const result = await analyse(client);
      assert.equal(result.files, 400);
      const created = client.serverRequests.filter((r) => r.method === 'window/workDoneProgress/create');
      assert.equal(created.length, 1);
      const token = (created[0].params as { token: string | number }).token;
      const values = progressOf(client, token);
      assert.equal(values[0]?.kind, 'begin');
      assert.equal(values.at(-1)?.kind, 'end');
      assert.ok(values.some((v) => v.kind === 'report' && /^Analysing 400\/400: story-399\.article$/.test(v.message ?? '')));
    });
  });
});

