// The composition root: config → database → core → adapters.
import { parseArgs } from 'node:util';
import { createConsoleMessenger, runConsole } from '../adapters/console/index.js';
import { createCore } from './app.js';
import { systemClock } from './core/clock.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { demoDefaultHandle, isEmpty, loadDemoRoster } from './demo/demo-roster.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: false });
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const { db } = database;
  if (config.demo && (await isEmpty(db))) {
    await loadDemoRoster(db, systemClock.now());
    console.log('Loaded the demo roster (Harbour IPS) into the embedded database.');
  }
  const core = createCore({
    db,
    clock: systemClock,
    settings: { undoWindowMinutes: config.undoWindowMinutes },
    catchUpHours: config.catchUpHours,
  });

  core.outbox.register(createConsoleMessenger(process.stdout));
  core.outbox.start(5_000);
  core.outbox.wake();
  core.scheduler.start();
  void core.scheduler.tick();

  const shutdown = async () => {
    core.scheduler.stop();
    await core.outbox.stop();
    await database.close();
  };
  await runConsole(core, {
    as: values.as ?? demoDefaultHandle,
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
  });
  await shutdown();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
