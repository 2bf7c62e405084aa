// Runs one measurement in a child process of its own (bench/measure-child.mjs), so that each size, mode and
// build is measured in a fresh V8: its heap, JIT and peak memory are that measurement's alone.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The child's JSON result for `spec`; `out` selects another tsc output than out/ (NEWS_LENS_OUT). */
export function measureInChild(spec, { out } = {}) {
  const json = execFileSync(process.execPath, ['--expose-gc', join(root, 'bench/measure-child.mjs'), JSON.stringify(spec)], {
    encoding: 'utf8',
    env: out ? { ...process.env, NEWS_LENS_OUT: out } : process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(json);
}

/**
 * Untimed runs at a size before its timed ones: as many as V8 needs to settle there (optimised code and a heap
 * sized for the size), measured on this host. After 50 warm-up runs of 10 KB, 100 KB runs keep getting faster
 * for 15–20 runs (~35 ms → ~17 ms) and 1 MB runs for about 5; 10 KB and 10 MB are steady after 2.
 */
export function settleRuns(bytes) {
  return bytes >= 5_000_000 ? 2 : bytes >= 500_000 ? 5 : bytes >= 50_000 ? 20 : 2;
}
