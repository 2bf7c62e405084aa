// unbalanced-quote: insert the missing mark where the quotation evidently ends (or begins). The rule
// computed the place and the mark (curly or straight, like the one that is there) in `data.insert`.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { FixDocument, OffsetEdit } from './edits';
import { singleEditFixKind } from './fix';

/** The action's title: "Insert the missing closing mark ” after “…the next flood”". */
function title(doc: FixDocument, d: LspDiagnostic, edit: OffsetEdit): string {
  const missing = (d.data as { missing?: string }).missing;
  const what = missing === 'opening' ? 'opening' : 'closing';
  // Where it goes, in a few words of the text, since it may be far from the reported mark.
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const where =
    missing === 'opening'
      ? `before “${words(doc.text.slice(edit.end, edit.end + 40)).slice(0, 3).join(' ')}…”`
      : `after “…${words(doc.text.slice(Math.max(0, edit.start - 40), edit.start)).slice(-3).join(' ')}”`;
  return `Insert the missing ${what} mark ${edit.text} ${where}`;
}

export const unbalancedQuoteFixes = singleEditFixKind('unbalanced-quote', 'insert', {
  fixAllTitle: 'Insert every missing quotation mark in the document',
  onSave: true,
  title,
});
