// Starts the language server on the transport named on the command line: --stdio (`news-lens serve
// --stdio`, for Neovim, Helix, Emacs, Zed) or --node-ipc (the VS Code client). In stdio mode stdout
// carries the protocol and nothing else, so every console method is routed to stderr before anything runs.
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { findExtensionRoot } from './diagnostics';
import { NewsLensServer } from './news-lens-server';
import { jsonEncoderReusingResults } from './sent-unchanged';

export function startServer(): void {
  routeConsoleToStderr();
  const log = (message: string) => void process.stderr.write(`[news-lens] ${message}\n`);
  process.on('uncaughtException', (e) => log(`uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  // vscode-languageserver re-points console.* at window/logMessage when it makes the stdio connection itself
  // (and may in other modes in later versions); stderr is simpler for every client and keeps a library's
  // chatter out of the editor's notifications.
  routeConsoleToStderr();
  new NewsLensServer(connection, { extensionRoot: findExtensionRoot(__dirname), log }).listen();
}

/**
 * The stdio connection, made here rather than by the library from the command line to give its writer the
 * encoder that reuses a marked result's JSON (sent-unchanged.ts).
 */
function stdioConnection() {
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: jsonEncoderReusingResults() });
  // stdin goes in as a stream, as in the library's own --stdio mode: it makes the reader and exits the
  // process when stdin closes. It accepts a stream with a writer, though its overloads list only stream +
  // stream and reader + writer.
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}

function routeConsoleToStderr(): void {
  const write = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const) {
    (console as unknown as Record<string, unknown>)[method] = write;
  }
}
