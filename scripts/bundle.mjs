// Bundles the three entry points with esbuild: the CLI (which also starts the stdio server), the server
// started by the VS Code client over IPC, and the client. `vscode` stays external: the editor provides it.
import { build } from 'esbuild';

// jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow; its ESM build
// bundles cleanly (the alias, not mainFields, so no other package changes build).
const alias = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning', alias };
await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }).catch(() => {}),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }).catch(() => {}),
]);
