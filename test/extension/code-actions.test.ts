// Quick fixes inside a real VS Code: the code actions VS Code gets from the News Lens server for the
// unattributed quote (vscode.executeCodeActionProvider, what the light bulb asks for), one applied with
// workspace.applyEdit, and the changed document read back; the diagnostic then goes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, freshCopy, open, positionOf, unattributed } from './helpers';

const QUOTE = '“Nobody in this valley believes the money will arrive before the next flood.”';
const FIXED = '“Nobody in this valley believes the money will arrive before the next flood,” [SPEAKER] said.';

describe('extension host: quick fixes', () => {
  // The fixes leave their copies edited and unsaved: close them unsaved, so the suites after this one find
  // the editor as they expect it.
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('adds the attribution placeholder to the unattributed quote, and the warning goes', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'quick-fix.article'));
    const [flagged] = unattributed(await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1));
    const line = positionOf(doc, QUOTE).line;
    assert.equal(doc.lineAt(line).text, QUOTE);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, flagged.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const placeholder = actions.find((a) => a.title === 'Add an attribution placeholder (“…,” [SPEAKER] said)');
    assert.ok(placeholder?.edit, `the placeholder fix among: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Ignore this unattributed-quote (comment directive on the line above)'), titles.join(' | '));
    assert.equal(placeholder.isPreferred, true);

    assert.ok(await vscode.workspace.applyEdit(placeholder.edit), 'VS Code applied the edit');
    assert.equal(doc.lineAt(line).text, FIXED);
    await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 0);
  });

  it('"ignore this one" inserts the directive above the quote, and the warning goes', async () => {
    const doc = await open(freshCopy('flood-defences.article', 'quick-fix-ignore.article'));
    const [flagged] = unattributed(await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 1));
    const line = positionOf(doc, QUOTE).line;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, flagged.range);
    const ignore = actions.find((a) => a.title === 'Ignore this unattributed-quote (comment directive on the line above)');
    assert.ok(ignore?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.equal(doc.lineAt(line).text, '<!-- news-lens-disable-next-line unattributed-quote -->');
    assert.equal(doc.lineAt(line + 1).text, QUOTE);
    await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length === 0);
  });
});
