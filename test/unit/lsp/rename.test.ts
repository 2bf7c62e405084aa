// Rename of a person on hand-made analyses (independent of the engine's detectors): which mentions change,
// into what, and what is refused. The protocol test (test/protocol/rename.test.ts) runs the real engine.
import assert from 'node:assert/strict';
import type { ResponseError, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/engine/text/line-index';
import { AnalysisIndex } from '../../../server/src/lsp/analysis-index';
import { prepareRename, renameEdits, renameWorkspaceEdit } from '../../../server/src/lsp/rename';
import type { RenameSource } from '../../../server/src/lsp/rename';
import type { Analysis, MentionKind } from '../../../server/src/protocol';

interface PersonSpec {
  name: string;
  spellings?: string[];
  /** [the mention's text, its kind, which occurrence of that text (0-based, substrings of longer words count)] */
  mentions: Array<[string, MentionKind, number?]>;
}

/** An analysed document: the text and the people given, their mentions found by text. */
function source(text: string, people: PersonSpec[]): RenameSource {
  const lines = new LineIndex(text);
  const offsetOf = (needle: string, n = 0) => {
    let at = -1;
    for (let i = 0; i <= n; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" (${n}) not in the text`);
    }
    return at;
  };
  const analysis: Analysis = {
    published: { value: null, source: 'none' },
    people: people.map((p, i) => ({
      id: `p${i + 1}`,
      name: p.name,
      roles: [],
      spellings: p.spellings ?? [p.name.split(' ').pop()!],
      mentions: p.mentions.map(([needle, kind, n]) => {
        const at = offsetOf(needle, n);
        return { text: needle, kind, range: lines.range(at, at + needle.length) };
      }),
    })),
    quotes: [],
    dates: [],
    diagnostics: [],
  };
  const index = new AnalysisIndex(analysis, { offsetAt: (p) => lines.offset(p) });
  return { text, index, offsetAt: (p) => lines.offset(p), positionAt: (o) => lines.position(o) };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///a.article', 'article', 1, text), edits);
}

/** Renames at the n-th occurrence of `at` (one character in) and returns the new text. */
function rename(src: RenameSource, at: string, newName: string, n = 0): string {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = src.text.indexOf(at, offset + 1);
  assert.ok(offset >= 0, `"${at}" in the text`);
  return apply(src.text, renameEdits(src, offset + 1, newName));
}

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as ResponseError<void>).message;
  }
  assert.fail('expected a refusal');
}

const ASHDOWNS = [
  'Councillor Helen Ashdown won the vote. “We waited,” Ms Ashdown said, and she left.',
  'Ashdown’s plan was opposed by the leader, Tom Ashdown. Mr Ashdown said no. The councillor smiled. Helen spoke last.',
].join('\n');
const ashdowns = () =>
  source(ASHDOWNS, [
    {
      name: 'Helen Ashdown',
      mentions: [
        ['Helen Ashdown', 'full'],
        ['Ms Ashdown', 'honorific'],
        ['she', 'pronoun'],
        ['Ashdown', 'surname', 2],
        ['The councillor', 'role'],
        ['Helen', 'given', 1],
      ],
    },
    { name: 'Tom Ashdown', mentions: [['Tom Ashdown', 'full'], ['the leader', 'role'], ['Mr Ashdown', 'honorific']] },
  ]);

describe('lsp/rename', () => {
  describe('renameEdits', () => {
    it('a new full name: full names, surnames and given names each take their part; honorifics, possessives, pronouns, roles and the namesake stay', () => {
      assert.equal(
        rename(ashdowns(), 'Helen Ashdown', 'Grace Holt'),
        [
          'Councillor Grace Holt won the vote. “We waited,” Ms Holt said, and she left.',
          'Holt’s plan was opposed by the leader, Tom Ashdown. Mr Ashdown said no. The councillor smiled. Grace spoke last.',
        ].join('\n'),
      );
    });

    it('the same rename from any of the person’s names, the honorific mention included', () => {
      const expected = rename(ashdowns(), 'Helen Ashdown', 'Grace Holt');
      assert.equal(rename(ashdowns(), 'Ashdown’s', 'Grace Holt'), expected);
      assert.equal(rename(ashdowns(), 'Ms Ashdown', 'Grace Holt', 0), expected);
      assert.equal(rename(ashdowns(), 'Helen spoke', 'Grace Holt'), expected);
    });

    it('one word typed over a surname is the new surname: the given name stays', () => {
      assert.equal(
        rename(ashdowns(), 'Ashdown’s', 'Holt'),
        [
          'Councillor Helen Holt won the vote. “We waited,” Ms Holt said, and she left.',
          'Holt’s plan was opposed by the leader, Tom Ashdown. Mr Ashdown said no. The councillor smiled. Helen spoke last.',
        ].join('\n'),
      );
    });

    it('one word typed over a given name is the new given name', () => {
      assert.equal(
        rename(ashdowns(), 'Helen spoke', 'Grace'),
        [
          'Councillor Grace Ashdown won the vote. “We waited,” Ms Ashdown said, and she left.',
          'Ashdown’s plan was opposed by the leader, Tom Ashdown. Mr Ashdown said no. The councillor smiled. Grace spoke last.',
        ].join('\n'),
      );
    });

    it('the namesake renamed leaves the first Ashdown alone', () => {
      assert.equal(
        rename(ashdowns(), 'Mr Ashdown', 'Tom Baker'),
        [
          'Councillor Helen Ashdown won the vote. “We waited,” Ms Ashdown said, and she left.',
          'Ashdown’s plan was opposed by the leader, Tom Baker. Mr Baker said no. The councillor smiled. Helen spoke last.',
        ].join('\n'),
      );
    });

    it('an honorific that goes with given names keeps the given name form ("Sir Keir")', () => {
      const src = source('Sir Keir Starmer spoke. Sir Keir left. Starmer returned.', [
        { name: 'Keir Starmer', mentions: [['Keir Starmer', 'full'], ['Sir Keir', 'honorific', 1], ['Starmer', 'surname', 1]] },
      ]);
      assert.equal(rename(src, 'Starmer returned', 'John Major'), 'Sir John Major spoke. Sir John left. Major returned.');
    });

    it('spelling variants: a surname variant after the given name is a full name, alone a surname; a given-name variant is a given name', () => {
      const src = source('Volodymyr Zelenskyy met Volodymyr Zelensky. Zelensky said yes.', [
        {
          name: 'Volodymyr Zelenskyy',
          spellings: ['Zelenskyy', 'Zelensky'],
          mentions: [['Volodymyr Zelenskyy', 'full'], ['Zelensky', 'variant', 1], ['Zelensky', 'variant', 2]],
        },
      ]);
      assert.equal(rename(src, 'Volodymyr Zelenskyy', 'Petro Poroshenko'), 'Petro Poroshenko met Petro Poroshenko. Poroshenko said yes.');
      const given = source('Mohammed Salah scored. Mohammad Salah celebrated. Salah left.', [
        { name: 'Mohammed Salah', spellings: ['Mohammed', 'Mohammad'], mentions: [['Mohammed Salah', 'full'], ['Mohammad', 'variant'], ['Salah', 'surname', 2]] },
      ]);
      assert.equal(rename(given, 'Salah left', 'Sadio Mane'), 'Sadio Mane scored. Sadio Mane celebrated. Mane left.');
    });

    it('capitals stay capitals; a surname particle is capitalised where the name was; the particles go with the new surname', () => {
      const src = source('VON DER LEYEN WINS\nUrsula von der Leyen won. Von der Leyen said so.', [
        {
          name: 'Ursula von der Leyen',
          spellings: ['von der Leyen'],
          mentions: [['VON DER LEYEN', 'surname'], ['Ursula von der Leyen', 'full'], ['Von der Leyen', 'surname']],
        },
      ]);
      assert.equal(rename(src, 'Ursula', 'Anna van Dijk'), 'VAN DIJK WINS\nAnna van Dijk won. Van Dijk said so.');
      // One surname with its particle typed over a surname: the given name stays.
      assert.equal(rename(src, 'Von der', 'de Vries'), 'DE VRIES WINS\nUrsula de Vries won. De Vries said so.');
    });

    it('possessives: “Jones’ dog” becomes “Holt’s dog”; “Jones’s” keeps its s; a closing quote mark is not a possessive', () => {
      const src = source('Tom Jones sang. Jones’ dog barked. Jones’s cat slept. ‘Ask Jones’, they said.', [
        { name: 'Tom Jones', mentions: [['Tom Jones', 'full'], ['Jones', 'surname', 1], ['Jones', 'surname', 2], ['Jones', 'surname', 3]] },
      ]);
      assert.equal(rename(src, 'Tom Jones', 'Tom Holt'), 'Tom Holt sang. Holt’s dog barked. Holt’s cat slept. ‘Ask Holt’, they said.');
      assert.equal(rename(src, 'Tom Jones', 'Tom Burns'), 'Tom Burns sang. Burns’ dog barked. Burns’s cat slept. ‘Ask Burns’, they said.');
    });

    it('a generational suffix stays with the name', () => {
      const src = source('Donald Trump Jr spoke. Trump Jr left.', [{ name: 'Donald Trump Jr', mentions: [['Donald Trump Jr', 'full'], ['Trump Jr', 'surname', 1]] }]);
      assert.equal(rename(src, 'Donald', 'Eric Smith'), 'Eric Smith Jr spoke. Smith Jr left.');
    });

    it('versioned document changes when the client takes them, plain changes otherwise', () => {
      const edits = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'x' }];
      assert.deepEqual(renameWorkspaceEdit('file:///a', 4, edits, true), { documentChanges: [{ textDocument: { uri: 'file:///a', version: 4 }, edits }] });
      assert.deepEqual(renameWorkspaceEdit('file:///a', 4, edits, false), { changes: { 'file:///a': edits } });
    });
  });

  describe('refusals', () => {
    const at = (src: RenameSource, needle: string) => src.text.indexOf(needle) + 1;

    it('a pronoun or a role is not a person’s name, and the message names whose it is', () => {
      const src = ashdowns();
      assert.match(refusal(() => prepareRename(src, at(src, 'she left'))), /“she” is not a person’s name but a pronoun of Helen Ashdown/);
      assert.match(refusal(() => prepareRename(src, at(src, 'The councillor'))), /“The councillor” is not a person’s name but a role of Helen Ashdown/);
      assert.match(refusal(() => renameEdits(src, at(src, 'the leader'), 'X')), /not a person’s name but a role of Tom Ashdown/);
    });

    it('nowhere near a person: not a person’s name', () => {
      const src = ashdowns();
      assert.match(refusal(() => prepareRename(src, at(src, 'won the vote'))), /Not a person’s name/);
    });

    it('an empty name or one with a line break is refused', () => {
      const src = ashdowns();
      assert.match(refusal(() => renameEdits(src, at(src, 'Helen Ashdown'), '   ')), /empty/);
      assert.match(refusal(() => renameEdits(src, at(src, 'Helen Ashdown'), 'Grace\nHolt')), /line break/);
    });
  });

  describe('prepareRename', () => {
    it('the name under the cursor, its honorific left out, as range and placeholder', () => {
      const src = ashdowns();
      const ms = prepareRename(src, at(src, 'Ms Ashdown'));
      assert.equal(ms.placeholder, 'Ashdown');
      assert.deepEqual(ms.range, { start: src.positionAt(ASHDOWNS.indexOf('Ms Ashdown') + 3), end: src.positionAt(ASHDOWNS.indexOf('Ms Ashdown') + 10) });
      assert.equal(prepareRename(src, at(src, 'Helen Ashdown')).placeholder, 'Helen Ashdown');
      // The cursor just after the name still renames it (as after double-clicking a word).
      assert.equal(prepareRename(src, ASHDOWNS.indexOf('Helen Ashdown') + 'Helen Ashdown'.length).placeholder, 'Helen Ashdown');
    });
  });
});

function at(src: RenameSource, needle: string): number {
  return src.text.indexOf(needle) + 1;
}
