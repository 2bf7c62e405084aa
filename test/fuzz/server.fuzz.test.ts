// Property-based tests of the language server over stdio (the real `news-lens serve --stdio` process):
// random documents, random edits (full and incremental, out of order, in floods), random requests at
// any position, unknown documents, cancellations and settings changes, valid and invalid. The server must
// answer every request sensibly, never crash or log an exception, publish for the last version exactly
// the engine's diagnostics, and write nothing but protocol on stdout (server-session.ts says how).
// Sessions share a server, replaced every 25 sessions; the count comes from NEWS_LENS_FUZZ_SERVER_RUNS.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/engine';
import { LspClient } from '../support/lsp-client';
import { realArticles } from './arbitraries';
import { fuzzConfig } from './config';
import { ServerPool, runSession, sessionArbitrary } from './server-session';
import { saveCounterexample } from './watchdog';
import { todayIso } from '../../server/src/clock';

const config = fuzzConfig();

describe(`server fuzz: ${config.serverRuns} sessions over stdio, seed ${config.seed}`, function () {
  it('the server runs the engine the model uses (else: npm run build, so dist/ and out/ agree)', async function () {
    this.timeout(60_000);
    const client = LspClient.start();
    try {
      await client.initialize({ settings: { debounceMs: 0 } });
      for (const [i, text] of realArticles().entries()) {
        const uri = `file:///fuzz/build-check-${i}.article`;
        client.open(uri, text);
        const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
        const server = published.diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range)}`).sort();
        const engine = analyze(text, { today: todayIso() }).diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range)}`).sort();
        assert.deepEqual(server, engine, `the server (${process.env.NEWS_LENS_CLI ?? 'dist/cli.js'}) and out/'s engine disagree on article ${i}: stale build?`);
      }
    } finally {
      await client.shutdown();
    }
  });

  it('answers every request, survives every edit, publishes the last version, writes only protocol', async function () {
    this.timeout(5 * 60_000 + config.serverRuns * 20_000);
    // Each server starts with its own debounce: none, a little, or the default.
    let started = 0;
    const pool = new ServerPool(() => [{ debounceMs: 0 }, { debounceMs: 5 }, {}][started++ % 3]);
    const sessions: number[] = [];
    const details = await fc.check(
      fc.asyncProperty(sessionArbitrary(), async (session) => {
        sessions.push(session.ops.length);
        try {
          await runSession(pool, session, config.deadlineMs);
        } catch (e) {
          const notes = pool.postMortem();
          pool.discard();
          if (notes && e instanceof Error) e.message += `\nserver state: ${notes}`;
          throw e;
        }
      }),
      { numRuns: config.serverRuns, seed: config.seed, endOnFailure: true },
    );
    if (!details.failed) await pool.retire();
    else pool.discard();
    if (details.failed) {
      const session = details.counterexample?.[0];
      const saved = saveCounterexample('server', {
        ok: false,
        numRuns: details.numRuns,
        ms: 0,
        seed: details.seed,
        counterexample: session ? { text: session.text, options: undefined, label: JSON.stringify({ languageId: session.languageId, ops: session.ops }) } : undefined,
      });
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      assert.fail(
        `server fuzz failed after ${details.numRuns} sessions: ${error}\n` +
          `session: ${JSON.stringify(session).slice(0, 4000)}\n` +
          `replay: NEWS_LENS_FUZZ_SEED=${details.seed} npm run fuzz -- --only server --server-runs ${details.numRuns}\n` +
          `saved to ${saved}`,
      );
    }
    assert.equal(sessions.length, config.serverRuns);
    const st = pool.stats;
    console.log(
      `      ${sessions.length} sessions on ${st.servers} server processes: ${st.requests} requests answered (${st.nonEmptyAnswers} not empty), ` +
        `${st.diagnosticsChecked} publications matched to the engine; ops: ${Object.entries(st.ops).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    );
  });
});
