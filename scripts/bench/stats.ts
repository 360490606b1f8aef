/** Latency figures of one set of timings, in milliseconds. */
export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** p50/p95/p99/max of timings in milliseconds. */
export function latency(values: readonly number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Bytes as MB (10^6), the unit of the throughput goal. */
export function megabytes(bytes: number): number {
  return bytes / 1e6;
}

/** A number for a table cell: few significant digits, "–" when missing. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(Math.max(0, digits - 1));
  if (magnitude >= 0.01) return value.toFixed(digits);
  return value.toPrecision(2);
}

/** Renders rows as a Markdown table (also readable in a terminal). */
export function markdownTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** Heap and RSS after two full collections, in bytes. */
export interface MemorySample {
  /** The JS heap plus ArrayBuffer contents (the term index's postings live outside the heap). */
  heapUsed: number;
  rss: number;
}

/** Heap (with array buffers) and RSS after two full collections; needs `node --expose-gc`. */
export function settle(): MemorySample {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed + usage.arrayBuffers, rss: usage.rss };
}
