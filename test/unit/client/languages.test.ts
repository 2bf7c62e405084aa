import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configuredLanguages, contributedLanguages, documentSelector, isSelected, selectedLanguages } from '../../../client/src/languages';
import { projectRoot } from '../../support/lsp-client';

const root = projectRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('client: the documents handed to the server', () => {
  it('takes the contributed languages from the manifest', () => {
    assert.deepEqual(contributedLanguages(manifest), ['article']);
    assert.deepEqual(contributedLanguages({}), []);
  });

  it('adds the languages the user opts in to, once each', () => {
    assert.deepEqual(selectedLanguages(['article'], configuredLanguages(['article', 'markdown'])), ['article', 'markdown']);
    assert.deepEqual(selectedLanguages(['article'], configuredLanguages('markdown')), ['article']);
    assert.deepEqual(configuredLanguages(['plaintext', 3, '']), ['plaintext']);
  });

  it('selects saved and untitled documents of those languages only', () => {
    const languages = ['article', 'markdown'];
    assert.deepEqual(documentSelector(['article']), [
      { language: 'article', scheme: 'file' },
      { language: 'article', scheme: 'untitled' },
    ]);
    assert.equal(isSelected(languages, { languageId: 'markdown', uri: { scheme: 'file' } }), true);
    assert.equal(isSelected(languages, { languageId: 'article', uri: { scheme: 'untitled' } }), true);
    assert.equal(isSelected(languages, { languageId: 'plaintext', uri: { scheme: 'file' } }), false);
    assert.equal(isSelected(languages, { languageId: 'article', uri: { scheme: 'git' } }), false);
  });
});
