import assert from 'node:assert/strict';
import { datesOf, publishedOf } from './helpers';

const BODY = 'The council voted on Monday to close the library.';

describe('dates/findPublished', () => {
  describe('stated in the text', () => {
    it('reads datelines of several styles', () => {
      const cases: Array<[string, string]> = [
        ['BRUSSELS, 9 October 2026 — EU ministers agreed on Monday to extend the sanctions.', '2026-10-09'],
        ['LONDON (Reuters) - March 3, 2026 - Sterling rose on Tuesday after the data.', '2026-03-03'],
        ['WASHINGTON, Jan. 14, 2026 (AP) — The Senate passed the bill on Wednesday.', '2026-01-14'],
        ['SAN FRANCISCO, Calif. — June 2, 2026 — The startup said it had raised $40m.', '2026-06-02'],
      ];
      for (const [text, value] of cases) {
        const p = publishedOf(`Headline for the story\n${text}\n`);
        assert.equal(p.source, 'dateline', text);
        assert.equal(p.value, value, text);
        assert.ok(p.span && text.startsWith(p.span.text.slice(0, 6)), text);
      }
    });

    it('gives a yearless dateline the year its weekdays point to', () => {
      const body = [
        'Grain futures slipped in 2025 as harvests recovered.',
        'The exchange will hold its annual review on Wednesday, September 16, in Chicago.',
        'A new contract was postponed until 2029 for lack of demand.',
      ].join('\n');
      // 16 September is a Wednesday in 2026 (not 2025); 9 September 2026 a Wednesday too, as the lede says.
      const p = publishedOf(`Wheat falls on rain\nCHICAGO, Sept 9 (Reuters) - Wheat prices fell on Wednesday as rain eased drought fears.\n${body}\n`);
      assert.deepEqual([p.value, p.source], ['2026-09-09', 'dateline']);
      // The lede's weekday alone chooses among the years the text allows: 9 September is a Wednesday in 2026.
      const lede = publishedOf(`Wheat falls on rain\nCHICAGO, Sept 9 (Reuters) - Wheat prices fell on Wednesday as rain eased drought fears.\nHarvests recovered in 2025.\n`);
      assert.equal(lede.value, '2026-09-09');
    });

    it('does not take a year that ends a span ("until 2029") for a year already past', () => {
      const p = publishedOf('Mill closure delayed\nLEEDS, 4 March - The closure of the mill, announced in 2024, was put back until 2030, the owners said on Wednesday.\n');
      assert.equal(p.value?.slice(0, 4), '2026');
    });

    it('reads header lines, preferring the published date to the updated one', () => {
      assert.deepEqual(
        pick(publishedOf(`Minister quits over leaked memo\nUpdated: 2026-03-14\nPublished June 2, 2026\n${BODY}\n`)),
        ['2026-06-02', 'header', 'Published June 2, 2026'],
      );
      assert.deepEqual(pick(publishedOf(`Minister quits over leaked memo\nUpdated: 2026-03-12\n${BODY}\n`)), ['2026-03-12', 'header', 'Updated: 2026-03-12']);
      assert.deepEqual(pick(publishedOf(`Minister quits over leaked memo\nBy Jane Doe | 12 March 2026\n${BODY}\n`)), ['2026-03-12', 'header', 'By Jane Doe | 12 March 2026']);
      assert.deepEqual(pick(publishedOf(`12 March 2026\n${BODY}\n`)), ['2026-03-12', 'header', '12 March 2026']);
    });

    it('does not take a dated headline or a date deep in the copy for the publication date', () => {
      const p = publishedOf(`Strike called for 2 September\n${BODY}\nThe plan was first floated on 12 March 2019, officials said, and later dropped.\n`);
      assert.notEqual(p.source, 'header');
      assert.notEqual(p.source, 'dateline');
    });

    it('reads front matter, before any header line', () => {
      const text = '---\ntitle: Library to close\ndate: 2026-03-12\n---\nPublished June 2, 2026\n' + BODY;
      assert.deepEqual(pick(publishedOf(text)), ['2026-03-12', 'front-matter', 'date: 2026-03-12']);
      const quoted = '---\r\ntitle: "Library"\r\npublished: "12 March 2026"\r\n---\r\n' + BODY;
      assert.deepEqual(pick(publishedOf(quoted)), ['2026-03-12', 'front-matter', 'published: "12 March 2026"']);
    });

    it('resolves the body against the stated date', () => {
      assert.deepEqual(datesOf(`BRUSSELS, 9 October 2026 — EU ministers agreed on Monday to extend the sanctions.`), [
        ['9 October 2026', '2026-10-09'],
        ['Monday', '2026-10-05'],
      ]);
    });

    it('flags a weekday that contradicts the dated year', () => {
      // 17 March 2026 is a Tuesday: the stated year wins over the weekday, so the mismatch shows.
      const dates = datesOf('Published 12 March 2026\nThe hearing is listed for Wednesday, March 17.');
      assert.deepEqual(dates, [['12 March 2026', '2026-03-12'], ['Wednesday, March 17', '2026-03-17']]);
    });
  });

  describe('the fallback option', () => {
    it('is used when the text states no date, and loses to a dateline', () => {
      assert.deepEqual(pick(publishedOf(BODY, '2026-03-12')), ['2026-03-12', 'option', undefined]);
      assert.equal(publishedOf(`BRUSSELS, 9 October 2026 — ${BODY}`, '2026-03-12').value, '2026-10-09');
      assert.equal(publishedOf(BODY, 'not a date').source, 'none');
    });

    it('gives a dateline without a year its year', () => {
      assert.equal(publishedOf(`LONDON, March 3 (Reuters) - ${BODY}`, '2026-03-05').value, '2026-03-03');
    });
  });

  describe('inferred from the text', () => {
    it('pins the year with a weekday written with a day and month, when no year is given', () => {
      const p = publishedOf('The inquiry opened on Friday, 15 August, and heard from the minister on Monday.');
      // With nothing else to go by, the weekday cannot choose among 2014, 2025, 2031...
      assert.equal(p.source, 'none');
      const withOffice = publishedOf('Prime Minister Keir Starmer opened the inquiry on Friday, 15 August, and gave evidence on Monday.');
      assert.deepEqual(pick(withOffice), ['2025-08-18', 'inferred', 'Monday']);
    });

    it('given the day of the analysis, takes the fitting year nearest it when the text only bounds the year', () => {
      const text = 'The chief executive defended the company on Tuesday, March 10. The company, founded in 2017, makes chips.';
      assert.equal(publishedOf(text).value, null);
      assert.deepEqual(pick(publishedOf(text, undefined, '2026-12-06')), ['2026-03-10', 'inferred', 'Tuesday, March 10']);
      // Ten years on, the nearest Tuesday, March 10 is still 2026 (the next is 2037).
      assert.equal(publishedOf(text, undefined, '2031-06-01').value, '2026-03-10');
      // A year the text points at wins over today: a wrong weekday there is a copy error, not a clue.
      const stated = 'In 2026 the board met on Wednesday, March 10, and in 2027 it will meet again.';
      assert.notEqual(publishedOf(stated, undefined, '2030-01-01').value?.slice(0, 4), '2027');
    });

    it('moves on from the latest past date by the past weekdays reported after it', () => {
      const text = [
        'The club confirmed the signing on 28 July 2025.',
        'The striker arrived on Friday, 15 August, and trained on Sunday.',
        'He made his debut on Tuesday, the manager said.',
      ].join('\n');
      assert.deepEqual(pick(publishedOf(text)), ['2025-08-19', 'inferred', 'Tuesday']);
    });

    it('takes a date in the lede for the day of the news: weekdays further down are background', () => {
      const text = [
        'Airline chief grilled over cancellations',
        'CHICAGO (AP) — The head of Skyline Air apologised to stranded passengers on Thursday, October 8, as regulators opened an inquiry.',
        'The airline cancelled 900 flights after a software fault on Sunday, the company said.',
        'Its pilots’ union wrote to the board on Tuesday to demand an independent review.',
        'The company, founded in 2012, flies to 60 cities.',
      ].join('\n');
      // 8 October is a Thursday in 2026; Sunday and Tuesday are the days before, not the next week.
      assert.deepEqual(pick(publishedOf(text, undefined, '2026-12-06')), ['2026-10-08', 'inferred', 'Thursday, October 8']);
    });

    it('pins the day with "today" in a sentence that names the date', () => {
      const text = 'President Emmanuel Macron and Chancellor Friedrich Merz host the summit in Paris on June 3, and talks start today.';
      assert.deepEqual(pick(publishedOf(text)), ['2025-06-03', 'inferred', 'June 3']);
      const tomorrow = 'Chancellor Friedrich Merz travels to Rome tomorrow, June 4, for talks.';
      assert.equal(publishedOf(tomorrow).value, '2025-06-03');
    });

    it('does not take a date related to "today" for today', () => {
      const text = 'Following the June 2 summit, President Emmanuel Macron said work would intensify starting today.';
      // "Following the June 2 summit": today is after 2 June, not 2 June.
      assert.notEqual(publishedOf(text).value, '2025-06-02');
    });

    it('takes the year from the office-holders named when the text gives none', () => {
      const text = 'UK Prime Minister Keir Starmer met US President Donald Trump in Washington on August 19 for talks.';
      assert.equal(publishedOf(text).value, '2025-08-19');
      // Former holders and deputies do not count.
      assert.equal(publishedOf('Former Prime Minister Keir Starmer spoke on August 19.').source, 'none');
    });

    it('gives nothing when nothing pins a date', () => {
      assert.deepEqual(publishedOf(BODY), { value: null, source: 'none' });
      assert.deepEqual(publishedOf('Talks resumed on 12 March.'), { value: null, source: 'none' });
    });
  });
});

function pick(p: ReturnType<typeof publishedOf>): [string | null, string, string | undefined] {
  return [p.value, p.source, p.span?.text];
}
