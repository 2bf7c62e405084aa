// One real VS Code per suite: a fresh sandbox with the packaged vsix installed, code-server started on a
// workspace holding one fixture, chromium on it with the fixture open. Registers the suite's mocha hooks
// and returns an object whose fields (page, file, server, …) are set once `before` has run.
// Without code-server the suite is skipped with a message — except under CI, where that is a failure.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureVsix, installExtension, launchBrowser, makeSandbox, missingTools, projectRoot, startCodeServer } from '../../scripts/e2e/code-server.mjs';
import { openFile, screenshot } from './workbench.mjs';

export const ci = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/** @param {string} fixture a file of test/e2e/fixtures; @param {{ width: number, height: number }} viewport */
export function workbenchSession(fixture, viewport) {
  const session = { sandbox: undefined, server: undefined, browser: undefined, page: undefined, file: undefined };

  before(async function () {
    const missing = missingTools();
    if (missing) {
      if (ci) throw new Error(`CI: the e2e tests must run, but ${missing}`);
      console.log(`    e2e skipped: ${missing}`);
      this.skip();
    }
    const vsix = ensureVsix();
    session.sandbox = makeSandbox();
    const workspace = join(session.sandbox.dir, 'workspace');
    mkdirSync(workspace);
    session.file = join(workspace, fixture);
    cpSync(join(projectRoot, 'test', 'e2e', 'fixtures', fixture), session.file);
    installExtension(session.sandbox, vsix);
    session.server = await startCodeServer(session.sandbox);
    session.browser = await launchBrowser(session.sandbox);
    session.page = await session.browser.newPage({ viewport, reducedMotion: 'reduce' });
    await session.page.goto(`${session.server.url}?folder=${encodeURIComponent(workspace)}`);
    await openFile(session.page, fixture, 'Article');
  });

  after(async () => {
    await session.browser?.close().catch(() => undefined);
    if (session.server) await session.server.stop();
    else if (session.sandbox) rmSync(session.sandbox.dir, { recursive: true, force: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session.page) await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  return session;
}
