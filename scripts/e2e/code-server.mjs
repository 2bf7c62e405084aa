// A hermetic code-server (the real VS Code 1.100.3 build inside the npm package) for the end-to-end tests:
// temp user-data, extensions, XDG and config dirs, no auth, a free port read from its log, the extension
// installed from its vsix, and the whole process group killed at the end. See the notes in
// ../shared/notes/vscode-e2e.md for each flag's reason.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const toolsDir = process.env.NEWS_LENS_E2E_TOOLS ?? join(projectRoot, '.tools', 'e2e');
const codeServerEntry = join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.NEWS_LENS_CHROMIUM ?? '/usr/bin/chromium';

/** Why the e2e tests cannot run here, or null when code-server, playwright-core and chromium are present. */
export function missingTools() {
  if (!existsSync(codeServerEntry)) return `code-server is not installed in ${toolsDir} (run scripts/e2e/setup.sh as root)`;
  if (!existsSync(join(toolsDir, 'node_modules', 'playwright-core'))) return `playwright-core is not installed in ${toolsDir}`;
  if (!existsSync(chromiumPath)) return `${chromiumPath} is missing (apt-get install chromium)`;
  return null;
}

/** playwright-core from the tooling folder (not a dependency of the project). */
export function playwright() {
  return createRequire(join(toolsDir, 'package.json'))('playwright-core');
}

export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  return process.env.NEWS_LENS_VSIX ?? join(projectRoot, `${name}-${version}.vsix`);
}

/** Builds the vsix with `npm run package` unless it exists (the e2e runner builds it once for all suites). */
export function ensureVsix() {
  const vsix = vsixPath();
  if (existsSync(vsix)) return vsix;
  const r = spawnSync('npm', ['run', 'package'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !existsSync(vsix)) throw new Error(`npm run package failed (exit ${r.status}); no ${vsix}`);
  return vsix;
}

/**
 * A temp home for one code-server: user data with quiet settings, an extensions dir, XDG dirs (code-server
 * writes ~/.config/code-server and ~/.local/share/code-server otherwise) and a config file.
 */
export function makeSandbox(settings = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-e2e-'));
  const sandbox = {
    dir,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    config: join(dir, 'config.yaml'),
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(dir, 'xdg-config'),
      XDG_DATA_HOME: join(dir, 'xdg-data'),
      XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    },
  };
  for (const d of [sandbox.userData, sandbox.extensions, sandbox.env.XDG_CONFIG_HOME, sandbox.env.XDG_DATA_HOME]) mkdirSync(d, { recursive: true });
  mkdirSync(join(sandbox.userData, 'User'), { recursive: true });
  writeFileSync(sandbox.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  writeFileSync(
    join(sandbox.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 100,
        // No fade-ins: a screenshot taken as a hover appears shows it whole.
        'workbench.reduceMotion': 'on',
        'window.commandCenter': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  return sandbox;
}

function baseArgs(sandbox) {
  return ['--config', sandbox.config, '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions];
}

/** `code-server --install-extension X.vsix` into the sandbox's extensions dir. */
export function installExtension(sandbox, vsix) {
  const r = spawnSync(process.execPath, [codeServerEntry, ...baseArgs(sandbox), '--install-extension', vsix, '--force'], {
    env: sandbox.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Starts code-server detached (its own process group) and resolves with its URL once the log says it
 * listens. `stop()` kills the group and removes the sandbox unless `keep` is set.
 */
export function startCodeServer(sandbox, { timeoutMs = 60_000, extraArgs = [] } = {}) {
  const args = [
    codeServerEntry,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    ...baseArgs(sandbox),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const child = spawn(process.execPath, args, { env: sandbox.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const server = {
    child,
    url: '',
    port: 0,
    log: () => log,
    async stop({ keep = Boolean(process.env.NEWS_LENS_E2E_KEEP) } = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }, 5000);
        await exited;
        clearTimeout(timer);
      }
      if (!keep) rmSync(sandbox.dir, { recursive: true, force: true });
    },
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => fail(new Error(`code-server did not start within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk) => {
      log += chunk;
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (m && !server.port) {
        clearTimeout(timer);
        server.port = Number(m[1]);
        server.url = `http://127.0.0.1:${server.port}/`;
        resolvePromise(server);
      }
    };
    const fail = (e) => {
      clearTimeout(timer);
      // The log is in the error; the sandbox goes unless NEWS_LENS_E2E_KEEP asks to keep it for a look.
      void server.stop({ keep: Boolean(process.env.NEWS_LENS_E2E_KEEP) }).then(() => reject(new Error(`${e.message}\n--- code-server log ---\n${log}`)));
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code, signal) => {
      if (!server.port) fail(new Error(`code-server exited (code ${code}, signal ${signal}) before listening`));
    });
  });
}

/** Headless Debian chromium with the flags these machines need (root: --no-sandbox). */
export async function launchBrowser(sandbox) {
  const { chromium } = playwright();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: { ...sandbox.env, XDG_CONFIG_HOME: join(sandbox.dir, 'chromium-config') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
