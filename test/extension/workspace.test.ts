// The workspace commands in a real VS Code: "News Lens: Analyse Workspace" analyses an article nobody
// opened (its problems reach the Problems view), workspace symbols find a person across files, and rename
// (F2) rewrites a person's every name while the role before it stays.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activate, diagnosticsWhen, freshCopy, open, positionOf, unattributed, workspaceDir } from './helpers';

interface Summary {
  folders: number;
  found: number;
  files: number;
  people: number;
  quotes: number;
  unattributed: number;
  problems: number;
  cancelled: boolean;
  truncated: boolean;
}

describe('extension host: workspace', () => {
  let unopened: vscode.Uri;
  let summary: Summary | undefined;

  before(async () => {
    const dir = join(workspaceDir(), 'desk');
    mkdirSync(dir, { recursive: true });
    unopened = vscode.Uri.file(join(dir, 'unopened.article'));
    copyFileSync(join(workspaceDir(), 'flood-defences.article'), unopened.fsPath);
    await activate();
    summary = await vscode.commands.executeCommand<Summary>('newsLens.analyseWorkspace');
  });

  it('Analyse Workspace answers with a summary of every article in the folder', () => {
    assert.ok(summary, 'the command returned a summary');
    assert.equal(summary.folders, 1);
    assert.equal(summary.cancelled, false);
    assert.equal(summary.truncated, false);
    assert.ok(summary.found >= 2, `the fixture and the unopened copy at least, found ${summary.found}`);
    assert.equal(summary.files, summary.found);
    // Each article is a copy of the fixture with one unattributed quotation, unless an earlier test edited
    // its open copy (open documents count with their unsaved text): the fixture and the unopened copy keep theirs.
    assert.ok(summary.unattributed >= 2 && summary.unattributed <= summary.files, `${summary.unattributed} unattributed in ${summary.files} files`);
    assert.ok(summary.people >= 2, 'Priya Raman and Tom Reid at least');
  });

  it('the unopened article’s problem is in the Problems view, on the right line', async () => {
    const diagnostics = await diagnosticsWhen(unopened, (ds) => unattributed(ds).length === 1);
    assert.equal(unattributed(diagnostics)[0].range.start.line, 4);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'never opened');
  });

  it('workspace symbols find Priya Raman in the unopened article too', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'raman');
    const inUnopened = symbols.find((s) => s.location.uri.fsPath === unopened.fsPath);
    assert.ok(inUnopened, `among ${symbols.map((s) => `${s.name} (${s.containerName})`).join(', ')}`);
    assert.equal(inUnopened.name, 'Priya Raman');
    assert.equal(inUnopened.containerName, 'unopened.article');
    assert.equal(inUnopened.kind, vscode.SymbolKind.Object);
  });

  it('rename: prepareRename offers the name, refuses a non-person; the edit renames every name and keeps the role', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'rename.article'));
    await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1);
    const at = positionOf(doc, 'Priya Raman').translate(0, 2);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, at);
    assert.equal(prepared.placeholder, 'Priya Raman');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, positionOf(doc, 'Environment Agency').translate(0, 3))),
      /not a person’s name/i,
    );
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'Asha Patel');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = doc.getText();
    assert.match(text, /Environment Secretary Asha Patel said/);
    assert.match(text, /” Patel said on Thursday/);
    assert.ok(!text.includes('Raman'), 'no Raman left');
    assert.match(text, /Tom Reid/, 'nobody else renamed');
  });
});
