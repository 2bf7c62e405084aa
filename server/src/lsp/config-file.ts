// The newsroom file in the language server: one .newslens.json per workspace folder root, read when the
// server starts, again when the file changes on disk (workspace/didChangeWatchedFiles: the client's own
// watcher, or one the server registers), and live from the editor while it is open there (its unsaved
// text is what applies until it is closed, as long as the file exists). Its problems are published as diagnostics on the file itself,
// at the offending field, and cleared once fixed; what is valid keeps applying. A document gets the file
// of the innermost folder that holds it: precedence defaults < newsLens settings < .newslens.json.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, Connection, Diagnostic as LspDiagnostic, DidChangeWatchedFilesParams, InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_NEWSROOM_CONFIG, formatProblem, parseNewsroomConfig } from '../config/newsroom-config';
import type { NewsroomConfig, ParsedNewsroomConfig } from '../config/newsroom-config';
import { NEWSROOM_CONFIG_FILE } from '../protocol';
import type { Settings } from '../protocol';
import { SOURCE } from './diagnostics';
import { pathOf, describeError } from './file-uris';

export interface ConfigFilesHost {
  connection(): Connection;
  log(message: string): void;
  /** Some folder's file now says something else: the open articles must be analysed again. */
  changed(): void;
  /** The extension's root: the config diagnostics' codes link to its docs/configuration.md. */
  extensionRoot(): string;
}

interface Loaded {
  /** The file's text, or undefined when there is no file (or it cannot be read). */
  text: string | undefined;
  parsed: ParsedNewsroomConfig;
  /** The URI of the editor's document while the file is open there: its text wins over the disk's. */
  editorUri?: string;
  /** The URI the current diagnostics were published on, if any. */
  shownOn?: string;
}

/** The settings a document is analysed with: the file's fields win, rules merged code by code. */
export function withNewsroomConfig(settings: Settings, config: NewsroomConfig | undefined): Settings {
  if (!config || config === EMPTY_NEWSROOM_CONFIG) return settings;
  return {
    ...settings,
    rules: { ...settings.rules, ...config.rules },
    maxDocumentSize: config.maxDocumentSize ?? settings.maxDocumentSize,
  };
}

export class ConfigFiles {
  /** By folder path. */
  private readonly folders = new Map<string, Loaded>();
  private capabilities: ClientCapabilities = {};

  constructor(private readonly host: ConfigFilesHost) {}

  /** The folders from initialize (workspaceFolders, else rootUri, else rootPath), each file read now. */
  initialize(params: InitializeParams): void {
    this.capabilities = params.capabilities;
    const folders: Array<{ uri: string }> = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
    const paths = folders.flatMap((f) => pathOf(f.uri) ?? []);
    if (!folders.length && params.rootPath) paths.push(params.rootPath);
    for (const path of paths) this.folders.set(path, this.readDisk(path));
  }

  /** After initialized: publish the first problems, watch the files, follow folder changes. */
  initialized(): void {
    for (const path of this.folders.keys()) this.show(path);
    const c = this.host.connection();
    const workspace = this.capabilities.workspace;
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // Clients that let servers register watchers (Neovim, VS Code) report the file's creation, change and
      // deletion; the VS Code client also declares the same watcher itself (client/src/server-client.ts).
      void c.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${NEWSROOM_CONFIG_FILE}` }] })
        .catch((e: unknown) => this.host.log(`could not watch ${NEWSROOM_CONFIG_FILE}: ${describeError(e)}`));
    }
    if (workspace?.workspaceFolders) {
      try {
        c.workspace.onDidChangeWorkspaceFolders((e) => this.foldersChanged(e.added, e.removed));
      } catch (e) {
        this.host.log(`workspace folder changes unavailable: ${describeError(e)}`);
      }
    }
  }

  /** The valid part of the file that applies to a document (the innermost folder holding it), if any. */
  configFor(uri: string): NewsroomConfig | undefined {
    const path = pathOf(uri);
    const folder = path && this.folderOf(path);
    return folder ? this.folders.get(folder)?.parsed.config : undefined;
  }

  /** True for the .newslens.json at a workspace folder's root: the editor's document is the file. */
  isConfigFile(uri: string): boolean {
    return this.folderOfFile(uri) !== undefined;
  }

  /** The file was opened or edited in the editor: validated and applied as typed. */
  editorChanged(doc: TextDocument): void {
    const folder = this.folderOfFile(doc.uri);
    if (!folder) return;
    const previous = this.folders.get(folder);
    // A document whose file is gone is not the newsroom's file: VS Code keeps a deleted file's document for
    // minutes, and sends it again to a restarted server.
    if (!existsSync(join(folder, NEWSROOM_CONFIG_FILE))) {
      this.replace(folder, { ...this.readDisk(folder), shownOn: previous?.shownOn });
      return;
    }
    this.replace(folder, { ...this.parse(doc.getText()), editorUri: doc.uri, shownOn: previous?.shownOn });
  }

  /** The file was closed in the editor: the disk's version applies again. */
  editorClosed(uri: string): void {
    const folder = this.folderOfFile(uri);
    if (!folder) return;
    this.replace(folder, { ...this.readDisk(folder), shownOn: this.folders.get(folder)?.shownOn });
  }

  /** workspace/didChangeWatchedFiles: a .newslens.json at a folder root created, changed or deleted. */
  filesChanged(params: DidChangeWatchedFilesParams): void {
    const seen = new Set<string>();
    for (const change of params.changes) {
      const folder = this.folderOfFile(change.uri);
      if (!folder || seen.has(folder)) continue;
      seen.add(folder);
      const loaded = this.folders.get(folder);
      const deleted = params.changes.some((c) => c.type === FileChangeType.Deleted && this.folderOfFile(c.uri) === folder);
      // While the file is open the editor's text applies, and a save changes nothing more (an external change
      // to a file open unmodified reaches the server as an edit of the document). A deletion ends it even so:
      // VS Code keeps a closed editor's document for minutes before it sends didClose.
      if (loaded?.editorUri && !deleted) continue;
      this.replace(folder, { ...this.readDisk(folder), shownOn: loaded?.shownOn });
    }
  }

  foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    let changed = false;
    for (const f of removed) {
      const path = pathOf(f.uri);
      const loaded = path ? this.folders.get(path) : undefined;
      if (!path || !loaded) continue;
      if (loaded.shownOn) void this.host.connection().sendDiagnostics({ uri: loaded.shownOn, diagnostics: [] });
      changed ||= loaded.parsed.config !== EMPTY_NEWSROOM_CONFIG;
      this.folders.delete(path);
    }
    for (const f of added) {
      const path = pathOf(f.uri);
      if (!path || this.folders.has(path)) continue;
      const loaded = this.readDisk(path);
      this.folders.set(path, loaded);
      this.show(path);
      changed ||= loaded.parsed.config !== EMPTY_NEWSROOM_CONFIG;
    }
    if (changed) this.host.changed();
  }

  private replace(folder: string, next: Loaded): void {
    const previous = this.folders.get(folder);
    this.folders.set(folder, next);
    this.show(folder);
    if (JSON.stringify(previous?.parsed.config) !== JSON.stringify(next.parsed.config)) {
      this.host.log(`${join(folder, NEWSROOM_CONFIG_FILE)}: ${next.text === undefined ? 'none' : describeConfig(next.parsed.config)}; analysing the open articles again`);
      this.host.changed();
    }
  }

  /** The file as on disk; its problems also go to the log (stderr), for clients that show no diagnostics on JSON. */
  private readDisk(folder: string): Loaded {
    const file = join(folder, NEWSROOM_CONFIG_FILE);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // No file is the usual case: the settings and defaults apply.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.host.log(`could not read ${file}: ${describeError(e)}`);
      return { text: undefined, parsed: { config: EMPTY_NEWSROOM_CONFIG, problems: [] } };
    }
    const loaded = this.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    for (const p of loaded.parsed.problems) this.host.log(formatProblem(file, loaded.text ?? '', p));
    return loaded;
  }

  private parse(text: string): Loaded {
    const parsed = parseNewsroomConfig(text);
    // No valid field at all: the same as no file, so that documents need not be analysed again.
    const c = parsed.config;
    if (!c.people.length && !Object.keys(c.rules).length && c.maxDocumentSize === undefined) parsed.config = EMPTY_NEWSROOM_CONFIG;
    return { text, parsed };
  }

  /** Publishes the folder's problems on the file (the editor's URI while open), clearing where they were before. */
  private show(folder: string): void {
    const loaded = this.folders.get(folder);
    if (!loaded) return;
    const uri = loaded.editorUri ?? pathToFileURL(join(folder, NEWSROOM_CONFIG_FILE)).href;
    const diagnostics = loaded.text === undefined ? [] : this.toDiagnostics(uri, loaded.text, loaded.parsed);
    const c = this.host.connection();
    if (loaded.shownOn && loaded.shownOn !== uri) void c.sendDiagnostics({ uri: loaded.shownOn, diagnostics: [] });
    if (!diagnostics.length && loaded.shownOn !== uri) {
      loaded.shownOn = undefined;
      return;
    }
    void c.sendDiagnostics({ uri, diagnostics });
    loaded.shownOn = diagnostics.length ? uri : undefined;
  }

  private toDiagnostics(uri: string, text: string, parsed: ParsedNewsroomConfig): LspDiagnostic[] {
    const doc = TextDocument.create(uri, 'jsonc', 0, text);
    const href = pathToFileURL(join(this.host.extensionRoot(), 'docs', 'configuration.md')).href;
    return parsed.problems.map((p) => ({
      range: { start: doc.positionAt(p.offset), end: doc.positionAt(p.offset + p.length) },
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: p.code,
      codeDescription: { href },
      source: SOURCE,
      message: p.message,
      ...(p.field ? { data: { field: p.field } } : {}),
    }));
  }

  /** The folder whose root holds this .newslens.json, if the URI is one. */
  private folderOfFile(uri: string): string | undefined {
    const path = pathOf(uri);
    if (!path || basename(path) !== NEWSROOM_CONFIG_FILE) return undefined;
    const folder = dirname(path);
    return this.folders.has(folder) ? folder : undefined;
  }

  /** The innermost folder holding the path. */
  private folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders.keys()) {
      const rel = relative(folder, path);
      if (rel && !rel.startsWith('..') && !rel.startsWith(sep) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }
}

function describeConfig(c: NewsroomConfig): string {
  const parts = [`${c.people.length} known ${c.people.length === 1 ? 'person' : 'people'}`, `rules ${JSON.stringify(c.rules)}`];
  if (c.maxDocumentSize !== undefined) parts.push(`maxDocumentSize ${c.maxDocumentSize}`);
  return parts.join(', ');
}



