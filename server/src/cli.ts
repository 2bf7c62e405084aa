// The `news-lens` command line: analyze, check, serve. A thin adapter around the engine.
import { analyze } from './engine';
import type { Analysis } from './protocol';
import { readArticle } from './cli/read-article';
import { formatSummary } from './cli/format-summary';
import { todayIso } from './clock';
import { analyzeOptions, applyRules, loadCliConfig, takeConfigFlag } from './cli/config';

const USAGE = `usage:
  news-lens analyze [--json] [--config FILE] FILE...   people, dates, quotations and their speakers
  news-lens check [--config FILE] FILE...              copy-desk problems as file:line:col lines; exit 1 when any
  news-lens serve --stdio                              the language server, for any LSP editor
analyze and check read the newsroom file .newslens.json in the current directory, or the one --config names.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...given] = argv;
  // --config takes a value; the other options are flags.
  const taken = command === 'analyze' || command === 'check' ? takeConfigFlag(given) : { args: given, config: undefined, error: undefined };
  const rest = taken.args;
  const flags = rest.filter((a) => a.startsWith('--'));
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command === 'serve') {
    const { startServer } = await import('./lsp/server');
    startServer();
    return -1; // keeps running
  }
  if (command !== 'analyze' && command !== 'check') {
    process.stderr.write((command && command !== '--help' && command !== '-h' ? `news-lens: unknown command "${command}"\n` : '') + USAGE + '\n');
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const unknown = flags.filter((f) => !(command === 'analyze' && f === '--json'));
  if (unknown.length) {
    process.stderr.write(`news-lens ${command}: unknown option ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  if (taken.error) {
    process.stderr.write(`news-lens ${command}: ${taken.error}\n${USAGE}\n`);
    return 2;
  }
  if (!files.length) {
    process.stderr.write(`news-lens ${command}: no files given\n${USAGE}\n`);
    return 2;
  }
  const newsroom = loadCliConfig(process.cwd(), taken.config);
  if (newsroom.fatal) {
    process.stderr.write(`news-lens: ${newsroom.fatal}\n`);
    return 2;
  }
  // Problems in the newsroom file: reported, the valid rest applied; `check` fails on those that lose data.
  for (const m of newsroom.messages) process.stderr.write(`news-lens: ${m}\n`);
  const options = analyzeOptions(newsroom.config);
  let failed = false;
  let findings = false;
  const results: Array<Analysis & { file: string }> = [];
  for (const file of files) {
    const read = readArticle(file);
    if (!read.ok) {
      process.stderr.write(`news-lens: ${read.error}\n`);
      failed = true;
      continue;
    }
    const analyzed = analyze(read.text, { today: todayIso(), ...options });
    const analysis = { file, ...analyzed, diagnostics: applyRules(analyzed.diagnostics, newsroom.config.rules) };
    if (command === 'check') {
      for (const d of analysis.diagnostics) {
        process.stdout.write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
        if (d.severity === 'error' || d.severity === 'warning') findings = true;
      }
    } else if (flags.includes('--json')) {
      results.push(analysis);
    } else {
      process.stdout.write(formatSummary(file, analysis) + '\n\n');
    }
  }
  if (command === 'analyze' && flags.includes('--json')) process.stdout.write(JSON.stringify(results, null, 1) + '\n');
  if (command === 'check' && newsroom.errors) findings = true;
  return failed ? 2 : findings ? 1 : 0;
}

/** Runs the CLI as a process: sets the exit code; `serve` keeps the process alive. */
export function run(argv: string[]): void {
  // `news-lens analyze … | head`: the reader leaves early; stop quietly, as Unix tools do, instead of a
  // stack trace. (serve's stdout is the protocol connection, which handles its own end.)
  if (argv[0] !== 'serve') {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  main(argv).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`news-lens: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}

// `node dist/cli.js …` runs it too (bin/news-lens.js requires this module and calls run itself).
if (require.main === module) run(process.argv.slice(2));
