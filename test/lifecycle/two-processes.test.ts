// Two replicas on one PostgreSQL database, started together on an empty one
// (so both meet the pending migrations), each driven through its own
// terminal: every command from both is confirmed and stored once, a new
// employer named by both at once is one employer, and each specialist's
// cup-of-tea numbers with it run 1, 2, 3… without a gap or a repeat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { loadDemoRoster } from '../../src/demo/demo-roster.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { freePort } from '../support/free-port.js';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const perProcess = 8;

describe.skipIf(!serverUrl)('two bot processes on one PostgreSQL database', () => {
  let scratch: ScratchDatabase;
  let database: Database | undefined;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'ips_two');
  });
  afterAll(async () => {
    for (const bot of bots) bot.kill('SIGKILL');
    await database?.close();
    await scratch.drop();
  });

  it('migrate together, take commands through both, and store each once', async () => {
    const ports = [await freePort(), await freePort()];
    const handles = ['aroha', 'ben'];
    for (const [i, port] of ports.entries())
      bots.push(startBotProcess(['--http', '--as', handles[i]!], { DATABASE_URL: scratch.url, PORT: String(port) }));
    await Promise.all(bots.map((bot, i) => bot.untilAnswering(`http://127.0.0.1:${ports[i]}/readyz`)));

    database = await openDatabase({ kind: 'postgres', url: scratch.url });
    await loadDemoRoster(database.db, new Date());
    const lines = Array.from({ length: perProcess }, () => '/contact Twin Replica Bakery f2f\n').join('');
    for (const bot of bots) bot.write(lines);
    await Promise.all(bots.map((bot) => bot.untilOutput('Employer contact logged', perProcess, 200_000)));

    const { db } = database;
    const employers = await db.employer.findMany({ where: { name: 'Twin Replica Bakery' } });
    expect(employers).toHaveLength(1);
    for (const handle of handles) {
      const rows = await db.employerContact.findMany({
        where: { employerId: employers[0]!.id, specialist: { handle } },
        orderBy: { cupOfTea: 'asc' },
      });
      expect(rows.map((r) => r.cupOfTea)).toEqual(Array.from({ length: perProcess }, (_, i) => i + 1));
    }

    for (const bot of bots) bot.kill('SIGTERM');
    const exits = await Promise.all(bots.map(async (bot) => ({ code: await bot.exited, stderr: bot.stderr() })));
    expect(exits).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
  }, 360_000);
});
