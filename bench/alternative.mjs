// The obvious alternative a TypeScript developer would assemble from libraries: compromise for people,
// chrono-node for dates and a regular expression for quotations. It runs paragraph by paragraph, as
// decisions.md asks: compromise is super-linear over a whole document (27.5 s on 206K characters).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const chrono = require('chrono-node');

const QUOTE = /“[^”]*”|"[^"]*"/g;

/** People, dates (resolved against `reference`) and quotations of a text, one paragraph at a time. */
export function analyzeAlternative(text, reference = new Date('2025-08-19T12:00:00Z')) {
  const people = new Set();
  const dates = [];
  const quotes = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim()) {
      for (const name of nlp(paragraph).people().out('array')) people.add(name);
      for (const d of chrono.parse(paragraph, reference)) dates.push({ text: d.text, start: offset + d.index, value: d.start.date().toISOString().slice(0, 10) });
      for (const m of paragraph.matchAll(QUOTE)) quotes.push({ text: m[0], start: offset + m.index });
    }
    offset += paragraph.length + 1;
  }
  return { people: [...people], dates, quotes };
}
