// The dates part must stay linear and fast: chrono-node only ever sees short runs found by the pre-scan.
// The bound here is far below what it does (about 30 MB/s), so a loaded machine does not fail it; a
// regression to chrono over whole paragraphs (about 5 MB/s) or to anything quadratic does.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { findPublished } from '../../../../server/src/engine/dates/find-published';
import { findDates } from '../../../../server/src/engine/dates/find-dates';

const dir = join(process.cwd(), 'test/fixtures/seeds');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function repeatTo(size: number): string {
  return seeds.repeat(Math.ceil(size / seeds.length)).slice(0, size);
}

describe('dates/speed', () => {
  it('finds the dates of 4 MB of news in well under a second, growing linearly', function () {
    this.timeout(20_000);
    const run = (text: string) => () => {
      const article = prepareArticle(text);
      findDates(article, findPublished(article));
    };
    cpuMs(run(repeatTo(500_000))); // warm up
    const small = Math.min(...[0, 1, 2].map(() => cpuMs(run(repeatTo(1_000_000)))));
    const large = Math.min(...[0, 1].map(() => cpuMs(run(repeatTo(4_000_000)))));
    assert.ok(large < 4 * 100, `4 MB took ${large.toFixed(0)} ms of CPU (want under 400: 10 MB/s)`);
    assert.ok(large < 8 * small + 50, `1 MB: ${small.toFixed(0)} ms, 4 MB: ${large.toFixed(0)} ms: not linear`);
  });
});
