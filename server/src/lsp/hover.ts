// Hovers: on a person mention, who the person is; on a date, the day it resolves to and how; on a
// quotation, who said it, the cue, and where the speaker is named. Computed from the cached analysis.
import type { Hover, MarkupContent, Range } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { DateExpr, Published, Quote } from '../protocol';
import type { AnalysisIndex, MentionRef } from './analysis-index';
import { longDate, md, shortQuote } from './format';

export function hoverAt(index: AnalysisIndex, offset: number): Hover | null {
  const mention = index.mentions.find(offset);
  if (mention) return hover(personHover(index, mention.item), mention.item.mention.range);
  const date = index.dates.find(offset);
  if (date) return hover(dateHover(date.item, index.analysis.published), date.item.range);
  const quote = index.quotes.find(offset);
  if (quote) return hover(quoteHover(index, quote.item), quote.item.range);
  return null;
}

function hover(lines: string[], range: Range): Hover {
  const contents: MarkupContent = { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
  return { contents, range };
}

function personHover(index: AnalysisIndex, { person, mention }: MentionRef): string[] {
  const facts = index.person(person.id);
  const mentions = facts?.mentions.length ?? person.mentions.length;
  const quotes = facts?.quotes ?? [];
  const lines = [`**${md(person.name)}**${person.known ? ' (newsroom list)' : ''}`];
  lines.push(person.roles.length ? `Role${person.roles.length > 1 ? 's' : ''}: ${person.roles.map(md).join('; ')}` : 'No role given in the text');
  lines.push(`${plural(mentions, 'mention')} · ${plural(quotes.length, 'quote')}`);
  if (quotes.length) lines.push(`First quote (line ${quotes[0].range.start.line + 1}): “${md(shortQuote(quotes[0].text))}”`);
  if (mention.text !== person.name) lines.push(`Here named as “${md(mention.text)}”${mention.kind ? ` (${mention.kind})` : ''}`);
  return lines;
}

function dateHover(date: DateExpr, published: Published): string[] {
  if (!date.value) return [`**“${md(date.text)}”**`, 'News Lens could not resolve this date.', publicationLine(published)];
  const lines = [`**${longDate(date.value)}**`];
  if (date.explanation) lines.push(md(date.explanation));
  if (date.basis === 'relative') lines.push(`Resolved relative to the publication date: ${publicationLine(published)}`);
  else if (date.basis === 'absolute') lines.push(`The text names this date${date.precision && date.precision !== 'day' ? ` (to the ${date.precision})` : ''}.`);
  return lines;
}

const PUBLISHED_SOURCES: Record<Published['source'], string> = {
  dateline: 'from the dateline',
  'front-matter': 'from the front matter',
  header: 'from the header',
  inferred: 'inferred from the text',
  option: 'given by the editor',
  none: 'none found',
};

function publicationLine(published: Published): string {
  if (!published.value) return 'publication date: none found in the text.';
  return `published ${longDate(published.value)} (${PUBLISHED_SOURCES[published.source]}${published.text ? `: “${md(published.text)}”` : ''}).`;
}

function quoteHover(index: AnalysisIndex, quote: Quote): string[] {
  if (quote.kind !== 'speech') {
    const what = { scare: 'Scare quote', title: 'Title', nickname: 'Nickname' }[quote.kind];
    return [`**${what}**: “${md(shortQuote(quote.text))}”`, 'Not a quotation of speech: no speaker expected.'];
  }
  const lines: string[] = [];
  if (quote.speaker === null) {
    lines.push('**Quotation**: No speaker named', 'Nobody in the text is credited with these words (unattributed-quote).');
  } else {
    const person = index.speakerOf(quote);
    lines.push(`**Quotation** by **${md(quote.speaker)}**${person ? '' : ' (anonymous source)'}`);
    if (person?.person.roles.length) lines.push(md(person.person.roles[0]));
  }
  if (quote.cue) lines.push(`Cue: “${md(quote.cue)}”`);
  if (quote.speakerMention) {
    lines.push(`Speaker named as “${md(quote.speakerMention.text)}” on line ${quote.speakerMention.range.start.line + 1}`);
  }
  if (quote.opened === false) lines.push('The opening quotation mark is missing.');
  if (quote.closed === false) lines.push('The closing quotation mark is missing.');
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
