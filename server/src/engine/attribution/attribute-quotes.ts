import type { ArticleText, AttributedQuote, PeopleIndex, QuoteSpan } from '../types';
// PLACEHOLDER: replaced by the attribution work.
export function attributeQuotes(_a: ArticleText, quotes: QuoteSpan[], _p: PeopleIndex): AttributedQuote[] {
  return quotes.map((q) => ({ ...q, speaker: null, speakerId: null, speakerMention: null, cue: null }));
}
