// The "News Lens: Analyse Workspace" command: asks the server to analyse every article of the workspace
// (newsLens/analyseWorkspace) inside a cancellable progress notification that shows the server's
// work-done progress ("Analysing 12/40: politics/budget.article"), then says what was found. The problems
// themselves go to the Problems view, published by the server file by file.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AnalyseWorkspaceParams, AnalyseWorkspaceResult } from '../../server/src/protocol';
import { ANALYSE_WORKSPACE_METHOD, isAnalyseWorkspaceResult, workspaceSummary } from './workspace-summary';

export const ANALYSE_WORKSPACE_COMMAND = 'newsLens.analyseWorkspace';

/**
 * Registers the command. `client` starts the language server when it is not running yet (the command may be
 * the first thing the user does, with no article open). The command resolves with the summary (the tests
 * read it), or undefined when nothing was analysed.
 */
export function registerAnalyseWorkspace(client: () => Promise<LanguageClient | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand(ANALYSE_WORKSPACE_COMMAND, () => analyseWorkspace(client));
}

async function analyseWorkspace(getClient: () => Promise<LanguageClient | undefined>): Promise<AnalyseWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('News Lens: open a folder to analyse its articles.');
    return undefined;
  }
  const client = await getClient();
  if (!client) {
    void vscode.window.showErrorMessage('News Lens: the language server is not running; see the "News Lens" output.');
    return undefined;
  }
  const { WorkDoneProgress } = await import('vscode-languageclient/node');
  let answer: unknown;
  try {
    answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Lens', cancellable: true },
      async (progress, token) => {
        const workDoneToken = `newsLens.analyseWorkspace/${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
        // VS Code's progress takes increments; the server reports percentages.
        let shown = 0;
        const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const percentage = value.percentage ?? shown;
          progress.report({ message: value.message, increment: percentage > shown ? percentage - shown : undefined });
          shown = Math.max(shown, percentage);
        });
        try {
          const params: AnalyseWorkspaceParams = { workDoneToken };
          return await client.sendRequest(ANALYSE_WORKSPACE_METHOD, params, token);
        } finally {
          listening.dispose();
        }
      },
    );
  } catch (e) {
    void vscode.window.showErrorMessage(`News Lens could not analyse the workspace: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  if (!isAnalyseWorkspaceResult(answer)) {
    void vscode.window.showErrorMessage('News Lens: the server answered Analyse Workspace with something unexpected; see the "News Lens" output.');
    client.outputChannel.appendLine(`unexpected answer to ${ANALYSE_WORKSPACE_METHOD}: ${JSON.stringify(answer)}`);
    return undefined;
  }
  // Not awaited: the message stays until dismissed, the command is done.
  const actions = answer.problems ? ['Show Problems'] : [];
  void vscode.window.showInformationMessage(workspaceSummary(answer), ...actions).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return answer;
}
