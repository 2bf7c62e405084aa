// How much the fuzz tests run, from the environment (test/fuzz/run.mjs turns `--runs N` into it).
// The defaults are CI-sized: a few thousand engine cases and about a hundred server sessions.
export interface FuzzConfig {
  /** Engine cases in all (shared among the generator families). */
  engineRuns: number;
  /** Server sessions (each a document opened, edited and queried at random). */
  serverRuns: number;
  /** fast-check seed: the same seed replays the same cases. */
  seed: number;
  /** A case still running after this long is a hang. Generous: it detects hangs, it does not time speed. */
  deadlineMs: number;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, not ${JSON.stringify(raw)}`);
  return n;
}

let config: FuzzConfig | undefined;

/** Read once per process, so every suite of a run shares one seed. */
export function fuzzConfig(): FuzzConfig {
  return (config ??= {
    engineRuns: intFrom('NEWS_LENS_FUZZ_RUNS', 3000),
    serverRuns: intFrom('NEWS_LENS_FUZZ_SERVER_RUNS', 100),
    seed: intFrom('NEWS_LENS_FUZZ_SEED', Date.now() % 2 ** 31),
    deadlineMs: intFrom('NEWS_LENS_FUZZ_DEADLINE_MS', 20_000),
  });
}
