import assert from 'node:assert/strict';
import { scopesAt, tokenize } from './tokenize';
import type { Token } from './tokenize';

/** Asserts that the needle carries a scope starting with each of the given prefixes. */
function has(tokens: Token[], needle: string, prefixes: string[], occurrence = 0): void {
  const scopes = scopesAt(tokens, needle, occurrence);
  for (const prefix of prefixes) {
    assert.ok(
      scopes.some((s) => s === prefix || s.startsWith(prefix + '.')),
      `"${needle}" should have ${prefix}; it has ${scopes.join(' ')}`,
    );
  }
}

function hasNot(tokens: Token[], needle: string, prefix: string, occurrence = 0): void {
  const scopes = scopesAt(tokens, needle, occurrence);
  assert.ok(!scopes.some((s) => s === prefix || s.startsWith(prefix + '.')), `"${needle}" should not have ${prefix}; it has ${scopes.join(' ')}`);
}

const ARTICLE = [
  'Minister defends “cast iron” guarantee on flood defences',
  'By Hannah Cole and Tom Reid, Political Correspondents',
  'LONDON, 12 March 2026 — The government will spend £2bn on flood defences, the Environment Secretary said on Tuesday.',
  '',
  '“We have learned the lessons of last winter,” Environment Secretary Priya Raman told MPs. “The money is there.”',
  '',
  '<!-- news-lens-disable-next-line unattributed-quote name-variant -->',
  '“Nobody believes a word of it.”',
  '',
  'Funding Gap Remains',
  'The plan, according to Treasury officials, will run until March 2027 and be reviewed on Aug. 18 and on 2026-09-01.',
  '‘It’s a start,’ said Daniel Okafor, who added that he didn’t expect ‘real change’ yet.',
  'NHS England said the cost was "not \'affordable\' at all".',
].join('\n');

describe('grammar: text.article', () => {
  let tokens: Token[];
  before(async () => {
    tokens = await tokenize(ARTICLE);
  });

  it('scopes the first line as the headline, with its quotation inside', () => {
    has(tokens, 'Minister defends', ['markup.heading', 'entity.name.section']);
    has(tokens, 'on flood defences', ['markup.heading'], 0);
    has(tokens, 'cast iron', ['markup.heading', 'string.quoted.double']);
  });

  it('scopes the byline: the cue word, the names, the role', () => {
    has(tokens, 'By', ['meta.byline', 'keyword.other']);
    has(tokens, 'Hannah Cole and Tom Reid', ['meta.byline', 'entity.name.tag']);
    has(tokens, 'Political Correspondents', ['meta.byline']);
    hasNot(tokens, 'Political Correspondents', 'entity.name.tag');
  });

  it('scopes the dateline at a paragraph start, up to its dash', () => {
    has(tokens, 'LONDON', ['meta.dateline', 'markup.bold']);
    has(tokens, '12 March 2026', ['meta.dateline', 'constant.numeric.date']);
    has(tokens, '—', ['meta.dateline', 'punctuation.separator.dash'], 0);
    hasNot(tokens, 'The government will spend', 'meta.dateline');
  });

  it('scopes quotations with their marks, curly and straight, double and single', () => {
    has(tokens, 'We have learned the lessons of last winter,', ['string.quoted.double']);
    has(tokens, '“', ['string.quoted.double', 'punctuation.definition.string.begin'], 1);
    has(tokens, '”', ['string.quoted.double', 'punctuation.definition.string.end'], 1);
    has(tokens, 'The money is there.', ['string.quoted.double']);
    has(tokens, 'It’s a start,', ['string.quoted.single']);
    has(tokens, '‘', ['punctuation.definition.string.begin'], 0);
    has(tokens, 'not ', ['string.quoted.double']);
    has(tokens, 'affordable', ['string.quoted.double', 'string.quoted.single']);
    has(tokens, '"', ['punctuation.definition.string.end'], 1);
  });

  it('does not end a single quotation at an apostrophe', () => {
    has(tokens, 'It’s a start,', ['string.quoted.single']);
    hasNot(tokens, 'said Daniel Okafor', 'string.quoted');
    hasNot(tokens, 'didn’t expect', 'string.quoted');
    has(tokens, 'real change', ['string.quoted.single']);
  });

  it('scopes attribution cues outside quotations only', () => {
    has(tokens, 'told', ['keyword.other.attribution']);
    has(tokens, 'according to', ['keyword.other.attribution']);
    has(tokens, 'said', ['keyword.other.attribution'], 0);
    has(tokens, 'added', ['keyword.other.attribution']);
    hasNot(tokens, 'lessons', 'keyword.other');
  });

  it('scopes dates: day-month-year, month-year, abbreviated months, weekdays, relative words, ISO', () => {
    has(tokens, 'Tuesday', ['constant.numeric.date']);
    has(tokens, 'March 2027', ['constant.numeric.date']);
    has(tokens, 'Aug. 18', ['constant.numeric.date']);
    has(tokens, '2026-09-01', ['constant.numeric.date']);
    has(tokens, 'last winter', ['string.quoted.double']);
    hasNot(tokens, 'last winter', 'constant.numeric.date');
  });

  it('scopes comment directives as comments, with the directive and its codes', () => {
    has(tokens, '<!--', ['comment.block', 'punctuation.definition.comment.begin']);
    has(tokens, 'news-lens-disable-next-line', ['comment.block', 'keyword.control.directive']);
    has(tokens, 'unattributed-quote', ['comment.block', 'variable.parameter.rule-code']);
    has(tokens, 'name-variant', ['comment.block', 'variable.parameter.rule-code']);
    has(tokens, '-->', ['comment.block', 'punctuation.definition.comment.end']);
  });

  it('scopes a crosshead as a subheading, and not a sentence', () => {
    has(tokens, 'Funding Gap Remains', ['markup.heading.2']);
    hasNot(tokens, 'NHS England said', 'markup.heading');
    hasNot(tokens, 'NHS England said', 'meta.dateline');
  });

  it('ends an unclosed quotation at the end of its paragraph', async () => {
    const t = await tokenize('Headline here\n“This quote never closes, she said\nNext paragraph said nothing.');
    has(t, 'This quote never closes, she said', ['string.quoted.double']);
    hasNot(t, 'Next paragraph', 'string.quoted');
    has(t, 'said', ['keyword.other.attribution'], 1);
  });

  it('reads other datelines and bylines, and leaves sentences that only look like them', async () => {
    const t = await tokenize(
      [
        'Headline',
        'WASHINGTON (AP) — The Senate voted.',
        'NEW YORK, March 12 (Reuters) - Shares fell.',
        'LEEDS, 12 March 2026',
        'By Monday, the council had voted.',
        'NATO, the alliance, said on Friday it would send more troops to the region.',
        'BY JANE DOE | 12 March 2026',
        'Published June 2, 2026',
      ].join('\n'),
    );
    has(t, 'WASHINGTON', ['meta.dateline', 'markup.bold']);
    has(t, '(AP)', ['meta.dateline', 'entity.name.tag.agency']);
    has(t, 'NEW YORK', ['meta.dateline']);
    has(t, 'March 12', ['meta.dateline', 'constant.numeric.date']);
    has(t, '(Reuters)', ['meta.dateline', 'entity.name.tag.agency']);
    hasNot(t, 'Shares fell.', 'meta.dateline');
    has(t, 'LEEDS', ['meta.dateline']);
    hasNot(t, 'By Monday', 'meta.byline');
    has(t, 'Monday', ['constant.numeric.date']);
    hasNot(t, 'NATO', 'meta.dateline');
    has(t, 'JANE DOE', ['meta.byline', 'entity.name.tag']);
    has(t, '12 March 2026', ['meta.byline', 'constant.numeric.date'], 1);
    has(t, 'Published', ['meta.header', 'keyword.other.label']);
    has(t, 'June 2, 2026', ['constant.numeric.date']);
  });

  it('does not take May the name for a date, but takes May with a day or after in/since/by', async () => {
    const t = await tokenize('Headline\nTheresa May said it may rain on 3 May and on May 4, or in May.');
    hasNot(t, 'Theresa May', 'constant.numeric.date');
    hasNot(t, 'May', 'constant.numeric.date', 0);
    has(t, 'May', ['constant.numeric.date'], 3);
    hasNot(t, 'in ', 'constant.numeric.date');
    has(t, '3 May', ['constant.numeric.date']);
    has(t, 'May 4', ['constant.numeric.date']);
  });

  it('starts with front matter instead of a headline when the file has one', async () => {
    const t = await tokenize('---\ntitle: Flood plan\ndate: 2026-03-12\n---\nLONDON — Text.');
    has(t, 'title', ['meta.front-matter', 'entity.name.tag']);
    has(t, '2026-03-12', ['meta.front-matter', 'constant.numeric.date']);
    hasNot(t, 'title', 'markup.heading');
    has(t, 'LONDON', ['meta.dateline']);
  });
});
