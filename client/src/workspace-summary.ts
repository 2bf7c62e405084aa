// "News Lens: Analyse Workspace" as the client reads the server's answer, kept apart from vscode so a unit
// test can check it: the request's name, a guard for its result, and the message shown when it finishes —
// what was analysed, what was found, and why the count may be short (cancelled, the file limit, files not
// analysed). As in status-params.ts, the protocol is imported as types only (a value import would bundle
// zod into dist/client.js); the constants are typed as the protocol's literals, so a change there fails
// the build here, and a unit test checks the guard against AnalyseWorkspaceResultSchema.
import type { ANALYSE_WORKSPACE_REQUEST, AnalyseWorkspaceResult, MAX_WORKSPACE_FILES } from '../../server/src/protocol';

export const ANALYSE_WORKSPACE_METHOD: typeof ANALYSE_WORKSPACE_REQUEST = 'newsLens/analyseWorkspace';
const MAX_FILES: typeof MAX_WORKSPACE_FILES = 5000;

const COUNTS = ['folders', 'found', 'files', 'people', 'quotes', 'unattributed', 'problems', 'filesWithProblems', 'skipped'] as const;

export function isAnalyseWorkspaceResult(value: unknown): value is AnalyseWorkspaceResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  return COUNTS.every((k) => count(v[k])) && typeof v.truncated === 'boolean' && typeof v.cancelled === 'boolean';
}

export function workspaceSummary(r: AnalyseWorkspaceResult): string {
  if (r.folders === 0) return 'News Lens: open a folder to analyse its articles.';
  if (r.found === 0 && !r.cancelled) {
    return 'News Lens found no articles in the workspace (.article and .news files; add "markdown" or "plaintext" to newsLens.languages for .md and .txt files).';
  }
  const findings = `${count(r.people, 'person', 'people')}, ${count(r.quotes, 'quotation', 'quotations')} (${r.unattributed} unattributed), ${count(r.problems, 'problem', 'problems')}${r.problems ? ` in ${count(r.filesWithProblems, 'file', 'files')}` : ''}`;
  const parts = [
    r.cancelled
      ? `News Lens: cancelled after ${r.files} of ${count(r.found, 'article', 'articles')}. So far: ${findings}.`
      : `News Lens analysed ${count(r.files, 'article', 'articles')}: ${findings}.`,
  ];
  if (r.truncated) parts.push(`Stopped looking after the first ${MAX_FILES.toLocaleString('en')} articles.`);
  if (r.skipped) parts.push(`${count(r.skipped, 'file was', 'files were')} not analysed (unreadable, or far over newsLens.maxDocumentSize).`);
  return parts.join(' ');
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
