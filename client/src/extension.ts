// The VS Code extension: starts the News Lens language server for articles (and for markdown or plain
// text when `newsLens.languages` opts them in) and registers the commands (Restart Server, Analyse
// Workspace). Everything the user sees — hovers, diagnostics, the speaker outline — comes from the server;
// the client adds the status item.
import * as vscode from 'vscode';
import { registerAnalyseWorkspace } from './analyse-workspace';
import { NewsLensClient } from './server-client';

let newsLens: NewsLensClient | undefined;

export interface NewsLensApi {
  /** Resolves once the server is running for the open documents (immediately when none is selected). */
  ready: Promise<void>;
  client: () => NewsLensClient | undefined;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const client = new NewsLensClient(context);
  newsLens = client;
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.restartServer', () => client.restart()),
    registerAnalyseWorkspace(() => client.ensureStarted()),
  );
  return { ready: client.startIfNeeded(), client: () => newsLens };
}

export async function deactivate(): Promise<void> {
  const client = newsLens;
  newsLens = undefined;
  await client?.dispose();
}
