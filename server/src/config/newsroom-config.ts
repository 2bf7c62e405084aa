// Reads the newsroom file (.newslens.json) and validates it field by field with NewsroomConfigSchema, so that
// one bad entry costs only that entry: a person with an invalid field is dropped, the other people kept; a
// bad rule severity drops that rule only; an unknown field is reported and ignored. Every problem names the
// field ("people[1].roles[0]") and carries the offsets of the offending JSON node, for a diagnostic on the
// file itself (language server) or a file:line:col line (CLI). Comments and trailing commas are allowed
// (JSONC, as in VS Code's own settings files); a syntax error is located, and what parses is still used.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { DiagnosticCodeSchema, KnownPersonSchema, NewsroomConfigSchema, RuleSettingSchema } from '../protocol';
import type { KnownPerson, Rules } from '../protocol';

/** What the rest of News Lens uses from the file: only the valid parts. */
export interface NewsroomConfig {
  people: KnownPerson[];
  rules: Rules;
  maxDocumentSize?: number;
}

export type ConfigProblemCode = 'config-syntax' | 'config-invalid' | 'config-unknown-field' | 'config-duplicate';

export interface ConfigProblem {
  code: ConfigProblemCode;
  /** Errors lose data (an entry or a value is ignored); warnings do not (an unknown field, a repeat). */
  severity: 'error' | 'warning';
  /** The field as the message names it: "people[1].name", "rules.name-variant"; "" for the whole file. */
  field: string;
  /** The whole message, starting with the field: "people[1].name: expected …; this person is ignored". */
  message: string;
  /** The offending node's span in the file's text (UTF-16 offsets). */
  offset: number;
  length: number;
}

export interface ParsedNewsroomConfig {
  config: NewsroomConfig;
  problems: ConfigProblem[];
}

export const EMPTY_NEWSROOM_CONFIG: NewsroomConfig = Object.freeze({ people: [], rules: {} }) as NewsroomConfig;

type Path = Array<string | number>;

const TOP_FIELDS = Object.keys(NewsroomConfigSchema.shape);
const PERSON_FIELDS = Object.keys(KnownPersonSchema.shape);
/** The person schema without its strictness: unknown fields are reported by hand and the person kept. */
const LenientPersonSchema = KnownPersonSchema.strip();

export function parseNewsroomConfig(text: string): ParsedNewsroomConfig {
  const problems: ConfigProblem[] = [];
  const config: NewsroomConfig = { people: [], rules: {} };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    problems.push({ code: 'config-syntax', severity: 'error', field: '', message: `syntax error: ${SYNTAX[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`, offset: e.offset, length: Math.max(e.length, 1) });
  }
  // An empty file (or only comments) configures nothing; the syntax error above already says so.
  if (!root) return { config, problems };
  const at = (node: JsonNode, path: Path, severity: ConfigProblem['severity'], code: ConfigProblemCode, what: string) => {
    const field = fieldName(path);
    problems.push({ code, severity, field, message: field ? `${field}: ${what}` : what, offset: node.offset, length: node.length });
  };
  if (root.type !== 'object') {
    at(root, [], 'error', 'config-invalid', `expected an object such as { "people": [ … ], "rules": { … } }, got ${show(getNodeValue(root))}; the file is ignored`);
    return { config, problems };
  }

  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue; // "key" with no value: the syntax error covers it
    const key = String(keyNode.value);
    switch (key) {
      case 'people':
        config.people = readPeople(valueNode);
        break;
      case 'rules':
        config.rules = readRules(valueNode);
        break;
      default: {
        if (!TOP_FIELDS.includes(key)) {
          at(keyNode, [key], 'warning', 'config-unknown-field', `unknown field ${unknown(key, TOP_FIELDS, 'the fields are')}; ignored`);
          break;
        }
        const schema = NewsroomConfigSchema.shape[key as keyof typeof NewsroomConfigSchema.shape];
        const value = getNodeValue(valueNode);
        const result = schema.safeParse(value);
        if (!result.success) at(valueNode, [key], 'error', 'config-invalid', `${firstMessage(result.error)}, got ${show(value)}; ignored`);
        else if (key === 'maxDocumentSize' && typeof result.data === 'number') config.maxDocumentSize = result.data;
      }
    }
  }
  return { config, problems };

  function readPeople(node: JsonNode): KnownPerson[] {
    if (node.type !== 'array') {
      const result = NewsroomConfigSchema.shape.people.safeParse(getNodeValue(node));
      at(node, ['people'], 'error', 'config-invalid', `${result.success ? 'expected a list' : firstMessage(result.error)}, got ${show(getNodeValue(node))}; no people are read from the file`);
      return [];
    }
    const people: KnownPerson[] = [];
    const seen = new Map<string, number>();
    (node.children ?? []).forEach((entry, i) => {
      const value = getNodeValue(entry);
      const strict = KnownPersonSchema.safeParse(value);
      let dropped = false;
      for (const issue of strict.success ? [] : strict.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const k of issue.keys) {
            const keyNode = findNodeAtLocation(entry, [...(issue.path as Path), k])?.parent?.children?.[0] ?? entry;
            at(keyNode, ['people', i, ...(issue.path as Path), k], 'warning', 'config-unknown-field', `unknown field ${unknown(k, PERSON_FIELDS, 'a person has')}; ignored`);
          }
          continue;
        }
        dropped = true;
        const path = issue.path as Path;
        // A missing field has no node of its own: the entry is what is wrong.
        const target = findNodeAtLocation(entry, path) ?? entry;
        const got = path.length ? findNodeAtLocation(entry, path) : entry;
        const gotText = got ? `, got ${show(getNodeValue(got))}` : '';
        const missing = !got && issue.code === 'invalid_type' ? ' (missing)' : '';
        at(target, ['people', i, ...path], 'error', 'config-invalid', `${issue.message}${missing}${gotText}; this person is ignored`);
      }
      if (dropped) return;
      const person = LenientPersonSchema.safeParse(value);
      if (!person.success) return; // cannot happen: the strict parse failed only on unknown fields
      const key = person.data.name.trim().toLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined) {
        const nameNode = findNodeAtLocation(entry, ['name']) ?? entry;
        at(nameNode, ['people', i, 'name'], 'warning', 'config-duplicate', `"${person.data.name}" is listed already at people[${first}]; this entry is ignored`);
        return;
      }
      seen.set(key, i);
      people.push({ name: person.data.name.trim(), roles: person.data.roles.map((r) => r.trim()), spellings: person.data.spellings.map((s) => s.trim()) });
    });
    return people;
  }

  function readRules(node: JsonNode): Rules {
    if (node.type !== 'object') {
      at(node, ['rules'], 'error', 'config-invalid', `expected an object such as { "name-variant": "off" }, got ${show(getNodeValue(node))}; the rules are ignored`);
      return {};
    }
    const rules: Rules = {};
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const code = DiagnosticCodeSchema.safeParse(keyNode.value);
      if (!code.success) {
        at(keyNode, ['rules', String(keyNode.value)], 'warning', 'config-unknown-field', `unknown rule ${unknown(String(keyNode.value), DiagnosticCodeSchema.options, 'the rules are')}; ignored`);
        continue;
      }
      const value = getNodeValue(valueNode);
      const setting = RuleSettingSchema.safeParse(value);
      if (setting.success) rules[code.data] = setting.data;
      else at(valueNode, ['rules', code.data], 'error', 'config-invalid', `expected one of ${RuleSettingSchema.options.map((o) => `"${o}"`).join(', ')}, got ${show(value)}; this rule keeps its severity from the settings`);
    }
    return rules;
  }
}

/** "FILE:LINE:COL: error: people[1].name: …" (1-based, as compilers and `news-lens check` print positions). */
export function formatProblem(file: string, text: string, p: ConfigProblem): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < p.offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${file}:${line}:${p.offset - lineStart + 1}: ${p.severity}: ${p.message}`;
}

/** ["people", 1, "roles", 0] → "people[1].roles[0]". */
export function fieldName(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid value';
}

/** `"role" (did you mean "roles"?)` for a near miss ("role", "speling", "name-varient"), else the list of what is known. */
function unknown(given: string, known: readonly string[], listIntro: string): string {
  const near = known.find((k) => distance(given.toLowerCase(), k.toLowerCase()) <= Math.min(2, Math.floor(k.length / 3)));
  return `"${given}" (${near ? `did you mean "${near}"?` : `${listIntro} ${known.join(', ')}`})`;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

function show(value: unknown): string {
  const s = JSON.stringify(value);
  if (s === undefined) return String(value);
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

/** jsonc-parser's error codes in words. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'comment not closed',
  UnexpectedEndOfString: 'string not closed',
  UnexpectedEndOfNumber: 'number not finished',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};
