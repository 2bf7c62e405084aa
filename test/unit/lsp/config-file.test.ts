import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, InitializeParams, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigFiles, withNewsroomConfig } from '../../../server/src/lsp/config-file';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings';

// The newsroom files as the server holds them: which folder's file a document gets, what counts as the
// file itself, and what is published on it. The connection is a recorder of publications.
function setup(folders: string[]) {
  const published: PublishDiagnosticsParams[] = [];
  let changes = 0;
  const connection = { sendDiagnostics: async (p: PublishDiagnosticsParams) => void published.push(p) } as unknown as Connection;
  const files = new ConfigFiles({ connection: () => connection, log: () => undefined, changed: () => void changes++, extensionRoot: () => '/ext' });
  files.initialize({ capabilities: {}, workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: f })) } as unknown as InitializeParams);
  files.initialized();
  return { files, published, changes: () => changes };
}

describe('lsp/config-file: .newslens.json per workspace folder', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'news-lens-config-file-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const uri = (...p: string[]) => pathToFileURL(join(root, ...p)).href;

  it('a document gets the file of the innermost folder holding it, and none outside the folders', () => {
    mkdirSync(join(root, 'desk'));
    writeFileSync(join(root, '.newslens.json'), '{ "rules": { "name-variant": "off" } }');
    writeFileSync(join(root, 'desk', '.newslens.json'), '{ "rules": { "name-variant": "error" } }');
    const { files } = setup([root, join(root, 'desk')]);
    assert.deepEqual(files.configFor(uri('a.article'))?.rules, { 'name-variant': 'off' });
    assert.deepEqual(files.configFor(uri('desk', 'sub', 'b.article'))?.rules, { 'name-variant': 'error' });
    assert.equal(files.configFor(pathToFileURL(join(tmpdir(), 'elsewhere.article')).href), undefined);
    assert.equal(files.configFor('untitled:Untitled-1'), undefined);
  });

  it('only the file at a folder root is the newsroom file', () => {
    mkdirSync(join(root, 'sub'));
    const { files } = setup([root]);
    assert.equal(files.isConfigFile(uri('.newslens.json')), true);
    assert.equal(files.isConfigFile(uri('sub', '.newslens.json')), false);
    assert.equal(files.isConfigFile(uri('newslens.json')), false);
  });

  it('publishes problems on the file with positions, clears them once fixed in the editor, and tells the server only when the config changes', () => {
    writeFileSync(join(root, '.newslens.json'), '\ufeff{ "rules": { "name-variant": "loud" } }');
    const { files, published, changes } = setup([root]);
    assert.equal(published.length, 1);
    const [first] = published;
    assert.equal(first.uri, uri('.newslens.json'));
    // The byte order mark is not part of what the editor shows: positions count without it.
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.range]), [['config-invalid', { start: { line: 0, character: 29 }, end: { line: 0, character: 35 } }]]);
    assert.equal(first.diagnostics[0].codeDescription?.href, pathToFileURL('/ext/docs/configuration.md').href);

    files.editorChanged(TextDocument.create(uri('.newslens.json'), 'json', 2, '{ "rules": { "name-variant": "off" } }'));
    assert.deepEqual(published.at(-1), { uri: uri('.newslens.json'), diagnostics: [] });
    assert.equal(changes(), 1);
    // The same valid text again (a save): nothing to re-analyse.
    files.editorChanged(TextDocument.create(uri('.newslens.json'), 'json', 3, '{ "rules": { "name-variant": "off" } }'));
    assert.equal(changes(), 1);
  });

  it('merges the file over the settings: its rules win per code, its maxDocumentSize over the setting', () => {
    const settings = { ...DEFAULT_SETTINGS, rules: { 'name-variant': 'hint' as const, 'unbalanced-quote': 'error' as const } };
    const merged = withNewsroomConfig(settings, { people: [], rules: { 'name-variant': 'off' }, maxDocumentSize: 10 });
    assert.deepEqual(merged.rules, { 'name-variant': 'off', 'unbalanced-quote': 'error' });
    assert.equal(merged.maxDocumentSize, 10);
    assert.equal(withNewsroomConfig(settings, undefined), settings);
  });
});
