// The workspace as a whole: which folders it has (initialize's workspaceFolders or rootUri, then
// workspace/didChangeWorkspaceFolders), the "Analyse Workspace" request (every article file analysed, with
// work-done progress, cancellable, each file's diagnostics published and a summary returned), and
// workspace/symbol over the people of every article, kept fresh from file events and open documents.
//
// One file at a time, yielding to the event loop between files: requests (and the cancellation of this
// one) are answered while the workspace is analysed, and the open documents keep their own pipeline —
// their diagnostics are published by it, for the version the user sees, never from the file on disk.
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CancellationToken,
  ClientCapabilities,
  Connection,
  Diagnostic as LspDiagnostic,
  DidChangeWatchedFilesParams,
  InitializeParams,
  ServerCapabilities,
  SymbolInformation,
  WorkspaceFolder,
  WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { CancellationTokenSource, DidChangeWatchedFilesNotification, FileChangeType, WatchKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ANALYSE_WORKSPACE_REQUEST, AnalyseWorkspaceParamsSchema, MAX_WORKSPACE_FILES } from '../protocol';
import type { AnalyseWorkspaceResult, Analysis, Settings } from '../protocol';
import { findArticleFiles, isSkippedPath, languageOfPath, rootOf } from './workspace-files';
import type { ArticleFile } from './workspace-files';
import { indexedPeople, WorkspaceSymbolIndex } from './workspace-symbols';
import type { IndexedPerson } from './workspace-symbols';
import { pathOf } from './file-uris';

/** What the workspace needs from the server. */
export interface WorkspaceHost {
  connection(): Connection;
  /** Resolves once the first settings are known. */
  ready(): Promise<void>;
  settings(): Settings;
  /** Analyses a text with the options the open documents are analysed with (`uri`: whose folder's .newslens.json applies). */
  analyse(text: string, uri: string): Analysis;
  openDocuments(): TextDocument[];
  /** The current analysis of an open document, or undefined when News Lens does not analyse its language. */
  analysisOf(doc: TextDocument): Analysis | undefined;
  /** An analysis's diagnostics as published (the rules' severities and "off" applied, docs links). */
  diagnostics(analysis: Analysis, uri: string): LspDiagnostic[];
  log(message: string): void;
}

interface Progress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

const NO_PROGRESS: Progress = { begin() {}, report() {}, done() {} };
/** At most one progress report per this many milliseconds (the first and the last file are always reported). */
const PROGRESS_INTERVAL_MS = 100;
/** A file this many times over newsLens.maxDocumentSize in bytes has more characters than the limit: not even read. */
const BYTES_PER_CHARACTER_MAX = 3;

interface ScanOptions {
  progress: Progress;
  cancelled: () => boolean;
  /** Publish each closed file's diagnostics (the command); a scan for workspace/symbol only indexes. */
  publish: boolean;
}

export class Workspace {
  private folders: string[] = [];
  private capabilities: ClientCapabilities = {};
  private readonly index = new WorkspaceSymbolIndex();
  /** Files whose diagnostics this class published (closed files), by canonical URI. */
  private readonly published = new Set<string>();
  /** Once the command has run, closed files' diagnostics are kept published and fresh. */
  private diagnosticsOn = false;
  /** The index holds every article of the current folders and settings. */
  private scanned = false;
  private lazyScan: Promise<void> | undefined;
  private background: CancellationTokenSource | undefined;
  private running: Promise<unknown> = Promise.resolve();
  /** Files re-read after a change or a close, one at a time. */
  private refreshes: Promise<void> = Promise.resolve();

  constructor(private readonly host: WorkspaceHost) {}

  /** From the initialize params: the folders, and what the client can do. */
  initialize(params: InitializeParams): Partial<ServerCapabilities> {
    this.capabilities = params.capabilities;
    const folders: Array<{ uri: string }> = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
    this.folders = folders.flatMap((f) => pathOf(f.uri) ?? []);
    if (!folders.length && params.rootPath) this.folders = [params.rootPath];
    return {
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
  }

  listen(): void {
    const c = this.host.connection();
    c.onRequest(ANALYSE_WORKSPACE_REQUEST, (params: unknown, token: CancellationToken) => this.analyseWorkspace(params, token));
    c.onWorkspaceSymbol((params, token) => this.symbols(params, token));
  }

  /** After `initialized`: folder changes, and file watchers when the client lets servers register them. */
  initialized(): void {
    const c = this.host.connection();
    if (this.capabilities.workspace?.workspaceFolders) {
      try {
        c.workspace.onDidChangeWorkspaceFolders((e) => this.foldersChanged(e.added, e.removed));
      } catch (e) {
        this.host.log(`workspace folder changes unavailable: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void c.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: '**/*.{article,news,md,markdown,txt}' },
            // A deleted folder is reported as the folder alone: its articles leave the index with it.
            { globPattern: '**/*', kind: WatchKind.Delete },
          ],
        })
        .catch((e: unknown) => this.host.log(`could not register file watchers: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  /** The settings changed: the index may hold files no longer analysed, or analysed otherwise. */
  settingsChanged(): void {
    this.scanned = false;
    if (this.diagnosticsOn) this.startBackgroundScan();
  }

  /** An open document was closed: its entry (and diagnostics, once the command has run) come from the disk again. */
  documentClosed(uri: string): void {
    const path = pathOf(uri);
    if (!path || !(this.diagnosticsOn || this.scanned || this.index.has(canonical(uri)))) return;
    this.refresh(path);
  }

  // ---- newsLens/analyseWorkspace ----

  private async analyseWorkspace(raw: unknown, token: CancellationToken): Promise<AnalyseWorkspaceResult> {
    const params = AnalyseWorkspaceParamsSchema.safeParse(raw ?? {});
    const workDoneToken = params.success ? params.data.workDoneToken : undefined;
    await this.host.ready();
    let serverProgress: (Progress & { token: CancellationToken }) | undefined;
    let progress: Progress = NO_PROGRESS;
    if (workDoneToken !== undefined) progress = this.host.connection().window.attachWorkDoneProgress(workDoneToken);
    else if (this.capabilities.window?.workDoneProgress) {
      // No token from the client (not VS Code): the server asks for one, so that Neovim or Helix show progress too.
      serverProgress = await this.host.connection().window.createWorkDoneProgress().catch(() => undefined);
      if (serverProgress) progress = serverProgress;
    }
    this.diagnosticsOn = true;
    // A scan already under way (for workspace/symbol, or after a settings change) gives way to this one.
    this.background?.cancel();
    const previous = this.running;
    const run = previous.then(() => this.scan({
      progress,
      publish: true,
      cancelled: () => token.isCancellationRequested || serverProgress?.token.isCancellationRequested === true,
    }));
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Analyses every article file of the folders; see ScanOptions. */
  private async scan({ progress, cancelled, publish }: ScanOptions): Promise<AnalyseWorkspaceResult> {
    const settings = this.host.settings();
    const roots = [...this.folders];
    const summary: AnalyseWorkspaceResult = {
      folders: roots.length,
      found: 0,
      files: 0,
      people: 0,
      quotes: 0,
      unattributed: 0,
      problems: 0,
      filesWithProblems: 0,
      skipped: 0,
      truncated: false,
      cancelled: false,
    };
    progress.begin('News Lens', 0, 'Looking for articles…', true);
    try {
      const found = await findArticleFiles(roots, settings.languages, MAX_WORKSPACE_FILES, cancelled);
      summary.found = found.files.length;
      summary.truncated = found.truncated;
      if (found.cancelled) return { ...summary, cancelled: true };
      const open = this.openByPath();
      const people = new Set<string>();
      const seen = new Set<string>();
      let reported = -Infinity;
      for (let i = 0; i < found.files.length; i++) {
        if (cancelled()) {
          summary.cancelled = true;
          break;
        }
        const file = found.files[i];
        const now = performance.now();
        if (i === 0 || i === found.files.length - 1 || now - reported >= PROGRESS_INTERVAL_MS) {
          reported = now;
          const root = rootOf(roots, file.path);
          progress.report(Math.floor((i * 100) / found.files.length), `Analysing ${i + 1}/${found.files.length}: ${root ? relative(root, file.path) : file.path}`);
        }
        const key = canonical(pathToFileURL(file.path).href);
        seen.add(key);
        const analysis = await this.analyseFile(file, key, open.get(file.path), settings, publish);
        if (!analysis) summary.skipped++;
        else {
          summary.files++;
          for (const p of analysis.people) people.add(p.name.toLowerCase());
          for (const q of analysis.quotes) {
            if (q.kind !== 'speech') continue;
            summary.quotes++;
            if (q.speaker === null) summary.unattributed++;
          }
          const problems = this.host.diagnostics(analysis, key).length;
          summary.problems += problems;
          if (problems) summary.filesWithProblems++;
        }
        // Let the connection read what came meanwhile (a cancellation, a hover) before the next file.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      summary.people = people.size;
      if (!summary.cancelled) {
        this.forgetAllBut(seen);
        this.scanned = true;
      }
      return summary;
    } finally {
      progress.done();
    }
  }

  /** Analyses one file (an open document's current text when it is open), indexes it and, for a closed file, publishes. */
  private async analyseFile(file: ArticleFile, key: string, openDoc: TextDocument | undefined, settings: Settings, publish: boolean): Promise<Analysis | undefined> {
    if (openDoc) {
      const analysis = this.host.analysisOf(openDoc);
      if (analysis) {
        this.index.set(key, analysis);
        return analysis;
      }
    }
    let text: string;
    try {
      const { size } = await stat(file.path);
      if (size > settings.maxDocumentSize * BYTES_PER_CHARACTER_MAX) {
        this.index.delete(key);
        return undefined;
      }
      text = await readFile(file.path, 'utf8');
    } catch (e) {
      this.host.log(`could not read ${file.path}: ${e instanceof Error ? e.message : String(e)}`);
      this.index.delete(key);
      return undefined;
    }
    // What an editor shows: no byte order mark, so positions agree with the open document's.
    const analysis = this.host.analyse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, key);
    this.index.set(key, analysis);
    if (publish) this.publish(key, this.host.diagnostics(analysis, key));
    return analysis;
  }

  private publish(key: string, diagnostics: LspDiagnostic[]): void {
    // A file with nothing to say and nothing showing needs no publication (thousands of empty ones are noise).
    if (!diagnostics.length && !this.published.has(key)) return;
    if (diagnostics.length) this.published.add(key);
    else this.published.delete(key);
    void this.host.connection().sendDiagnostics({ uri: key, diagnostics });
  }

  /** A complete scan: what it did not find (deleted, renamed, or no longer an analysed language) leaves the index and the Problems. */
  private forgetAllBut(seen: Set<string>): void {
    for (const key of this.index.uris()) if (!seen.has(key)) this.index.delete(key);
    for (const key of [...this.published]) if (!seen.has(key)) this.publish(key, []);
  }

  private startBackgroundScan(): void {
    this.background?.cancel();
    const source = new CancellationTokenSource();
    this.background = source;
    const previous = this.running;
    const run = (async () => {
      await previous;
      if (source.token.isCancellationRequested) return;
      await this.scan({ progress: NO_PROGRESS, publish: this.diagnosticsOn, cancelled: () => source.token.isCancellationRequested });
    })().catch((e: unknown) => this.host.log(`workspace scan failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    this.running = run;
  }

  // ---- workspace/symbol ----

  private async symbols(params: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[]> {
    try {
      await this.host.ready();
      if (!this.scanned && this.folders.length) {
        // The first query scans the workspace (once, whichever query asked): a cancelled query stops
        // waiting, not the scan, so the next keystroke's query finds it further on.
        this.lazyScan ??= (async () => {
          await this.running;
          if (!this.scanned) {
            this.startBackgroundScan();
            await this.running;
          }
        })().finally(() => (this.lazyScan = undefined));
        await Promise.race([this.lazyScan, new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()))]);
      }
      if (token.isCancellationRequested) return [];
      const overrides = new Map<string, { uri: string; people: IndexedPerson[] }>();
      for (const doc of this.host.openDocuments()) {
        const analysis = this.host.analysisOf(doc);
        if (analysis) overrides.set(canonical(doc.uri), { uri: doc.uri, people: indexedPeople(analysis) });
      }
      return this.index.query(params.query, overrides);
    } catch (e) {
      this.host.log(`workspace/symbol failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return [];
    }
  }

  // ---- keeping up with the disk ----

  private foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    const gone = new Set(removed.flatMap((f) => pathOf(f.uri) ?? []));
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added.flatMap((f) => pathOf(f.uri) ?? [])];
    this.scanned = false;
    if (this.diagnosticsOn) this.startBackgroundScan();
    else for (const key of this.index.uris()) if (!rootOf(this.folders, pathOf(key) ?? '')) this.index.delete(key);
  }

  /** workspace/didChangeWatchedFiles, passed on by the server (which has the connection's one handler). */
  filesChanged(params: DidChangeWatchedFilesParams): void {
    const languages = this.host.settings().languages;
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if (change.type === FileChangeType.Deleted) {
        // The file itself, or a folder: everything indexed under it goes.
        const key = canonical(change.uri);
        const under = key.endsWith('/') ? key : key + '/';
        for (const k of this.index.uris()) if (k === key || k.startsWith(under)) this.index.delete(k);
        for (const k of [...this.published]) if (k === key || k.startsWith(under)) this.publish(k, []);
        continue;
      }
      if (!languageOfPath(path, languages)) continue;
      const root = rootOf(this.folders, path);
      if (!root || isSkippedPath(root, path)) continue;
      if (!(this.diagnosticsOn || this.scanned || this.index.has(canonical(change.uri)))) continue;
      this.refresh(path);
    }
  }

  /** Re-reads a closed file after a change on disk (or after it was closed); open documents follow their own edits. */
  private refresh(path: string): void {
    this.refreshes = this.refreshes.then(async () => {
      const languageId = languageOfPath(path, this.host.settings().languages);
      const root = rootOf(this.folders, path);
      if (!languageId || !root || isSkippedPath(root, path)) return;
      const open = this.openByPath().get(path);
      if (open && this.host.analysisOf(open)) return;
      const key = canonical(pathToFileURL(path).href);
      if (!(await exists(path))) {
        this.index.delete(key);
        this.publish(key, []);
        return;
      }
      await this.analyseFile({ path, languageId }, key, undefined, this.host.settings(), this.diagnosticsOn);
    }).catch((e: unknown) => this.host.log(`refreshing ${path} failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** The open documents by file path (a client may spell a file's URI otherwise than Node does). */
  private openByPath(): Map<string, TextDocument> {
    const out = new Map<string, TextDocument>();
    for (const doc of this.host.openDocuments()) {
      const path = pathOf(doc.uri);
      if (path) out.set(path, doc);
    }
    return out;
  }
}


/** One spelling per file URI ("file:///a%40b" and "file:///a@b" are one file). */
function canonical(uri: string): string {
  const path = pathOf(uri);
  return path ? pathToFileURL(path).href : uri;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
