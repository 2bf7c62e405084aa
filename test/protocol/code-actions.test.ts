// Quick fixes through the real server over stdio: textDocument/codeAction with the diagnostics the server
// published, the returned WorkspaceEdit applied to the text as an editor would, the result compared with
// the expected article (test/protocol/fixtures/code-actions/*.expected.article), then sent back with
// didChange: the fixed diagnostic is gone from the next publication.
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import { LspClient } from '../support/lsp-client';
import { applyWorkspaceEdit, editsFor } from '../support/workspace-edit';
import { codes, fileUri, read, startServer, textAt } from './helpers';

const DIR = 'test/protocol/fixtures/code-actions';
const LETTERS = `${DIR}/bus-letters.article`;
const ZELENSKY = `${DIR}/zelensky.article`;
const expected = (name: string) => read(`${DIR}/${name}.expected.article`);

describe('protocol: code actions (quick fixes)', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(() => {
    client?.kill();
    client = undefined;
  });

  /** Opens a fixture under its own URI (one per test) and waits for its first diagnostics. */
  async function openFixture(path: string, name: string): Promise<{ uri: string; text: string; published: PublishDiagnosticsParams }> {
    client ??= await startServer();
    const uri = fileUri(`${DIR}/${name}.article`);
    const text = read(path);
    client.open(uri, text);
    return { uri, text, published: await client.waitForDiagnostics(uri, (p) => p.version === 1) };
  }

  function actionsFor(uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return client!.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
  }

  function pick(actions: CodeAction[], title: string | RegExp): CodeAction {
    const a = actions.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
    assert.ok(a, `no action ${title}; offered: ${actions.map((x) => x.title).join(' | ')}`);
    return a;
  }

  /** Sends the fixed text as the next version and resolves with that version's diagnostics. */
  async function republish(uri: string, text: string, version = 2): Promise<PublishDiagnosticsParams> {
    client!.change(uri, version, text);
    return client!.waitForDiagnostics(uri, (p) => p.version === version);
  }

  function only(p: PublishDiagnosticsParams, code: string): Diagnostic[] {
    return p.diagnostics.filter((d) => d.code === code);
  }

  it('advertises quick fixes and source.fixAll', async () => {
    client = LspClient.start();
    const result = await client.initialize({ settings: { debounceMs: 0 } });
    assert.deepEqual((result as InitializeResult).capabilities.codeActionProvider, { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] });
  });

  it('unattributed-quote: an attribution placeholder after the quotation; the diagnostic goes', async () => {
    const { uri, text, published } = await openFixture(LETTERS, 'placeholder');
    const flagged = only(published, 'unattributed-quote');
    assert.equal(flagged.length, 2);
    const fix = pick(await actionsFor(uri, flagged[0]), 'Add an attribution placeholder (“…,” [SPEAKER] said)');
    assert.equal(fix.kind, CodeActionKind.QuickFix);
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics?.map((d) => d.message), [flagged[0].message]);
    const fixed = applyWorkspaceEdit(text, fix.edit!, uri);
    assert.equal(fixed, expected('bus-letters.placeholder'));
    const after = only(await republish(uri, fixed), 'unattributed-quote');
    assert.deepEqual(after.map((d) => textAt(fixed, d.range)), [textAt(text, flagged[1].range)], 'only the other quotation is left');
  });

  it('unattributed-quote: fix all of the kind adds every placeholder', async () => {
    const { uri, text, published } = await openFixture(LETTERS, 'placeholders-all');
    const flagged = only(published, 'unattributed-quote');
    const all = pick(await actionsFor(uri, flagged[1]), 'Add an attribution placeholder to every unattributed quotation (2)');
    assert.equal(all.diagnostics?.length, 2);
    const fixed = applyWorkspaceEdit(text, all.edit!, uri);
    assert.equal(fixed, expected('bus-letters.placeholders-all'));
    assert.deepEqual(only(await republish(uri, fixed), 'unattributed-quote'), []);
  });

  it('unbalanced-quote: the missing closing mark where the quotation ends; the diagnostic goes', async () => {
    const { uri, text, published } = await openFixture(LETTERS, 'closing-mark');
    const [d] = only(published, 'unbalanced-quote');
    const fix = pick(await actionsFor(uri, d), 'Insert the missing closing mark ” after “…on the table.”');
    const fixed = applyWorkspaceEdit(text, fix.edit!, uri);
    assert.equal(fixed, expected('bus-letters.closing-mark'));
    assert.deepEqual(only(await republish(uri, fixed), 'unbalanced-quote'), []);
  });

  it('unbalanced-quote: the missing opening mark after an introducing colon', async () => {
    const { uri, text, published } = await openFixture(ZELENSKY, 'opening-mark');
    const [d] = only(published, 'unbalanced-quote');
    const fix = pick(await actionsFor(uri, d), /^Insert the missing opening mark “ before “We will rebuild…”$/);
    const fixed = applyWorkspaceEdit(text, fix.edit!, uri);
    assert.equal(fixed, expected('zelensky.opening-mark'));
    assert.deepEqual(only(await republish(uri, fixed), 'unbalanced-quote'), []);
  });

  it('name-variant: one respelling per spelling; respelling all as the other spelling changes every mention', async () => {
    const { uri, text, published } = await openFixture(ZELENSKY, 'respell');
    const [d] = only(published, 'name-variant');
    assert.equal(textAt(text, d.range), 'Zelenskyy');
    const actions = await actionsFor(uri, d);
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Respell')).map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Respell all as “Zelensky” (spelling used first)', true],
        ['Respell all as “Zelenskyy”', false],
      ],
    );
    const fixed = applyWorkspaceEdit(text, pick(actions, 'Respell all as “Zelenskyy”').edit!, uri);
    assert.equal(fixed, expected('zelensky.respell'));
    assert.deepEqual(only(await republish(uri, fixed), 'name-variant'), []);
  });

  it('ignore this one: a directive above the line; only that diagnostic goes', async () => {
    const { uri, text, published } = await openFixture(LETTERS, 'ignore');
    const flagged = only(published, 'unattributed-quote');
    const ignore = pick(await actionsFor(uri, flagged[1]), 'Ignore this unattributed-quote (comment directive on the line above)');
    const fixed = applyWorkspaceEdit(text, ignore.edit!, uri);
    assert.equal(fixed, expected('bus-letters.ignore'));
    const after = await republish(uri, fixed);
    assert.deepEqual(only(after, 'unattributed-quote').map((d) => textAt(fixed, d.range)), [textAt(text, flagged[0].range)]);
    // The other codes are still reported: the directive names one code.
    assert.deepEqual(codes(after).filter((c) => c !== 'unattributed-quote').sort(), codes(published).filter((c) => c !== 'unattributed-quote').sort());
  });

  it('ignore this one is offered for every code', async () => {
    const { uri, published } = await openFixture(LETTERS, 'ignore-every-code');
    const seen = new Set<string>();
    for (const d of published.diagnostics) {
      pick(await actionsFor(uri, d), `Ignore this ${d.code} (comment directive on the line above)`);
      seen.add(String(d.code));
    }
    assert.deepEqual([...seen].sort(), ['name-variant', 'unattributed-quote', 'unbalanced-quote']);
  });

  it('source.fixAll.newsLens (on save): the corrections in one edit, no placeholders', async () => {
    const { uri, text, published } = await openFixture(LETTERS, 'fix-all-on-save');
    const actions = await client!.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: [CodeActionKind.SourceFixAll], triggerKind: 2 },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.newsLens']);
    const fixed = applyWorkspaceEdit(text, actions[0].edit!, uri);
    assert.equal(fixed, expected('bus-letters.fix-all-on-save'));
    const after = await republish(uri, fixed);
    assert.deepEqual(codes(after).sort(), codes(published).filter((c) => c === 'unattributed-quote'));
  });

  it('answers for the version it holds: edits are versioned when the client supports it', async () => {
    client = LspClient.start();
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions: { debounceMs: 0 },
      capabilities: { workspace: { workspaceEdit: { documentChanges: true } }, textDocument: { publishDiagnostics: { versionSupport: true, dataSupport: true } } },
    });
    client.notify('initialized', {});
    const uri = fileUri(`${DIR}/versioned.article`);
    const text = read(LETTERS);
    client.open(uri, text);
    const [d] = only(await client.waitForDiagnostics(uri, (p) => p.version === 1), 'unbalanced-quote');
    // An edit elsewhere (version 2) before the request: the fix is computed on version 2 and says so.
    const edited = text.replace('Letters:', 'Letters to the editor:');
    client.change(uri, 2, edited);
    const [fix] = await actionsFor(uri, d);
    assert.equal(editsFor(fix.edit!, uri).version, 2);
    assert.equal(applyWorkspaceEdit(edited, fix.edit!, uri), expected('bus-letters.closing-mark').replace('Letters:', 'Letters to the editor:'));
  });
});
