// The two seed articles and their gold dates (test/fixtures/seeds): neither has a dateline, and the gold
// assumes publication on Tuesday 19 August 2025, which the inference must find from the text alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { findPublished } from '../../../../server/src/engine/dates/find-published';
import { findDates } from '../../../../server/src/engine/dates/find-dates';

// Tests run from the repository root (npm test), whatever the build's output folder.
const dir = join(process.cwd(), 'test/fixtures/seeds');
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<
  string,
  { reference_date: string; dates: Array<{ text: string; value: string }>; optional_dates?: string[] }
>;

describe('dates/seed articles', () => {
  for (const [file, g] of Object.entries(gold)) {
    it(`${file}: infers the publication date and resolves every gold date, and no other`, () => {
      const article = prepareArticle(readFileSync(join(dir, file), 'utf8'));
      const published = findPublished(article);
      assert.equal(published.value, g.reference_date);
      assert.equal(published.source, 'inferred');
      const found = findDates(article, published);
      const remaining = [...found];
      for (const gd of g.dates) {
        const i = remaining.findIndex((d) => d.text === gd.text && d.value === gd.value);
        assert.ok(i >= 0, `${gd.text} = ${gd.value}; found ${JSON.stringify(found.map((d) => [d.text, d.value]))}`);
        remaining.splice(i, 1);
      }
      const optional = (g.optional_dates ?? []).map((o) => o.toLowerCase());
      assert.deepEqual(remaining.filter((d) => !optional.some((o) => o.includes(d.text.toLowerCase()))), []);
    });
  }
});
