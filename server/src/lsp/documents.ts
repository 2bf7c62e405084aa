// The open documents, kept in sync from didOpen/didChange/didClose. Written out rather than using
// vscode-languageserver's TextDocuments so that an edit older than the version already held (a client
// sending out of order) is dropped instead of corrupting the text, and so the language id is kept.
import type { Connection, DidChangeTextDocumentParams, DidOpenTextDocumentParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface DocumentEvents {
  changed(doc: TextDocument): void;
  closed(uri: string): void;
}

export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  listen(connection: Connection, events: DocumentEvents, log: (message: string) => void): void {
    connection.onDidOpenTextDocument((p: DidOpenTextDocumentParams) => {
      const { uri, languageId, version, text } = p.textDocument;
      const doc = TextDocument.create(uri, languageId, version, text);
      this.docs.set(uri, doc);
      events.changed(doc);
    });
    connection.onDidChangeTextDocument((p: DidChangeTextDocumentParams) => {
      const { uri, version } = p.textDocument;
      const doc = this.docs.get(uri);
      if (!doc) return log(`didChange for a document that is not open: ${uri}`);
      if (typeof version === 'number' && version <= doc.version) {
        return log(`didChange ${uri}: version ${version} is not newer than ${doc.version}; ignored`);
      }
      const changes: TextDocumentContentChangeEvent[] = p.contentChanges ?? [];
      const updated = TextDocument.update(doc, changes, typeof version === 'number' ? version : doc.version + 1);
      this.docs.set(uri, updated);
      events.changed(updated);
    });
    connection.onDidCloseTextDocument((p) => {
      if (this.docs.delete(p.textDocument.uri)) events.closed(p.textDocument.uri);
    });
  }
}
