import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../../server/src/engine';
import type { AnalyzeOptions } from '../../../server/src/protocol';
import { analyzeOptions, applyEdits, LINE_ENDS, newsToken, NEWS_SENTENCES, QUOTE_MARKS, realArticles } from '../../fuzz/arbitraries';

// The incremental analyzer keeps each paragraph's own work between versions; whatever the edits, each of its
// results must be exactly what a fresh analyze() gives for that text.

const articles = realArticles();

/** Edits as a writer makes them, and some a writer never would: letters, words, quote marks, line breaks, pasted text. */
const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('e', ' ', 'a', 'S', '.', ',') },
  { weight: 3, arbitrary: newsToken },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_ENDS) },
  { weight: 1, arbitrary: fc.constantFrom(...NEWS_SENTENCES) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- ', ' -->', '<!-- news-lens-disable-next-line -->\n') },
);
const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.constant(1), fc.nat({ max: 300 })), insert: fc.oneof(fc.constant(''), insertion) });
/** A version: one to a few edits applied at once (a keystroke, a paste, a replace-all). */
const version = fc.array(edit, { minLength: 1, maxLength: 3 });

function same(text: string, got: unknown, options: AnalyzeOptions | undefined): void {
  assert.deepEqual(got, analyze(text, options), `incremental and fresh analyses differ on:\n${JSON.stringify(text.slice(0, 400))}`);
}

describe('engine/createAnalyzer: incremental analysis', () => {
  it('equals a fresh analyze() after every version of random edits', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(version, { minLength: 1, maxLength: 8 }), analyzeOptions, (start, versions, options) => {
        const analyzer = createAnalyzer();
        let text = start;
        same(text, analyzer.analyze(text, options), options);
        for (const edits of versions) {
          text = applyEdits(text, edits);
          same(text, analyzer.analyze(text, options), options);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('equals a fresh analyze() when paragraphs repeat, move, split and join', () => {
    const analyzer = createAnalyzer();
    const base = articles[0];
    const paragraphs = base.split('\n');
    const versions = [
      base,
      [...paragraphs, ...paragraphs].join('\n'), // every paragraph twice
      [...paragraphs].reverse().join('\n'), // moved
      paragraphs.join('\n\n'), // blank lines between
      paragraphs.join(' '), // joined into one
      base.replace(/\. /g, '.\n'), // split at every sentence
      base,
    ];
    for (const text of versions) same(text, analyzer.analyze(text), undefined);
  });

  it('equals a fresh analyze() while typing through an article, one character at a time', () => {
    const analyzer = createAnalyzer();
    const target = articles[1] ?? articles[0];
    let text = '';
    for (let i = 0; i < target.length; i += 1 + (i % 37)) {
      text = target.slice(0, i);
      same(text, analyzer.analyze(text), undefined);
    }
  });

  it('analyses a document over its cache limit afresh, and goes on after it', () => {
    const analyzer = createAnalyzer({ maxCachedLength: 500 });
    const long = articles.find((a) => a.length > 1000) ?? articles[0].repeat(5);
    for (const text of [long, long.slice(0, 400), long.slice(0, 400) + 'e', long]) same(text, analyzer.analyze(text), undefined);
  });
});
