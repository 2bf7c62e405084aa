// Writes package.json's contributes.configuration from SettingsSchema (server/src/protocol.ts), so the
// settings VS Code shows and the ones the server validates come from one typed source.
//   node scripts/generate-manifest.mjs          update package.json (only the contributes.configuration key)
//   node scripts/generate-manifest.mjs --check  exit 1 when package.json is out of date (CI)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'package.json');
const check = process.argv.includes('--check');

const { SettingsSchema, z } = await loadProtocol();
const configuration = {
  title: 'News Lens',
  properties: Object.fromEntries(
    Object.entries(SettingsSchema.shape).map(([key, schema], order) => [`newsLens.${key}`, { ...vscodeSchema(z, key, schema), order }]),
  ),
};

const text = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(text);
const current = JSON.stringify(manifest.contributes?.configuration ?? null);
if (check) {
  if (current !== JSON.stringify(configuration)) {
    process.stderr.write('package.json contributes.configuration is out of date with SettingsSchema: run `npm run generate` and commit package.json.\n');
    process.exit(1);
  }
  process.stdout.write('package.json contributes.configuration is up to date.\n');
} else if (current === JSON.stringify(configuration)) {
  process.stdout.write('package.json contributes.configuration already up to date.\n');
} else {
  manifest.contributes = { ...manifest.contributes, configuration };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  process.stdout.write(`package.json contributes.configuration written: ${Object.keys(configuration.properties).join(', ')}\n`);
}

/** protocol.ts is TypeScript: bundle it (with its zod) to a temporary CommonJS file and load that. */
async function loadProtocol() {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-manifest-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { SettingsSchema } from ${JSON.stringify(join(root, 'server/src/protocol.ts'))};\nexport { z } from 'zod';\n`);
    const outfile = join(dir, 'protocol.cjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', nodePaths: [join(root, 'node_modules')] });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One setting's JSON schema in the dialect VS Code reads (draft 7), with a record of rules spelt out. */
function vscodeSchema(z, key, schema) {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
  delete json.$schema;
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  // A record keyed by rule code: list each code as a property so VS Code completes codes and severities.
  if (json.type === 'object' && json.propertyNames?.enum && json.additionalProperties) {
    const value = json.additionalProperties;
    json.properties = Object.fromEntries(
      json.propertyNames.enum.map((code) => [code, { ...value, description: `Severity of ${code} diagnostics, or "off".` }]),
    );
    json.additionalProperties = false;
    delete json.propertyNames;
  }
  if (!json.description) throw new Error(`setting newsLens.${key} has no .describe() text in SettingsSchema`);
  return json;
}
