// Hover and the speaker outline, through VS Code's own provider commands (what the editor calls when the
// user hovers or opens the Outline), answered by the News Lens server.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, freshCopy, hoverText, open, positionOf, unattributed } from './helpers';

describe('extension host: hover and outline', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await open(freshCopy('flood-defences.article', 'navigation.article'));
    await diagnosticsWhen(doc.uri, (ds) => unattributed(ds).length > 0);
  });

  it('hovering the person shows their role', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Priya Raman').translate(0, 2));
    const text = hoverText(hovers);
    assert.match(text, /Priya Raman/);
    assert.match(text, /Environment Secretary/);
  });

  it('hovering a later surname-only mention shows the same person', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Raman said').translate(0, 1));
    assert.match(hoverText(hovers), /Priya Raman[\s\S]*Environment Secretary/);
  });

  it('the outline lists each speaker with their quotes beneath, and the unattributed quote apart', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'document symbols');
    const byName = new Map(symbols.map((s) => [s.name, s]));
    const raman = byName.get('Priya Raman');
    const reid = byName.get('Tom Reid');
    assert.ok(raman, `Priya Raman among ${[...byName.keys()].join(', ')}`);
    assert.ok(reid, `Tom Reid among ${[...byName.keys()].join(', ')}`);
    assert.ok(raman.children.some((q) => q.name.includes('We have learned')), 'her quote beneath her');
    assert.ok(reid.children.some((q) => q.name.includes('too little, too late')), 'his quote beneath him');
    const ramanQuote = raman.children.find((q) => q.name.includes('We have learned'));
    assert.equal(ramanQuote?.range.start.line, positionOf(doc, 'We have learned').line);
    const orphans = symbols.find((s) => /unattributed/i.test(s.name));
    assert.ok(orphans, 'an entry for the unattributed quotes');
    assert.ok(orphans.children.some((q) => q.name.includes('Nobody in this valley')));
    assert.ok(!symbols.some((s) => s.name === 'Hannah Cole'), 'the byline author is not a speaker');
  });
});
