// Diagnostics as the extension host receives them from the News Lens server, on an article the tests
// wrote (test/e2e/fixtures/flood-defences.article): one unattributed quote (line 5), three attributed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, freshCopy, nextDiagnostics, open, positionOf, unattributed } from './helpers';

describe('extension host: diagnostics', () => {
  it('opens .article files as the Article language and activates News Lens', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'activation.article'));
    assert.equal(doc.languageId, 'article');
    assert.equal(vscode.extensions.getExtension('news-lens.news-lens')?.isActive, true);
  });

  it('reports the unattributed quote, and only it, with its code linking to the rule docs', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'diagnostics.article'));
    const diagnostics = await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length > 0);
    const flagged = unattributed(diagnostics);
    assert.equal(flagged.length, 1, `expected one unattributed-quote, got ${flagged.length}`);
    const quote = positionOf(doc, '“Nobody in this valley');
    assert.equal(flagged[0].range.start.line, quote.line);
    assert.equal(flagged[0].severity, vscode.DiagnosticSeverity.Warning);
    const target = typeof flagged[0].code === 'object' ? flagged[0].code.target : undefined;
    assert.ok(target, 'the code has a documentation link');
    assert.match(target.toString(), /unattributed-quote\.md$/);
    if (target.scheme === 'file') assert.ok(existsSync(target.fsPath), `${target.fsPath} exists`);
    for (const attributed of ['We have learned', 'too little, too late']) {
      const line = positionOf(doc, attributed).line;
      assert.equal(flagged.filter((d) => d.range.start.line === line).length, 0, `no unattributed-quote on the line of “${attributed}”`);
    }
  });

  it('clears the diagnostic once the quote is attributed, and brings it back on undo', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'edit.article'));
    await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1);
    const closing = positionOf(doc, 'next flood.”');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(closing.translate(0, 'next flood'.length), closing.translate(0, 'next flood.”'.length)), ',” said Councillor Ann Lee.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 0);
    assert.deepEqual(unattributed(after), []);
    await vscode.commands.executeCommand('undo');
    const undone = await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1);
    assert.equal(unattributed(undone)[0].range.start.line, positionOf(doc, '“Nobody in this valley').line);
  });

  it('publishes again after "News Lens: Restart Server"', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'restart.article'));
    await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1);
    const republished = nextDiagnostics(doc.uri);
    await vscode.commands.executeCommand('newsLens.restartServer');
    // The old server's diagnostics are cleared as it stops, then the new one publishes its own.
    const diagnostics = await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1);
    await republished;
    assert.deepEqual(diagnostics.map(codeOf).filter((c) => c === 'unattributed-quote'), ['unattributed-quote']);
  });
});
