// The fuzz harness's own checks must catch what they claim to: a fuzz run that cannot fail proves nothing.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import type { Analysis } from '../../server/src/protocol';
import { FrameChecker } from './frames';
import { checkAnalysis, checkJsonRoundTrip } from './invariants';
import { runWorker } from './watchdog';

function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

describe('fuzz harness: the stdout frame checker', () => {
  const message = JSON.stringify({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'héllo “quoted” \ud800' } });

  it('accepts frames split anywhere across chunks, Content-Type headers included', () => {
    const all = Buffer.concat([frame(message), Buffer.from(`Content-Length: 17\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0"}`), frame(message)]);
    for (const cut of [1, 7, 20, 40, all.length - 3]) {
      const checker = new FrameChecker();
      const chunks = [all.subarray(0, cut)];
      checker.feed(chunks);
      chunks.push(all.subarray(cut));
      checker.finish(chunks);
      assert.equal(checker.messages, 3);
    }
  });

  it('rejects a stray line before a frame, a bad length, non-JSON-RPC bodies and a truncated end', () => {
    const cases: Array<[string, Buffer]> = [
      ['stray text', Buffer.concat([Buffer.from('Debugger listening\n'), frame(message)])],
      ['unknown header', Buffer.concat([Buffer.from('X-Thing: 1\r\n'), frame(message)])],
      ['not JSON-RPC', frame('{"hello":1}')],
      ['not JSON', frame('{"jsonrpc":"2.0"')],
      ['invalid UTF-8', Buffer.concat([Buffer.from('Content-Length: 2\r\n\r\n'), Buffer.from([0xc3, 0x28])])],
      ['truncated', frame(message).subarray(0, 30)],
    ];
    for (const [what, bytes] of cases) assert.throws(() => new FrameChecker().finish([bytes]), /stdout is not pure LSP/, what);
  });
});

describe('fuzz harness: the analysis invariants', () => {
  const text = 'Line one said “hello”.\r\nSecond line, Ms Ashdown said.\rThird.';
  const good = analyze(text);

  function broken(change: (a: Analysis) => void): Analysis {
    // A copy through JSON, the analysis's contract (its ranges are offset ranges until serialised).
    const a: Analysis = JSON.parse(JSON.stringify(good));
    change(a);
    return a;
  }

  it('hold for a real analysis', () => {
    checkAnalysis(text, good);
    checkJsonRoundTrip(good);
  });

  it('catch a range past the end of its line (CRLF and CR count as line ends)', () => {
    const a = broken((x) => x.diagnostics.push({ code: 'unbalanced-quote', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 23 } } }));
    assert.throws(() => checkAnalysis(text, a), /past the end of line 0/);
    const b = broken((x) => x.diagnostics.push({ code: 'unbalanced-quote', severity: 'warning', message: 'm', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } } }));
    assert.throws(() => checkAnalysis(text, b), /outside the document's 3 lines/);
  });

  it('catch a span whose text is not what its range covers, and quotes out of order', () => {
    const q = { text: 'hello', range: { start: { line: 0, character: 15 }, end: { line: 0, character: 20 } }, kind: 'speech' as const, speaker: null, speakerMention: null, cue: null };
    assert.throws(() => checkAnalysis(text, broken((x) => void (x.quotes = [{ ...q, text: 'hellO' }]))), /not what its range covers/);
    const earlier = { ...q, text: 'Line', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } };
    assert.throws(() => checkAnalysis(text, broken((x) => void (x.quotes = [q, earlier]))), /out of order/);
  });

  it('catch a name read from the text with a run of spaces, but leave a known person\'s name as listed', () => {
    const person = { id: 'p1', name: 'Keir   Starmer', roles: [], mentions: [] };
    assert.throws(() => checkAnalysis(text, broken((x) => void (x.people = [person]))), /runs of spaces/);
    checkAnalysis(text, broken((x) => void (x.people = [{ ...person, known: true }])));
  });

  it('catch a field outside the contract and a speakerId that names nobody', () => {
    assert.throws(() => checkJsonRoundTrip(broken((x) => Object.assign(x, { extra: 1 }))), /changed the analysis/);
    const q = { text: 'hello', range: { start: { line: 0, character: 15 }, end: { line: 0, character: 20 } }, kind: 'speech' as const, speaker: 'X', speakerId: 'nobody', speakerMention: null, cue: null };
    assert.throws(() => checkAnalysis(text, broken((x) => void (x.quotes = [q]))), /names no person/);
  });
});

describe('fuzz harness: the watchdog', () => {
  it('stops a case that never returns and reports the input that hung', async function () {
    this.timeout(30_000);
    const outcome = await runWorker(join(__dirname, 'engine-worker.js'), { family: 'watchdog-self-test', numRuns: 1, seed: 1 }, 500);
    assert.equal(outcome.ok, false);
    assert.match(outcome.problem ?? '', /hang: a case ran for more than 500 ms/);
    assert.equal(outcome.counterexample?.text, 'the hanging input');
  });
});
