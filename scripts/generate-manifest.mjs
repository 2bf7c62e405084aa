// Writes what the manifest says about configuration from the zod schemas in server/src/protocol.ts, so what
// VS Code shows and checks and what the server validates come from one typed source:
//   - package.json contributes.configuration, from SettingsSchema (the "newsLens" settings);
//   - schemas/newslens.schema.json, from NewsroomConfigSchema (the newsroom file .newslens.json), and
//     package.json contributes.jsonValidation pointing VS Code at it, so the file is completed and
//     checked as it is typed.
//   node scripts/generate-manifest.mjs          update what is out of date (only those keys and that file)
//   node scripts/generate-manifest.mjs --check  exit 1 when any of them is out of date (CI)
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'package.json');
const SCHEMA_FILE = 'schemas/newslens.schema.json';
const schemaPath = join(root, SCHEMA_FILE);
const check = process.argv.includes('--check');

const { SettingsSchema, NewsroomConfigSchema, NEWSROOM_CONFIG_FILE, z } = await loadProtocol();
const configuration = {
  title: 'News Lens',
  properties: Object.fromEntries(
    Object.entries(SettingsSchema.shape).map(([key, schema], order) => [`newsLens.${key}`, { ...vscodeSchema(z, `newsLens.${key}`, schema), order }]),
  ),
};
const jsonValidation = [{ fileMatch: NEWSROOM_CONFIG_FILE, url: `./${SCHEMA_FILE}` }];
const schemaText = JSON.stringify(newsroomSchema(z, NewsroomConfigSchema), null, 2) + '\n';

const text = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(text);
const stale = [];
if (JSON.stringify(manifest.contributes?.configuration ?? null) !== JSON.stringify(configuration)) stale.push('package.json contributes.configuration');
if (JSON.stringify(manifest.contributes?.jsonValidation ?? null) !== JSON.stringify(jsonValidation)) stale.push('package.json contributes.jsonValidation');
if (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== schemaText) stale.push(SCHEMA_FILE);

if (check) {
  if (stale.length) {
    process.stderr.write(`Out of date with server/src/protocol.ts: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.\n`);
    process.exit(1);
  }
  process.stdout.write(`package.json contributes.configuration, contributes.jsonValidation and ${SCHEMA_FILE} are up to date.\n`);
} else if (!stale.length) {
  process.stdout.write('Already up to date.\n');
} else {
  if (stale.some((s) => s.startsWith('package.json'))) {
    manifest.contributes = { ...manifest.contributes, configuration, jsonValidation };
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  }
  if (stale.includes(SCHEMA_FILE)) {
    mkdirSync(dirname(schemaPath), { recursive: true });
    writeFileSync(schemaPath, schemaText);
  }
  process.stdout.write(`Written: ${stale.join(', ')}\n`);
}

/** protocol.ts is TypeScript: bundle it (with its zod) to a temporary CommonJS file and load that. */
async function loadProtocol() {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-manifest-'));
  try {
    const entry = join(dir, 'entry.ts');
    const protocol = JSON.stringify(join(root, 'server/src/protocol.ts'));
    writeFileSync(entry, `export { SettingsSchema, NewsroomConfigSchema, NEWSROOM_CONFIG_FILE } from ${protocol};\nexport { z } from 'zod';\n`);
    const outfile = join(dir, 'protocol.cjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', nodePaths: [join(root, 'node_modules')] });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One setting's JSON schema in the dialect VS Code reads (draft 7). */
function vscodeSchema(z, name, schema) {
  const json = vscodeDialect(z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }));
  delete json.$schema;
  if (!json.description) throw new Error(`setting ${name} has no .describe() text in SettingsSchema`);
  return json;
}

/** The JSON schema of .newslens.json: every field described, comments allowed, a snippet for a new person. */
function newsroomSchema(z, schema) {
  const json = vscodeDialect(z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }));
  const missing = Object.entries(json.properties).filter(([, p]) => !p.description).map(([k]) => k);
  if (missing.length) throw new Error(`.newslens.json fields without a .describe() text in NewsroomConfigSchema: ${missing.join(', ')}`);
  const person = json.properties.people.items;
  for (const [k, p] of Object.entries(person.properties)) if (!p.description) throw new Error(`people[].${k} has no .describe() text in KnownPersonSchema`);
  // VS Code's completion offers this when a new entry is started in "people".
  person.defaultSnippets = [
    { label: 'New person', description: 'A person the newsroom covers', body: { name: '$1', roles: ['$2'], spellings: [] } },
  ];
  return {
    $schema: json.$schema,
    title: 'News Lens newsroom configuration (.newslens.json)',
    ...json,
    // The server reads the file as JSONC (server/src/config/newsroom-config.ts): VS Code should not flag comments either.
    allowComments: true,
    allowTrailingCommas: true,
  };
}

/**
 * zod's draft-7 output, adjusted where VS Code reads it otherwise: a record keyed by rule code gets each
 * code as a property (so codes and severities are completed), zod's integer bound is dropped, and a
 * "not blank" pattern gets a message VS Code shows instead of the regular expression.
 */
function vscodeDialect(json) {
  if (Array.isArray(json)) return json.map(vscodeDialect);
  if (!json || typeof json !== 'object') return json;
  const out = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, vscodeDialect(v)]));
  if (out.maximum === Number.MAX_SAFE_INTEGER) delete out.maximum;
  if (out.pattern === '\\S') out.patternErrorMessage = 'Expected some text, not a blank string.';
  if (out.type === 'object' && out.propertyNames?.enum && out.additionalProperties) {
    const value = out.additionalProperties;
    out.properties = Object.fromEntries(out.propertyNames.enum.map((code) => [code, { ...value, description: `Severity of ${code} diagnostics, or "off".` }]));
    out.additionalProperties = false;
    delete out.propertyNames;
  }
  return out;
}
