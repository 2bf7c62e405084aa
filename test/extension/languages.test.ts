// newsLens.languages: markdown is not analysed until the user opts in, and is once they do (the client
// restarts with a document selector that includes it).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsWhen, freshCopy, open, positionOf, setLanguages, unattributed, workspaceDir } from './helpers';

const MARKDOWN = '# Flood plan\n\nLONDON, 12 March 2026\n\n“Nobody believes the money will arrive.”\n';

describe('extension host: newsLens.languages', () => {
  after(async () => {
    await setLanguages(undefined);
  });

  it('leaves markdown alone by default, and analyses it once opted in', async () => {
    const mdPath = join(workspaceDir(), 'opt-in.md');
    writeFileSync(mdPath, MARKDOWN);
    const md = await vscode.workspace.openTextDocument(vscode.Uri.file(mdPath));
    await vscode.window.showTextDocument(md);
    assert.equal(md.languageId, 'markdown');

    // An article opened and edited after the markdown file is published after it too (same server, same
    // debounce): once the article's new diagnostics are in, the markdown file would have had its own.
    const article = await open(freshCopy('flood-defences.article', 'languages.article'));
    await diagnosticsWhen(article.uri, (ds) => unattributed(ds).length === 1);
    const closing = positionOf(article, 'next flood.”');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(article.uri, new vscode.Range(closing.translate(0, 'next flood'.length), closing.translate(0, 'next flood.”'.length)), ',” said Councillor Ann Lee.');
    await vscode.workspace.applyEdit(edit);
    await diagnosticsWhen(article.uri, (ds) => unattributed(ds).length === 0);
    assert.deepEqual(vscode.languages.getDiagnostics(md.uri), [], 'markdown is not analysed by default');

    await setLanguages(['article', 'markdown']);
    const diagnostics = await diagnosticsWhen(md.uri, (ds) => unattributed(ds).length === 1);
    assert.equal(unattributed(diagnostics)[0].range.start.line, 4);

    await setLanguages(['article']);
    await diagnosticsWhen(md.uri, (ds) => ds.length === 0);
  });
});
