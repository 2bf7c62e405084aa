// Hover, document symbols and navigation on a hand-made analysis (test/unit/lsp/sample-analysis.ts).
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import type { MarkupContent } from 'vscode-languageserver';
import { AnalysisIndex } from '../../../server/src/lsp/analysis-index';
import { hoverAt } from '../../../server/src/lsp/hover';
import { definition, highlights, references } from '../../../server/src/lsp/navigation';
import { ANONYMOUS_SOURCES, documentSymbols, UNATTRIBUTED_QUOTES } from '../../../server/src/lsp/symbols';
import { ANALYSIS, lines, offsetOf, rangeOf, SHE } from './sample-analysis';

const index = new AnalysisIndex(ANALYSIS, { offsetAt: (p) => lines.offset(p) });
const hoverText = (offset: number) => (hoverAt(index, offset)?.contents as MarkupContent | undefined)?.value ?? '';

describe('lsp/hover', () => {
  it('on a person: name, roles, mentions, quotes and the first quote', () => {
    const h = hoverAt(index, offsetOf('Priya Raman', 0, 3))!;
    assert.deepEqual(h.range, rangeOf('Priya Raman'));
    const text = (h.contents as MarkupContent).value;
    assert.match(text, /^\*\*Priya Raman\*\*/);
    assert.match(text, /Roles: Councillor; cabinet member for transport/);
    assert.match(text, /3 mentions · 2 quotes/);
    assert.match(text, /First quote \(line 3\): “give shift workers a safe way home”/);
  });

  it('on a pronoun mention: the person, and how they are named here', () => {
    const text = hoverText(offsetOf('she told', 0, 1));
    assert.match(text, /^\*\*Priya Raman\*\*/);
    assert.match(text, /Here named as “she” \(pronoun\)/);
  });

  it('on a date: the day with its weekday and how it was resolved', () => {
    const text = hoverText(offsetOf('on Wednesday', 0, 5));
    assert.match(text, /^\*\*Wednesday 11 March 2026\*\*/);
    assert.match(text, /the Wednesday before the publication date/);
    assert.match(text, /Resolved relative to the publication date: published Thursday 12 March 2026 \(from the dateline: “12 March 2026”\)/);
    assert.match(hoverText(offsetOf('in September', 0, 4)), /^\*\*September 2026\*\*/);
  });

  it('on a quotation: speaker, cue and where the speaker is named', () => {
    const text = hoverText(offsetOf('We cannot keep', 0, 4));
    assert.match(text, /\*\*Quotation\*\* by \*\*Priya Raman\*\*/);
    assert.match(text, /Cue: “told”/);
    assert.match(text, /Speaker named as “she” on line 4/);
  });

  it('on a quote mark, the quotation', () => {
    assert.match(hoverText(offsetOf('“We cannot')), /by \*\*Priya Raman\*\*/);
  });

  it('on an anonymous source and an unattributed quote', () => {
    assert.match(hoverText(offsetOf('ready to run', 0, 2)), /by \*\*A spokesperson for the operator\*\* \(anonymous source\)/);
    assert.match(hoverText(offsetOf('Nobody has', 0, 2)), /No speaker named/);
    assert.match(hoverText(offsetOf('lifeline', 0, 2)), /^\*\*Scare quote\*\*/);
  });

  it('nothing elsewhere', () => {
    assert.equal(hoverAt(index, offsetOf('Council backs')), null);
    assert.equal(hoverAt(index, 1e9), null);
  });
});

describe('lsp/documentSymbols', () => {
  const symbols = documentSymbols(index);

  it('one entry per speaker, anonymous sources and unattributed quotes grouped, in text order', () => {
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind]),
      [
        ['Priya Raman', SymbolKind.Object],
        [ANONYMOUS_SOURCES, SymbolKind.Namespace],
        [UNATTRIBUTED_QUOTES, SymbolKind.Namespace],
      ],
    );
    assert.equal(symbols[0].detail, 'Councillor');
    assert.deepEqual(symbols[0].selectionRange, rangeOf('Priya Raman'));
  });

  it('quotes beneath their speaker, named by their first words, with the quotation as range', () => {
    assert.deepEqual(
      symbols[0].children!.map((c) => [c.name, c.kind, c.range]),
      [
        ['“give shift workers a safe way home”', SymbolKind.String, rangeOf('give shift workers a safe way home')],
        ['“We cannot keep asking nurses to walk…”', SymbolKind.String, rangeOf('We cannot keep asking nurses to walk home at 2am,')],
      ],
    );
    const anonymous = symbols[1].children!;
    assert.deepEqual(anonymous.map((c) => c.name), ['A spokesperson for the operator']);
    assert.deepEqual(anonymous[0].children!.map((c) => c.name), ['“ready to run”']);
    assert.deepEqual(symbols[2].children!.map((c) => c.name), ['“Nobody has explained the cost.”']);
  });

  it('leaves out what is not speech, and every child lies within its parent', () => {
    const names = JSON.stringify(symbols);
    assert.ok(!names.includes('lifeline'));
    const within = (inner: { start: { line: number; character: number } }, outer: typeof inner & { end: typeof inner.start }) =>
      inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
    for (const s of symbols) for (const c of s.children ?? []) assert.ok(within(c.range, s.range), `${c.name} within ${s.name}`);
  });
});

describe('lsp/documentSymbols with newsLens.maxOutlineQuotes', () => {
  it('lists the first quotations only, then one entry that counts and covers the rest', () => {
    const all = documentSymbols(index);
    const quotes = (list: typeof all): number => list.reduce((n, s) => n + (s.kind === SymbolKind.String ? 1 : quotes(s.children ?? [])), 0);
    const total = quotes(all);
    assert.ok(total >= 3, `the sample has ${total} quotations`);
    const capped = documentSymbols(index, 2);
    assert.equal(quotes(capped), 2);
    const more = capped[capped.length - 1];
    assert.equal(more.name, `${total - 2} more quotation${total - 2 === 1 ? '' : 's'} not listed`);
    assert.match(more.detail!, /the outline stops at 2 \(newsLens\.maxOutlineQuotes\)/);
    // The listed ones are the first in the text: every one starts before the entry for the rest.
    const starts = (list: typeof all): { line: number; character: number }[] => list.flatMap((s) => (s.kind === SymbolKind.String ? [s.range.start] : starts(s.children ?? [])));
    for (const p of starts(capped)) assert.ok(p.line < more.range.start.line || (p.line === more.range.start.line && p.character < more.range.start.character));
    assert.deepEqual(documentSymbols(index, total), all);
  });
});

describe('lsp/navigation', () => {
  const uri = 'file:///sample.article';

  it('definition from any mention goes to the first full-name mention', () => {
    for (const at of [offsetOf('she told', 0, 1), offsetOf('Raman said'), offsetOf('Priya Raman', 0, 11)]) {
      assert.deepEqual(definition(index, uri, at), { uri, range: rangeOf('Priya Raman') });
    }
    assert.equal(definition(index, uri, offsetOf('Council backs')), null);
  });

  it('references and highlights: all mentions, in text order', () => {
    const all = [rangeOf('Priya Raman'), SHE, rangeOf('Raman', 1)];
    assert.deepEqual(references(index, uri, offsetOf('Raman said'), true), all.map((range) => ({ uri, range })));
    assert.deepEqual(references(index, uri, offsetOf('Raman said'), false), all.slice(1).map((range) => ({ uri, range })));
    assert.deepEqual(highlights(index, offsetOf('she told')).map((h) => h.range), all);
    assert.deepEqual(highlights(index, offsetOf('trial')), []);
  });
});
