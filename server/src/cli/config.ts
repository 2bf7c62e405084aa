// The newsroom file for the command line: `--config PATH`, else .newslens.json in the current directory
// when there is one. Validated as the language server does it (server/src/config/newsroom-config.ts): each
// problem is one "FILE:LINE:COL: error: people[1].name: …" line for stderr, and the valid rest applies.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMPTY_NEWSROOM_CONFIG, formatProblem, parseNewsroomConfig } from '../config/newsroom-config';
import type { NewsroomConfig } from '../config/newsroom-config';
import { NEWSROOM_CONFIG_FILE } from '../protocol';
import type { AnalyzeOptions, Diagnostic } from '../protocol';

export interface CliConfig {
  config: NewsroomConfig;
  /** The file read, if any. */
  file?: string;
  /** Lines for stderr, one per problem. */
  messages: string[];
  /** Some problem lost data (an entry, a value, or the whole file): `check` fails on it. */
  errors: boolean;
  /** The file named by --config cannot be read: nothing is analysed. */
  fatal?: string;
}

export function loadCliConfig(cwd: string, explicit: string | undefined): CliConfig {
  // Messages name the file as the user would: relative to where the command runs.
  const file = explicit ?? NEWSROOM_CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // No .newslens.json here: the defaults apply. A file asked for by name must exist.
    if (!explicit && code === 'ENOENT') return { config: EMPTY_NEWSROOM_CONFIG, messages: [], errors: false };
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { config: EMPTY_NEWSROOM_CONFIG, file, messages: [], errors: true, fatal: `${file}: ${why}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { config, problems } = parseNewsroomConfig(text);
  return { config, file, messages: problems.map((p) => formatProblem(file, text, p)), errors: problems.some((p) => p.severity === 'error') };
}

/** The engine options the file gives. */
export function analyzeOptions(config: NewsroomConfig): Pick<AnalyzeOptions, 'knownPeople' | 'rules' | 'maxLength'> {
  return {
    knownPeople: config.people,
    rules: config.rules,
    ...(config.maxDocumentSize !== undefined ? { maxLength: config.maxDocumentSize } : {}),
  };
}

/**
 * The rules' severities and "off" over every diagnostic, as the language server publishes them: the engine
 * applies them to its rules, this covers the diagnostics made outside them (document-too-large).
 */
export function applyRules(diagnostics: Diagnostic[], rules: NewsroomConfig['rules']): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const setting = rules[d.code];
    if (setting === 'off') return [];
    return [setting ? { ...d, severity: setting } : d];
  });
}

/** `--config PATH` or `--config=PATH` taken out of the arguments. */
export function takeConfigFlag(args: string[]): { args: string[]; config?: string; error?: string } {
  const out: string[] = [];
  let config: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--config') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return { args: out, error: '--config needs a file, e.g. --config newsroom/.newslens.json' };
      config = next;
      i++;
    } else if (a.startsWith('--config=')) {
      config = a.slice('--config='.length);
      if (!config) return { args: out, error: '--config needs a file, e.g. --config=newsroom/.newslens.json' };
    } else out.push(a);
  }
  return { args: out, config };
}
