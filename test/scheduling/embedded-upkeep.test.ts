// The embedded database's upkeep on the real database: every table vacuumed
// and analyzed (the planner's row count then matches the rows), once a day,
// and only where there is no autovacuum to do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app.js';
import { embeddedUpkeepJob, vacuumTables } from '../../src/scheduling/embedded-upkeep.js';
import { FixedClock } from '../support/fixed-clock.js';
import { recordingLogger } from '../support/recording-logger.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

const now = new Date('2026-11-23T10:00:00Z');
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** What the planner believes the table holds: set by VACUUM and ANALYZE, -1 before either (PostgreSQL 14 on). */
async function plannerRows(table: string): Promise<number> {
  const [row] = await database.db.$queryRaw<{ rows: number }[]>`SELECT reltuples::int AS rows FROM pg_class WHERE relname = ${table}`;
  return row!.rows;
}

/** Column statistics: only ANALYZE gathers them. */
async function columnStatistics(table: string): Promise<number> {
  const [row] = await database.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = ${table}`;
  return row!.n;
}

async function addCommands(prefix: string, count: number): Promise<void> {
  await database.db.processedCommand.createMany({ data: Array.from({ length: count }, (_, i) => ({ key: `${prefix}-${i}`, reply: {} })) });
}

describe('embedded database upkeep', () => {
  it('vacuums and analyzes every table of the schema, ten minutes after the start and then once a day', async () => {
    await database.db.processedCommand.deleteMany();
    await addCommands('kept', 100);
    await addCommands('gone', 100);
    await database.db.processedCommand.deleteMany({ where: { key: { startsWith: 'gone-' } } });
    const [{ tables }] = await database.db.$queryRaw<[{ tables: number }]>`
      SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = current_schema()`;
    const logger = recordingLogger();
    const job = embeddedUpkeepJob({ db: database.db, startedAt: now, logger });

    await job.run(minutesLater(9));
    expect(logger.lines, 'not while the bot starts').toEqual([]);
    await job.run(minutesLater(10));
    expect(await plannerRows('ProcessedCommand')).toBe(100);
    expect(await columnStatistics('ProcessedCommand')).toBeGreaterThan(0);
    expect(logger.lines.map((l) => l.fields)).toEqual([{ event: 'db.vacuumed', tables, ms: expect.any(Number) }]);

    await addCommands('later', 50);
    await job.run(minutesLater(10 + 24 * 60 - 1));
    expect(await plannerRows('ProcessedCommand'), 'not again within the day').toBe(100);
    await job.run(minutesLater(10 + 24 * 60));
    expect(await plannerRows('ProcessedCommand')).toBe(150);
    expect(logger.lines).toHaveLength(2);
  });

  it('returns how many tables it vacuumed: the migrated schema has more than twenty', async () => {
    expect(await vacuumTables(database.db)).toBeGreaterThan(20);
  });

  it('is scheduled on the embedded database only: a server has autovacuum', async () => {
    const vacuumedBy = async (location: 'pglite' | 'postgres') => {
      const logger = recordingLogger();
      const clock = new FixedClock(now);
      const core = createCore({ database: { ...database, location }, clock, log: logger });
      clock.set(minutesLater(10));
      await core.scheduler.tick();
      await core.outbox.stop();
      return logger.lines.some((l) => l.fields.event === 'db.vacuumed');
    };
    expect(await vacuumedBy('pglite')).toBe(true);
    expect(await vacuumedBy('postgres')).toBe(false);
  });
});
