// Runs the extension-host mocha suite (out/test/extension/index.js) inside code-server's VS Code, through
// the workbench's test payload: extensionDevelopmentPath and extensionTestsPath as vscode-remote URIs in
// the URL, with the extension host's console and exit code brought back to this process by two functions
// the page exposes (codeAutomationLog, codeAutomationExit). Exits with the suite's code; prints mocha's
// own report, so "N passing" / "N failing" count in the test:all summary.
//   node scripts/e2e/run-extension-tests.mjs        (after `npm run build`)
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, makeSandbox, missingTools, projectRoot, startCodeServer } from './code-server.mjs';

/** The workbench's own console chatter and the known harmless errors of an offline machine. */
const NOISE = /^(?:Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:)|ENOTFOUND (?:open-vsx\.org|api\.github\.com)|vsda/;
const TIMEOUT_MS = Number(process.env.NEWS_LENS_EXTENSION_TESTS_TIMEOUT ?? 300_000);
const ci = isCi();

const missing = missingTools();
if (missing) {
  if (ci) fail(`extension-host tests cannot run: ${missing}`);
  console.log(`extension-host tests skipped: ${missing}`);
  process.exit(0);
}
const testsPath = join(projectRoot, 'out', 'test', 'extension', 'index.js');
for (const needed of [testsPath, join(projectRoot, 'dist', 'client.js'), join(projectRoot, 'dist', 'server.js')]) {
  if (!existsSync(needed)) fail(`${needed} is missing: run npm run build first`);
}

const sandbox = makeSandbox();
const workspace = join(sandbox.dir, 'workspace');
mkdirSync(workspace);
cpSync(join(projectRoot, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });

const started = Date.now();
let server;
let browser;
let exitCode = 1;
try {
  server = await startCodeServer(sandbox);
  browser = await launchBrowser(sandbox);
  const page = await browser.newPage();
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(projectRoot)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const exited = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (NOISE.test(line)) return;
      (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
    page.exposeFunction('codeAutomationExit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  // Errors in the page (a workbench that cannot load) would otherwise only show as a timeout.
  page.on('pageerror', (e) => process.stderr.write(`[workbench] ${e.message}\n`));
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  exitCode = await exited;
  console.log(`extension-host suite exited with ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  if (server) process.stderr.write(`--- code-server log (tail) ---\n${server.log().slice(-4000)}\n`);
  // The suite never reported: count it as one failure in the summary.
  console.log('0 passing\n1 failing');
  exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  if (server) await server.stop();
  else rmSync(sandbox.dir, { recursive: true, force: true });
}
process.exit(exitCode === 0 ? 0 : 1);

function isCi() {
  const v = (process.env.CI ?? '').toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  console.log('0 passing\n1 failing');
  process.exit(1);
}
