// file: URIs as the server meets them (from the editor, from the workspace walk, from file events).
import { fileURLToPath } from 'node:url';

/** The path of a file: URI; undefined for other schemes (untitled:, vscode-vfs:) and malformed URIs. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A thrown value for a log or a message: its message, or its stack where a developer reads the log. */
export function describeError(e: unknown, withStack = false): string {
  return e instanceof Error ? ((withStack ? e.stack : undefined) ?? e.message) : String(e);
}
