// Shared figures for the benchmarks: latency percentiles, a printed row, and
// what every bench returns for `--json`.

/** A bench's figures, named as in issue 15's table (`p50Ratio1Pglite`, `p99Ratio20Postgres`, …). */
export type BenchFigures = { bench: string } & Record<string, number | string | null>;

/** Figures to 2 decimals (or `digits`): what a person reads and a script compares. */
export function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
export interface Figures {
  label: string;
  count: number;
  seconds: number;
  p50: number;
  p99: number;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)]!;
}

/** Runs `op` `count` times with `concurrency` senders; returns throughput and latency. */
export async function measure(label: string, count: number, concurrency: number, op: (i: number) => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, count, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export function printFigures(rows: readonly Figures[]): void {
  console.log('| what | n | per second | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.count} | ${(r.count / r.seconds).toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
  }
}
