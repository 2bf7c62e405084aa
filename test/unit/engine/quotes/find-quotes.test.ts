import assert from 'node:assert/strict';
import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { findQuotes } from '../../../../server/src/engine/quotes/find-quotes';

/** The quotations of a text, as the words they hold and their flags. */
function quotes(text: string) {
  const article = prepareArticle(text);
  const found = findQuotes(article);
  return {
    strays: found.strayMarks.map((s) => text.slice(s.start, s.end)),
    list: found.quotes.map((q) => ({
      text: text.slice(q.contentStart, q.contentEnd),
      marked: text.slice(q.start, q.end),
      opened: q.opened,
      closed: q.closed,
      kind: q.kind,
      group: q.group,
    })),
  };
}

const texts = (text: string) => quotes(text).list.map((q) => q.text);

describe('engine/quotes/findQuotes', () => {
  it('finds curly and straight double-quoted speech, with and without the marks', () => {
    const { list } = quotes('“We will appeal the ruling,” the club’s lawyer said. The mayor said "the budget is balanced" and left.');
    assert.deepEqual(list.map((q) => q.text), ['We will appeal the ruling,', 'the budget is balanced']);
    assert.equal(list[0].marked, '“We will appeal the ruling,”');
    assert.ok(list.every((q) => q.opened && q.closed && q.kind === 'speech'));
  });

  it('does not take apostrophes for quotation marks', () => {
    assert.deepEqual(texts('Don’t blame the players’ union for the ’90s, said O’Brien, a fan of rock ’n’ roll.'), []);
    assert.deepEqual(texts("It's the fans' club, and 'tis the season for rock 'n' roll, the Smiths' manager said."), []);
  });

  it('finds single-quoted quotations (British style) but keeps possessives out of them', () => {
    assert.deepEqual(texts('‘We were outplayed in every department,’ the manager admitted after the players’ meeting.'), ['We were outplayed in every department,']);
    assert.deepEqual(texts("The coach said it was 'a disgrace' and walked off."), ['a disgrace']);
  });

  it('keeps a quotation nested in another inside it, in either convention', () => {
    assert.deepEqual(texts('“He told me ‘never again’ and he meant it,” she said.'), ['He told me ‘never again’ and he meant it,']);
    assert.deepEqual(texts('‘He called the plan “madness” on live radio,’ the councillor said.'), ['He called the plan “madness” on live radio,']);
    assert.deepEqual(texts('"The ruling is clear," the judge said. "It is “final” in every sense."'), ['The ruling is clear,', 'It is “final” in every sense.']);
  });

  it('finds both parts of a split quotation', () => {
    assert.deepEqual(texts('“The data are clear,” the professor said, “and they are alarming.”'), ['The data are clear,', 'and they are alarming.']);
  });

  it('repairs a missing opening mark: the quotation starts at the paragraph start', () => {
    const { list } = quotes('The results are in and we have won this seat,” the candidate told supporters.');
    assert.equal(list.length, 1);
    assert.equal(list[0].text, 'The results are in and we have won this seat,');
    assert.equal(list[0].opened, false);
    assert.equal(list[0].closed, true);
  });

  it('repairs a missing opening mark after another quotation: it starts after the attribution sentence', () => {
    const { list } = quotes('“First we rebuild the pier,” the mayor said. Then we reopen the market by June,” she added.');
    assert.deepEqual(list.map((q) => q.text), ['First we rebuild the pier,', 'Then we reopen the market by June,']);
    assert.equal(list[1].opened, false);
  });

  it('repairs a missing closing mark: the quotation runs to the paragraph end', () => {
    const { list } = quotes('The inspector wrote that the building was “unsafe for any use until the roof is replaced.\nThe owners disagree.');
    assert.equal(list.length, 1);
    assert.equal(list[0].text, 'unsafe for any use until the roof is replaced.');
    assert.equal(list[0].closed, false);
    assert.equal(list[0].group, undefined);
  });

  it('joins a paragraph left open to the next one that opens with a mark (multi-paragraph quotation)', () => {
    const text = ['“The first thing we did was call the insurers.', '', '“Then we called the police, and they came within minutes,” the shop owner said.'].join('\n');
    const { list } = quotes(text);
    assert.equal(list.length, 2);
    assert.equal(list[0].closed, false);
    assert.ok(list[0].group !== undefined);
    assert.equal(list[0].group, list[1].group);
    assert.equal(list[1].closed, true);
  });

  it('tells nicknames and titles from speech', () => {
    const nick = quotes('Rebecca “Becky” Sato won the 400 metres, ahead of Dwayne "The Rock" Johnson’s niece.').list;
    assert.deepEqual(nick.map((q) => q.kind), ['nickname', 'nickname']);
    const titles = quotes('She starred in the film “Harbour Lights” and the council published the report “Fit for the Future” on Monday.').list;
    assert.deepEqual(titles.map((q) => [q.text, q.kind]), [['Harbour Lights', 'title'], ['Fit for the Future', 'title']]);
  });

  it('ignores inch marks and reports a lone mark as a stray', () => {
    assert.deepEqual(texts('The new pipe is 6" wide and 40 feet long.'), []);
    const { list, strays } = quotes('The spokesman said “');
    assert.deepEqual(list, []);
    assert.deepEqual(strays, ['“']);
  });

  it('pairs marks per paragraph: an unclosed mark never swallows the next paragraph', () => {
    const { list } = quotes('He called it “a scandal\nSecond paragraph with “its own quote” here.');
    assert.deepEqual(list.map((q) => q.text), ['a scandal', 'its own quote']);
  });

  it('reports 200,000 lone marks in one paragraph as strays, without overflowing the call stack', () => {
    const { list, strays } = quotes('“'.repeat(200_000));
    assert.equal(list.length, 0);
    assert.equal(strays.length, 200_000);
  });

  it('handles thousands of unbalanced marks and odd characters in linear time', () => {
    const noise = Array.from({ length: 20000 }, (_, i) => ['“', '”', '"', "'", '‘', '’', 'word', ' ', '\n', '😀', 'é'][i % 11]).join('');
    const t0 = performance.now();
    const { list } = quotes(noise.repeat(5));
    const ms = performance.now() - t0;
    assert.ok(list.length > 0);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});
