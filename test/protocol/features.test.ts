// Hover, document symbols, definition, references and highlights through the real server over stdio, on
// the seed articles and a fixture of our own (test/protocol/fixtures/council-buses.article).
import assert from 'node:assert/strict';
import type { DocumentSymbol, Location } from 'vscode-languageserver/node';
import { SymbolKind } from 'vscode-languageserver/node';
import type { LspClient } from '../support/lsp-client';
import { COUNCIL, SEED_000, SEED_002, fileUri, hoverValue, positionOf, read, startServer, textAt } from './helpers';

const EU_ENERGY = 'samples/eu-gulf-energy-pact.article';

describe('protocol: features', function () {
  this.timeout(30_000);
  let client: LspClient;
  const docs = new Map<string, string>();

  before(async () => {
    client = await startServer();
    for (const path of [SEED_000, SEED_002, COUNCIL, EU_ENERGY]) {
      const text = read(path);
      docs.set(path, text);
      client.open(fileUri(path), text);
    }
    await Promise.all([SEED_000, SEED_002, COUNCIL, EU_ENERGY].map((p) => client.waitForDiagnostics(fileUri(p))));
  });
  after(async () => {
    if (client) await client.shutdown().catch(() => client.kill());
  });

  const hover = (path: string, needle: string, n = 0, plus = 1) => client.hover(fileUri(path), positionOf(docs.get(path)!, needle, n, plus));

  describe('hover', () => {
    it('on a name: the canonical name and the role', async () => {
      const h = await hover(SEED_000, 'Sir Keir Starmer', 0, 10);
      const text = hoverValue(h);
      assert.match(text, /\*\*Keir Starmer\*\*|\*\*Sir Keir Starmer\*\*/);
      assert.match(text, /Prime Minister/);
      assert.match(text, /\d+ mentions · \d+ quotes/);
      assert.match(text, /First quote \(line \d+\): “/);
      assert.ok(textAt(docs.get(SEED_000)!, h!.range!).includes('Starmer'), 'the range is the hovered mention');
    });

    it('on a name in our own fixture: the role from an appositive', async () => {
      const text = hoverValue(await hover(COUNCIL, 'Councillor Priya Raman', 0, 14));
      assert.match(text, /\*\*Priya Raman\*\*/);
      assert.match(text, /cabinet member for transport|Councillor/);
    });

    it('on a date: the resolved day with its weekday, and how it was resolved', async () => {
      const monday = hoverValue(await hover(SEED_000, 'on Monday', 0, 5));
      assert.match(monday, /Monday 18 August 2025/);
      assert.match(monday, /publication date/);
      const wednesday = hoverValue(await hover(COUNCIL, 'meeting on Wednesday', 0, 13));
      assert.match(wednesday, /Wednesday 11 March 2026/);
      assert.match(wednesday, /Thursday 12 March 2026/); // the dateline's date
    });

    it('on a quotation: the speaker, the cue, and where the speaker is named', async () => {
      const text = hoverValue(await hover(SEED_000, 'real progress', 0, 2));
      assert.match(text, /\*\*Quotation\*\* by \*\*(Sir )?Keir Starmer\*\*/);
      assert.match(text, /Cue: “/);
      assert.match(text, /Speaker named as “.+” on line \d+/);
      const she = hoverValue(await hover(COUNCIL, 'We cannot keep asking', 0, 3));
      assert.match(she, /by \*\*Priya Raman\*\*/);
      assert.match(she, /Speaker named as “she” on line 11/);
    });

    it('on a quotation told to someone: the hearer in the cue, without the time or place after it', async () => {
      // "Gen. Tomasz Wierzbicki … told ministers on Thursday that … “bought time, not security”".
      const text = hoverValue(await hover(EU_ENERGY, 'bought time, not security', 0, 2));
      assert.match(text, /by \*\*Tomasz Wierzbicki\*\*/);
      assert.match(text, /Cue: “told ministers”/);
    });

    it('on an unattributed quotation: no speaker named', async () => {
      assert.match(hoverValue(await hover(COUNCIL, 'Nobody has explained', 0, 2)), /No speaker named/);
    });

    it('nowhere special: null', async () => {
      assert.equal(await hover(COUNCIL, 'approves late-night', 0, 2), null);
    });
  });

  describe('documentSymbol', () => {
    const symbols = (path: string) => client.documentSymbols(fileUri(path)) as Promise<DocumentSymbol[]>;

    it('one symbol per speaker with their quotes beneath, anonymous and unattributed grouped', async () => {
      const top = await symbols(COUNCIL);
      assert.deepEqual(
        top.map((s) => s.name),
        ['Unattributed quotes', 'Priya Raman', 'Daniel Okafor', 'Anonymous sources'],
      );
      const raman = top[1];
      assert.equal(raman.kind, SymbolKind.Object);
      assert.deepEqual(
        raman.children!.map((c) => c.name),
        ['“give shift workers a safe way home”', '“We cannot keep asking nurses and cleaners…”', '“If it works, we will make…”'],
      );
      assert.ok(raman.children!.every((c) => c.kind === SymbolKind.String));
      assert.equal(textAt(docs.get(COUNCIL)!, raman.children![0].range), 'give shift workers a safe way home');
      assert.deepEqual(top[0].children!.map((c) => c.name), ['“Nobody has explained where the money will…”']);
      assert.equal(top[0].kind, SymbolKind.Namespace);
      assert.match(top[3].children![0].name, /^A spokesperson for First West Yorkshire$/i);
      assert.deepEqual(top[3].children![0].children!.map((c) => c.name), ['“ready to run the services…”']);
    });

    it('on a seed article: every quoted person of the gold is a speaker', async () => {
      const names = (await symbols(SEED_000)).map((s) => s.name);
      for (const surname of ['Starmer', 'Trump', 'Rutte', 'Witkoff', 'Radakin', 'Macron', 'Merz', 'Zelensky']) {
        assert.ok(names.some((n) => n.includes(surname)), `${surname} in ${names.join(', ')}`);
      }
      assert.ok(names.includes('Anonymous sources'), 'the diplomat and the spokesperson are anonymous sources');
      assert.ok(!names.includes('Unattributed quotes'), 'every seed quote has a speaker');
      const starmer = (await symbols(SEED_000)).find((s) => s.name.includes('Starmer'))!;
      assert.ok(starmer.children!.length >= 6, `${starmer.children!.length} Starmer quotes`);
    });
  });

  describe('definition, references, highlight', () => {
    const uri = fileUri(COUNCIL);
    const at = (needle: string, n = 0, plus = 1) => positionOf(docs.get(COUNCIL)!, needle, n, plus);

    it('definition on a surname mention goes to the first full-name mention', async () => {
      const def = (await client.definition(uri, at('Raman said the trial would cost'))) as Location;
      assert.equal(def.uri, uri);
      assert.equal(textAt(docs.get(COUNCIL)!, def.range), 'Priya Raman');
      assert.deepEqual(def.range.start, at('Priya Raman', 0, 0));
    });

    it('definition on a pronoun the engine resolved goes to the person too', async () => {
      const def = (await client.definition(uri, at('she told', 0, 1))) as Location | null;
      assert.ok(def, 'the speaker pronoun is a mention of Priya Raman');
      assert.equal(textAt(docs.get(COUNCIL)!, def.range), 'Priya Raman');
    });

    it('references and highlights: every mention of the person', async () => {
      const refs = (await client.references(uri, at('Priya Raman', 0, 3)))!;
      const texts = refs.map((r) => textAt(docs.get(COUNCIL)!, r.range));
      assert.ok(texts.includes('Priya Raman') && texts.includes('Raman'), texts.join(', '));
      assert.ok(refs.length >= 3, texts.join(', '));
      const highlights = (await client.highlights(uri, at('Raman said the trial would cost')))!;
      assert.deepEqual(
        highlights.map((h) => h.range),
        refs.map((r) => r.range),
      );
      const withoutDeclaration = (await client.references(uri, at('Priya Raman', 0, 3), false))!;
      assert.equal(withoutDeclaration.length, refs.length - 1);
    });

    it('on a seed article: Sir Keir, Starmer and the Prime Minister are one person', async () => {
      const seed = docs.get(SEED_000)!;
      const refs = (await client.references(fileUri(SEED_000), positionOf(seed, 'Sir Keir Starmer', 0, 10)))!;
      const texts = new Set(refs.map((r) => textAt(seed, r.range)));
      for (const t of ['Starmer', 'Sir Keir']) assert.ok([...texts].some((x) => x.includes(t)), `${t} in ${[...texts].join(', ')}`);
    });

    it('nothing on a word that is not a person', async () => {
      assert.equal(await client.definition(uri, at('bus services')), null);
      assert.deepEqual(await client.references(uri, at('bus services')), []);
      assert.deepEqual(await client.highlights(uri, at('bus services')), []);
    });
  });
});
