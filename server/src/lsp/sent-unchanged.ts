// A result the server sends again and again unchanged is serialised once. The outline of one document
// version is asked for by the editor's outline view, its breadcrumbs and sticky scroll, and in some editors
// on every cursor move (Neovim's nvim-navic); for a 100 KB article it is ~90 KB of JSON, and serialising it
// was most of the server's time per request (a CPU profile of repeated documentSymbol requests: JSON.stringify
// 13% of all samples, the rest of the server's busy time a third of that). Made once, it is also made ASCII,
// which the client reads faster (asciiJson below).
//
// The stdio transport takes this encoder (server.ts). The IPC channel the VS Code client uses serialises
// each message itself, so there a marked result is simply sent as any other (as in the library's socket
// and pipe modes).
import { Buffer } from 'node:buffer';
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

const marked = new WeakSet<object>();
const encoded = new WeakMap<object, Buffer>();

/**
 * Marks `result` as the same whenever it is sent, and returns it: its JSON is made the first time and reused
 * while the object lives. The caller must not change it after (the outline is kept per document version).
 */
export function sentUnchanged<T extends object>(result: T): T {
  marked.add(result);
  return result;
}

/** application/json as vscode-jsonrpc writes it, except that a marked result's JSON is made once. */
export function jsonEncoderReusingResults(): ContentTypeEncoder {
  return {
    name: 'application/json',
    encode: (message, options) => {
      try {
        return Promise.resolve(encodeMessage(message, options.charset));
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}

export function encodeMessage(message: Message, charset: BufferEncoding = 'utf-8'): Buffer {
  const { jsonrpc, id, result, ...rest } = message as Message & { id?: unknown; result?: unknown };
  const reusable = typeof result === 'object' && result !== null && marked.has(result) && Object.keys(rest).length === 0;
  if (!reusable) return Buffer.from(JSON.stringify(message), charset);
  let body = encoded.get(result);
  if (!body) encoded.set(result, (body = Buffer.from(asciiJson(result), charset)));
  // The envelope vscode-jsonrpc makes for a response: {"jsonrpc":"2.0","id":…,"result":…}.
  return Buffer.concat([Buffer.from(`{"jsonrpc":${JSON.stringify(jsonrpc)},"id":${JSON.stringify(id)},"result":`, charset), body, Buffer.from('}', charset)]);
}

/**
 * JSON with every character past ASCII written as a \u escape. The client decodes and parses the same value
 * faster when the bytes are ASCII (V8 keeps one-byte strings and skips UTF-8 decoding): for a 100 KB article's
 * outline, whose names open with curly quotes, 0.49 ms against 0.78 ms per message in Node. Worth its pass
 * only for a result made once and sent many times.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
