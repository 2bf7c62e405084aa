// Finding a workspace's articles on disk: which extensions count for which languages, the folders skipped,
// the bound on the number of files, cancellation.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findArticleFiles, isSkippedPath, languageOfPath, rootOf } from '../../../server/src/lsp/workspace-files';

describe('lsp/workspace-files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-files-'));
    const files = [
      'a.article',
      'b.NEWS',
      'notes.md',
      'readme.txt',
      'data.json',
      'desk/c.article',
      'desk/deep/d.news',
      'node_modules/pkg/e.article',
      '.git/f.article',
      '.vscode/g.article',
      'desk/.drafts/h.article',
    ];
    for (const f of files) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'text');
    }
    symlinkSync(join(dir, 'desk'), join(dir, 'loop'));
    symlinkSync(join(dir, 'a.article'), join(dir, 'link.article'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const found = async (languages: string[], limit = 100) => {
    const r = await findArticleFiles([dir], languages, limit);
    return { ...r, files: r.files.map((f) => [relative(dir, f.path), f.languageId]) };
  };

  it('articles only by default; markdown and plain text when opted in; skipped folders and folder links left out', async () => {
    assert.deepEqual((await found(['article'])).files, [
      ['a.article', 'article'],
      ['b.NEWS', 'article'],
      ['link.article', 'article'],
      [join('desk', 'c.article'), 'article'],
      [join('desk', 'deep', 'd.news'), 'article'],
    ]);
    const all = (await found(['article', 'markdown', 'plaintext'])).files.map(([f]) => f);
    assert.ok(all.includes('notes.md') && all.includes('readme.txt'));
    assert.ok(!all.includes('data.json'));
  });

  it('stops at the limit and says so; exactly the limit is not truncated', async () => {
    const three = await found(['article'], 3);
    assert.equal(three.files.length, 3);
    assert.equal(three.truncated, true);
    const five = await found(['article'], 5);
    assert.equal(five.truncated, false);
  });

  it('stops when cancelled', async () => {
    const r = await findArticleFiles([dir], ['article'], 100, () => true);
    assert.equal(r.cancelled, true);
    assert.equal(r.files.length, 0);
  });

  it('languageOfPath, isSkippedPath and rootOf', () => {
    assert.equal(languageOfPath('/x/y.article', ['article']), 'article');
    assert.equal(languageOfPath('/x/y.md', ['article']), undefined);
    assert.equal(languageOfPath('/x/y.md', ['article', 'markdown']), 'markdown');
    assert.equal(languageOfPath('/x/.article', ['article']), undefined, 'a bare extension is no article');
    assert.equal(isSkippedPath('/ws', '/ws/desk/a.article'), false);
    assert.equal(isSkippedPath('/ws', '/ws/node_modules/a.article'), true);
    assert.equal(isSkippedPath('/ws', '/ws/desk/.git/a.article'), true);
    assert.equal(isSkippedPath('/ws', '/elsewhere/a.article'), true);
    assert.equal(rootOf(['/ws', '/ws/inner'], '/ws/inner/a.article'), '/ws/inner');
    assert.equal(rootOf(['/ws'], '/wsx/a.article'), undefined);
  });
});
