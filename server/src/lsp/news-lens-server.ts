// The language server: keeps one analysis per open article, publishes its diagnostics (debounced, never
// for a stale version) and answers hover, document symbols, definition, references and highlights from it.
import type {
  CancellationToken,
  CodeActionParams,
  Connection,
  InitializeParams,
  InitializeResult,
  TextDocumentPositionParams,
} from 'vscode-languageserver';
import { CodeActionKind, DidChangeConfigurationNotification, MessageType, ResponseError, ShowMessageNotification, TextDocumentSyncKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../engine';
import type { Analyzer } from '../engine';
import { STATUS_NOTIFICATION } from '../protocol';
import { todayIso } from '../clock';
import type { Analysis, Settings } from '../protocol';
import { AnalysisCache } from './analysis-cache';
import { ConfigFiles, withNewsroomConfig } from './config-file';
import { answerCodeActions } from './code-actions';
import type { Analysed } from './analysis-cache';
import { docsLinker, statusOf, toLspDiagnostics } from './diagnostics';
import { OpenDocuments } from './documents';
import { hoverAt } from './hover';
import { definition, highlights, references } from './navigation';
import { DEFAULT_SETTINGS, parseSettings, settingsFromInitOptions } from './settings';
import { sentUnchanged } from './sent-unchanged';
import { betweenStagesFor } from './reclaim-memory';
import { documentSymbols } from './symbols';
import { prepareRename, renameEdits, renameSource, renameWorkspaceEdit } from './rename';
import { Workspace } from './workspace';
import { describeError } from './file-uris';

/** The engine's pure analysis, for documents that have no analyzer of their own (workspace files). */
const engine: Pick<Analyzer, 'analyze'> = { analyze };

export interface ServerOptions {
  /** The extension's root folder, where docs/rules/<code>.md lives. */
  extensionRoot: string;
  /** Where errors and notes go: stderr, never stdout (stdout carries the protocol in --stdio mode). */
  log: (message: string) => void;
}

export class NewsLensServer {
  private readonly documents = new OpenDocuments();
  private readonly cache = new AnalysisCache((text, uri, analyzer) => this.analyzeText(text, uri, analyzer));
  /** The pending publication per document, with the version it is for: a newer edit replaces it. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; version: number }>();
  /** Documents that have diagnostics showing, so that they can be cleared when they stop being analysed. */
  private readonly published = new Set<string>();
  private settings: Settings = DEFAULT_SETTINGS;
  private docsLink: (code: string) => string;
  private initSettings: unknown;
  private canPullConfiguration = false;
  private canRegisterConfiguration = false;
  /** The client applies versioned workspace edits: quick fixes then name the version they were computed on. */
  private canVersionEdits = false;
  private shownProblems = '';
  private markReady!: () => void;
  /** Resolved once the first settings are known: nothing is analysed with settings about to change. */
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  /** Workspace folders, "Analyse Workspace" and workspace/symbol (server/src/lsp/workspace.ts). */
  private readonly workspace = new Workspace({
    connection: () => this.connection,
    ready: () => this.ready,
    settings: () => this.settings,
    analyse: (text, uri) => this.analyzeText(text, uri),
    openDocuments: () => this.documents.all(),
    analysisOf: (doc) => (this.analyses(doc) ? this.cache.get(doc).analysis : undefined),
    diagnostics: (analysis, uri) => toLspDiagnostics(analysis, this.docsLink, this.settingsFor(uri).rules),
    log: (message) => this.options.log(message),
  });
  /** The newsroom file (.newslens.json) of each workspace folder (server/src/lsp/config-file.ts). */
  private readonly newsroom = new ConfigFiles({
    connection: () => this.connection,
    log: (message) => this.options.log(message),
    changed: () => this.newsroomChanged(),
    extensionRoot: () => this.options.extensionRoot,
  });

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions,
  ) {
    this.docsLink = docsLinker('', options.extensionRoot);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => void this.initialized());
    c.onDidChangeConfiguration((p) => void this.configurationChanged(p.settings));
    c.onShutdown(() => {
      for (const { timer } of this.pending.values()) clearTimeout(timer);
      this.pending.clear();
    });
    this.documents.listen(
      c,
      {
        // The newsroom file open in the editor is validated and applied as typed; it is not an article.
        changed: (doc) => (this.newsroom.isConfigFile(doc.uri) ? this.newsroom.editorChanged(doc) : this.schedule(doc)),
        closed: (uri) => {
          if (this.newsroom.isConfigFile(uri)) this.newsroom.editorClosed(uri);
          this.closed(uri);
        },
      },
      this.options.log,
    );

    c.onHover(this.request('hover', null, (a, p) => hoverAt(a.index, a.offsetAt(p.position))));
    c.onDocumentSymbol(
      this.request('documentSymbol', [], (a, p) => {
        const max = this.settingsFor(p.textDocument.uri).maxOutlineQuotes;
        return a.memo(`symbols:${max}`, () => sentUnchanged(documentSymbols(a.index, max)));
      }),
    );
    c.onDefinition(this.request('definition', null, (a, p) => definition(a.index, p.textDocument.uri, a.offsetAt(p.position))));
    c.onReferences(
      this.request('references', [], (a, p) =>
        references(a.index, p.textDocument.uri, a.offsetAt(p.position), p.context?.includeDeclaration ?? true),
      ),
    );
    c.onDocumentHighlight(this.request('documentHighlight', [], (a, p) => highlights(a.index, a.offsetAt(p.position))));
    c.onPrepareRename(this.request('prepareRename', null, (a, p) => prepareRename(renameSource(a), a.offsetAt(p.position))));
    c.onRenameRequest(
      this.request('rename', null, (a, p) => renameWorkspaceEdit(p.textDocument.uri, a.version, renameEdits(renameSource(a), a.offsetAt(p.position), p.newName), this.canVersionEdits)),
    );
    this.workspace.listen();
    // The connection keeps one handler per notification: this one hands the events to each part that watches files.
    c.onDidChangeWatchedFiles((params) => {
      this.newsroom.filesChanged(params);
      this.workspace.filesChanged(params);
    });
    c.onCodeAction(
      this.request('codeAction', [], (a, p: CodeActionParams) =>
        answerCodeActions(p.textDocument.uri, a, a.memo('code-actions:diagnostics', () => toLspDiagnostics(a.analysis, this.docsLink, this.settingsFor(p.textDocument.uri).rules)), p, this.canVersionEdits),
      ),
    );
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.canPullConfiguration = params.capabilities.workspace?.configuration === true;
    this.canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const workspace = this.workspace.initialize(params);
    this.newsroom.initialize(params);
    this.canVersionEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    this.initSettings = settingsFromInitOptions(params.initializationOptions);
    this.useSettings(this.initSettings, false);
    // Without workspace/configuration the settings are final now; with it, once the first pull answers.
    if (!this.canPullConfiguration) this.markReady();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Lens' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: params.capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        ...workspace,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'news-lens', version: '0.1.0' },
    };
  }

  private async initialized(): Promise<void> {
    this.workspace.initialized();
    this.newsroom.initialized();
    try {
      if (this.canPullConfiguration) {
        if (this.canRegisterConfiguration) {
          void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
        }
        await this.pullSettings();
      } else this.reportProblems(parseSettings(this.initSettings).problems);
    } catch (e) {
      this.options.log(`could not read the settings: ${describeError(e, true)}`);
    } finally {
      this.markReady();
    }
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    try {
      if (this.canPullConfiguration) await this.pullSettings();
      else {
        const section = pushed && typeof pushed === 'object' && 'newsLens' in pushed ? (pushed as { newsLens: unknown }).newsLens : pushed;
        this.useSettings(merge(this.initSettings, section), true);
      }
    } catch (e) {
      this.options.log(`could not read the settings: ${describeError(e, true)}`);
    }
  }

  /** workspace/configuration, section "newsLens", over what initializationOptions gave. */
  private async pullSettings(): Promise<void> {
    const [section] = (await this.connection.workspace.getConfiguration([{ section: 'newsLens' }])) as unknown[];
    this.useSettings(merge(this.initSettings, section), true);
  }

  private useSettings(raw: unknown, report: boolean): void {
    const { settings, problems } = parseSettings(raw);
    if (report) this.reportProblems(problems);
    const changed = JSON.stringify(settings) !== JSON.stringify(this.settings);
    this.settings = settings;
    this.docsLink = docsLinker(settings.docsBaseUrl, this.options.extensionRoot);
    if (!changed) return;
    this.workspace.settingsChanged();
    this.cache.clear();
    for (const doc of this.documents.all()) this.schedule(doc);
  }

  /** Invalid settings: one warning per problem, shown again only when the problems change. */
  private reportProblems(problems: string[]): void {
    const key = problems.join('\n');
    if (key === this.shownProblems) return;
    this.shownProblems = key;
    for (const message of problems) {
      this.options.log(message);
      // A notification (window/showMessage), not showWarningMessage's request: nothing to answer, and
      // clients that do not implement window/showMessageRequest still show it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `News Lens: ${message}` });
    }
  }

  private analyses(doc: TextDocument): boolean {
    return this.settings.languages.includes(doc.languageId);
  }

  /** An edit (or open, or a settings change): publish for this version after the debounce, unless a newer edit comes first. */
  private schedule(doc: TextDocument): void {
    const previous = this.pending.get(doc.uri);
    if (previous) clearTimeout(previous.timer);
    this.pending.delete(doc.uri);
    if (!this.analyses(doc)) {
      this.clearDiagnostics(doc.uri);
      return;
    }
    const version = doc.version;
    const timer = setTimeout(() => void this.publish(doc.uri, version), this.settings.debounceMs);
    this.pending.set(doc.uri, { timer, version });
  }

  private async publish(uri: string, version: number): Promise<void> {
    try {
      await this.ready;
      const doc = this.documents.get(uri);
      // Generation check: a newer edit has its own pending publication; this one is stale.
      if (!doc || doc.version !== version || !this.analyses(doc)) return;
      if (this.pending.get(uri)?.version === version) this.pending.delete(uri);
      const entry = this.cache.get(doc);
      if (entry.version !== version) return;
      const settings = this.settingsFor(uri);
      const diagnostics = toLspDiagnostics(entry.analysis, this.docsLink, settings.rules);
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
      this.published.add(uri);
      const tooLarge = entry.text.length > settings.maxDocumentSize;
      await this.connection.sendNotification(STATUS_NOTIFICATION, statusOf(uri, version, entry.analysis, tooLarge));
    } catch (e) {
      this.options.log(`analysis of ${uri} (version ${version}) failed: ${describeError(e, true)}`);
    }
  }

  private closed(uri: string): void {
    const previous = this.pending.get(uri);
    if (previous) clearTimeout(previous.timer);
    this.pending.delete(uri);
    this.cache.delete(uri);
    this.clearDiagnostics(uri);
    this.workspace.documentClosed(uri);
  }

  /** The engine with the current settings and the newsroom file of the document's folder, for open documents and the workspace's files alike. */
  private analyzeText(text: string, uri: string, analyzer?: Analyzer): Analysis {
    const settings = this.settingsFor(uri);
    const knownPeople = this.newsroom.configFor(uri)?.people;
    const betweenStages = betweenStagesFor(text.length);
    return (analyzer ?? engine).analyze(text, { rules: settings.rules, maxLength: settings.maxDocumentSize, today: todayIso(), betweenStages, ...(knownPeople?.length ? { knownPeople } : {}) });
  }

  /** Defaults < newsLens settings < the .newslens.json of the document's workspace folder. */
  private settingsFor(uri: string): Settings {
    return withNewsroomConfig(this.settings, this.newsroom.configFor(uri));
  }

  /** A newsroom file changed (on disk, in the editor, or a folder came or went): every article is analysed again. */
  private newsroomChanged(): void {
    this.workspace.settingsChanged();
    this.cache.clear();
    for (const doc of this.documents.all()) this.schedule(doc);
  }

  private clearDiagnostics(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * A request handler on the document's current analysis (computed now if the debounce has not fired yet).
   * Unknown or unanalysed documents get `empty`; an exception is logged and answered with `empty` too, so
   * one bad request never takes the server down — except a refusal meant for the user (a ResponseError,
   * e.g. rename's "not a person's name"), which reaches the editor to be shown.
   */
  private request<P extends TextDocumentPositionParams | { textDocument: { uri: string } }, R, E extends R | null>(
    name: string,
    empty: E,
    answer: (analysed: Analysed, params: P) => R,
  ): (params: P, token: CancellationToken) => Promise<R | E> {
    return async (params, token) => {
      try {
        await this.ready;
        if (token?.isCancellationRequested) return empty;
        const doc = this.documents.get(params.textDocument.uri);
        if (!doc || !this.analyses(doc)) return empty;
        return answer(this.cache.get(doc), params);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.options.log(`${name} failed: ${describeError(e, true)}`);
        return empty;
      }
    };
  }
}

/** initializationOptions' settings overlaid with the pulled section, field by field. */
function merge(base: unknown, over: unknown): unknown {
  if (over === undefined || over === null) return base;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(base) && isObject(over)) return { ...base, ...over };
  return over;
}

