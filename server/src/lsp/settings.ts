// The "newsLens" settings, validated field by field with SettingsSchema: an invalid value falls back to its
// default and yields a message naming the setting, the valid ones are kept. Keys the server does not know
// (client-only settings such as newsLens.trace.server) are ignored.
import { DiagnosticCodeSchema, RuleSettingSchema, SettingsSchema } from '../protocol';
import type { Rules, Settings } from '../protocol';

export interface ParsedSettings {
  settings: Settings;
  /** One line per invalid value, naming the setting: "newsLens.debounceMs: expected a number ≥ 0, got "fast"; using the default 150". */
  problems: string[];
}

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  const settings = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`newsLens: expected an object of settings, got ${show(raw)}; using the defaults`);
    return { settings, problems };
  }
  const given = raw as Record<string, unknown>;
  const shape = SettingsSchema.shape;
  for (const key of Object.keys(shape) as Array<keyof Settings>) {
    const value = given[key];
    if (value === undefined || value === null) continue;
    if (key === 'rules') {
      settings.rules = parseRules(value, problems);
      continue;
    }
    const result = shape[key].safeParse(value);
    if (result.success) (settings as Record<string, unknown>)[key] = result.data;
    else problems.push(`newsLens.${key}: ${result.error.issues[0]?.message ?? 'invalid value'}, got ${show(value)}; using the default ${show(DEFAULT_SETTINGS[key])}`);
  }
  return { settings, problems };
}

/** Rule by rule: one bad severity does not throw away the others. */
function parseRules(value: unknown, problems: string[]): Rules {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`newsLens.rules: expected an object such as { "name-variant": "off" }, got ${show(value)}; using the default {}`);
    return {};
  }
  const rules: Rules = {};
  for (const [code, setting] of Object.entries(value)) {
    const knownCode = DiagnosticCodeSchema.safeParse(code);
    if (!knownCode.success) {
      problems.push(`newsLens.rules: unknown rule "${code}" (the rules are ${DiagnosticCodeSchema.options.join(', ')}); ignored`);
      continue;
    }
    const severity = RuleSettingSchema.safeParse(setting);
    if (severity.success) rules[knownCode.data] = severity.data;
    else problems.push(`newsLens.rules.${code}: expected one of ${RuleSettingSchema.options.map((o) => `"${o}"`).join(', ')}, got ${show(setting)}; using the rule's default severity`);
  }
  return rules;
}

function show(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 80 ? s.slice(0, 79) + '…' : s;
  } catch {
    return String(value);
  }
}

/**
 * The settings sent in initializationOptions: `{ "newsLens": { ... } }` or the settings object itself
 * (what Neovim's `init_options` or Helix's `config` naturally hold).
 */
export function settingsFromInitOptions(options: unknown): unknown {
  if (!options || typeof options !== 'object') return undefined;
  const o = options as Record<string, unknown>;
  if (o.newsLens && typeof o.newsLens === 'object') return o.newsLens;
  if (o.settings && typeof o.settings === 'object') return settingsFromInitOptions(o.settings);
  return Object.keys(SettingsSchema.shape).some((k) => k in o) ? o : undefined;
}
