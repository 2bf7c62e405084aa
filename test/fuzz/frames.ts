// Checks, as the bytes arrive, that a stdio server writes nothing but LSP frames on stdout: headers
// (Content-Length, optionally Content-Type) ended by an empty line, then exactly that many bytes of valid
// UTF-8 JSON-RPC 2.0. A stray console.log, a library's banner or a broken frame is reported with its offset.
const decoder = new TextDecoder('utf-8', { fatal: true });

export class FrameChecker {
  private buffer = Buffer.alloc(0);
  private consumed = 0;
  private chunksSeen = 0;
  messages = 0;

  /** Checks the chunks not seen yet; throws on the first byte that is not protocol. */
  feed(chunks: Buffer[]): void {
    if (chunks.length > this.chunksSeen) {
      this.buffer = Buffer.concat([this.buffer, ...chunks.slice(this.chunksSeen)]);
      this.chunksSeen = chunks.length;
    }
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n', 0, 'latin1');
      // No complete header yet: wait for more bytes (stray text is caught by the next header or by finish()).
      if (headerEnd < 0) return;
      let length = -1;
      for (const line of this.buffer.subarray(0, headerEnd).toString('latin1').split('\r\n')) {
        const m = /^([A-Za-z-]+): ([^\r\n]*)$/.exec(line);
        if (!m) this.fail(`malformed header line ${JSON.stringify(line.slice(0, 80))}`, 0);
        const name = m![1].toLowerCase();
        if (name === 'content-length' && /^\d+$/.test(m![2])) length = Number(m![2]);
        else if (name !== 'content-type') this.fail(`unexpected header ${JSON.stringify(line.slice(0, 80))}`, 0);
      }
      if (length < 0) this.fail('a header without a valid Content-Length', 0);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return; // the body is still arriving
      const body = this.buffer.subarray(bodyStart, bodyStart + length);
      let message: { jsonrpc?: unknown };
      try {
        message = JSON.parse(decoder.decode(body)) as { jsonrpc?: unknown };
      } catch (e) {
        this.fail(`a body that is not UTF-8 JSON (${(e as Error).message})`, bodyStart);
      }
      if (message!.jsonrpc !== '2.0') this.fail('a message that is not JSON-RPC 2.0', bodyStart);
      this.messages++;
      this.consumed += bodyStart + length;
      this.buffer = this.buffer.subarray(bodyStart + length);
    }
  }

  /** At the end of the stream: nothing may be left over. */
  finish(chunks: Buffer[]): void {
    this.feed(chunks);
    if (this.buffer.length) this.fail('an incomplete message at the end of stdout', 0);
  }

  private fail(what: string, at: number): never {
    const offset = this.consumed + at;
    throw new Error(`stdout is not pure LSP: ${what} at byte ${offset}: ${JSON.stringify(this.buffer.subarray(at, at + 120).toString('utf8'))}`);
  }
}
