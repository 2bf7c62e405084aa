// The diagnostic rules, one per file. Severity comes from the rule's default unless settings override it.
import type { Rules } from '../../protocol';
import type { RawDiagnostic, Rule, RuleContext } from '../types';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuote } from './unbalanced-quote';
import { weekdayMismatch } from './weekday-mismatch';
import { nameVariant } from './name-variant';

export const RULES: Rule[] = [unattributedQuote, unbalancedQuote, weekdayMismatch, nameVariant];

export function runRules(ctx: RuleContext, settings: Rules = {}): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.code];
    if (setting === 'off') continue;
    const severity = setting ?? rule.defaultSeverity;
    // Object.assign, not { ...d, severity }: V8 gives every object spread-then-extended a hidden class of its own.
    for (const d of rule.check(ctx)) out.push(Object.assign({}, d, { severity }));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
