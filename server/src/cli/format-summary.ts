// The CLI's readable (non-JSON) summary of an analysis.
import type { Analysis, Range } from '../protocol';

const at = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}`;
const clip = (s: string, n = 70) => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};

export function formatSummary(file: string, a: Analysis): string {
  const out: string[] = [];
  const pub = a.published.value ? `${a.published.value} (${a.published.source})` : 'unknown';
  out.push(`${file} — published ${pub}`);
  const speech = a.quotes.filter((q) => q.kind === 'speech');
  const unattributed = speech.filter((q) => q.speaker === null).length;
  out.push(`  People (${a.people.length})`);
  for (const p of a.people) {
    const quotes = speech.filter((q) => q.speakerId === p.id).length;
    const roles = p.roles.length ? ` — ${p.roles.join('; ')}` : '';
    out.push(`    ${p.name}${roles} (${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}, ${quotes} quote${quotes === 1 ? '' : 's'})`);
  }
  out.push(`  Quotes (${speech.length}, ${unattributed} unattributed)`);
  for (const q of speech) {
    const who = q.speaker ? `${q.speaker}${q.cue ? ` (${q.cue})` : ''}` : 'UNATTRIBUTED';
    out.push(`    ${at(q.range)}  ${who}: “${clip(q.text)}”`);
  }
  out.push(`  Dates (${a.dates.length})`);
  for (const d of a.dates) out.push(`    ${at(d.range)}  ${d.text} → ${d.value ?? '?'}`);
  out.push(`  Diagnostics (${a.diagnostics.length})`);
  for (const d of a.diagnostics) out.push(`    ${at(d.range)}  ${d.severity} ${d.code}: ${d.message}`);
  return out.join('\n');
}
