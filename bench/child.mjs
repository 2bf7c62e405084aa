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
