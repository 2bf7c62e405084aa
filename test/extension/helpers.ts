// Helpers for the tests that run inside the VS Code extension host: open the fixture article, and wait
// for what the language server publishes (diagnostics events) with a deadline, never a sleep.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-lens.news-lens';

/** The folder the launcher opened (a temp copy of test/e2e/fixtures), or the fixtures themselves. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the extension tests need a workspace folder (the launcher opens one)');
  return folder.uri.fsPath;
}

/** A fresh copy of a fixture under a new name, so that tests which edit never see each other's edits. */
export function freshCopy(fixture: string, name: string): vscode.Uri {
  const dir = join(workspaceDir(), 'copies');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  copyFileSync(join(workspaceDir(), fixture), target);
  return vscode.Uri.file(target);
}

/** Activates News Lens and waits until its server runs for the open documents. */
export async function activate(): Promise<void> {
  const extension = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  const api = await extension.activate();
  await api.ready;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await activate();
  return doc;
}

/**
 * Resolves with the document's diagnostics as soon as `accept` holds for them: at once if it already
 * does, else on the onDidChangeDiagnostics event that makes it hold. Rejects after `timeoutMs`.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line}:${codeOf(d)}`);
      reject(new Error(`diagnostics of ${uri.fsPath} did not reach the expected state in ${timeoutMs} ms; now: [${now.join(', ')}]`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** The next publication for the document (an event), whatever it holds. */
export function nextDiagnostics(uri: vscode.Uri, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(vscode.languages.getDiagnostics(uri));
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no diagnostics published for ${uri.fsPath} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');
}

export function unattributed(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'news-lens' && codeOf(d) === 'unattributed-quote');
}

/** The position of the `occurrence`-th appearance of `needle` in the document (from 0). */
export function positionOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at);
}

/** The text of hovers as a reader sees it, markdown included. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function setLanguages(languages: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update('languages', languages, vscode.ConfigurationTarget.Workspace);
}
