// The newsroom file (.newslens.json at a workspace folder's root) through the real server over stdio:
// a valid file gives known people (roles in hovers, house spellings, recognised) and rule severities over
// the settings; an invalid one gets diagnostics on the file itself at the offending field while its valid
// parts still apply; no file means the settings and defaults; and a change on disk, in the editor or in
// the workspace folders re-analyses the open articles. Every wait is on a notification, never a sleep.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { LspClient } from '../support/lsp-client';
import { codes, hoverValue, positionOf, startServer, textAt } from './helpers';

const ARTICLE = [
  'KYIV, March 3 (Reuters) - Zelenskyy met European officials in Kyiv on Monday.',
  '',
  '“We will not give up our land,” he said.',
  '',
  '“Nobody has explained where the money will come from.”',
  '',
  'The talks resume on Friday. “We are ready,” the minister said, “to sign.',
  '',
].join('\n');

const ZELENSKY = { name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] };
const VALID = JSON.stringify({ people: [ZELENSKY], rules: { 'unattributed-quote': 'off', 'name-variant': 'error' } }, null, 2);
// Comments are allowed (JSONC); one person and one rule are invalid, one field is unknown.
const INVALID = `{
  // the desk's list
  "people": [
    { "name": 42, "roles": ["Minister"] },
    { "name": "Volodymyr Zelensky", "roles": ["President of Ukraine"], "spellings": ["Zelenskyy"] }
  ],
  "rules": { "unattributed-quote": "loud", "name-variant": "error" },
  "peeple": []
}
`;

const DIAGNOSTICS = 'textDocument/publishDiagnostics';
const FILE_CREATED = 1;
const FILE_CHANGED = 2;
const FILE_DELETED = 3;

describe('protocol: the newsroom file .newslens.json', function () {
  this.timeout(30_000);
  let dir: string;
  let client: LspClient | undefined;

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'news-lens-newsroom-'))));
  afterEach(async () => {
    if (client) await client.shutdown().catch(() => client?.kill());
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const uriOf = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;
  const configUri = () => uriOf('.newslens.json');
  const articleUri = () => uriOf('kyiv-talks.article');
  const folder = () => ({ uri: pathToFileURL(dir).href, name: 'desk' });
  const hoverOnZelenskyy = () => client!.hover(articleUri(), positionOf(ARTICLE, 'Zelenskyy', 0, 2));
  const nameVariant = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === 'name-variant');
  /** The diagnostics the server published on the newsroom file so far. */
  const onConfig = () => client!.diagnosticsFor(configUri());

  async function open(settings: Record<string, unknown> = { debounceMs: 0 }): Promise<PublishDiagnosticsParams> {
    client = await startServer({ settings, workspaceFolders: [folder()], watchedFiles: true });
    client.open(articleUri(), ARTICLE);
    return client.waitForDiagnostics(articleUri());
  }

  it('valid: the file’s roles in hovers, its house spelling in name-variant, its rules over the settings', async () => {
    writeFileSync(join(dir, '.newslens.json'), VALID);
    const published = await open({ debounceMs: 0, rules: { 'unattributed-quote': 'error', 'unbalanced-quote': 'hint', 'name-variant': 'hint' } });

    // Hover: the role the article never gives, under the house name.
    const hover = hoverValue(await hoverOnZelenskyy());
    assert.match(hover, /Volodymyr Zelensky/);
    assert.match(hover, /President of Ukraine/);

    // "Zelenskyy" in the text: name-variant names the house spelling, at the file's severity (over the setting's hint).
    const variant = nameVariant(published);
    assert.ok(variant, `no name-variant in ${codes(published)}`);
    assert.equal(variant.severity, DiagnosticSeverity.Error);
    assert.match(variant.message, /house spelling is “Zelensky”/);
    assert.equal(textAt(ARTICLE, variant.range), 'Zelenskyy');
    // Turned off in the file although the settings raise it to error; the settings' own rule still holds.
    assert.ok(!codes(published).includes('unattributed-quote'), codes(published).join(', '));
    assert.equal(published.diagnostics.find((d) => d.code === 'unbalanced-quote')?.severity, DiagnosticSeverity.Hint);
    // A valid file gets no diagnostics of its own.
    assert.deepEqual(onConfig().filter((p) => p.diagnostics.length), []);
    // The server asked to be told when the file changes.
    const registrations = client!.serverRequests.filter((r) => r.method === 'client/registerCapability');
    assert.ok(JSON.stringify(registrations).includes('**/.newslens.json'), JSON.stringify(registrations));
  });

  it('invalid: diagnostics on the file at each offending field, and the valid parts still apply', async () => {
    writeFileSync(join(dir, '.newslens.json'), INVALID);
    const published = await open();
    const onFile = await client!.waitForDiagnostics(configUri(), (p) => p.diagnostics.length > 0);
    const found = onFile.diagnostics.map((d) => [textAt(INVALID, d.range), d.severity, d.code, d.source]);
    assert.deepEqual(found, [
      ['42', DiagnosticSeverity.Error, 'config-invalid', 'news-lens'],
      ['"loud"', DiagnosticSeverity.Error, 'config-invalid', 'news-lens'],
      ['"peeple"', DiagnosticSeverity.Warning, 'config-unknown-field', 'news-lens'],
    ]);
    assert.match(onFile.diagnostics[0].message, /^people\[0\]\.name: expected the house spelling/);
    assert.match(onFile.diagnostics[1].message, /^rules\.unattributed-quote: expected one of/);
    assert.match(onFile.diagnostics[2].message, /did you mean "people"\?/);
    assert.match(onFile.diagnostics[0].codeDescription?.href ?? '', /docs\/configuration\.md$/);

    // The second person and the name-variant rule are valid: they apply; the dropped rule keeps its default.
    assert.match(hoverValue(await hoverOnZelenskyy()), /President of Ukraine/);
    assert.equal(nameVariant(published)?.severity, DiagnosticSeverity.Error);
    assert.equal(published.diagnostics.find((d) => d.code === 'unattributed-quote')?.severity, DiagnosticSeverity.Warning);
  });

  it('missing: the settings and defaults apply, and nothing is published for a file that is not there', async () => {
    const published = await open();
    assert.equal(await hoverOnZelenskyy(), null, 'a lone "Zelenskyy" is nobody the detector can be sure of');
    assert.deepEqual(codes(published).sort(), ['unattributed-quote', 'unbalanced-quote']);
    assert.deepEqual(onConfig(), []);
  });

  it('changed while running: created, broken, fixed and deleted on disk (workspace/didChangeWatchedFiles), each time re-analysing', async () => {
    const first = await open();
    assert.ok(codes(first).includes('unattributed-quote'));
    const article = (match: (p: PublishDiagnosticsParams) => boolean) =>
      client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === articleUri() && match(p));
    const fileEvent = (type: number) => client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type }] });

    // Created: the rule goes off and the person is known.
    writeFileSync(join(dir, '.newslens.json'), VALID);
    let next = article((p) => !codes(p).includes('unattributed-quote'));
    fileEvent(FILE_CREATED);
    assert.equal(nameVariant(await next)?.severity, DiagnosticSeverity.Error);
    assert.match(hoverValue(await hoverOnZelenskyy()), /President of Ukraine/);

    // Broken: problems on the file; its valid part (the person, name-variant) still applies.
    let onFile = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === configUri() && p.diagnostics.length > 0);
    next = article((p) => codes(p).includes('unattributed-quote'));
    writeFileSync(join(dir, '.newslens.json'), INVALID);
    fileEvent(FILE_CHANGED);
    assert.equal((await onFile).diagnostics.length, 3);
    assert.equal(nameVariant(await next)?.severity, DiagnosticSeverity.Error);

    // Fixed: the file's diagnostics are cleared.
    onFile = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === configUri() && p.diagnostics.length === 0);
    next = article((p) => !codes(p).includes('unattributed-quote'));
    writeFileSync(join(dir, '.newslens.json'), VALID);
    fileEvent(FILE_CHANGED);
    await Promise.all([onFile, next]);

    // Deleted: back to the defaults.
    next = article((p) => codes(p).includes('unattributed-quote') && !nameVariant(p));
    unlinkSync(join(dir, '.newslens.json'));
    fileEvent(FILE_DELETED);
    await next;
    assert.equal(await hoverOnZelenskyy(), null);
  });

  it('open in the editor: validated and applied as typed, and the disk’s version again once closed', async () => {
    writeFileSync(join(dir, '.newslens.json'), '{}');
    await open();
    // Typed so far: one invalid rule, unsaved (the disk has an empty file).
    const typed = '{ "rules": { "unattributed-quote": "of" } }';
    const onFile = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === configUri() && p.diagnostics.length > 0);
    client!.open(configUri(), typed, 'json');
    const problem = (await onFile).diagnostics[0];
    assert.equal(textAt(typed, problem.range), '"of"');

    // Corrected in the editor: the problem goes and the article is analysed with the unsaved file.
    const cleared = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === configUri() && p.diagnostics.length === 0);
    const reanalysed = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === articleUri() && !codes(p).includes('unattributed-quote'));
    client!.change(configUri(), 2, '{ "rules": { "unattributed-quote": "off" } }');
    await Promise.all([cleared, reanalysed]);

    // Closed without saving: the disk's empty file, so the defaults apply again.
    const reverted = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === articleUri() && codes(p).includes('unattributed-quote'));
    client!.close(configUri());
    await reverted;
    // The editor's JSON document is not an article: no analysis was published for it.
    assert.ok(onConfig().every((p) => p.diagnostics.every((d) => String(d.code).startsWith('config-'))));
  });

  it('deleted on disk while still open in the editor (VS Code sends didClose minutes after the tab closes): the defaults apply', async () => {
    writeFileSync(join(dir, '.newslens.json'), VALID);
    const first = await open();
    assert.ok(!codes(first).includes('unattributed-quote'));
    client!.open(configUri(), VALID, 'json');
    // A save of the open file changes nothing: the article is not analysed again for it.
    client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: FILE_CHANGED }] });
    const back = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === articleUri() && codes(p).includes('unattributed-quote'));
    unlinkSync(join(dir, '.newslens.json'));
    client!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: FILE_DELETED }] });
    assert.ok(!nameVariant(await back));
  });

  it('the document of a file that no longer exists (sent again to a restarted server) does not apply', async () => {
    client = await startServer({ settings: { debounceMs: 0 }, workspaceFolders: [folder()], watchedFiles: true });
    // Processed in order: the orphaned document first, then the article.
    client.open(configUri(), VALID, 'json');
    client.open(articleUri(), ARTICLE);
    const published = await client.waitForDiagnostics(articleUri());
    assert.ok(codes(published).includes('unattributed-quote'));
    assert.ok(!nameVariant(published));
  });

  it('per folder: each workspace folder has its own file, and a folder added later brings its file', async () => {
    const other = mkdtempSync(join(tmpdir(), 'news-lens-newsroom-other-'));
    try {
      writeFileSync(join(other, '.newslens.json'), VALID);
      const published = await open();
      // The first folder has no file: defaults.
      assert.ok(codes(published).includes('unattributed-quote'));
      const elsewhere = pathToFileURL(join(other, 'kyiv-talks.article')).href;
      client!.open(elsewhere, ARTICLE);
      // Not yet a workspace folder: its file does not apply.
      assert.ok(codes(await client!.waitForDiagnostics(elsewhere)).includes('unattributed-quote'));

      const applied = client!.waitForNext<PublishDiagnosticsParams>(DIAGNOSTICS, (p) => p.uri === elsewhere && !codes(p).includes('unattributed-quote'));
      client!.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(other).href, name: 'other' }], removed: [] } });
      assert.equal(nameVariant(await applied)?.severity, DiagnosticSeverity.Error);
      // The first folder's article still has no newsroom file.
      assert.equal(await hoverOnZelenskyy(), null);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('a client that gives only rootUri (Neovim, Helix) gets the file at the root', async () => {
    writeFileSync(join(dir, '.newslens.json'), VALID);
    client = await startServer({ settings: { debounceMs: 0 }, rootUri: pathToFileURL(dir).href });
    client.open(articleUri(), ARTICLE);
    const published = await client.waitForDiagnostics(articleUri());
    assert.ok(!codes(published).includes('unattributed-quote'));
    assert.match(hoverValue(await hoverOnZelenskyy()), /President of Ukraine/);
  });
});
