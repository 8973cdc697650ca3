// npm run bench -- core: the whole /contact command path (roster lookup, role
// check, parsing, validation, employer match, cup of tea, insert, audit,
// idempotency record, week count) against a bare Prisma insert of the same
// row, on embedded PGlite and on PostgreSQL, 1 and 4 at a time. Target: at
// most 3× the bare insert. Also the event loop's delay while commands run:
// what a Slack ack or a Teams reply would wait behind the database.
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../src/app.js';
import { systemClock } from '../src/core/clock.js';
import type { Database } from '../src/db/database.js';
import { loadDemoRoster } from '../src/demo/demo-roster.js';
import { addBenchSpecialists, type BenchSpecialist } from './_bench-specialists.js';
import { onEachDatabase } from './_databases.js';
import { measure, printFigures, round, type BenchFigures, type Figures } from './stats.js';

export interface ContactPathFigures {
  bare: Figures;
  command: Figures;
  /** p99 of the event loop's delay while the commands ran, ms. */
  eventLoopP99: number;
}

/** Measures /contact and the bare insert on a database holding the demo roster. */
export async function measureContactPath(
  name: string,
  database: Database,
  options: { count: number; concurrency: number; specialists: readonly BenchSpecialist[] },
): Promise<ContactPathFigures> {
  const { db } = database;
  const core = createCore({ database, clock: systemClock });
  const { specialists } = options;
  const employer = await db.employer.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const employers = ["Perry's Garden Centre", 'Beautiful Blooms Nursery', 'Harbour Cafe', 'Quayside Logistics'];

  // Concurrent senders are different specialists with different employers, as
  // at work: contacts with one employer are written one at a time (the
  // employer's row lock numbers the cups of tea).
  const command = (i: number) =>
    core.router.handle({
      platform: 'console',
      userId: specialists[i % specialists.length]!.handle,
      conversation: { platform: 'console', workspace: 'local', channelId: 'bench', isDirect: true },
      command: 'contact',
      input: { kind: 'text', text: `${employers[(i + Math.floor(i / 4)) % 4]} f2f next tue talked about barista roles` },
      idempotencyKey: randomUUID(),
      receivedAt: new Date(),
    });
  const bare = (i: number) =>
    db.employerContact.create({
      data: {
        specialistId: specialists[i % specialists.length]!.id,
        employerId: employer.id,
        contactedOn: new Date(),
        type: 'face_to_face',
        cupOfTea: 1,
        details: 'bare insert',
      },
    });

  // Warm both paths (query plans, WebAssembly compilation) before measuring.
  for (let i = 0; i < 50; i++) {
    await command(i);
    await bare(i);
  }
  const { count, concurrency } = options;
  const bareFigures = await measure(`${name}: bare Prisma insert, ${concurrency} at a time`, count, concurrency, bare);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const commandFigures = await measure(`${name}: /contact command, ${concurrency} at a time`, count, concurrency, command);
  loop.disable();
  await core.outbox.stop();
  return { bare: bareFigures, command: commandFigures, eventLoopP99: loop.percentile(99) / 1e6 };
}

export default async function run(): Promise<BenchFigures> {
  const figures: BenchFigures = { bench: 'core' };
  await onEachDatabase(async (name, database) => {
    await loadDemoRoster(database.db, systemClock.now());
    const specialists = await addBenchSpecialists(database.db);
    const rows: Figures[] = [];
    for (const concurrency of [1, 4]) {
      const { bare, command, eventLoopP99 } = await measureContactPath(name, database, { count: 2000, concurrency, specialists });
      rows.push(bare, command);
      const p50Ratio = command.p50 / bare.p50;
      const throughputRatio = bare.count / bare.seconds / (command.count / command.seconds);
      console.log(
        `${name}, ${concurrency} at a time: /contact p50 is ${p50Ratio.toFixed(2)}× and throughput ${throughputRatio.toFixed(2)}× slower than a bare insert (target ≤ 3×); event loop delay p99 ${eventLoopP99.toFixed(1)} ms`,
      );
      Object.assign(figures, {
        [`p50Ratio${concurrency}${name}`]: round(p50Ratio),
        [`throughputRatio${concurrency}${name}`]: round(throughputRatio),
        [`contactP50Ms${concurrency}${name}`]: round(command.p50),
        [`eventLoopP99Ms${concurrency}${name}`]: round(eventLoopP99, 1),
      });
    }
    printFigures(rows);
  });
  return figures;
}
