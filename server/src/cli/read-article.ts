// Reads an article file for the CLI, refusing what is not text with a message that names the file.
import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

export function readArticle(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: `${path}: is a directory, not an article` };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, error: `${path}: ${why}` };
  }
  return decodeArticle(path, bytes);
}

/** UTF-8 text only (a BOM is dropped); binary data or another encoding gets a clear refusal, not garbage. */
export function decodeArticle(path: string, bytes: Uint8Array): ReadResult {
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (nul > 0) return { ok: false, error: `${path}: looks like a binary file (NUL bytes), not a text article` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, error: `${path}: is not valid UTF-8 text (save it as UTF-8 and try again)` };
  }
}
