// unbalanced-quote: insert the missing mark where the quotation evidently ends (or begins). The rule
// computed the place and the mark (curly or straight, like the one that is there) in `data.insert`.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { dataEdit, type FixDocument } from './edits';
import type { Fix, FixKind } from './fix';

function fix(doc: FixDocument, d: LspDiagnostic): Fix | undefined {
  const edit = dataEdit(doc, d, 'insert');
  if (!edit) return undefined;
  const missing = (d.data as { missing?: string }).missing;
  const what = missing === 'opening' ? 'opening' : 'closing';
  // Where it goes, in a few words of the text, since it may be far from the reported mark.
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const where =
    missing === 'opening'
      ? `before “${words(doc.text.slice(edit.end, edit.end + 40)).slice(0, 3).join(' ')}…”`
      : `after “…${words(doc.text.slice(Math.max(0, edit.start - 40), edit.start)).slice(-3).join(' ')}”`;
  return { title: `Insert the missing ${what} mark ${edit.text} ${where}`, edits: [edit], preferred: true };
}

export const unbalancedQuoteFixes: FixKind = {
  code: 'unbalanced-quote',
  fixAllTitle: 'Insert every missing quotation mark in the document',
  onSave: true,
  fixes(doc, d) {
    const f = fix(doc, d);
    return f ? [f] : [];
  },
  fixable(doc, d) {
    return dataEdit(doc, d, 'insert') !== undefined;
  },
  fixAll(doc, ds) {
    return ds.flatMap((d) => fix(doc, d)?.edits ?? []);
  },
};
