// A small LSP client over stdio, driving the real `news-lens serve --stdio` process the way an editor does.
// Used by the protocol tests and by the bench (latencies). It records every notification the server sends
// and every raw byte it writes to stdout (to check the framing), answers workspace/configuration from the
// settings it is given, and lets tests wait on events — a diagnostics publication, a notification — never
// on sleeps.
import { fork, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type {
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  InitializeResult,
  Location,
  MessageConnection,
  Position,
  PublishDiagnosticsParams,
  ShowMessageParams,
} from 'vscode-languageserver/node';

export interface StartOptions {
  /** The CLI bundle to run; default $NEWS_LENS_CLI, else dist/cli.js of the project. */
  cli?: string;
  /** Run this instead of the CLI's `serve --stdio` (e.g. another server). */
  command?: string;
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface InitializeOptions {
  /** The "newsLens" section answered to workspace/configuration (the client then advertises the capability). */
  settings?: Record<string, unknown>;
  /** Sent as initializationOptions. */
  initializationOptions?: unknown;
  /** Advertise workspace/configuration (default: true when `settings` is given). */
  configuration?: boolean;
  rootUri?: string | null;
  /** Sent as workspaceFolders, with the workspaceFolders client capability. */
  workspaceFolders?: Array<{ uri: string; name: string }>;
  /** Advertise window.workDoneProgress (the server may then create progress tokens itself). */
  workDoneProgress?: boolean;
  /** Advertise workspace.didChangeWatchedFiles with dynamic registration (the server may then register file watchers). */
  watchedFiles?: boolean;
}

export interface ReceivedNotification {
  method: string;
  params: unknown;
  /** performance.now() when it arrived. */
  at: number;
}

interface Waiter {
  method: string;
  match: (params: unknown) => boolean;
  resolve: (params: unknown) => void;
  reject: (error: Error) => void;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export class LspClient {
  /** Every notification the server sent, in order. */
  readonly notifications: ReceivedNotification[] = [];
  /** Every chunk the server wrote to stdout, as received. */
  readonly stdoutChunks: Buffer[] = [];
  /** Requests the server sent to the client (workspace/configuration, client/registerCapability, ...). */
  readonly serverRequests: Array<{ method: string; params: unknown }> = [];
  stderr = '';
  private settings: Record<string, unknown> | undefined;
  private readonly waiters = new Set<Waiter>();
  private exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    process.stdout?.on('data', (chunk: Buffer) => this.stdoutChunks.push(chunk));
    process.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) =>
      // 'close', not 'exit': by then stdout has been read to its end.
      process.on('close', (code) => {
        this.exitCode = code;
        for (const w of this.waiters) w.reject(new Error(`the server exited (code ${code}) while a test waited for ${w.method}; stderr: ${this.stderr.slice(-2000)}`));
        this.waiters.clear();
        resolve(code);
      }),
    );
    const received = (method: string, params: unknown) => {
      this.notifications.push({ method, params, at: performance.now() });
      for (const w of [...this.waiters]) {
        if (w.method === method && w.match(params)) {
          this.waiters.delete(w);
          w.resolve(params);
        }
      }
    };
    connection.onNotification(received);
    // $/progress has its own dispatch in the connection (by token); recorded like any other notification.
    connection.onUnhandledProgress((params) => received('$/progress', params));
    connection.onRequest((method, params) => {
      this.serverRequests.push({ method, params });
      if (method === 'workspace/configuration') {
        const items = (params as { items?: Array<{ section?: string }> }).items ?? [];
        return items.map((item) => (item.section === 'newsLens' ? (this.settings ?? null) : null));
      }
      return null; // client/registerCapability, window/workDoneProgress/create, ...
    });
    connection.listen();
  }

  /** Spawns the server (`node dist/cli.js serve --stdio` unless told otherwise). */
  static start(options: StartOptions = {}): LspClient {
    const [command, ...args] = options.command ? [options.command, ...(options.args ?? [])] : serverCommand(options.cli);
    const child = spawn(command, args, { cwd: options.cwd ?? projectRoot(), env: options.env ?? process.env, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspClient(child, connection);
  }

  /**
   * Starts the server the way the VS Code client does: dist/server.js forked with --node-ipc, messages over
   * the IPC channel (stdout and stderr are still captured). Default bundle: $NEWS_LENS_SERVER, else dist/server.js.
   */
  static startIpc(options: { server?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): LspClient {
    const server = options.server ?? process.env.NEWS_LENS_SERVER ?? join(projectRoot(), 'dist', 'server.js');
    const child = fork(server, ['--node-ipc'], { cwd: options.cwd ?? projectRoot(), env: options.env ?? process.env, silent: true });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    return new LspClient(child, connection);
  }

  /** initialize + initialized, with the capabilities an editor like VS Code advertises. */
  async initialize(options: InitializeOptions = {}): Promise<InitializeResult> {
    this.settings = options.settings;
    const configuration = options.configuration ?? options.settings !== undefined;
    const result = await this.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders } : {}),
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(options.workspaceFolders ? { workspaceFolders: true } : {}),
          ...(options.watchedFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        textDocument: {
          synchronization: { didSave: false, dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          definition: {},
          references: {},
          documentHighlight: {},
          rename: { prepareSupport: true },
        },
        window: { showMessage: {}, ...(options.workDoneProgress ? { workDoneProgress: true } : {}) },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  /** Changes what workspace/configuration answers and tells the server (workspace/didChangeConfiguration). */
  setSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    this.notify('workspace/didChangeConfiguration', { settings: { newsLens: settings } });
  }

  open(uri: string, text: string, languageId = 'article', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** A full-text change to `version`. */
  change(uri: string, version: number, text: string): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  request<R = unknown>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params?: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.request('textDocument/documentSymbol', { textDocument: { uri } });
  }

  definition(uri: string, position: Position): Promise<Location | Location[] | null> {
    return this.request('textDocument/definition', { textDocument: { uri }, position });
  }

  references(uri: string, position: Position, includeDeclaration = true): Promise<Location[] | null> {
    return this.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration } });
  }

  highlights(uri: string, position: Position): Promise<DocumentHighlight[] | null> {
    return this.request('textDocument/documentHighlight', { textDocument: { uri }, position });
  }

  /** The first notification of `method` (already received or still to come) whose params satisfy `match`. */
  waitForNotification<P = unknown>(method: string, match: (params: P) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<P> {
    const seen = this.notifications.find((n) => n.method === method && match(n.params as P));
    if (seen) return Promise.resolve(seen.params as P);
    return this.waitForNext(method, match, timeoutMs);
  }

  /** The next notification of `method` from now on that satisfies `match`. */
  waitForNext<P = unknown>(method: string, match: (params: P) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<P> {
    return new Promise<P>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        match: (p) => match(p as P),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as P);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      // A bound, not a sleep: the promise settles as soon as the notification arrives.
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const got = this.notifications.filter((n) => n.method === method).map((n) => JSON.stringify(n.params).slice(0, 200));
        reject(new Error(`no ${method} matching within ${timeoutMs} ms; received ${got.length}: ${got.slice(-5).join(' | ')}\nstderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
      if (this.exitCode !== undefined) {
        this.waiters.delete(waiter);
        clearTimeout(timer);
        reject(new Error(`the server has exited (code ${this.exitCode}); stderr: ${this.stderr.slice(-2000)}`));
      }
    });
  }

  /** The first diagnostics publication for `uri` (already received or to come) that satisfies `match`. */
  waitForDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitForNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && match(p), timeoutMs);
  }

  /** Every diagnostics publication received for `uri`, in order. */
  diagnosticsFor(uri: string): PublishDiagnosticsParams[] {
    return this.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri)
      .map((n) => n.params as PublishDiagnosticsParams);
  }

  /** window/showMessage notifications received so far. */
  get shownMessages(): ShowMessageParams[] {
    return this.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params as ShowMessageParams);
  }

  /** Everything the server wrote to stdout. */
  get stdout(): Buffer {
    return Buffer.concat(this.stdoutChunks);
  }

  /** shutdown + exit, then waits for the process to end; resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    if (this.exitCode === undefined) {
      await this.request('shutdown');
      this.notify('exit');
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the process without the protocol (for after-hooks when a test failed midway). */
  kill(): void {
    if (this.exitCode === undefined) this.process.kill();
    this.connection.dispose();
  }
}

/**
 * The command line of the stdio server: what bin/news-lens.js does (the bundle exports run() and does not
 * start by itself), for any CLI bundle — default $NEWS_LENS_CLI, else the project's dist/cli.js.
 */
export function serverCommand(cli = process.env.NEWS_LENS_CLI ?? join(projectRoot(), 'dist', 'cli.js')): string[] {
  return [process.execPath, '-e', 'require(process.argv[1]).run(process.argv.slice(2))', cli, 'serve', '--stdio'];
}

/** The file URI of a path (relative paths from the project root). */
export function fileUri(path: string): string {
  return pathToFileURL(resolve(projectRoot(), path)).href;
}

/** The project root: the nearest folder above this file whose package.json is news-lens's. */
export function projectRoot(): string {
  // From this file (compiled to out/test/support/), else from the working directory (a build elsewhere).
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'news-lens') return dir;
    }
  }
  throw new Error(`news-lens's package.json not found above ${__dirname} or ${process.cwd()}`);
}
