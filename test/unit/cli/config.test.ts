import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRules, loadCliConfig, takeConfigFlag } from '../../../server/src/cli/config';
import type { Diagnostic } from '../../../server/src/protocol';

describe('cli/config: the newsroom file on the command line', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .newslens.json from the current directory when there is one', () => {
    writeFileSync(join(dir, '.newslens.json'), '{ "people": [ { "name": "Volodymyr Zelensky", "spellings": ["Zelenskyy"] } ] }');
    const got = loadCliConfig(dir, undefined);
    assert.deepEqual(got.messages, []);
    assert.equal(got.errors, false);
    assert.deepEqual(got.config.people.map((p) => p.name), ['Volodymyr Zelensky']);
  });

  it('uses the defaults, silently, when there is none', () => {
    const got = loadCliConfig(dir, undefined);
    assert.deepEqual([got.messages, got.errors, got.fatal, got.config], [[], false, undefined, { people: [], rules: {} }]);
  });

  it('reports each problem as FILE:LINE:COL naming the field, and keeps the valid rest', () => {
    writeFileSync(join(dir, '.newslens.json'), '{\n  "rules": { "name-variant": "loud", "weekday-mismatch": "error" }\n}\n');
    const got = loadCliConfig(dir, undefined);
    assert.deepEqual(got.config.rules, { 'weekday-mismatch': 'error' });
    assert.equal(got.errors, true);
    assert.equal(got.messages.length, 1);
    assert.match(got.messages[0], /^\.newslens\.json:2:30: error: rules\.name-variant: expected one of "off", .* got "loud"/);
  });

  it('a file named by --config must exist; warnings alone are not errors', () => {
    assert.match(loadCliConfig(dir, 'missing.json').fatal ?? '', /^missing\.json: no such file$/);
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk', 'newsroom.json'), '{ "peeple": [] }');
    const got = loadCliConfig(dir, 'desk/newsroom.json');
    assert.equal(got.fatal, undefined);
    assert.equal(got.errors, false);
    assert.match(got.messages[0], /^desk\/newsroom\.json:1:3: warning: peeple: unknown field "peeple" \(did you mean "people"\?\); ignored$/);
  });

  it('takes --config PATH and --config=PATH out of the arguments', () => {
    assert.deepEqual(takeConfigFlag(['--json', '--config', 'a.json', 'x.article']), { args: ['--json', 'x.article'], config: 'a.json' });
    assert.deepEqual(takeConfigFlag(['--config=b.json', 'x.article']), { args: ['x.article'], config: 'b.json' });
    assert.match(takeConfigFlag(['x.article', '--config']).error ?? '', /--config needs a file/);
  });

  it('applies "off" and severities to every code, including document-too-large', () => {
    const d = (code: Diagnostic['code']): Diagnostic => ({ code, severity: 'information', message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
    const got = applyRules([d('document-too-large'), d('name-variant'), d('unbalanced-quote')], { 'document-too-large': 'error', 'name-variant': 'off' });
    assert.deepEqual(got.map((x) => [x.code, x.severity]), [['document-too-large', 'error'], ['unbalanced-quote', 'information']]);
  });
});
