// The language client: starts dist/server.js over IPC, hands it the selected documents, forwards the
// "newsLens" settings, and feeds the status item. It starts only once a selected document is open, so an
// activation by a markdown or plain-text file that the user has not opted in to does nothing.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { configuredLanguages, contributedLanguages, documentSelector, isSelected, selectedLanguages } from './languages';
import { ArticleStatus } from './status';
import { STATUS_METHOD } from './status-params';
import type { NEWSROOM_CONFIG_FILE as ConfigFileName } from '../../server/src/protocol';

/** The newsroom file's name, typed as the protocol's literal (a value import would bundle zod into the client). */
const NEWSROOM_CONFIG_FILE: typeof ConfigFileName = '.newslens.json';

export class NewsLensClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private status: ArticleStatus | undefined;
  private languages: string[] = [];
  /** Serialises start, stop and restart: a settings change during a start waits for it. */
  private queue: Promise<void> = Promise.resolve();
  /** Created with the first client, so an activation that starts nothing leaves no trace in the UI. */
  private outputChannel: vscode.OutputChannel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (!this.client && isSelected(this.languages, doc)) void this.enqueue(() => this.start());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('newsLens.languages')) return;
        // After this event's other listeners: the running client is sending the server this very change
        // (didChangeConfiguration), and stopping it mid-send fails that notification.
        setTimeout(() => void this.enqueue(() => this.languagesChanged()), 0);
      }),
    );
    this.languages = this.readLanguages();
  }

  /** Starts the server now if a selected document is already open (the usual activation). */
  startIfNeeded(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.client && vscode.workspace.textDocuments.some((doc) => isSelected(this.languages, doc))) await this.start();
    });
  }

  /** The "News Lens: Restart Server" command: a fresh server process with the current settings. */
  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stop();
      this.languages = this.readLanguages();
      await this.start();
    });
  }

  /** The running client, started now if it is not running (a command such as Analyse Workspace needs it with no article open). */
  async ensureStarted(): Promise<LanguageClient | undefined> {
    await this.enqueue(() => this.start());
    return this.client;
  }

  /** The running client, for the tests of the extension host (exported by activate()). */
  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  private get output(): vscode.OutputChannel {
    this.outputChannel ??= vscode.window.createOutputChannel('News Lens');
    return this.outputChannel;
  }

  private readLanguages(): string[] {
    const setting = vscode.workspace.getConfiguration('newsLens').get<unknown>('languages');
    return selectedLanguages(contributedLanguages(this.context.extension.packageJSON), configuredLanguages(setting));
  }

  /** The document selector is fixed when a client starts, so a new language list means a new client. */
  private async languagesChanged(): Promise<void> {
    const languages = this.readLanguages();
    if (languages.join('\n') === this.languages.join('\n')) return;
    this.languages = languages;
    if (!this.client) {
      if (vscode.workspace.textDocuments.some((doc) => isSelected(languages, doc))) await this.start();
      return;
    }
    this.output.appendLine(`newsLens.languages changed to ${languages.join(', ')}: restarting the server`);
    await this.stop();
    await this.start();
  }

  private async start(): Promise<void> {
    if (this.client) return;
    // Loaded here, not at the top: an activation by a markdown or plain-text file that is not opted in
    // never evaluates the language client library.
    const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const selector = documentSelector(this.languages);
    const clientOptions: LanguageClientOptions = {
      // The newsroom file too, so the server validates it as it is typed (its diagnostics land on the file);
      // the status item keeps to the articles.
      documentSelector: [...selector, { scheme: 'file', pattern: `**/${NEWSROOM_CONFIG_FILE}` }],
      synchronize: {
        configurationSection: 'newsLens',
        // Created, changed or deleted on disk (a git pull, another editor): the server reads it again.
        fileEvents: vscode.workspace.createFileSystemWatcher(`**/${NEWSROOM_CONFIG_FILE}`),
      },
      outputChannel: this.output,
    };
    const client = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
    const status = new ArticleStatus(selector);
    client.onNotification(STATUS_METHOD, (params: unknown) => {
      if (!status.update(params)) this.output.appendLine(`ignored a malformed ${STATUS_METHOD} notification: ${JSON.stringify(params)}`);
    });
    this.client = client;
    this.status = status;
    try {
      await client.start();
    } catch (e) {
      this.output.appendLine(`the server did not start: ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage('News Lens: the language server did not start; see the "News Lens" output.');
    }
  }

  private async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.status?.dispose();
    this.status = undefined;
    if (client) {
      try {
        await client.stop();
      } catch (e) {
        this.output.appendLine(`stopping the server: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step, step);
    return this.queue;
  }

  dispose(): Promise<void> {
    for (const s of this.subscriptions) s.dispose();
    return this.enqueue(async () => {
      await this.stop();
      this.outputChannel?.dispose();
    });
  }
}
