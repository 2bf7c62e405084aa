// unattributed-quote: insert an attribution placeholder, "[SPEAKER] said", where the attribution goes
// (after the closing mark, the quotation's full stop turned into a comma; before the sentence's full stop
// for a partial quotation). The rule computed the edit in `data.placeholder`.
// Not applied on save: a placeholder is something for the writer to fill in, not a correction.
import { singleEditFixKind } from './fix';
import { PLACEHOLDER } from '../../engine/rules/unattributed-quote';

export const unattributedQuoteFixes = singleEditFixKind('unattributed-quote', 'placeholder', {
  fixAllTitle: 'Add an attribution placeholder to every unattributed quotation',
  onSave: false,
  title: () => `Add an attribution placeholder (“…,” ${PLACEHOLDER})`,
});
