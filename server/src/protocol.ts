// The single source of the JSON contract shared by the engine, the CLI, the language server and the client.
// Everything that crosses a process boundary (analysis JSON, settings, .newslens.json) is a zod schema here;
// TypeScript types are inferred from the schemas so the two cannot drift apart.
import { z } from 'zod';

export const PositionSchema = z.object({
  line: z.number().int().nonnegative(),
  character: z.number().int().nonnegative(),
});
export const RangeSchema = z.object({ start: PositionSchema, end: PositionSchema });
export const TextSpanSchema = z.object({ text: z.string(), range: RangeSchema });

export const MentionKindSchema = z.enum(['full', 'surname', 'given', 'honorific', 'role', 'pronoun', 'variant']);
export const MentionSchema = TextSpanSchema.extend({ kind: MentionKindSchema.optional() });

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  mentions: z.array(MentionSchema),
  /** Every distinct spelling of the name seen in the text (for name-variant). */
  spellings: z.array(z.string()).optional(),
  /** True when the person comes from the newsroom's known-people list. */
  known: z.boolean().optional(),
});

export const QuoteKindSchema = z.enum(['speech', 'scare', 'title', 'nickname']);
export const QuoteSchema = z.object({
  /** The quoted words, without the quote marks. */
  text: z.string(),
  /** The quoted words' range, without the marks. */
  range: RangeSchema,
  kind: QuoteKindSchema,
  /** Canonical name, or a description for an anonymous source ("a spokesperson"); null when nobody is credited. */
  speaker: z.string().nullable(),
  /** The id of the person in `people`, when the speaker is one. */
  speakerId: z.string().nullable().optional(),
  /** The words that name the speaker for this quote ("he", "Ms Ashdown"). */
  speakerMention: TextSpanSchema.nullable(),
  /** The attribution cue ("said", "told reporters", "according to"). */
  cue: z.string().nullable(),
  cueRange: RangeSchema.nullable().optional(),
  /** Which marks the text actually has: a quote may lack its opening or closing mark. */
  opened: z.boolean().optional(),
  closed: z.boolean().optional(),
});

export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export const DateExprSchema = z.object({
  text: z.string(),
  range: RangeSchema,
  /** ISO date at the precision the text gives: YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved. */
  value: z.string().nullable(),
  precision: DatePrecisionSchema.optional(),
  /** "absolute" when the text names the date, "relative" when it was resolved against the publication date. */
  basis: z.enum(['absolute', 'relative']).optional(),
  /** How the value was reached, for hovers ("the Monday before the publication date, 2025-08-19"). */
  explanation: z.string().optional(),
});

export const PublishedSchema = z.object({
  value: z.string().nullable(),
  source: z.enum(['dateline', 'front-matter', 'header', 'inferred', 'none', 'option']),
  text: z.string().optional(),
  range: RangeSchema.optional(),
});

export const SeveritySchema = z.enum(['error', 'warning', 'information', 'hint']);
export const DiagnosticCodeSchema = z.enum([
  'unattributed-quote',
  'unbalanced-quote',
  'weekday-mismatch',
  'name-variant',
  'document-too-large',
]);
export const DiagnosticSchema = z.object({
  code: DiagnosticCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  range: RangeSchema,
  /** Rule-specific data the quick fixes use (e.g. the spellings of a name-variant). */
  data: z.record(z.string(), z.unknown()).optional(),
});

export const AnalysisSchema = z.object({
  file: z.string().optional(),
  published: PublishedSchema,
  people: z.array(PersonSchema),
  quotes: z.array(QuoteSchema),
  dates: z.array(DateExprSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Position = z.infer<typeof PositionSchema>;
export type Range = z.infer<typeof RangeSchema>;
export type TextSpan = z.infer<typeof TextSpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type MentionKind = z.infer<typeof MentionKindSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DateExpr = z.infer<typeof DateExprSchema>;
export type Published = z.infer<typeof PublishedSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;

// ---- Known people (the newsroom's list, in .newslens.json) ----
// Strict: a misspelt field ("role" for "roles") would otherwise lose data silently; the validator reports it
// and keeps the person (server/src/config/newsroom-config.ts).
const someText = (expected: string) => z.string({ error: `expected ${expected}` }).regex(/\S/, { error: `expected ${expected}, not blank` });
export const KnownPersonSchema = z.strictObject({
  name: someText('the house spelling of the full name, e.g. "Volodymyr Zelensky"').describe(
    'The house spelling of the full name, e.g. "Volodymyr Zelensky". Always recognised as a person, even mentioned once.',
  ),
  roles: z
    .array(someText('a role, e.g. "President of Ukraine"'), { error: 'expected a list of roles, e.g. ["President of Ukraine"]' })
    .default([])
    .describe('Roles shown in hovers even when the article gives none, e.g. ["President of Ukraine"].'),
  spellings: z
    .array(someText('a spelling, e.g. "Zelenskyy"'), { error: 'expected a list of other spellings, e.g. ["Zelenskyy"]' })
    .default([])
    .describe('Other spellings that name this person, e.g. ["Zelenskyy"] or ["Volodymyr Zelenskyy"]: recognised, and name-variant suggests the house spelling.'),
}, {
  error: (issue) => (issue.code === 'invalid_type' ? 'expected a person such as { "name": "Volodymyr Zelensky", "roles": ["President of Ukraine"] }' : undefined),
});
export type KnownPerson = z.infer<typeof KnownPersonSchema>;

export const RuleSettingSchema = z.enum(['off', 'error', 'warning', 'information', 'hint']);
export const RulesSchema = z.partialRecord(DiagnosticCodeSchema, RuleSettingSchema);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
export type Rules = z.infer<typeof RulesSchema>;

/** Options of the pure engine. */
export interface AnalyzeOptions {
  /** Reference date (YYYY-MM-DD) used when the article has no dateline; a dateline in the text wins. */
  published?: string;
  /**
   * The day the analysis runs (YYYY-MM-DD), given by the adapters (the engine reads no clock): only when the
   * text names no year, no dateline and no office-holder does a weekday-dated day ("Tuesday, March 10") take
   * its year from it — the fitting year nearest today.
   */
  today?: string;
  knownPeople?: KnownPerson[];
  rules?: Rules;
  /** Characters beyond which the document is not analysed (a document-too-large diagnostic says so). */
  maxLength?: number;
  /**
   * Called between the detectors' largest stages (after the people, after attribution), when each stage's
   * working objects are garbage: the language server runs a full garbage collection there on a long
   * document (see lsp/reclaim-memory.ts). Nothing else of the host is called.
   */
  betweenStages?: () => void;
}

// ---- Language-server settings (VS Code section "newsLens") and the server's custom notifications ----
// package.json's contributes.configuration is generated from SettingsSchema (scripts/generate-manifest.mjs),
// and the server validates what the editor sends with it, field by field: an invalid value falls back to
// its default with a message naming the setting, and the other settings are kept.
export const DEFAULT_DEBOUNCE_MS = 150;
/**
 * A wire dump's outline can hold tens of thousands of quotations: slow for an editor to show, and for a 10 MB
 * document it took the server's memory from ~270 to 320-390 MB (its objects and JSON). 5,000 is the
 * figure VS Code's JSON language server uses for the same reason (json.maxItemsComputed).
 */
export const DEFAULT_MAX_OUTLINE_QUOTES = 5000;
export const SettingsSchema = z.object({
  languages: z
    .array(z.string({ error: 'expected a language id' }).min(1, { error: 'expected a language id' }), {
      error: 'expected a list of language ids, e.g. ["article", "markdown"]',
    })
    .default(['article'])
    .describe('Language ids of the documents News Lens analyses. Add "markdown" or "plaintext" to analyse those too.'),
  debounceMs: z
    .number({ error: 'expected a number ≥ 0' })
    .min(0, { error: 'expected a number ≥ 0' })
    .max(60_000, { error: 'expected a number ≤ 60000' })
    .default(DEFAULT_DEBOUNCE_MS)
    .describe('Milliseconds to wait after the last edit before analysing the document again.'),
  maxDocumentSize: z
    .number({ error: 'expected a whole number of characters > 0' })
    .int({ error: 'expected a whole number of characters > 0' })
    .positive({ error: 'expected a whole number of characters > 0' })
    .default(5_000_000)
    .describe('Documents longer than this many characters are not analysed; an information diagnostic says so.'),
  maxOutlineQuotes: z
    .number({ error: 'expected a whole number of quotations > 0' })
    .int({ error: 'expected a whole number of quotations > 0' })
    .positive({ error: 'expected a whole number of quotations > 0' })
    .default(DEFAULT_MAX_OUTLINE_QUOTES)
    .describe('The outline lists at most this many quotations, the first in the document; an entry at its end says how many more there are.'),
  rules: RulesSchema.default({}).describe(
    'Severity per diagnostic code ("error", "warning", "information", "hint"), or "off" to turn a rule off, e.g. { "name-variant": "off" }.',
  ),
  docsBaseUrl: z
    .string({ error: 'expected a URL, or "" for the docs shipped with the extension' })
    .refine((s) => s === '' || /^(https?|file):\/\/\S+$/.test(s), { error: 'expected an http(s) or file URL, or "" for the docs shipped with the extension' })
    .default('')
    .describe('Where the diagnostic codes link to: `${docsBaseUrl}/<code>.md`. Empty: the rule docs shipped with the extension.'),
});
export type Settings = z.infer<typeof SettingsSchema>;

// ---- The newsroom file: .newslens.json at a workspace root (and the CLI's current directory) ----
// It wins over the settings (defaults < newsLens settings < .newslens.json): rules merge per code, the
// file's entry winning for its code. schemas/newslens.schema.json is generated from this schema
// (scripts/generate-manifest.mjs) for VS Code's completion and checks as the file is typed.
export const NEWSROOM_CONFIG_FILE = '.newslens.json';
export const NewsroomConfigSchema = z
  .strictObject({
    $schema: z.string({ error: 'expected the URL or path of a JSON schema' }).optional().describe('The JSON schema of this file, for editors.'),
    people: z
      .array(KnownPersonSchema, { error: 'expected a list of people, e.g. [{ "name": "Volodymyr Zelensky", "roles": ["President of Ukraine"] }]' })
      .optional()
      .describe('The people the newsroom covers: always recognised, with their roles in hovers and their house spelling preferred by name-variant.'),
    rules: RulesSchema.optional().describe(
      'Severity per diagnostic code ("error", "warning", "information", "hint"), or "off"; wins over the newsLens.rules setting for each code given.',
    ),
    maxDocumentSize: SettingsSchema.shape.maxDocumentSize
      .unwrap()
      .optional()
      .describe('Documents longer than this many characters are not analysed; wins over the newsLens.maxDocumentSize setting.'),
  })
  .describe('News Lens newsroom configuration (.newslens.json at the workspace root): known people and rule severities shared by the newsroom.');
export type NewsroomConfigFile = z.input<typeof NewsroomConfigSchema>;

/** Sent by the server after each publication of diagnostics: the counts the client's status item shows. */
export const STATUS_NOTIFICATION = 'newsLens/status';
export const StatusParamsSchema = z.object({
  uri: z.string(),
  version: z.number().int(),
  people: z.number().int().nonnegative(),
  /** Quotations of speech (scare quotes, titles and nicknames are not counted). */
  quotes: z.number().int().nonnegative(),
  /** Quotations of speech with no speaker. */
  unattributed: z.number().int().nonnegative(),
  /** True when the document is over newsLens.maxDocumentSize and was not analysed. */
  tooLarge: z.boolean(),
});
export type StatusParams = z.infer<typeof StatusParamsSchema>;

// ---- The workspace: "News Lens: Analyse Workspace" (a custom request) ----
/** Analyses every article file in the workspace folders, reporting $/progress on the params' workDoneToken; cancellable. */
export const ANALYSE_WORKSPACE_REQUEST = 'newsLens/analyseWorkspace';
/** The walk stops after this many article files, and the summary says so. */
export const MAX_WORKSPACE_FILES = 5000;
export const AnalyseWorkspaceParamsSchema = z.object({ workDoneToken: z.union([z.string(), z.number().int()]).optional() });
export type AnalyseWorkspaceParams = z.infer<typeof AnalyseWorkspaceParamsSchema>;
const count = z.number().int().nonnegative();
export const AnalyseWorkspaceResultSchema = z.object({
  /** Workspace folders searched. */
  folders: count,
  /** Article files found (at most MAX_WORKSPACE_FILES). */
  found: count,
  /** Article files analysed (fewer than found when cancelled; open documents count with their unsaved text). */
  files: count,
  /** Different people across the analysed files (by name, case-blind). */
  people: count,
  /** Quotations of speech, and those with no speaker. */
  quotes: count,
  unattributed: count,
  /** Diagnostics published (after the rules' severities and "off"), and the files that have any. */
  problems: count,
  filesWithProblems: count,
  /** Files not analysed: unreadable, or far over newsLens.maxDocumentSize. */
  skipped: count,
  /** True when the walk stopped at MAX_WORKSPACE_FILES files. */
  truncated: z.boolean(),
  /** True when the request was cancelled before every file was analysed. */
  cancelled: z.boolean(),
});
export type AnalyseWorkspaceResult = z.infer<typeof AnalyseWorkspaceResultSchema>;
