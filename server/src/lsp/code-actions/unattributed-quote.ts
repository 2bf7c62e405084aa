// unattributed-quote: insert an attribution placeholder, "[SPEAKER] said", where the attribution goes
// (after the closing mark, the quotation's full stop turned into a comma; before the sentence's full stop
// for a partial quotation). The rule computed the edit in `data.placeholder`.
// Not applied on save: a placeholder is something for the writer to fill in, not a correction.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { dataEdit, type FixDocument } from './edits';
import type { Fix, FixKind } from './fix';
import { PLACEHOLDER } from '../../engine/rules/unattributed-quote';

function fix(doc: FixDocument, d: LspDiagnostic): Fix | undefined {
  const edit = dataEdit(doc, d, 'placeholder');
  if (!edit) return undefined;
  return { title: `Add an attribution placeholder (“…,” ${PLACEHOLDER})`, edits: [edit], preferred: true };
}

export const unattributedQuoteFixes: FixKind = {
  code: 'unattributed-quote',
  fixAllTitle: 'Add an attribution placeholder to every unattributed quotation',
  onSave: false,
  fixes(doc, d) {
    const f = fix(doc, d);
    return f ? [f] : [];
  },
  fixable(doc, d) {
    return dataEdit(doc, d, 'placeholder') !== undefined;
  },
  fixAll(doc, ds) {
    return ds.flatMap((d) => fix(doc, d)?.edits ?? []);
  },
};
