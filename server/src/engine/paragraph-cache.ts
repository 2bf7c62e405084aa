// What an incremental analyzer keeps between the versions of one document: the work each paragraph needs
// from its own text only (the people detector's tokens, name occurrences, role references, bare names and
// lower-case words; the quotation marks paired; attribution's tokens and each quotation's own attribution),
// keyed by the paragraph's text. An edit changes one
// paragraph or a few: the others are found here whatever their new offsets, and only placed there. The
// passes that look across paragraphs (merging people, continuing quotations, attribution, dates, rules)
// then run as in a fresh analysis, on the same inputs, so the result is the same.
import type { ArticleText } from './types';
import { placePeopleParagraph, scanPeopleParagraph, type PeopleParagraph } from './people/find-people';
import { placeQuotesParagraph, scanQuotesParagraph } from './quotes/find-quotes';
import type { ParagraphQuotes } from './quotes/pair-marks';
import { ParagraphAttribution } from './attribution/paragraph-attribution';

/** Above this many characters a document is analysed afresh each time: its scans would take more memory than the time they save. */
export const DEFAULT_MAX_CACHED_LENGTH = 2_000_000;

interface Entry {
  /** Offsets from the paragraph start. */
  people: PeopleParagraph;
  quotes: ParagraphQuotes;
  /** Attribution's tokens and each quotation's own attribution, found when first asked for. */
  attribution: ParagraphAttribution;
}

export interface ScannedParagraphs {
  /** Per paragraph of the article, placed at its offset. */
  people: PeopleParagraph[];
  quotes: ParagraphQuotes[];
  /** Per paragraph, with offsets from the paragraph start (attributeQuotes adds it). */
  attribution: ParagraphAttribution[];
}

export class ParagraphCache {
  private entries = new Map<string, Entry>();

  constructor(private readonly maxLength = DEFAULT_MAX_CACHED_LENGTH) {}

  /** Each paragraph's scans, from the last version where its text was the same, else made now; undefined past the size limit. */
  scan(article: ArticleText): ScannedParagraphs | undefined {
    const { text, paragraphs } = article;
    if (text.length > this.maxLength) {
      this.entries = new Map();
      return undefined;
    }
    // Only the paragraphs of this version are kept: the map never holds more than one document's worth.
    const kept = new Map<string, Entry>();
    const people: PeopleParagraph[] = [];
    const quotes: ParagraphQuotes[] = [];
    const attribution: ParagraphAttribution[] = [];
    for (const p of paragraphs) {
      const key = text.slice(p.start, p.end);
      let entry = kept.get(key) ?? this.entries.get(key);
      if (!entry) {
        // Scanned on a copy of its own, so that what is kept (names, roles) never holds the whole document alive.
        const own = ownCopy(key);
        const quotes = scanQuotesParagraph(own);
        entry = { people: scanPeopleParagraph(own), quotes, attribution: new ParagraphAttribution(own, 0, own.length, quotes.quotes) };
      }
      kept.set(key, entry);
      people.push(placePeopleParagraph(entry.people, p.start));
      quotes.push(placeQuotesParagraph(entry.quotes, p.start, p.index));
      attribution.push(entry.attribution);
    }
    this.entries = kept;
    return { people, quotes, attribution };
  }
}

/** A copy of a string that is not a view into a longer one (V8 slices long strings as views). */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
