// The newsroom file (.newslens.json at the workspace root) in a real VS Code: written on disk while the
// server runs (the client's file watcher tells it), it gives a person the file's role in hovers and turns a
// rule off; opened in the editor with an invalid entry, it gets a News Lens diagnostic at that field; and
// VS Code's JSON support completes it from the schema the extension contributes (contributes.jsonValidation).
// The file is removed afterwards, and the suite waits until the articles are analysed without it again.
import assert from 'node:assert/strict';
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, freshCopy, hoverText, open, positionOf, unattributed, workspaceDir } from './helpers';

const CONFIG = () => join(workspaceDir(), '.newslens.json');

describe('extension host: the newsroom file .newslens.json', () => {
  let article: vscode.TextDocument;
  before(async () => {
    article = await open(freshCopy('flood-defences.article', 'newsroom.article'));
    await diagnosticsWhen(article.uri, (ds) => unattributed(ds).length === 1);
  });

  after(async () => {
    const config = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === CONFIG());
    if (config) {
      await vscode.window.showTextDocument(config);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    if (existsSync(CONFIG())) unlinkSync(CONFIG());
    // The suites after this one expect the defaults: wait until the server has read the deletion.
    await diagnosticsWhen(article.uri, (ds) => unattributed(ds).length === 1);
  });

  it('written on disk: the file’s role shows in the hover and its rule turns the diagnostic off', async () => {
    writeFileSync(
      CONFIG(),
      JSON.stringify({ people: [{ name: 'Tom Reid', roles: ['Shadow Environment Secretary'] }], rules: { 'unattributed-quote': 'off' } }, null, 2),
    );
    await diagnosticsWhen(article.uri, (ds) => unattributed(ds).length === 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article.uri, positionOf(article, 'Tom Reid').translate(0, 2));
    assert.match(hoverText(hovers), /Shadow Environment Secretary/);
  });

  it('opened with an invalid entry: a diagnostic on the file at the field, the rest still applied', async () => {
    const text = '{\n  "people": [ { "name": 42 } ],\n  "rules": { "unattributed-quote": "off" }\n}\n';
    writeFileSync(CONFIG(), text);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(CONFIG()));
    await vscode.window.showTextDocument(doc);
    const ours = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.source === 'news-lens');
    const diagnostics = ours(await diagnosticsWhen(doc.uri, (ds) => ours(ds).length > 0));
    assert.deepEqual(diagnostics.map((d) => [codeOf(d), doc.getText(d.range)]), [['config-invalid', '42']]);
    assert.match(diagnostics[0].message, /^people\[0\]\.name: /);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    // The valid rule still holds for the article.
    assert.deepEqual(unattributed(vscode.languages.getDiagnostics(article.uri)), []);

    // Fixed in the editor, unsaved: the problem goes as it is typed.
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('42');
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 2)), '"Tom Reid"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWhen(doc.uri, (ds) => ours(ds).length === 0);
  });

  it('VS Code completes the file from the schema the extension contributes', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(CONFIG()));
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), '{\n  "rules": {  }\n}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const inside = doc.positionAt(doc.getText().indexOf('{  }') + 2);
    // VS Code's JSON language server starts on demand and fetches the contributed schema after it: the first
    // completion requests can come back empty. Nothing announces "schema loaded", so ask again until the rule
    // codes are offered or the deadline passes (what a user sees on their next keystroke).
    await vscode.extensions.getExtension('vscode.json-language-features')?.activate();
    let labels: string[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, inside);
      labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/"/g, ''));
      if (labels.includes('name-variant')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(labels.includes('name-variant') && labels.includes('unattributed-quote'), `rule codes among ${labels.join(', ')}`);
  });
});
