// Finding the articles of a workspace on disk: every file whose extension belongs to a language News Lens
// analyses (.article and .news always for "article"; .md and .txt only when newsLens.languages opts
// markdown or plain text in), under the workspace folders, skipping node_modules, .git and every other
// dot-folder (editor and tool state, never articles). The walk is bounded and cancellable: a folder such as
// a home directory must not keep the server busy.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';

/** File extensions of each language id News Lens can analyse (lower case, with the dot). */
const EXTENSIONS: Record<string, readonly string[]> = {
  article: ['.article', '.news'],
  markdown: ['.md', '.markdown'],
  plaintext: ['.txt'],
};

const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface ArticleFile {
  path: string;
  languageId: string;
}

export interface FoundFiles {
  files: ArticleFile[];
  /** The walk stopped at `limit` files. */
  truncated: boolean;
  cancelled: boolean;
}

/** The language id a file is analysed as, or undefined when its extension is not among the analysed languages'. */
export function languageOfPath(path: string, languages: readonly string[]): string | undefined {
  const name = basename(path).toLowerCase();
  for (const language of languages) {
    if ((EXTENSIONS[language] ?? []).some((ext) => name.endsWith(ext) && name.length > ext.length)) return language;
  }
  return undefined;
}

/** True when some folder between `root` and `path` is skipped by the walk (a dot-folder or node_modules). */
export function isSkippedPath(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..')) return true;
  const folders = rel.split(sep).slice(0, -1);
  return folders.some((f) => f.startsWith('.') || SKIPPED_FOLDERS.has(f));
}

/** The root among `roots` that holds `path` (the innermost, for nested folders), if any. */
export function rootOf(roots: readonly string[], path: string): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep) && (!best || root.length > best.length)) best = root;
  }
  return best;
}

/**
 * The article files under `roots`, in path order within each folder, at most `limit` of them. Breadth
 * first, one directory read at a time; `cancelled()` is asked between reads. Unreadable folders are
 * skipped. Symbolic links to files are followed, links to folders are not (they may loop).
 */
export async function findArticleFiles(
  roots: readonly string[],
  languages: readonly string[],
  limit: number,
  cancelled: () => boolean = () => false,
): Promise<FoundFiles> {
  const files: ArticleFile[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const queue = [root];
    while (queue.length) {
      if (cancelled()) return { files, truncated: false, cancelled: true };
      const dir = queue.shift()!;
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) queue.push(path);
          continue;
        }
        const languageId = languageOfPath(entry.name, languages);
        if (!languageId || seen.has(path)) continue;
        if (entry.isSymbolicLink() && !(await isFile(path))) continue;
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        if (files.length >= limit) return { files, truncated: true, cancelled: false };
        seen.add(path);
        files.push({ path, languageId });
      }
    }
  }
  return { files, truncated: false, cancelled: false };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
