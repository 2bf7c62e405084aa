// What must hold of any analysis of any text, checked independently of the engine's own LineIndex:
// every range lies inside the document, each span's text is what its range covers, quotations come in
// order, speaker ids point at people, and the analysis crosses JSON and the zod contract unchanged.
import { strict as assert } from 'node:assert';
import { AnalysisSchema, type Analysis, type Range } from '../../server/src/protocol';

/** Line starts and lengths as LSP counts them: lines end at \n, \r\n or \r; characters are UTF-16 units. */
export class Lines {
  readonly starts: number[] = [0];
  readonly lengths: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        this.lengths.push(i - this.starts[this.starts.length - 1]);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
    this.lengths.push(text.length - this.starts[this.starts.length - 1]);
  }

  get count(): number {
    return this.starts.length;
  }

  offset(line: number, character: number): number {
    return this.starts[line] + character;
  }
}

function checkRange(lines: Lines, range: Range, what: string): [number, number] {
  for (const end of ['start', 'end'] as const) {
    const { line, character } = range[end];
    assert.ok(Number.isInteger(line) && line >= 0 && line < lines.count, `${what}: ${end}.line ${line} outside the document's ${lines.count} lines`);
    assert.ok(
      Number.isInteger(character) && character >= 0 && character <= lines.lengths[line],
      `${what}: ${end}.character ${character} past the end of line ${line} (length ${lines.lengths[line]})`,
    );
  }
  const start = lines.offset(range.start.line, range.start.character);
  const end = lines.offset(range.end.line, range.end.character);
  assert.ok(start <= end, `${what}: range ends (${range.end.line}:${range.end.character}) before it starts (${range.start.line}:${range.start.character})`);
  return [start, end];
}

function checkSpan(lines: Lines, span: { text: string; range: Range }, what: string) {
  const [start, end] = checkRange(lines, span.range, what);
  assert.equal(span.text, lines.text.slice(start, end), `${what}: text ${JSON.stringify(span.text)} is not what its range covers`);
}

/** Throws an AssertionError naming the first broken invariant of `a`, the analysis of `text`. */
export function checkAnalysis(text: string, a: Analysis): void {
  const lines = new Lines(text);
  if (a.published.range) checkRange(lines, a.published.range, 'published');
  const ids = new Set<string>();
  a.people.forEach((p, i) => {
    assert.ok(!ids.has(p.id), `people[${i}]: duplicate id ${p.id}`);
    // A name read from the text is shown in hovers and the outline and searched for across a workspace: one
    // clean line. (A known person's name is the newsroom's, as its list spells it.)
    if (!p.known) {
      assert.ok(p.name.trim() !== '' && p.name === p.name.trim() && !/\s\s|[\r\n\u2028\u2029]/.test(p.name), `people[${i}]: name ${JSON.stringify(p.name)} is empty, untrimmed, or has line breaks or runs of spaces`);
    }
    ids.add(p.id);
    p.mentions.forEach((m, j) => checkSpan(lines, m, `people[${i}] ${JSON.stringify(p.name)} mentions[${j}]`));
  });
  let previous = -1;
  a.quotes.forEach((q, i) => {
    const what = `quotes[${i}]`;
    const [start] = checkRange(lines, q.range, what);
    assert.equal(q.text, text.slice(start, lines.offset(q.range.end.line, q.range.end.character)), `${what}: text is not what its range covers`);
    assert.ok(start >= previous, `${what}: starts before the quote listed ahead of it (quotes out of order)`);
    previous = start;
    if (q.speakerMention) checkSpan(lines, q.speakerMention, `${what}.speakerMention`);
    if (q.cueRange) checkRange(lines, q.cueRange, `${what}.cueRange`);
    if (q.speakerId != null) assert.ok(ids.has(q.speakerId), `${what}: speakerId ${q.speakerId} names no person`);
  });
  a.dates.forEach((d, i) => checkSpan(lines, d, `dates[${i}]`));
  a.diagnostics.forEach((d, i) => checkRange(lines, d.range, `diagnostics[${i}] (${d.code})`));
}

/** The analysis survives JSON and AnalysisSchema.parse unchanged: no field outside the contract, none invalid. */
export function checkJsonRoundTrip(a: Analysis): void {
  const json: unknown = JSON.parse(JSON.stringify(a));
  const parsed = AnalysisSchema.safeParse(json);
  assert.ok(parsed.success, `AnalysisSchema rejects the analysis: ${parsed.success ? '' : parsed.error.message}`);
  assert.deepStrictEqual(parsed.data, json, 'AnalysisSchema.parse changed the analysis (a field outside the contract was stripped?)');
}
