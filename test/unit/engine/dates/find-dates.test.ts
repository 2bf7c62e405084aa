import assert from 'node:assert/strict';
import { datesOf, mentionsOf } from './helpers';
import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { weekdayMismatch } from '../../../../server/src/engine/rules/weekday-mismatch';
import type { RuleContext } from '../../../../server/src/engine/types';

// Publication days used below: Tuesday 19 August 2025, Thursday 12 March 2026.
const TUE = '2025-08-19';
const THU = '2026-03-12';

describe('dates/findDates', () => {
  describe('calendar dates as written', () => {
    it('reads British and American day-month orders, abbreviations and ordinals', () => {
      assert.deepEqual(datesOf('The tribunal ruled on 15 August 2025 that the dismissal was unfair.', TUE), [['15 August 2025', '2025-08-15']]);
      assert.deepEqual(datesOf('The company reported earnings on August 15, 2025, beating forecasts.', TUE), [['August 15, 2025', '2025-08-15']]);
      assert.deepEqual(datesOf('Shares were suspended on Aug. 3, 2025, after the filing.', TUE), [['Aug. 3, 2025', '2025-08-03']]);
      assert.deepEqual(datesOf('The trial opened on the 4th of March 2024 in Leeds.', TUE), [['4th of March 2024', '2024-03-04']]);
      assert.deepEqual(datesOf('Photo: the squad in training (28 Jul 2025).', TUE), [['28 Jul 2025', '2025-07-28']]);
    });

    it('gives months and years at their own precision', () => {
      assert.deepEqual(datesOf('Inflation peaked in October 2022 at 11.1 per cent.', TUE), [['October 2022', '2022-10']]);
      const [d] = mentionsOf('Inflation peaked in October 2022 at 11.1 per cent.', TUE);
      assert.equal(d.precision, 'month');
      assert.equal(d.basis, 'absolute');
      assert.equal(d.explanation, 'named in the text');
    });

    it('takes the year of a day and month from the publication date, by tense', () => {
      // Past: the most recent 2 December; future: the next 2 September.
      assert.deepEqual(datesOf('The club was fined on 2 December for crowd trouble.', TUE), [['2 December', '2024-12-02']]);
      assert.deepEqual(datesOf('The appeal will be heard on 2 September in the High Court.', TUE), [['2 September', '2025-09-02']]);
      assert.deepEqual(datesOf('Voters go to the polls on September 2.', TUE), [['September 2', '2025-09-02']]);
    });

    it('keeps the span to the date: no preposition, no time of day', () => {
      assert.deepEqual(datesOf('Talks resumed on Monday at 3pm in Geneva.', TUE), [['Monday', '2025-08-18']]);
      assert.deepEqual(datesOf('The polls closed at 10.00 on Thursday 7 August.', TUE), [['Thursday 7 August', '2025-08-07']]);
    });

    it('does not join words across a sentence or a count', () => {
      assert.deepEqual(datesOf('Fighting flared in August, 15 people died.', TUE), [['August', '2025-08']]);
      assert.deepEqual(datesOf('It rained in August. 15 people were hurt.', TUE), [['August', '2025-08']]);
      assert.deepEqual(datesOf('Tuesday 19 August 2025 10.32 BST', TUE), [['Tuesday 19 August 2025', '2025-08-19']]);
    });

    it('reads all-numeric dates as the article writes its other dates', () => {
      assert.deepEqual(datesOf('Filed 2026-03-10 with the SEC.', THU), [['2026-03-10', '2026-03-10']]);
      // Day first in an article that writes "9 March".
      assert.deepEqual(datesOf('The notice, dated 03/04/2026, followed the meeting on 9 March 2026.', THU), [
        ['03/04/2026', '2026-04-03'],
        ['9 March 2026', '2026-03-09'],
      ]);
      // Month first in an article that writes "March 9".
      assert.deepEqual(datesOf('The notice, dated 03/04/2026, followed the meeting on March 9, 2026.', THU), [
        ['03/04/2026', '2026-03-04'],
        ['March 9, 2026', '2026-03-09'],
      ]);
    });
  });

  describe('weekdays', () => {
    it('puts past-tense weekdays in the week before publication, the publication weekday being that day', () => {
      assert.deepEqual(datesOf('The minister resigned on Monday after a week of pressure.', TUE), [['Monday', '2025-08-18']]);
      assert.deepEqual(datesOf('Police said Sunday that two men had been arrested.', TUE), [['Sunday', '2025-08-17']]);
      assert.deepEqual(datesOf('The board met on Tuesday and approved the merger.', TUE), [['Tuesday', '2025-08-19']]);
      assert.deepEqual(datesOf('The striker scored twice on Wednesday night.', TUE), [['Wednesday', '2025-08-13']]);
    });

    it('puts future weekdays after publication, a week on for the publication weekday', () => {
      assert.deepEqual(datesOf('The treaty is expected to be signed on Monday.', TUE), [['Monday', '2025-08-25']]);
      assert.deepEqual(datesOf('Ministers will meet on Friday to agree the budget.', TUE), [['Friday', '2025-08-22']]);
      assert.deepEqual(datesOf('The jury will resume deliberations on Tuesday.', TUE), [['Tuesday', '2025-08-26']]);
      assert.deepEqual(datesOf('Next week’s vote on Thursday could topple the government.', TUE), [['Thursday', '2025-08-21']]);
    });

    it('reads last, next and this, and possessives', () => {
      assert.deepEqual(datesOf('The council approved the plan last Friday.', TUE), [['last Friday', '2025-08-15']]);
      assert.deepEqual(datesOf('The court sat last Tuesday.', TUE), [['last Tuesday', '2025-08-12']]);
      assert.deepEqual(datesOf('Results are due next Tuesday.', TUE), [['next Tuesday', '2025-08-26']]);
      assert.deepEqual(datesOf('Fans are travelling this Thursday.', TUE), [['this Thursday', '2025-08-21']]);
      assert.deepEqual(datesOf('After Monday’s talks, the envoy flew home.', TUE), [['Monday', '2025-08-18']]);
    });

    it('takes the tense nearest the weekday when a sentence has two', () => {
      assert.deepEqual(datesOf('The union said on Monday that members will strike on Friday.', TUE), [
        ['Monday', '2025-08-18'],
        ['Friday', '2025-08-22'],
      ]);
    });

    it('lets a future cue earlier in the clause decide over a trailing attribution', () => {
      // "is due to", "will", "scheduled" before the weekday; the "she said" after it dates the saying.
      assert.deepEqual(datesOf('The panel is due to publish its findings at a hearing in Leeds on Thursday, she said.', TUE), [['Thursday', '2025-08-21']]);
      assert.deepEqual(datesOf('The champions will meet the league leaders at the national stadium on Sunday, the club said.', TUE), [['Sunday', '2025-08-24']]);
      // A cue in another clause does not: the arrest is past.
      assert.deepEqual(datesOf('The suspect, who was arrested on Sunday, will appear in court.', TUE), [['Sunday', '2025-08-17']]);
    });

    it('does not read "the last" of a series as the past', () => {
      assert.deepEqual(datesOf('She will play the holder in the last eight on Friday.', TUE), [['Friday', '2025-08-22']]);
      assert.deepEqual(datesOf('The ferry makes the last crossing on Thursday before the route closes.', TUE), [['Thursday', '2025-08-21']]);
      // "last week", "last year" still speak of the past.
      assert.deepEqual(datesOf('Shares fell last week and again on Thursday.', TUE), [['Thursday', '2025-08-14']]);
    });

    it('reads "has until" a date as a deadline still ahead', () => {
      assert.deepEqual(datesOf('The buyer has until 14 September to make a binding offer.', TUE), [['14 September', '2025-09-14']]);
      assert.deepEqual(datesOf('The parties have until March 3 to file written arguments.', TUE), [['March 3', '2026-03-03']]);
      // "had until" tells of a deadline that has passed.
      assert.deepEqual(datesOf('The mill had until 30 June to comply but missed the deadline.', TUE), [['30 June', '2025-06-30']]);
    });

    it('explains what a weekday was resolved against', () => {
      const [d] = mentionsOf('The minister resigned on Monday.', TUE);
      assert.equal(d.basis, 'relative');
      assert.match(d.explanation ?? '', /^Monday before the publication date \(Tue 19 August 2025\)/);
    });

    it('does not take named days, titles or abbreviations for weekdays', () => {
      assert.deepEqual(datesOf('Retailers braced for Black Friday as the Sunday Times reported losses.', TUE), []);
      assert.deepEqual(datesOf('We sat down and wed ourselves to the plan; the sun set.', TUE), []);
    });
  });

  describe('relative days', () => {
    it('resolves today, tonight, tomorrow and yesterday', () => {
      assert.deepEqual(datesOf('The verdict is expected today. Sentencing is tomorrow. The jury retired yesterday. Fans gather tonight.', TUE), [
        ['today', '2025-08-19'],
        ['tomorrow', '2025-08-20'],
        ['yesterday', '2025-08-18'],
        ['tonight', '2025-08-19'],
      ]);
    });

    it('skips titles that contain "Today"', () => {
      assert.deepEqual(datesOf('She told USA Today and the Today programme that she would stand.', TUE), []);
    });

    it('leaves relative dates unresolved without a publication date', () => {
      const [d] = mentionsOf('The minister resigned on Monday.');
      assert.equal(d.value, null);
      assert.match(d.explanation ?? '', /publication date/);
    });
  });

  describe('months alone', () => {
    it('rolls a past month back and a future month on', () => {
      assert.deepEqual(datesOf('The plant closed in February.', TUE), [['February', '2025-02']]);
      assert.deepEqual(datesOf('A repeat of February’s row was feared.', TUE), [['February', '2025-02']]);
      assert.deepEqual(datesOf('The plant will reopen in February.', TUE), [['February', '2026-02']]);
      assert.deepEqual(datesOf('Sales were weak in November.', TUE), [['November', '2024-11']]);
    });

    it('takes the month a statistic covers for the nearest one, whatever the verb beside it', () => {
      // Published 19 August: figures for July come out now, and those for September soon, whatever is "due".
      assert.deepEqual(datesOf('Retail sales data for July is due on Thursday.', TUE), [['July', '2025-07'], ['Thursday', '2025-08-21']]);
      assert.deepEqual(datesOf('Economists will pore over the July jobs report.', TUE), [['July', '2025-07']]);
      // Without a statistic the verb decides: a future July is next year's.
      assert.deepEqual(datesOf('The new terminal will open in July.', TUE), [['July', '2026-07']]);
    });

    it('does not take "may", people named for months, or "march" as months', () => {
      assert.deepEqual(datesOf('The deal may collapse. May said she would fight on.', TUE), []);
      assert.deepEqual(datesOf('The scheme is run by April Jones and June Sarpong.', TUE), []);
      assert.deepEqual(datesOf('Thousands joined the march through Glasgow.', TUE), []);
      assert.deepEqual(datesOf('Johnson and May said the talks had failed.', TUE), []);
      assert.deepEqual(datesOf('The vote was held in May.', TUE), [['May', '2025-05']]);
    });
  });

  describe('bare years', () => {
    it('takes years', () => {
      assert.deepEqual(datesOf('The club has not won the league since 2014.', TUE), [['2014', '2014']]);
      assert.deepEqual(datesOf('They did not give up Kyiv after 2022.', TUE), [['2022', '2022']]);
      assert.deepEqual(datesOf('In 2019, the firm moved to Leeds. The 2024 election changed that.', TUE), [
        ['2019', '2019'],
        ['2024', '2024'],
      ]);
      assert.deepEqual(datesOf('Between 2014 and 2016 output fell.', TUE), [
        ['2014', '2014'],
        ['2016', '2016'],
      ]);
    });

    it('does not take numbers that are not years', () => {
      const notYears = [
        'The alliance sent 2,022 troops to the border.',
        'The alliance sent 2022 troops to the border.',
        'She won the 1500 metres and the 2000 metres steeplechase.',
        'Article 5 and Resolution 1973 were cited.',
        'Flight 2019 landed safely at Gatwick.',
        'The bill came to $2025 and about 1900 people signed the petition.',
        'The 2025/26 budget and the 2020-21 season were discussed.',
        'Her office is at 2000 Pennsylvania Avenue.',
        'The room was booked for 1930 GMT.',
      ];
      for (const s of notYears) assert.deepEqual(datesOf(s, TUE), [], s);
    });
  });

  describe('weekday stated with a date', () => {
    it('records the weekday so weekday-mismatch can flag a wrong one', () => {
      const text = 'The hearing is listed for Wednesday, March 17.';
      const dates = mentionsOf(text, THU);
      assert.deepEqual(dates.map((d) => [d.text, d.value, d.statedWeekday]), [['Wednesday, March 17', '2026-03-17', 3]]);
      const ctx = { article: prepareArticle(text), dates, people: [], quotes: [], strayMarks: [], published: { value: THU, source: 'option' }, knownPeople: [] } as RuleContext;
      const found = weekdayMismatch.check(ctx);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /2026-03-17 is a Tuesday, not a Wednesday/);
    });

    it('does not flag a right weekday', () => {
      const dates = mentionsOf('The hearing is listed for Tuesday, March 17.', THU);
      assert.equal(dates[0].statedWeekday, 2);
      const ctx = { dates } as RuleContext;
      assert.deepEqual(weekdayMismatch.check(ctx), []);
    });
  });

  it('works on CRLF text with offsets into the original', () => {
    const text = 'Headline\r\nThe minister resigned on Monday.\r\nThe vote is on 2 September 2025.\r\n';
    const dates = mentionsOf(text, TUE);
    assert.deepEqual(dates.map((d) => [text.slice(d.start, d.end), d.value]), [
      ['Monday', '2025-08-18'],
      ['2 September 2025', '2025-09-02'],
    ]);
  });

  it('ignores dates inside comment directives', () => {
    assert.deepEqual(datesOf('<!-- news-lens-disable weekday-mismatch 12 March 2026 -->The vote is on Friday.', THU), [['Friday', '2026-03-13']]);
  });
});
