// Formats the bench results as the compact table `npm run bench` prints.
const MB = 1e6;

export function formatTable(r) {
  const lines = [];
  const m = r.machine;
  lines.push(`News Lens bench${r.quick ? ' (--quick)' : ''}: Node ${m.node}, ${m.cpus} CPUs (${m.cpu}), ${r.date}`);
  lines.push(`Inputs: ${r.sources.count} source articles (${r.sources.from}, ${kb(r.sources.bytes)}), repeated with varied names and figures.`);
  lines.push('');

  if (r.engine.length) {
    lines.push('Full analysis, analyze() in-process, no size limit: median of the runs after warm-up, a fresh variant per run, in the');
    lines.push('middle one of several processes, run in rounds over the sizes ("processes": each one\'s median, ms);');
    lines.push('"first ms": the first analysis at that size in the process (cold: V8 has not yet optimised for it), not in the median;');
    lines.push('"warming ms": the median of the untimed runs after it, while V8 settles at that size (not in the median either).');
    lines.push('"ref ms": a fixed CPU loop timed in the same process before and after (this host\'s speed drifts: a slow row with a high ref is the machine).');
    const base = r.engine[0];
    const perMB = (x) => x.medianMs / (x.bytes / MB);
    lines.push(
      table(
        ['size', 'chars', 'runs', 'median ms', 'MB/s', 'ms per MB', 'vs smallest', 'first ms', 'warming ms', 'peak RSS MB', 'ref ms', 'processes'],
        r.engine.map((x) => [sz(x.bytes), x.chars, x.runs, f(x.medianMs, 2), f(x.bytes / MB / (x.medianMs / 1000), 2), f(perMB(x), 1), f(perMB(x) / perMB(base), 2) + '×', x.firstMs === undefined ? 'n/a' : f(x.firstMs, 0), x.warmingMs === undefined ? 'n/a' : f(x.warmingMs, x.warmingMs < 10 ? 2 : 0), f(x.peakRssMB, 0), f(x.referenceMs, 1), (x.processMedians ?? []).map((m) => f(m, m < 10 ? 2 : 0)).join(' / ')]),
      ),
    );
    const ratios = r.engine.map((x) => perMB(x) / perMB(base));
    const last = r.engine[r.engine.length - 1];
    lines.push(
      `Linearity: time per MB at ${sz(last.bytes)} ÷ at ${sz(base.bytes)} = ${f(perMB(last) / perMB(base), 2)}; ` +
        `spread across sizes (max ÷ min) = ${f(Math.max(...ratios) / Math.min(...ratios), 2)}`,
    );
    const found = base.found;
    if (found) lines.push(`Found in the ${sz(base.bytes)} document: ${found.people} people, ${found.quotes} quotes, ${found.dates} dates, ${found.diagnostics} diagnostics.`);
    const inc = r.incremental;
    if (inc && !inc.skipped) {
      lines.push(
        `Typing in ${sz(inc.bytes)} (in-process, ${inc.runs} edits): createAnalyzer() p50 ${f(inc.incremental.p50, 1)} ms, p99 ${f(inc.incremental.p99, 1)} ms; ` +
          `a fresh analyze() p50 ${f(inc.fresh.p50, 1)} ms, p99 ${f(inc.fresh.p99, 1)} ms${inc.differ ? ` — ${inc.differ} RESULTS DIFFERED` : '; results identical'}.`,
      );
    }
    lines.push('');
  }

  if (r.alternative.length) {
    lines.push('Alternative: compromise people() + chrono-node parse + quote regex, paragraph by paragraph (same documents)');
    lines.push(
      table(
        ['size', 'runs', 'median ms', 'MB/s', 'peak RSS MB', 'found (people/quotes/dates)', 'News Lens ÷ alternative'],
        r.alternative.map((x) => {
          const ours = r.engine.find((e) => e.bytes >= x.bytes * 0.95 && e.bytes <= x.bytes * 1.05);
          const ratio = ours ? `${f(x.medianMs / x.bytes / (ours.medianMs / ours.bytes), 0)}×` : 'n/a';
          return [sz(x.bytes), x.runs, f(x.medianMs, 0), f(x.bytes / MB / (x.medianMs / 1000), 3), f(x.peakRssMB, 0), `${x.found.people}/${x.found.quotes}/${x.found.dates}`, ratio];
        }),
      ),
    );
    lines.push('');
  }

  const s = r.server;
  if (s) {
    lines.push(`Language server over stdio (${s.command}):`);
    lines.push(
      table(
        ['request', 'document', 'n', 'p50 ms', 'p99 ms', 'max ms'],
        s.requests.map((q) => [q.method, sz(q.docBytes), q.n, f(q.p50, 2), f(q.p99, 2), f(q.max, 2)]),
      ),
    );
    for (const d of [s.didChange, s.didChangeDebounced].filter(Boolean)) {
      lines.push(`Edit → fresh diagnostics on ${sz(d.docBytes)} (${d.how}): p50 ${f(d.p50, 1)} ms, p99 ${f(d.p99, 1)} ms, max ${f(d.max, 1)} ms over ${d.n} typing-like edits${d.warmup ? ` after ${d.warmup} untimed` : ''}.`);
    }
    if (s.symbolsAfterEdit) {
      const d = s.symbolsAfterEdit;
      lines.push(`documentSymbol on ${sz(d.docBytes)}, the first request after each edit (builds the new version's outline and lookup index): p50 ${f(d.p50, 2)} ms, p99 ${f(d.p99, 2)} ms, max ${f(d.max, 2)} ms over ${d.n} edits.`);
    }
    if (s.startup) {
      lines.push(`Start-up (spawn → first diagnostics of a ${sz(s.startup.docBytes)} article, default settings): ${f(s.startup.ms, 0)} ms; initialize answered after ${f(s.startup.initializeMs, 0)} ms.`);
    }
    for (const mem of s.memory ?? []) {
      lines.push(
        `With a ${sz(mem.docBytes)} document open (${mem.setting}): server peak memory VmHWM ${f(mem.vmHwmMB, 0)} MB (VmRSS ${f(mem.vmRssMB, 0)} MB); ` +
          `diagnostics after ${f(mem.analysedMs, 0)} ms: ${mem.summary}.` +
          (mem.outline ? ` Outline there: ${f(mem.outline.ms, 0)} ms, ${mem.outline.entries} entries${mem.outline.more ? ` (${mem.outline.more})` : ''}.` : '') +
          (mem.hover ? ` Hover there: first ${f(mem.firstHoverMs, 0)} ms (builds the index), then p50 ${f(mem.hover.p50, 2)} ms, p99 ${f(mem.hover.p99, 2)} ms (n=${mem.hover.n}).` : ''),
      );
    }
    lines.push('');
  }
  lines.push(...targets(r));
  lines.push(`Total bench time: ${f(r.totalSeconds, 0)} s.`);
  return lines.join('\n');
}

/** A plain-text table: the first `leftColumns` columns aligned left (words), the rest right (numbers). */
function table(header, rows, leftColumns = 1) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const fmt = (row) => '  ' + row.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(cells[0]), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
}

function f(x, digits) {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

function sz(bytes) {
  return bytes >= 0.95 * MB ? `${f(bytes / MB, bytes >= 9.5 * MB ? 0 : 1)} MB` : `${f(bytes / 1000, 0)} KB`;
}

function kb(bytes) {
  return `${f(bytes / 1000, 0)} KB`;
}

/** The figures issue 4 asks for, each beside its target: a summary for the reader, not a test. */
function targets(r) {
  const rows = [];
  const check = (ok) => (ok === undefined ? '  ?' : ok ? 'yes' : ' NO');
  const add = (what, measured, ok) => rows.push([what, measured, check(ok)]);
  if (r.engine.length) {
    const perMB = (x) => x.medianMs / (x.bytes / MB);
    const slowest = Math.min(...r.engine.map((x) => x.bytes / MB / (x.medianMs / 1000)));
    const refs = r.engine.map((x) => x.referenceMs).filter(Number.isFinite);
    const refRange = refs.length ? ` (ref ${f(Math.min(...refs), 1)}–${f(Math.max(...refs), 1)} ms)` : '';
    add('full analysis ≥ 5 MB/s at every size', `${f(slowest, 2)} MB/s at the slowest size${refRange}`, slowest >= 5);
    const ratios = r.engine.map((x) => perMB(x) / perMB(r.engine[0]));
    const worst = ratios.reduce((a, b) => (Math.abs(b - 1) > Math.abs(a - 1) ? b : a), 1);
    add(`time per MB within ±30% from ${sz(r.engine[0].bytes)} to ${sz(r.engine[r.engine.length - 1].bytes)}`, `${f(worst, 2)}× the ${sz(r.engine[0].bytes)} figure at worst`, Math.abs(worst - 1) <= 0.3);
  }
  const pairs = r.alternative.map((x) => [x, r.engine.find((e) => e.bytes >= x.bytes * 0.95 && e.bytes <= x.bytes * 1.05)]).filter(([, e]) => e);
  if (pairs.length) {
    const least = Math.min(...pairs.map(([x, e]) => x.medianMs / x.bytes / (e.medianMs / e.bytes)));
    add('≥ 20× the throughput of the alternative', `${f(least, 0)}× at the least`, least >= 20);
  }
  const s = r.server;
  if (s) {
    const at100 = s.requests.filter((q) => q.docBytes >= 50_000 && (q.method === 'hover' || q.method === 'documentSymbol'));
    if (at100.length) {
      const worst = Math.max(...at100.map((q) => q.p99));
      add('hover / documentSymbol p99 < 5 ms on 100 KB', `${f(worst, 2)} ms (worst of the two)`, worst < 5);
    }
    if (s.didChange) add('edit → diagnostics < 50 ms on 100 KB (no debounce)', `p50 ${f(s.didChange.p50, 1)} ms, p99 ${f(s.didChange.p99, 1)} ms`, s.didChange.p99 < 50);
    const full = (s.memory ?? []).filter((m) => m.docBytes >= 9.5 * MB);
    if (full.length) {
      const peak = Math.max(...full.map((m) => m.vmHwmMB));
      add('server peak memory < 300 MB with a 10 MB document open', `${f(peak, 0)} MB (worst setting)`, peak < 300);
    }
  }
  if (!rows.length) return [];
  return ['Issue 4 targets (measured here, not asserted in tests):', table(['target', 'measured', 'met'], rows, 3), ''];
}
