// The composition root: config → database → core → adapters → scheduler.
import { parseArgs } from 'node:util';
import { createConsoleMessenger, runConsole } from '../adapters/console/index.js';
import { createCore } from './app.js';
import { systemClock } from './core/clock.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { demoDefaultHandle, isEmpty, loadDemoRoster } from './demo/demo-roster.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: false });
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const { db } = database;
  if (config.demo && (await isEmpty(db))) {
    await loadDemoRoster(db, systemClock.now());
    log('Loaded the demo roster (Harbour IPS) into the embedded database.');
  }
  const core = createCore({
    db,
    clock: systemClock,
    settings: { undoWindowMinutes: config.undoWindowMinutes },
    catchUpHours: config.catchUpHours,
  });

  const stops: (() => Promise<void>)[] = [];
  // Bolt and Teams AI take about a second and 100 MB to load: only when configured.
  if (config.slack) {
    const { startSlack } = await import('../adapters/slack/index.js');
    const slack = await startSlack(core, config.slack, { port: config.port, log });
    stops.push(slack.stop);
  }
  if (config.teams) {
    const { startTeams } = await import('../adapters/teams/index.js');
    const teams = await startTeams(core, config.teams, { log });
    stops.push(teams.stop);
  }
  const terminal = stops.length === 0;
  if (terminal) core.outbox.register(createConsoleMessenger(process.stdout));
  core.outbox.start(5_000);
  core.outbox.wake();
  core.scheduler.start();
  void core.scheduler.tick();

  const shutdown = async () => {
    await core.scheduler.stop();
    for (const stop of stops) await stop();
    await core.outbox.stop();
    await database.close();
  };

  if (terminal) {
    await runConsole(core, {
      as: values.as ?? demoDefaultHandle,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    await shutdown();
    return;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping.`);
      shutdown().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
