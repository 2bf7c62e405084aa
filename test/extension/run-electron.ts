// The same extension-host suite on a desktop VS Code through @vscode/test-electron, where a binary exists:
//   VSCODE_EXECUTABLE_PATH=/path/to/code npm run test:vscode
// VS Code cannot be downloaded on these machines, so without the variable this prints why and exits 0; CI
// runs the suite inside code-server instead (scripts/e2e/run-extension-tests.mjs).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (!executable) {
    process.stdout.write('test:vscode skipped: set VSCODE_EXECUTABLE_PATH to a VS Code binary to run the extension-host suite with @vscode/test-electron (CI runs it in code-server: npm run test:e2e)\n');
    return;
  }
  const root = resolve(__dirname, '..', '..', '..');
  const workspace = mkdtempSync(join(tmpdir(), 'news-lens-electron-'));
  cpSync(join(root, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
