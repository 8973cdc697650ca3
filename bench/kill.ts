// npm run bench -- kill: the terminal bot (src/main.ts, piped /contact
// commands) killed with SIGKILL at a random moment, 20 times on embedded
// PGlite and 20 times on PostgreSQL, its database opened again after each
// kill and counted: confirmed commands lost or stored twice, and anything
// half-written. KILL_RUNS changes the number of kills; BENCH_DATABASE_URL the
// server (a scratch database is made on it and dropped).
import type { BenchFigures } from './stats.js';
import { killRuns, pgliteTarget, postgresTarget, type KillFigures, type KillTarget } from '../test/support/kill-run.js';

const runs = Number(process.env.KILL_RUNS ?? 20);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function run(): Promise<BenchFigures> {
  const rows: KillFigures[] = [];
  for (const target of [() => pgliteTarget(), () => postgresTarget(serverUrl)]) {
    const opened: KillTarget = await target();
    try {
      rows.push(await killRuns(opened, { runs, commandsPerRun: 12, maxDelayMs: 80 }));
    } finally {
      await opened.dispose();
    }
  }
  console.log(
    '| database | runs | killed mid-command | sent | confirmed | lost | duplicated | stored unconfirmed | half-written | seconds |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${r.runs} | ${r.killedMidCommand} | ${r.sent} | ${r.confirmed} | ${r.lost} | ${r.duplicated} | ${r.storedUnconfirmed} | ${r.halfWritten} | ${r.seconds.toFixed(0)} |`,
    );
  }
  const figures: BenchFigures = { bench: 'kill' };
  for (const r of rows) {
    const name = r.database === 'pglite' ? 'Pglite' : 'Postgres';
    Object.assign(figures, {
      [`killedMidCommand${name}`]: r.killedMidCommand,
      [`confirmed${name}`]: r.confirmed,
      [`lost${name}`]: r.lost,
      [`duplicated${name}`]: r.duplicated,
      [`halfWritten${name}`]: r.halfWritten,
    });
  }
  return figures;
}
