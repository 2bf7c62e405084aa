// The client's reading of the Analyse Workspace answer: the method it sends, the guard (checked against the
// protocol's schema) and the message the user reads at the end.
import assert from 'node:assert/strict';
import { ANALYSE_WORKSPACE_REQUEST, AnalyseWorkspaceResultSchema } from '../../../server/src/protocol';
import type { AnalyseWorkspaceResult } from '../../../server/src/protocol';
import { ANALYSE_WORKSPACE_METHOD, isAnalyseWorkspaceResult, workspaceSummary } from '../../../client/src/workspace-summary';

const done: AnalyseWorkspaceResult = {
  folders: 1,
  found: 40,
  files: 40,
  people: 85,
  quotes: 120,
  unattributed: 6,
  problems: 9,
  filesWithProblems: 5,
  skipped: 0,
  truncated: false,
  cancelled: false,
};

describe('client: Analyse Workspace', () => {
  it('sends the request the protocol names', () => {
    assert.equal(ANALYSE_WORKSPACE_METHOD, ANALYSE_WORKSPACE_REQUEST);
  });

  it('accepts exactly what AnalyseWorkspaceResultSchema accepts', () => {
    const cases: unknown[] = [
      done,
      { ...done, extra: 1 },
      { ...done, people: -1 },
      { ...done, files: 1.5 },
      { ...done, cancelled: 'no' },
      (({ truncated: _t, ...rest }) => rest)(done),
      (({ skipped: _s, ...rest }) => rest)(done),
      null,
      [],
      'done',
    ];
    for (const value of cases) assert.equal(isAnalyseWorkspaceResult(value), AnalyseWorkspaceResultSchema.safeParse(value).success, JSON.stringify(value));
  });

  it('says what was analysed and found', () => {
    assert.equal(workspaceSummary(done), 'News Lens analysed 40 articles: 85 people, 120 quotations (6 unattributed), 9 problems in 5 files.');
    assert.equal(
      workspaceSummary({ ...done, found: 1, files: 1, people: 1, quotes: 1, unattributed: 0, problems: 0, filesWithProblems: 0 }),
      'News Lens analysed 1 article: 1 person, 1 quotation (0 unattributed), 0 problems.',
    );
  });

  it('says why the count may be short: cancelled, the file limit, files not analysed', () => {
    assert.equal(
      workspaceSummary({ ...done, files: 12, cancelled: true }),
      'News Lens: cancelled after 12 of 40 articles. So far: 85 people, 120 quotations (6 unattributed), 9 problems in 5 files.',
    );
    assert.match(workspaceSummary({ ...done, found: 5000, files: 5000, truncated: true }), /Stopped looking after the first 5,000 articles\.$/);
    assert.match(workspaceSummary({ ...done, skipped: 2 }), /2 files were not analysed \(unreadable, or far over newsLens\.maxDocumentSize\)\.$/);
  });

  it('no articles, or no folder: says how to get some', () => {
    assert.match(workspaceSummary({ ...done, found: 0, files: 0 }), /found no articles in the workspace.*newsLens\.languages/);
    assert.equal(workspaceSummary({ ...done, folders: 0, found: 0, files: 0 }), 'News Lens: open a folder to analyse its articles.');
  });
});
