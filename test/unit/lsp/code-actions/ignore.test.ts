// "Ignore this one": a disable-next-line directive above the diagnostic's line, indented like it and with
// the document's line breaks; the engine then no longer reports it.
import assert from 'node:assert/strict';
import { actionsFor, apply, codesIn, ofCode, prepare, titled } from './helpers';

const QUOTE = '“Nobody has explained where the money will come from.”';

describe('lsp/code-actions: ignore this one', () => {
  it('inserts the directive on its own line above, and the diagnostic is gone', () => {
    const text = `Bus trial\nLEEDS, 12 March 2026\n\n${QUOTE}\n`;
    const p = prepare(text);
    const [d] = ofCode(p, 'unattributed-quote');
    const fixed = apply(p, titled(actionsFor(p, d), 'Ignore this unattributed-quote (comment directive on the line above)'));
    assert.equal(fixed, `Bus trial\nLEEDS, 12 March 2026\n\n<!-- news-lens-disable-next-line unattributed-quote -->\n${QUOTE}\n`);
    assert.ok(!codesIn(fixed).includes('unattributed-quote'));
  });

  it('keeps the line’s indentation and the document’s CRLF line breaks', () => {
    const text = `Bus trial\r\nLEEDS, 12 March 2026\r\n\r\n    ${QUOTE}\r\n`;
    const p = prepare(text);
    const [d] = ofCode(p, 'unattributed-quote');
    const fixed = apply(p, titled(actionsFor(p, d), /^Ignore this/));
    assert.equal(fixed, `Bus trial\r\nLEEDS, 12 March 2026\r\n\r\n    <!-- news-lens-disable-next-line unattributed-quote -->\r\n    ${QUOTE}\r\n`);
    assert.ok(!codesIn(fixed).includes('unattributed-quote'));
  });

  it('adds the code to a directive already above the line instead of stacking a second one', () => {
    const text = `Bus trial\nLEEDS, 12 March 2026\n<!-- news-lens-disable-next-line name-variant -->\n${QUOTE}\n`;
    const p = prepare(text);
    const [d] = ofCode(p, 'unattributed-quote');
    const fixed = apply(p, titled(actionsFor(p, d), /^Ignore this/));
    assert.equal(fixed, `Bus trial\nLEEDS, 12 March 2026\n<!-- news-lens-disable-next-line name-variant unattributed-quote -->\n${QUOTE}\n`);
    assert.ok(!codesIn(fixed).includes('unattributed-quote'));
  });

  it('is offered for every code a directive can silence, on the first line too', () => {
    const text = 'On Wednesday, 17 March 2026 the council met.\nMore later.';
    const p = prepare(text);
    const [d] = ofCode(p, 'weekday-mismatch');
    assert.ok(d, 'Wednesday, 17 March 2026 is a Tuesday');
    const fixed = apply(p, titled(actionsFor(p, d), 'Ignore this weekday-mismatch (comment directive on the line above)'));
    assert.equal(fixed, `<!-- news-lens-disable-next-line weekday-mismatch -->\n${text}`);
    assert.ok(!codesIn(fixed).includes('weekday-mismatch'));
  });

  it('is not offered for document-too-large, which no directive can silence', () => {
    const p = prepare('A long article.', { maxLength: 5 });
    const [d] = ofCode(p, 'document-too-large');
    assert.deepEqual(actionsFor(p, d), []);
  });
});
