// A small hand-made analysis (independent of the engine's detectors) for the server's unit tests: one
// named speaker with a pronoun mention, an anonymous source, an unattributed quote, a scare quote, dates.
import { LineIndex } from '../../../server/src/engine/text/line-index';
import type { Analysis, Range } from '../../../server/src/protocol';

export const TEXT = [
  'Council backs late-night bus trial',
  'LEEDS, 12 March 2026',
  'Councillor Priya Raman, the cabinet member for transport, said the trial would “give shift workers a safe way home”.',
  '“We cannot keep asking nurses to walk home at 2am,” she told the meeting on Wednesday.',
  'A spokesperson for the operator said it was “ready to run” and called the plan a “lifeline”.',
  '“Nobody has explained the cost.”',
  'Raman said the council would review the trial in September.',
].join('\n');

export const lines = new LineIndex(TEXT);

/** The range of the n-th occurrence (0-based) of `s` in TEXT. */
export function rangeOf(s: string, n = 0): Range {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = TEXT.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" (${n}) not in the sample`);
  }
  return lines.range(at, at + s.length);
}

export function offsetOf(s: string, n = 0, plus = 0): number {
  return lines.offset(rangeOf(s, n).start) + plus;
}

/** "she" in "she told". */
export const SHE: Range = (() => {
  const r = rangeOf('she told');
  return { start: r.start, end: { line: r.start.line, character: r.start.character + 3 } };
})();

export const ANALYSIS: Analysis = {
  published: { value: '2026-03-12', source: 'dateline', text: '12 March 2026', range: rangeOf('12 March 2026') },
  people: [
    {
      id: 'p1',
      name: 'Priya Raman',
      roles: ['Councillor', 'cabinet member for transport'],
      mentions: [
        { text: 'Raman', range: rangeOf('Raman', 1), kind: 'surname' },
        { text: 'Priya Raman', range: rangeOf('Priya Raman'), kind: 'full' },
        { text: 'she', range: SHE, kind: 'pronoun' },
      ],
    },
  ],
  quotes: [
    {
      text: 'give shift workers a safe way home',
      range: rangeOf('give shift workers a safe way home'),
      kind: 'speech',
      speaker: 'Priya Raman',
      speakerId: 'p1',
      speakerMention: { text: 'Priya Raman', range: rangeOf('Priya Raman') },
      cue: 'said',
      opened: true,
      closed: true,
    },
    {
      text: 'We cannot keep asking nurses to walk home at 2am,',
      range: rangeOf('We cannot keep asking nurses to walk home at 2am,'),
      kind: 'speech',
      speaker: 'Priya Raman',
      speakerId: 'p1',
      speakerMention: { text: 'she', range: SHE },
      cue: 'told',
      opened: true,
      closed: true,
    },
    {
      text: 'ready to run',
      range: rangeOf('ready to run'),
      kind: 'speech',
      speaker: 'A spokesperson for the operator',
      speakerId: null,
      speakerMention: { text: 'A spokesperson for the operator', range: rangeOf('A spokesperson for the operator') },
      cue: 'said',
      opened: true,
      closed: true,
    },
    { text: 'lifeline', range: rangeOf('lifeline'), kind: 'scare', speaker: null, speakerMention: null, cue: null },
    { text: 'Nobody has explained the cost.', range: rangeOf('Nobody has explained the cost.'), kind: 'speech', speaker: null, speakerMention: null, cue: null, opened: true, closed: true },
  ],
  dates: [
    { text: 'on Wednesday', range: rangeOf('on Wednesday'), value: '2026-03-11', precision: 'day', basis: 'relative', explanation: 'the Wednesday before the publication date' },
    { text: 'in September', range: rangeOf('in September'), value: '2026-09', precision: 'month', basis: 'relative' },
  ],
  diagnostics: [
    { code: 'unattributed-quote', severity: 'warning', message: 'Quotation with no speaker.', range: rangeOf('Nobody has explained the cost.'), data: { closed: true } },
  ],
};
