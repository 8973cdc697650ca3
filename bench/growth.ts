// npm run bench -- growth: how the figures grow with the data. The core
// /contact path (and the bare insert beside it) with 10k, 100k and 1M rows
// already in the tables it touches (employer contacts, audit events,
// idempotency records; one employer per 100 contacts and one specialist per
// 2,000, beside the bench's 200 who send the commands), on PGlite and on
// PostgreSQL; then all weekly digests with 10, 50 and 200 units alike
// (bench/_digests-service.ts: 20,000 contacts each over 3 years). PGlite
// stops at 50 units: a service of 200 runs on a server, and loading 4M rows
// into the embedded database takes many minutes.
import { systemClock } from '../src/core/clock.js';
import type { Database } from '../src/db/database.js';
import { vacuumTables } from '../src/scheduling/embedded-upkeep.js';
import { loadDemoRoster } from '../src/demo/demo-roster.js';
import { addBenchSpecialists } from './_bench-specialists.js';
import { benchDatabases, onEachDatabase } from './_databases.js';
import { measureContactPath } from './core.js';
import { measureDigests } from './digests.js';
import { round, type BenchFigures } from './stats.js';

const rowCounts = [10_000, 100_000, 1_000_000];
const unitCounts = [10, 50, 200];
const maxPgliteUnits = 50;
const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1_000}k`);

/** Adds rows numbered from+1 … to, as generate_series inserts: nothing crosses the wire per row. */
async function grow(database: Database, from: number, to: number): Promise<void> {
  const { db } = database;
  const aroha = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
  const organisationId = (await db.employer.findFirstOrThrow()).organisationId;
  const range = (per: number) => `generate_series(${Math.floor(from / per) + 1}, ${Math.floor(to / per)})`;
  await db.$executeRawUnsafe(
    `INSERT INTO "Staff"(handle, "displayName", role, "unitId") SELECT 'growth' || s, 'Growth ' || s, 'specialist', ${aroha.unitId} FROM ${range(2000)} s`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Employer"("organisationId", name, "matchKey") SELECT ${organisationId}, 'Growth employer ' || e, 'growth employer ' || e FROM ${range(100)} e`,
  );
  const staff = `(SELECT array_agg(id ORDER BY id) AS ids FROM "Staff" WHERE role = 'specialist')`;
  const employers = `(SELECT array_agg(id ORDER BY id) AS ids FROM "Employer")`;
  await db.$executeRawUnsafe(
    `INSERT INTO "EmployerContact"("specialistId", "employerId", "contactedOn", type, "cupOfTea", details)
     SELECT s.ids[(1 + i % cardinality(s.ids))::int], e.ids[(1 + (i * 7919) % cardinality(e.ids))::int], CURRENT_DATE - (i * 13 % 1095)::int,
       (ARRAY['face_to_face', 'visit', 'phone', 'email'])[i % 4 + 1]::"ContactType", 1 + i % 5, 'growth'
     FROM generate_series(${from + 1}::bigint, ${to}) i, ${staff} s, ${employers} e`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "AuditEvent"(at, "actorId", platform, action, entity, "entityId", details)
     SELECT now() - (i % 1095) * INTERVAL '1 day', ${aroha.id}, 'console', 'contact.create', 'EmployerContact', i::text, '{"growth":true}'::jsonb
     FROM generate_series(${from + 1}, ${to}) i`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ProcessedCommand"(key, reply, "createdAt")
     SELECT 'console:growth:' || i, '{"kind":"message"}'::jsonb, now() - (i % 1095) * INTERVAL '1 day' FROM generate_series(${from + 1}, ${to}) i`,
  );
  // As the bot's upkeep (embedded) or autovacuum (server) leaves them.
  await vacuumTables(db);
}

export default async function run(): Promise<BenchFigures> {
  const figures: BenchFigures = { bench: 'growth' };
  console.log(
    '| database | rows in each table | bare insert p50 ms | /contact p50 ms | ratio | event loop p99 ms | seconds to add the rows |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  await onEachDatabase(async (name, database) => {
    await loadDemoRoster(database.db, systemClock.now());
    const specialists = await addBenchSpecialists(database.db);
    let rows = 0;
    for (const target of rowCounts) {
      const started = performance.now();
      await grow(database, rows, target);
      const seconds = (performance.now() - started) / 1000;
      rows = target;
      const { bare, command, eventLoopP99 } = await measureContactPath(name, database, { count: 500, concurrency: 1, specialists });
      const ratio = command.p50 / bare.p50;
      console.log(
        `| ${name} | ${label(target)} | ${bare.p50.toFixed(2)} | ${command.p50.toFixed(2)} | ${ratio.toFixed(2)} | ${eventLoopP99.toFixed(1)} | ${seconds.toFixed(0)} |`,
      );
      Object.assign(figures, {
        [`contactP50Ms${label(target)}${name}`]: round(command.p50),
        [`p50Ratio${label(target)}${name}`]: round(ratio),
      });
    }
  });

  console.log('\n| database | units | contacts | all digests s | summaries s | charts s | peak RSS MB | RSS during the build MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const name of benchDatabases) {
    for (const units of unitCounts.filter((u) => name === 'Postgres' || u <= maxPgliteUnits)) {
      const row = await measureDigests(name, 1, units);
      if (row.error) {
        console.log(`| ${name} | ${units} | failed: ${row.error} |`);
        continue;
      }
      console.log(
        `| ${name} | ${units} | ${row.contacts} | ${row.buildSeconds} | ${row.summariesSeconds} | ${row.chartsSeconds} | ${row.maxRssMb} | ${row.peakRssDuringBuildMb} |`,
      );
      Object.assign(figures, {
        [`seconds${units}Units${name}`]: row.buildSeconds ?? null,
        [`peakRssMb${units}Units${name}`]: row.maxRssMb ?? null,
      });
    }
  }
  return figures;
}
