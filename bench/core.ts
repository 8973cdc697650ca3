// npm run bench -- core: the whole /contact command path (roster lookup, role
// check, parsing, validation, employer match, cup of tea, insert, audit,
// idempotency record, week count) against a bare Prisma insert of the same
// row, on embedded PGlite and on PostgreSQL. Target: at most 3× the bare insert.
import { randomUUID } from 'node:crypto';
import { createScratchDatabase } from '../test/support/scratch-database.js';
import { createCore } from '../src/app.js';
import { systemClock } from '../src/core/clock.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { loadDemoRoster } from '../src/demo/demo-roster.js';
import { measure, printFigures, type Figures } from './stats.js';

const count = 2000;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function benchOn(name: string, database: Database): Promise<void> {
  const { db } = database;
  await loadDemoRoster(db, systemClock.now());
  const core = createCore({ db, clock: systemClock });
  const aroha = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
  const employer = await db.employer.findFirstOrThrow();
  const employers = ["Perry's Garden Centre", 'Beautiful Blooms Nursery', 'Harbour Cafe', 'Quayside Logistics'];

  // Concurrent senders are different specialists, as in a real unit: one
  // specialist's contacts with one employer queue behind each other's row locks.
  const handles = ['aroha', 'ben', 'chen', 'dana'];
  const command = (i: number) =>
    core.router.handle({
      platform: 'console',
      userId: handles[i % handles.length]!,
      conversation: { platform: 'console', workspace: 'local', channelId: 'bench', isDirect: true },
      command: 'contact',
      input: { kind: 'text', text: `${employers[Math.floor(i / 4) % 4]} f2f next tue talked about barista roles` },
      idempotencyKey: randomUUID(),
      receivedAt: new Date(),
    });
  const bare = () =>
    db.employerContact.create({
      data: {
        specialistId: aroha.id,
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
    await bare();
  }
  const rows: Figures[] = [];
  for (const concurrency of [1, 4]) {
    const b = await measure(`${name}: bare Prisma insert, ${concurrency} at a time`, count, concurrency, bare);
    const c = await measure(`${name}: /contact command, ${concurrency} at a time`, count, concurrency, command);
    rows.push(b, c);
    console.log(
      `${name}, ${concurrency} at a time: /contact p50 is ${(c.p50 / b.p50).toFixed(2)}× and throughput ${(b.count / b.seconds / (c.count / c.seconds)).toFixed(2)}× slower than a bare insert (target ≤ 3×)`,
    );
  }
  printFigures(rows);
  await core.outbox.stop();
  await database.close();
}

export default async function run(): Promise<void> {
  await benchOn('PGlite', await openDatabase({ kind: 'pglite', dataDir: 'memory://' }));
  let scratch;
  try {
    scratch = await createScratchDatabase(serverUrl, 'ips_bench');
  } catch (error) {
    console.log(`PostgreSQL at ${serverUrl} is not reachable (${String(error)}): skipped.`);
    return;
  }
  try {
    await benchOn('PostgreSQL', await openDatabase({ kind: 'postgres', url: scratch.url }));
  } finally {
    await scratch.drop();
  }
}
