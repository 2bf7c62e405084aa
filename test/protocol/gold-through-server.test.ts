// Real articles through the server over stdio. (1) Fidelity: whatever the engine finds, the editor is shown
// exactly that — every speech quote under its speaker in the outline, each person's hover with their name
// and roles, definition on every mention, the same diagnostics. (2) Issue 3's "must show" on the annotated
// seed articles (speakers in the outline ≥ 0.9 of all gold quotes, roles ≥ 0.9 as issue 2's role_recall).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol, Location, MarkupContent } from 'vscode-languageserver/node';
import { analyze } from '../../server/src/engine';
import type { Analysis } from '../../server/src/protocol';
import { fileUri, LspClient, projectRoot } from '../support/lsp-client';
import { checkGoldDir, summarise } from './gold-through-server';
import { todayIso } from '../../server/src/clock';

/** Every article the project has with a gold file, plus the protocol fixtures and the samples. */
function articles(): string[] {
  const root = projectRoot();
  const out: string[] = [];
  const add = (dir: string, pattern: RegExp) => {
    if (!existsSync(join(root, dir))) return;
    for (const f of readdirSync(join(root, dir)).sort()) if (pattern.test(f)) out.push(join(dir, f));
  };
  add('samples', /\.article$/);
  add('test/protocol/fixtures', /\.article$/);
  // test/fixtures/desks is one flat gold folder (scripts/eval.mjs scores test/fixtures/*/gold.json).
  add('test/fixtures/desks', /\.(txt|article)$/);
  return out;
}

const unescapeMd = (s: string) => s.replace(/\\(.)/g, '$1');

describe('protocol: real articles through the server', function () {
  this.timeout(120_000);
  let client: LspClient;
  before(async () => {
    client = LspClient.start();
    await client.initialize({ settings: { debounceMs: 0 } });
  });
  after(async () => {
    if (client) await client.shutdown().catch(() => client.kill());
  });

  for (const path of articles()) {
    it(`shows the engine's analysis faithfully: ${path}`, async () => {
      const text = readFileSync(join(projectRoot(), path), 'utf8');
      // As the server sends it: the analysis's JSON (its ranges are offsets until read, see engine/text/offset-range.ts).
      const analysis: Analysis = JSON.parse(JSON.stringify(analyze(text, { today: todayIso() })));
      const uri = fileUri(path);
      client.open(uri, text);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      assert.deepEqual(
        published.diagnostics.map((d) => [d.code, d.range, d.message]),
        analysis.diagnostics.map((d) => [d.code, d.range, d.message]),
      );

      // Outline: each speech quote once, under its speaker (or the anonymous source, or "Unattributed quotes").
      const symbols = ((await client.documentSymbols(uri)) ?? []) as DocumentSymbol[];
      const placed = new Map<string, string>();
      for (const top of symbols) {
        for (const child of top.children ?? []) {
          const quotes = child.children?.length ? child.children : [child];
          const owner = child.children?.length ? child.name : top.name;
          for (const q of quotes) placed.set(JSON.stringify(q.range), owner);
        }
      }
      const speech = analysis.quotes.filter((q) => q.kind === 'speech');
      assert.equal(placed.size, speech.length, 'every speech quote, once');
      for (const q of speech) {
        const want = q.speaker === null ? 'Unattributed quotes' : q.speaker;
        assert.equal(placed.get(JSON.stringify(q.range)), want, `“${q.text.slice(0, 40)}”`);
      }

      // Each person: the hover on their first mention names them with their roles; definition from every
      // mention goes to the first full-name mention.
      for (const person of analysis.people) {
        const mentions = [...person.mentions].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        if (!mentions.length) continue;
        const hover = await client.hover(uri, mentions[0].range.start);
        const value = unescapeMd(hover ? (hover.contents as MarkupContent).value : '');
        assert.ok(value.startsWith(`**${person.name}**`), `hover on ${person.name}: ${value.split('\n')[0]}`);
        for (const role of person.roles) assert.ok(value.includes(role), `hover on ${person.name} shows the role ${role}`);
        const definitionRange = (mentions.find((m) => m.kind === 'full') ?? mentions[0]).range;
        for (const m of mentions) {
          const def = (await client.definition(uri, m.range.start)) as Location | null;
          assert.deepEqual(def?.range, definitionRange, `definition from “${m.text}” (${m.range.start.line}:${m.range.start.character})`);
        }
      }
      client.close(uri);
    });
  }

  it('issue 3 on the annotated seeds: speakers in the outline, roles on hover, unattributed quotes flagged', async () => {
    const checks = await checkGoldDir(client, join(projectRoot(), 'test/fixtures/seeds'));
    const summary = summarise(checks);
    const misses = checks.flatMap((c) => c.misses.map((m) => `${c.file}: ${m}`));
    const sum = (f: (c: (typeof checks)[number]) => number) => checks.reduce((n, c) => n + f(c), 0);
    const speakers = sum((c) => c.speakers.ok) / sum((c) => c.speakers.checked);
    const roles = sum((c) => c.roles.ok) / sum((c) => c.roles.checked);
    const detail = `${summary}\n${misses.join('\n')}`;
    console.log(summary.replace(/^/gm, '      '));
    // The outline check counts quotes the engine missed as well as misattributed ones, so it is stricter than
    // score.mjs's attribution_acc (≥ 0.95 over found quotes); 0.9 over all gold quotes is the bar here.
    assert.ok(speakers >= 0.9, `speakers ${speakers.toFixed(3)} < 0.9\n${detail}`);
    assert.ok(roles >= 0.9, `roles ${roles.toFixed(3)} < 0.9\n${detail}`);
    assert.equal(sum((c) => c.unattributed.ok), sum((c) => c.unattributed.checked), detail);
    // Not asserted: an attributed gold quote flagged unattributed-quote. The seed gold credits "We’ve tasked
    // our teams…" (a quote paragraph after a closed quote, no new attribution) to Starmer, while issue 2 asks
    // for exactly that case to be flagged; the count is printed above.
  });
});
