// Small statistics for the bench: order statistics of latency samples.

export function median(xs) {
  return percentile(xs, 50);
}

/** The p-th percentile by the nearest-rank method (p99 of 200 samples is the 198th smallest). */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
