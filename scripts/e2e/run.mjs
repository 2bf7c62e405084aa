// `npm run test:e2e`: the end-to-end tests in a real VS Code.
//  1. installs what they need when it is missing (scripts/e2e/setup.sh: apt packages, code-server 4.100.3
//     and playwright-core in .tools/e2e; needs root);
//  2. builds the extension and packages the vsix the tests install (skipped with NEWS_LENS_E2E_BUILT=1,
//     which test:all sets after its own build: then only the vsix is packaged);
//  3. runs the playwright tests (test/e2e/*.test.mjs) and the extension-host suite inside code-server.
// Without the tools and without root it skips with a message, unless CI is set: then it fails.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { missingTools, projectRoot } from './code-server.mjs';

const ci = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());
const isRoot = process.getuid?.() === 0;

function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env });
  return r.status ?? 1;
}

if (isRoot || ci) {
  if (run('bash', [join(projectRoot, 'scripts', 'e2e', 'setup.sh')]) !== 0) {
    console.log(ci ? 'e2e setup failed\n0 passing\n1 failing' : 'e2e skipped: the setup failed (see above)');
    process.exit(ci ? 1 : 0);
  }
}
const missing = missingTools();
if (missing) {
  if (ci) {
    console.log(`e2e cannot run: ${missing}\n0 passing\n1 failing`);
    process.exit(1);
  }
  console.log(`e2e skipped: ${missing}. Run scripts/e2e/setup.sh as root to install code-server and chromium.`);
  process.exit(0);
}

const packaged = process.env.NEWS_LENS_E2E_BUILT ? run('npm', ['run', '--silent', 'package:vsix']) : run('npm', ['run', 'package']);
if (packaged !== 0) {
  console.log('packaging the extension failed\n0 passing\n1 failing');
  process.exit(1);
}

const started = Date.now();
const mocha = join(projectRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const ui = run(process.execPath, [mocha, '--timeout', '240000', 'test/e2e/*.test.mjs']);
const host = run(process.execPath, [join(projectRoot, 'scripts', 'e2e', 'run-extension-tests.mjs')]);
console.log(`e2e: playwright tests ${ui === 0 ? 'passed' : 'FAILED'}, extension-host suite ${host === 0 ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(ui === 0 && host === 0 ? 0 : 1);
