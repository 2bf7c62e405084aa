// The status item's text, kept apart from vscode so a unit test can check it.
import type { StatusParams } from '../../server/src/protocol';

export function summary(s: Pick<StatusParams, 'people' | 'quotes' | 'unattributed'>): string {
  return `News Lens: ${count(s.people, 'person', 'people')} · ${count(s.quotes, 'quote', 'quotes')} · ${s.unattributed} unattributed`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
