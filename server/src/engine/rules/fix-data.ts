// The text edit behind a quick fix, as a rule puts it in its diagnostic's `data` for the language server.
// Offsets are counted from the diagnostic's own start, not from the document's, so the edit stays right
// wherever the diagnostic's range is moved with its text; `replaces` is the text the edit overwrites (""
// for an insertion), so the server can check that the document still holds it before offering the fix.
export interface FixEdit {
  /** UTF-16 offset from the diagnostic's start where the edit begins. */
  from: number;
  /** Where it ends (equal to `from` for an insertion). */
  to: number;
  /** The new text. */
  text: string;
  /** The text it replaces. */
  replaces: string;
}

/** The edit replacing raw[start, end) by `text`, relative to a diagnostic starting at `anchor`. */
export function fixEdit(raw: string, anchor: number, start: number, end: number, text: string): FixEdit {
  return { from: start - anchor, to: end - anchor, text, replaces: raw.slice(start, end) };
}

/** Is `data[key]` a FixEdit (the shape the server reads back from JSON)? */
export function isFixEdit(v: unknown): v is FixEdit {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return Number.isInteger(e.from) && Number.isInteger(e.to) && (e.to as number) >= (e.from as number) && typeof e.text === 'string' && typeof e.replaces === 'string';
}
