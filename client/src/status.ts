// The language status item ("{}" beside the language name in the status bar): the counts of the active
// article, from the `newsLens/status` notification the server sends after each analysis.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import { isStatusParams } from './status-params';
import { summary } from './status-summary';

export class ArticleStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  /** The latest counts per document URI; older versions never replace newer ones. */
  private readonly latest = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('newsLens.status', selector);
    this.item.name = 'News Lens';
    this.item.command = { title: 'Show speakers', command: 'outline.focus', tooltip: 'The speakers and their quotations in the Outline' };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.latest.delete(doc.uri.toString())),
    );
    this.render();
  }

  /** A `newsLens/status` notification; malformed ones are ignored (and logged by the caller). */
  update(params: unknown): boolean {
    if (!isStatusParams(params)) return false;
    const status = params;
    const known = this.latest.get(status.uri);
    if (known && known.version > status.version) return true;
    this.latest.set(status.uri, status);
    this.render();
    return true;
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc ? this.latest.get(doc.uri.toString()) : undefined;
    const item = this.item;
    if (!status) {
      item.text = 'News Lens';
      item.detail = 'analysing…';
      item.busy = true;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    item.busy = false;
    if (status.tooLarge) {
      item.text = 'News Lens: not analysed';
      item.detail = 'over newsLens.maxDocumentSize';
      item.severity = vscode.LanguageStatusSeverity.Warning;
      return;
    }
    item.text = summary(status);
    item.detail = undefined;
    // Information even with unattributed quotes: the Problems count already warns, once is enough.
    item.severity = vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
