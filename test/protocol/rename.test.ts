// Rename of a person through the real server over stdio: prepareRename, then textDocument/rename, whose
// WorkspaceEdit is applied to the article and compared with the expected article
// (test/protocol/fixtures/rename/). The fixture has two Ashdowns who are not related, a pronoun and a role.
import assert from 'node:assert/strict';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client';
import { fileUri, positionOf, read, startServer, textAt } from './helpers';

const LIBRARY = 'test/protocol/fixtures/rename/library.article';

describe('protocol: rename', function () {
  this.timeout(30_000);
  let client: LspClient;
  const uri = fileUri(LIBRARY);
  const text = read(LIBRARY);

  before(async () => {
    client = await startServer();
    client.open(uri, text);
    await client.waitForDiagnostics(uri);
  });
  after(async () => {
    if (client) await client.shutdown().catch(() => client.kill());
  });

  const prepare = (needle: string, n = 0, plus = 1) =>
    client.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(text, needle, n, plus) });
  const rename = (needle: string, newName: string, n = 0, plus = 1) =>
    client.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri }, position: positionOf(text, needle, n, plus), newName });
  const applied = (edit: WorkspaceEdit | null): string => {
    assert.ok(edit?.changes?.[uri], `edits for the article in ${JSON.stringify(edit)}`);
    return TextDocument.applyEdits(TextDocument.create(uri, 'article', 1, text), edit.changes[uri] as TextEdit[]);
  };
  const refusal = async (request: Promise<unknown>): Promise<string> => {
    try {
      await request;
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail('expected the server to refuse');
  };

  it('advertises rename with prepareRename', async () => {
    const other = LspClient.start();
    try {
      const init = await other.initialize({ settings: {} });
      assert.deepEqual(init.capabilities.renameProvider, { prepareProvider: true });
    } finally {
      await other.shutdown().catch(() => other.kill());
    }
  });

  it('prepareRename on a name: the name (its honorific left out) and the same text as placeholder', async () => {
    const full = await prepare('Councillor Helen Ashdown', 0, 12);
    assert.equal(full?.placeholder, 'Helen Ashdown');
    assert.equal(textAt(text, full!.range), 'Helen Ashdown');
    const ms = await prepare('Ms Ashdown', 0, 5);
    assert.equal(ms?.placeholder, 'Ashdown');
    assert.equal(textAt(text, ms!.range), 'Ashdown');
  });

  it('prepareRename on a pronoun, a role or plain text: refused with “not a person’s name”', async () => {
    assert.match(await refusal(prepare('she added')), /“she” is not a person’s name but a pronoun of Helen Ashdown/);
    assert.match(await refusal(prepare('The councillor told')), /is not a person’s name but a role of Helen Ashdown/);
    assert.match(await refusal(prepare('civic centre')), /Not a person’s name/);
  });

  it('a new full name: every mention of her in its own form; the pronoun, the role and Tom Ashdown untouched', async () => {
    assert.equal(applied(await rename('Helen Ashdown', 'Grace Holt')), read('test/protocol/fixtures/rename/library.grace-holt.article'));
  });

  it('a surname typed over a surname-only mention keeps her given name', async () => {
    assert.equal(applied(await rename('Ashdown’s plan', 'Holt')), read('test/protocol/fixtures/rename/library.holt.article'));
  });

  it('renaming Tom Ashdown changes his two mentions only', async () => {
    const edit = await rename('Tom Ashdown', 'Tom Baker');
    const edits = edit?.changes?.[uri] ?? [];
    assert.deepEqual(
      edits.map((e) => [textAt(text, e.range), e.newText]),
      [
        ['Tom Ashdown', 'Tom Baker'],
        ['Ashdown', 'Baker'],
      ],
    );
    assert.deepEqual(edits[1].range.start, positionOf(text, 'Mr Ashdown', 0, 3), 'the second edit is Mr Ashdown’s surname');
  });

  it('the renamed article is still one person: references from the new surname find every renamed mention', async () => {
    const renamed = read('test/protocol/fixtures/rename/library.grace-holt.article');
    client.change(uri, 2, renamed);
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const refs = (await client.references(uri, positionOf(renamed, 'Holt’s', 0, 1))) ?? [];
    const named = refs.map((r) => textAt(renamed, r.range));
    for (const m of ['Grace Holt', 'Ms Holt', 'Holt']) assert.ok(named.includes(m), `${m} among ${named.join(', ')}`);
    assert.ok(!named.some((m) => m.includes('Ashdown')), 'Tom Ashdown is someone else');
  });
});
