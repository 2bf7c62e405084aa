import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { asciiJson, encodeMessage, sentUnchanged } from '../../../server/src/lsp/sent-unchanged';

const response = (id: number | string, result: unknown) => ({ jsonrpc: '2.0', id, result }) as Message;

describe('lsp/sent-unchanged', () => {
  it('encodes an unmarked message as JSON.stringify does', () => {
    const messages = [
      response(1, [{ name: '“Ça va”', range: { start: { line: 0, character: 1 } } }]),
      response(2, null),
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [] } } as Message,
    ];
    for (const m of messages) assert.equal(encodeMessage(m).toString('utf8'), JSON.stringify(m));
  });

  it('sends a marked result in the envelope vscode-jsonrpc makes, for any request id', () => {
    const outline = sentUnchanged([{ name: '“We will — not — wait”', detail: 'said', kind: 15, children: [] }]);
    for (const id of [7, 'req-8', 9]) {
      assert.deepEqual(JSON.parse(encodeMessage(response(id, outline)).toString('utf8')), response(id, outline));
    }
  });

  it('sends a marked result as ASCII that parses to the same value, whatever its characters', () => {
    const names = ['“Ça va” — déjà', 'emoji 😀 and \u202Eright-to-left', 'lone \uD800 surrogate', 'DEL \u007F, NUL \u0000', 'plain'];
    const outline = sentUnchanged(names.map((name) => ({ name })));
    const bytes = encodeMessage(response(1, outline));
    assert.ok(bytes.every((b) => b < 0x80), 'every byte ASCII');
    assert.deepEqual(JSON.parse(bytes.toString('utf8')).result, outline);
    for (const name of names) assert.equal(JSON.parse(asciiJson(name)), name);
  });

  it('makes a marked result’s JSON once: later sends reuse it (so the result must not change after)', () => {
    const outline = sentUnchanged([{ name: 'first' }]);
    encodeMessage(response(1, outline));
    outline[0].name = 'changed after it was sent';
    assert.equal(JSON.parse(encodeMessage(response(2, outline)).toString('utf8')).result[0].name, 'first');
    // An unmarked result is serialised at every send.
    const plain = [{ name: 'first' }];
    encodeMessage(response(3, plain));
    plain[0].name = 'changed';
    assert.equal(JSON.parse(encodeMessage(response(4, plain)).toString('utf8')).result[0].name, 'changed');
  });

  it('serialises the whole message when a marked result comes with anything else', () => {
    const outline = sentUnchanged([{ name: 'x' }]);
    const odd = { ...response(1, outline), error: { code: 1, message: 'both' } } as Message;
    assert.equal(encodeMessage(odd).toString('utf8'), JSON.stringify(odd));
  });
});
