import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, parseSettings, settingsFromInitOptions } from '../../../server/src/lsp/settings';

describe('lsp/settings', () => {
  it('gives the defaults for nothing', () => {
    assert.deepEqual(parseSettings(undefined), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(parseSettings(null).settings, DEFAULT_SETTINGS);
    assert.deepEqual(DEFAULT_SETTINGS, { languages: ['article'], debounceMs: 150, maxDocumentSize: 5_000_000, maxOutlineQuotes: 5000, rules: {}, docsBaseUrl: '' });
  });

  it('keeps valid values', () => {
    const { settings, problems } = parseSettings({
      languages: ['article', 'markdown'],
      debounceMs: 0,
      maxDocumentSize: 1000,
      maxOutlineQuotes: 200,
      rules: { 'name-variant': 'off', 'unattributed-quote': 'error' },
      docsBaseUrl: 'https://example.org/news-lens/rules',
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      languages: ['article', 'markdown'],
      debounceMs: 0,
      maxDocumentSize: 1000,
      maxOutlineQuotes: 200,
      rules: { 'name-variant': 'off', 'unattributed-quote': 'error' },
      docsBaseUrl: 'https://example.org/news-lens/rules',
    });
  });

  it('an invalid value falls back to its default, names the setting, and the others are kept', () => {
    const { settings, problems } = parseSettings({ debounceMs: 'fast', languages: ['markdown'] });
    assert.equal(settings.debounceMs, 150);
    assert.deepEqual(settings.languages, ['markdown']);
    assert.deepEqual(problems, ['newsLens.debounceMs: expected a number ≥ 0, got "fast"; using the default 150']);
  });

  it('reports each bad field', () => {
    const { settings, problems } = parseSettings({ languages: 'article', maxDocumentSize: -5, maxOutlineQuotes: 2.5, docsBaseUrl: 'not a url', debounceMs: -1 });
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.equal(problems.length, 5);
    for (const key of ['languages', 'maxDocumentSize', 'maxOutlineQuotes', 'docsBaseUrl', 'debounceMs']) {
      assert.ok(problems.some((p) => p.startsWith(`newsLens.${key}: `)), `a problem names newsLens.${key}: ${problems.join(' | ')}`);
    }
  });

  it('checks rules entry by entry', () => {
    const { settings, problems } = parseSettings({ rules: { 'name-variant': 'off', 'unattributed-quote': 'loud', 'no-such-rule': 'off' } });
    assert.deepEqual(settings.rules, { 'name-variant': 'off' });
    assert.equal(problems.length, 2);
    assert.match(problems[0], /^newsLens\.rules\.unattributed-quote: expected one of "off", .*got "loud"/);
    assert.match(problems[1], /unknown rule "no-such-rule"/);
    assert.match(parseSettings({ rules: 3 }).problems[0], /^newsLens\.rules: expected an object/);
  });

  it('ignores keys it does not know (client-only settings) and rejects a non-object', () => {
    assert.deepEqual(parseSettings({ trace: { server: 'verbose' } }), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.match(parseSettings('x').problems[0], /^newsLens: expected an object/);
  });

  it('reads initializationOptions in either shape', () => {
    assert.deepEqual(settingsFromInitOptions({ newsLens: { debounceMs: 0 } }), { debounceMs: 0 });
    assert.deepEqual(settingsFromInitOptions({ debounceMs: 0 }), { debounceMs: 0 });
    assert.equal(settingsFromInitOptions({ other: 1 }), undefined);
    assert.equal(settingsFromInitOptions(undefined), undefined);
  });
});
