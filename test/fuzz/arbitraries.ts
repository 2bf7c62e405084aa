// Generators of hostile and almost-news text for the fuzz tests: any Unicode (lone surrogates, NUL and
// control characters, RTL, emoji), every kind of quote mark and line end, comment directives, and real
// news sentences cut up and mixed with noise — the inputs a writer's editor will one day send.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnalyzeOptions, KnownPerson } from '../../server/src/protocol';

/** News sentences of several desks and both conventions, written for these tests. */
export const NEWS_SENTENCES = [
  'The Chancellor, Rachel Pryce-Jones, said on Tuesday that the budget would "hold the line" on borrowing.',
  '“We will not be lectured by anyone,” the Home Secretary told MPs. “Not today, not ever.”',
  'Judge Amara Okafor QC sentenced the former director to six years, saying the fraud was “calculated and cruel”.',
  'WASHINGTON, March 3, 2026 — Sen. Daniel O’Sullivan (D-Mass.) said Friday he would oppose the bill.',
  '"It\'s a disgrace," said Coach Tomasz Kowalski after the 2-1 defeat at Anfield on Saturday.',
  'Dr. Ingrid Lindqvist, a virologist at the Karolinska Institute, wrote in Nature that the results were “preliminary”.',
  'According to a spokesperson for the European Commission, Ursula von der Leyen will visit Kyiv next week.',
  'Shares in Kestrel Holdings fell 12% on Monday after the company warned that profits for 2025 would be £40m lower.',
  '“I’m not going anywhere,” she said. “The people of this borough elected me, and I will serve them.”',
  'Prince Faisal bin Salman met the delegation on 15 August, three days after the summit in Riyadh.',
  'The mayor’s office declined to comment. A senior official, speaking on condition of anonymity, said the plan was “dead”.',
  'Rebecca "Becky" Sato, the team’s captain, scored twice in the second half.',
  '‘This is a matter for the police,’ a Downing Street source said.',
  'He added: “We were able to win the argument, but not the vote.',
  'Ms Femke Dijkstra, the Dutch economy minister, said the deal was signed on Wednesday, March 17.',
  'Published June 2, 2026',
  'LONDON, 9 October 2026 (Reuters) -',
  'By Vafa Guliyeva and Raj Patel',
  '---\ntitle: Council votes on housing plan\ndate: 2026-02-14\n---',
  '<!-- news-lens-disable-next-line unattributed-quote -->',
  '<!-- news-lens-disable -->“Off the record,” one aide said.<!-- news-lens-enable -->',
  '« Nous sommes prêts », a déclaré le ministre.',
  '„Wir schaffen das“, sagte die Kanzlerin am Montag.',
  'Gen. Mark Rutte and Col. Hans Müller-Brandt arrived in Vilnius on Thursday evening.',
  'The study, published in The Lancet on Thursday, followed 4,000 patients for ten years.',
];

/** Quote marks of every kind news text (and broken news text) contains. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '‟', '‛', '＂', '`', '``', "''", '″', '′'];
export const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\r', '\u2028', '\u2029', '\u0085', '\v', '\f'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\u001b', '\u001f', '\u007f', '\u0080', '\u009f', '\ufeff', '\ufffd', '\uffff'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u034f', '\u00a0', '\u2009', '\u202f', '\u3000'];
const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const RTL_TEXT = ['قال الرئيس', '"مرحبا"', 'שלום עולם', '“שר החוץ אמר”', 'محمد بن سلمان', 'یکشنبه ۱۵ اوت'];
const EMOJI = ['😀', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇺🇦', '🇬🇧', '👍🏽', '🧑🏿‍⚖️', '1️⃣', '❤️', '🔥'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '\udc00\ud800'];
const COMBINING = ['e\u0301', 'A\u030a', 'n\u0303', 'Z\u0335\u0336\u0337', '\u0301', 'ﬁ', 'Ǆ', 'İ', 'ß', 'ẞ'];
const NEWS_WORDS = [
  'said', 'says', 'told', 'reporters', 'added', 'according to', 'wrote', 'tweeted', 'he', 'she', 'they', 'the',
  'Mr', 'Mr.', 'Ms', 'Mrs.', 'Dr', 'Sir', 'Dame', 'Gen.', 'Col.', 'Judge', 'Prince', 'President', 'Prime Minister',
  'Keir', 'Starmer', 'Zelensky', 'Zelenskyy', 'von der', 'bin', 'van der Berg', "O'Neill", 'Pryce-Jones', 'J. R.',
  'Monday', 'Friday', 'on Tuesday', 'last week', 'next month', 'yesterday', 'today', 'tomorrow', 'ago', 'August', 'Sept.',
  '15 August', 'August 15', '2025', '2026-02-30', '31/02/2026', '12.03.2026', 'March 17, 2026', 'Wednesday, March 17',
  'Published', 'Updated', 'BRUSSELS,', 'date:', '---', '<!--', '-->', '<!-- news-lens-disable -->', '<!-- news-lens-enable -->',
  'news-lens-disable-next-line', 'unattributed-quote', '.', ',', ':', ';', '—', '–', '-', '(', ')', '[', ']', '...', '…', '?', '!',
  '\\', '$', '^', '*', '+', '|', '{', '}', '%', '0', '42', '1,000,000',
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
/** One UTF-16 code unit of any value: lone surrogates, NUL and every control character included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A piece of text, weighted towards what makes a news analyser think. */
export const newsToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: pick(NEWS_WORDS) },
  { weight: 6, arbitrary: pick(QUOTE_MARKS) },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ', '  ', '\t') },
  { weight: 3, arbitrary: pick(LINE_ENDS) },
  { weight: 3, arbitrary: pick(NEWS_SENTENCES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: pick(CONTROLS) },
  { weight: 1, arbitrary: pick(INVISIBLE) },
  { weight: 1, arbitrary: pick(BIDI) },
  { weight: 1, arbitrary: pick(RTL_TEXT) },
  { weight: 1, arbitrary: pick(EMOJI) },
  { weight: 1, arbitrary: pick(SURROGATES) },
  { weight: 1, arbitrary: pick(COMBINING) },
  { weight: 1, arbitrary: anyCodeUnit },
);

/** Text built from news tokens: quotes, names, dates, cues and directives in every disorder. */
export const newsLikeText = fc.array(newsToken, { maxLength: 400, size: 'large' }).map((ts) => ts.join(''));

/** Any code points (astral included, no lone surrogates: fast-check's "binary" unit). */
export const binaryText = fc.string({ unit: 'binary', maxLength: 2000, size: 'large' });
/** Any UTF-16 code units, lone surrogates and NUL included. */
export const codeUnitText = fc.string({ unit: anyCodeUnit, maxLength: 2000, size: 'large' });
/** Printable graphemes of every script: emoji sequences, RTL, combining marks. */
export const graphemeText = fc.string({ unit: 'grapheme', maxLength: 600, size: 'large' });

/** Thousands of quote marks of all kinds with a few words between them. */
export const quoteStorm = fc
  .array(fc.oneof({ weight: 6, arbitrary: pick(QUOTE_MARKS) }, { weight: 2, arbitrary: pick(NEWS_WORDS) }, { weight: 2, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: pick(LINE_ENDS) }), {
    minLength: 1000,
    maxLength: 5000,
  })
  .map((ts) => ts.join(''));

/** The real articles of the project (samples, fixtures other than the hold-out set) and the sentences above. */
export function realArticles(): string[] {
  const root = projectRoot();
  const out: string[] = [];
  for (const dir of [join(root, 'samples'), join(root, 'test/fixtures')]) collect(dir, out);
  // A document of the sentences above, one per paragraph, as a fallback and for variety.
  out.push(NEWS_SENTENCES.join('\n'));
  return out;
}

function collect(dir: string, out: string[]) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'holdout') collect(path, out);
    } else if (/\.(article|news|txt|md)$/.test(e.name) && out.length < 40) {
      const text = readFileSync(path, 'utf8');
      if (text.length < 60_000) out.push(text);
    }
  }
}

/** The project root: the nearest folder above this file with the project's package.json, else the cwd. */
function projectRoot(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"news-lens"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  return process.cwd();
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies edits at positions taken modulo the text's length (so any number is a valid position). */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length ? e.at % (out.length + 1) : 0;
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(newsToken, fc.string({ unit: anyCodeUnit, maxLength: 8 })) });

/** A real article with noise injected: marks removed or added, words cut, control characters, surrogates. */
export function mutatedArticle(articles: string[]): fc.Arbitrary<string> {
  return fc.tuple(pick(articles), fc.array(edit, { maxLength: 40 })).map(([text, edits]) => applyEdits(text, edits));
}

/** A real article whose line ends are all, or some, of one unusual kind. */
export function reLinedArticle(articles: string[]): fc.Arbitrary<string> {
  return fc.tuple(pick(articles), pick(LINE_ENDS), fc.boolean()).map(([text, end, all]) => {
    let n = 0;
    return text.replace(/\r\n|\r|\n/g, (m) => (all || n++ % 2 ? end : m));
  });
}

const isoDay = fc
  .record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const knownPerson: fc.Arbitrary<KnownPerson> = fc.record({
  name: fc.oneof(pick(['Volodymyr Zelensky', 'Keir Starmer', 'Ursula von der Leyen', "Sinéad O'Connor", 'J. R. R. Tolkien']), fc.string({ unit: newsToken, minLength: 1, maxLength: 4 })),
  roles: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
  spellings: fc.array(fc.oneof(pick(['Zelenskyy', 'Zelenskiy', 'Starmer', '(', '*', '\\', '']), fc.string({ unit: newsToken, maxLength: 3 })), { maxLength: 3 }),
});

const ruleSetting = pick(['off', 'error', 'warning', 'information', 'hint'] as const);

/** Engine options as a settings file or the server may pass them: mostly none. */
export const analyzeOptions: fc.Arbitrary<AnalyzeOptions | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        published: isoDay,
        knownPeople: fc.array(knownPerson, { maxLength: 4 }),
        rules: fc.record(
          { 'unattributed-quote': ruleSetting, 'unbalanced-quote': ruleSetting, 'weekday-mismatch': ruleSetting, 'name-variant': ruleSetting, 'document-too-large': ruleSetting },
          { requiredKeys: [] },
        ),
        maxLength: fc.nat({ max: 3000 }),
      },
      { requiredKeys: [] },
    ),
  },
);

/** A document of about `size` characters on one single line: news text, quote marks, or one letter. */
export function singleLineDocuments(articles: string[], size: number): Array<{ name: string; text: string }> {
  const repeat = (s: string) => s.repeat(Math.ceil(size / Math.max(1, s.length))).slice(0, size);
  const flat = articles.map((a) => a.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')).join(' ');
  return [
    { name: 'news text joined into one line', text: repeat(flat + ' ') },
    { name: 'opening curly quotes only', text: repeat('“') },
    { name: 'straight quotes and words', text: repeat('"a" b "') },
    { name: 'one letter', text: repeat('a') },
    { name: 'capitalised words (name-like)', text: repeat('Sir Keir Starmer Mr Trump ') },
    { name: 'digits and date words', text: repeat('15 August 2025 Monday ') },
    { name: 'unclosed comment', text: '<!--' + repeat('x') },
    { name: 'lone surrogates', text: repeat('\ud800') },
  ];
}
