// One measurement of bench/digests.ts, in its own process so that peak memory
// (maxRSS) belongs to it alone: loads a synthetic national-scale service into a
// fresh database, then builds every unit's agenda and caseload summary for one
// week. Prints one JSON line. Usage: _digests-service.ts <postgres|pglite> <history fraction> [units]
// Every unit is alike: 10 specialists, 200 people, 100 employers and 20,000
// contacts over 3 years each (times the history fraction); 50 units make the
// national-scale service of the issue (1,000,000 contacts).
import { mkdtemp, rm } from 'node:fs/promises';
import pLimit from 'p-limit';
import { tmpdir } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { createScratchDatabase } from '../test/support/scratch-database.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { buildAgenda } from '../src/digests/agenda.js';
import { buildCaseloadSummary } from '../src/digests/caseload-summary.js';
import { fileStore } from '../src/files/file-store.js';
import { periodEnding } from '../src/digests/digest-period.js';
import { loadDigestUnit } from '../src/digests/digest-unit.js';
import { caseloadOn, followAlongCases } from '../src/digests/caseload-facts.js';
import { loadWorkHistories } from '../src/services/caseload-snapshot.js';
import { contactWeeks } from '../src/digests/contact-weeks.js';
import { contactsChartPng } from '../src/digests/chart-pool.js';
import { unitJobs } from '../src/digests/fidelity-estimate.js';
import { unitsAtOnce } from '../src/digests/weekly-posts.js';
import { compileWebAssemblyOnce } from '../src/lifecycle/wasm-compiler.js';
import { vacuumTables } from '../src/scheduling/embedded-upkeep.js';
import { procMemoryMb, resetPeakRss } from './_proc-memory.js';

// As the bot runs (main.ts).
compileWebAssemblyOnce();

const serverUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const today = '2026-11-23';
const historyDays = 3 * 365;
const [kind = 'postgres', fractionText = '1', unitsText = '50'] = process.argv.slice(2);
const fraction = Number(fractionText);
const units = Number(unitsText);
const specialists = 10 * units;
const people = 200 * units;
const employers = 100 * units;

/** generate_series inserts: the database makes the rows, nothing crosses the wire per row. */
function loadScript(): string[] {
  const contacts = Math.round(20_000 * units * fraction);
  const jobs = Math.round(120 * units * fraction);
  const outreach = Math.round(2_000 * units * fraction);
  const leads = Math.round(400 * units * fraction);
  const referrals = Math.round(240 * units * fraction);
  const d = `DATE '${today}'`;
  return [
    `INSERT INTO "Organisation"(id, name) VALUES (1, 'Bench Health')`,
    `INSERT INTO "VocationalUnit"(id, "organisationId", name, key) SELECT u, 1, 'Unit ' || u, 'unit' || u FROM generate_series(1, ${units}) u`,
    `INSERT INTO "ClinicalTeam"(id, "unitId", name, key) SELECT t, (t - 1) / 2 + 1, 'Team ' || t, 'team' || t FROM generate_series(1, ${units * 2}) t`,
    `INSERT INTO "Staff"(id, handle, "displayName", role, "unitId")
       SELECT s, 'es' || s, 'Specialist ' || s, 'specialist'::"StaffRole", (s - 1) / ${specialists / units} + 1 FROM generate_series(1, ${specialists}) s
       UNION ALL SELECT ${specialists} + u, 'sup' || u, 'Supervisor ' || u, 'supervisor'::"StaffRole", u FROM generate_series(1, ${units}) u`,
    `INSERT INTO "ChannelBinding"(platform, workspace, "channelId", "unitId") SELECT 'console', 'local', 'unit' || u, u FROM generate_series(1, ${units}) u`,
    `INSERT INTO "Employer"(id, "organisationId", name, "matchKey") SELECT e, 1, 'Employer ' || e, 'employer ' || e FROM generate_series(1, ${employers}) e`,
    // 20 people per specialist; one in 25 referred and not met, one in 10 closed.
    `INSERT INTO "Client"(id, ref, status, "specialistId", "clinicalTeamId", "referredOn", "programmeEntryOn", "closedOn")
       SELECT c, 'P-' || c,
         (CASE WHEN c % 25 = 1 THEN 'referred' WHEN c % 10 = 0 THEN 'closed' ELSE 'active' END)::"ClientStatus",
         (c - 1) % ${specialists} + 1, ((c - 1) % ${specialists}) / 10 * 2 + 1 + c % 2,
         ${d} - (c * 7 % 1000) - 7,
         CASE WHEN c % 25 = 1 THEN NULL ELSE ${d} - (c * 7 % 1000) END,
         CASE WHEN c % 10 = 0 AND c % 25 <> 1 THEN ${d} - (c % 200) END
       FROM generate_series(1, ${people}) c`,
    `INSERT INTO "EmployerContact"("specialistId", "employerId", "clientId", "contactedOn", type, "cupOfTea", "benefitsLiaison")
       SELECT (i - 1) % ${specialists} + 1, (i * 7919) % ${employers} + 1,
         CASE WHEN i % 3 = 0 THEN NULL ELSE (i - 1) % ${specialists} + 1 + ${specialists} * ((i / ${specialists}) % 20) END,
         ${d} - ((i * 13) % ${historyDays})::int,
         (ARRAY['face_to_face', 'visit', 'phone', 'email'])[i % 4 + 1]::"ContactType", 1 + i % 5, i % 97 = 0
       FROM generate_series(1::bigint, ${contacts}) i`,
    `INSERT INTO "Job"("clientId", "employerId", "specialistId", role, "jobType", "startOn", "endOn", "minimumWage", kind, "hoursPerWeek")
       SELECT (j * 37) % ${people} + 1, (j * 31) % ${employers} + 1, ((j * 37) % ${people}) % ${specialists} + 1, 'assistant',
         (ARRAY['retail', 'hospitality', 'warehouse', 'care', 'admin', 'trades'])[j % 6 + 1],
         ${d} - ((j * 17) % ${historyDays}),
         CASE WHEN j % 3 = 0 THEN LEAST(${d} - ((j * 17) % ${historyDays}) + 90, ${d}) END,
         j % 20 <> 0, (CASE WHEN j % 15 = 0 THEN 'temporary' ELSE 'permanent' END)::"JobKind", 8 + j % 30
       FROM generate_series(1, ${jobs}) j`,
    `INSERT INTO "OutreachAttempt"("clientId", "specialistId", "attemptedOn", method)
       SELECT i % ${people} + 1, (i % ${people}) % ${specialists} + 1, ${d} - ((i * 11) % ${historyDays}), 'home' FROM generate_series(1, ${outreach}) i`,
    `INSERT INTO "JobLead"("specialistId", "employerId", role, "createdAt")
       SELECT i % ${specialists} + 1, i % ${employers} + 1, 'lead', TIMESTAMP '${today} 12:00' - ((i % ${historyDays}) * INTERVAL '1 day') FROM generate_series(1, ${leads}) i`,
    `INSERT INTO "Referral"("clientId", "clinicalTeamId", "referredOn")
       SELECT i % ${people} + 1, ((i % ${people}) % ${specialists}) / 10 * 2 + 1 + (i % ${people} + 1) % 2, ${d} - ((i * 3) % ${historyDays}) FROM generate_series(1, ${referrals}) i`,
    `INSERT INTO "Interview"("clientId", "interviewOn") SELECT i % ${people} + 1, ${d} - ((i * 5) % ${historyDays}) FROM generate_series(1, ${referrals}) i`,
    `ANALYZE`,
  ];
}

async function open(kind: string): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (kind === 'postgres') {
    const scratch = await createScratchDatabase(serverUrl, 'ips_bench');
    const database = await openDatabase({ kind: 'postgres', url: scratch.url });
    return { database, cleanup: () => scratch.drop() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'ips-bench-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'db') });
  return { database, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const { database, cleanup } = await open(kind);
try {
  const loadStart = performance.now();
  for (const sql of loadScript()) await database.db.$executeRawUnsafe(sql);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  // The tables as a running bot finds them: vacuumed and analyzed by its upkeep (embedded) or by autovacuum (server).
  const upkeepStart = performance.now();
  await vacuumTables(database.db);
  const upkeepSeconds = (performance.now() - upkeepStart) / 1000;
  const contacts = await database.db.employerContact.count();

  const period = periodEnding(today);
  const files = fileStore(database.db, new Date(), 3600_000);
  // A warm-up unit, as a running bot has had: connections open, query plans and the chart renderer loaded.
  await buildCaseloadSummary(database.db, files, await loadDigestUnit(database.db, 1), period);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  // The build's own peak RSS: the kernel's high-water mark, reset here (no
  // sampling: reading RSS every 5 ms cost the main thread 0.15 s of the build).
  const peakBeforeBuildMb = (await procMemoryMb('self')).peak;
  const peakRssReset = await resetPeakRss();
  let peakRss = rssBefore;
  let peakHeap = getHeapStatistics().used_heap_size;
  const sampler = setInterval(() => {
    if (!peakRssReset) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }, 20);
  // As the weekly job builds them: several units at once on a server. The
  // agendas' and summaries' seconds add up each unit's own time.
  const timings = { agendas: 0, summaries: 0 };
  const slot = pLimit(unitsAtOnce(database.connections));
  const start = performance.now();
  await Promise.all(
    Array.from({ length: units }, (_, k) =>
      slot(async () => {
        const unit = await loadDigestUnit(database.db, k + 1);
        let t = performance.now();
        await buildAgenda(database.db, unit, period);
        timings.agendas += performance.now() - t;
        t = performance.now();
        await buildCaseloadSummary(database.db, files, unit, period);
        timings.summaries += performance.now() - t;
      }),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  if (peakRssReset) peakRss = (await procMemoryMb('self')).peak * 1024 * 1024;

  // Where a summary's time goes: its aggregate queries, the caseload snapshot
  // (follow-along, its tallies and the outcome figures), and drawing its chart.
  const phases = { caseload: 0, snapshot: 0, contactWeeks: 0, jobs: 0, charts: 0 };
  for (let unitId = 1; unitId <= units; unitId++) {
    const unit = await loadDigestUnit(database.db, unitId);
    const ids = unit.specialists.map((s) => s.id);
    let t = performance.now();
    await caseloadOn(database.db, ids, today);
    phases.caseload += performance.now() - t;
    t = performance.now();
    followAlongCases(await loadWorkHistories(database.db, { specialistId: { in: ids } }, unit.timeZone), today);
    phases.snapshot += performance.now() - t;
    t = performance.now();
    const weeks = await contactWeeks(database.db, ids, period, 8);
    phases.contactWeeks += performance.now() - t;
    t = performance.now();
    await unitJobs(database.db, ids, today);
    phases.jobs += performance.now() - t;
    t = performance.now();
    await contactsChartPng(
      weeks.map((w) => ({ specialist: String(w.specialistId), week: String(w.weeksAgo), contacts: w.inPerson })),
      6,
      'bench',
    );
    phases.charts += performance.now() - t;
  }
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  console.log(
    JSON.stringify({
      kind,
      units,
      contacts,
      loadSeconds: Number(loadSeconds.toFixed(1)),
      upkeepSeconds: Number(upkeepSeconds.toFixed(2)),
      buildSeconds: Number(seconds.toFixed(2)),
      agendasSeconds: Number((timings.agendas / 1000).toFixed(2)),
      summariesSeconds: Number((timings.summaries / 1000).toFixed(2)),
      ...Object.fromEntries(Object.entries(phases).map(([k, ms]) => [`${k}Seconds`, Number((ms / 1000).toFixed(2))])),
      rssBeforeMb: mb(rssBefore),
      peakRssDuringBuildMb: mb(peakRss),
      peakHeapDuringBuildMb: mb(peakHeap),
      // The process's own peak (see _proc-memory.ts), the load included; null where there is no /proc.
      maxRssMb: Math.round(Math.max(peakBeforeBuildMb, (await procMemoryMb('self')).peak)),
    }),
  );
} finally {
  await database.close();
  await cleanup();
}
