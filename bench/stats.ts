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

/** Runs `op` `count` times, `concurrency` at once: each run's milliseconds, sorted, and the seconds for all. */
export async function timeEach(
  count: number,
  concurrency: number,
  op: (i: number) => Promise<unknown>,
): Promise<{ latencies: number[]; seconds: number }> {
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
  return { latencies: latencies.sort((a, b) => a - b), seconds };
}

/** Runs `op` `count` times with `concurrency` senders; returns throughput and latency. */
export async function measure(label: string, count: number, concurrency: number, op: (i: number) => Promise<unknown>): Promise<Figures> {
  const { latencies, seconds } = await timeEach(count, concurrency, op);
  return { label, count, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export function printFigures(rows: readonly Figures[]): void {
  console.log('| what | n | per second | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.count} | ${(r.count / r.seconds).toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
  }
}

/** One round of one app in the Slack and Teams benches. */
export interface RoundFigures {
  rps: number;
  p50: number;
  p99: number;
}

export function roundFigures(sortedMs: readonly number[], seconds: number): RoundFigures {
  return { rps: sortedMs.length / seconds, p50: percentile(sortedMs, 50), p99: percentile(sortedMs, 99) };
}

export type Apps<T> = Record<'bare' | 'ours', T>;

/** Each app's medians over its rounds, printed a line per app with each round's p99 (under `roundsHeader`). */
export function medianOfRounds(concurrency: number, measured: Apps<readonly RoundFigures[]>): Apps<RoundFigures> {
  const medians = {} as Apps<RoundFigures>;
  for (const app of ['bare', 'ours'] as const) {
    const rounds = measured[app];
    const med = (figure: keyof RoundFigures) => median(rounds.map((f) => f[figure]));
    const m = (medians[app] = { rps: med('rps'), p50: med('p50'), p99: med('p99') });
    const each = rounds.map((f) => f.p99.toFixed(2)).join(', ');
    console.log(
      `${app.padEnd(5)} ${String(concurrency).padStart(7)} ${m.rps.toFixed(0).padStart(9)} ${m.p50.toFixed(2).padStart(8)} ${m.p99.toFixed(2).padStart(8)}   (${each})`,
    );
  }
  return medians;
}

export const roundsHeader = (perSecond: string) =>
  `app   senders ${perSecond.padStart(9)}   p50 ms   p99 ms   (median of the rounds; p99s of each round)`;
