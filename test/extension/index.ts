// The extension-host test entry (extensionTestsPath): VS Code loads this module inside its extension host
// and awaits run(). It runs every *.test.js beside it with mocha and rejects when a test fails, which VS
// Code turns into a non-zero exit. Used by both launchers: code-server through the workbench's test payload
// (scripts/e2e/run-extension-tests.mjs) and @vscode/test-electron (run-electron.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
