// The composition root: config → database → core → adapters → scheduler.
// A platform is one line in `platforms`: its adapter is loaded only when its
// settings are present, so the terminal never loads Bolt or Teams AI.
import { createServer, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import express from 'express';
import { createConsoleAdapter } from '../adapters/console/index.js';
import { createCore } from './app.js';
import { systemClock } from './core/clock.js';
import type { Logger } from './core/logger.js';
import type { PlatformAdapter, PlatformModule } from './core/platform-adapter.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { demoDefaultHandle, isEmpty, loadDemoRoster } from './demo/demo-roster.js';

interface PlatformEntry {
  /** The adapter, when its settings are present. */
  load(config: Config): Promise<{ module: PlatformModule<unknown>; settings: unknown } | undefined>;
}

function platform<C>(settings: (config: Config) => C | undefined, load: () => Promise<PlatformModule<C>>): PlatformEntry {
  return {
    async load(config) {
      const found = settings(config);
      return found === undefined ? undefined : { module: (await load()) as PlatformModule<unknown>, settings: found };
    },
  };
}

/** Every chat platform the bot speaks on besides the terminal. */
const platforms: readonly PlatformEntry[] = [
  platform(
    (c) => c.slack,
    async () => (await import('../adapters/slack/index.js')).slackPlatform,
  ),
  platform(
    (c) => c.teams,
    async () => (await import('../adapters/teams/index.js')).teamsPlatform,
  ),
];

const consoleLogger: Logger = {
  debug: () => undefined,
  info: (_fields, message) => console.log(message),
  warn: (_fields, message) => console.error(message),
  error: (fields, message) => console.error(`${message} ${JSON.stringify(fields)}`),
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' }, http: { type: 'boolean' } }, allowPositionals: false });
  const config = loadConfig();
  const log = consoleLogger;
  const database = await openDatabase(config.database);
  const { db } = database;
  if (config.demo && (await isEmpty(db))) {
    await loadDemoRoster(db, systemClock.now());
    log.info({}, 'Loaded the demo roster (Harbour IPS) into the embedded database.');
  }
  const core = createCore({
    db,
    clock: systemClock,
    log,
    settings: { undoWindowMinutes: config.undoWindowMinutes, fileKeepHours: config.fileKeepHours },
    catchUpHours: config.catchUpHours,
  });

  const configured = (await Promise.all(platforms.map((p) => p.load(config)))).filter((p) => p !== undefined);
  const terminal = configured.length === 0;
  const http = !terminal || values.http ? express() : undefined;
  const services = await core.adapterServices({
    ...(http ? { http } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    linkHours: config.fileLinkHours,
  });
  const adapters: PlatformAdapter[] = configured.map(({ module, settings }) => module.create(services, settings));
  const terminalAdapter = terminal
    ? createConsoleAdapter(services, {
        as: values.as ?? demoDefaultHandle,
        input: process.stdin,
        output: process.stdout,
        interactive: process.stdin.isTTY === true,
      })
    : undefined;
  if (terminalAdapter) adapters.push(terminalAdapter);
  for (const adapter of adapters) core.outbox.register(adapter.messenger);

  let server: Server | undefined;
  if (http) {
    server = createServer(http);
    await new Promise<void>((resolve) => server!.listen(config.http.port, config.http.host, resolve));
    log.info({ host: config.http.host, port: config.http.port }, `HTTP: listening on ${config.http.host}:${config.http.port}`);
  }
  for (const adapter of adapters) await adapter.start();
  core.outbox.start(5_000);
  core.outbox.wake();
  core.scheduler.start();
  void core.scheduler.tick();

  const shutdown = async () => {
    await core.scheduler.stop();
    for (const adapter of adapters) await adapter.stop();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await core.outbox.stop();
    await database.close();
  };

  if (terminalAdapter) {
    await terminalAdapter.done;
    await shutdown();
    return;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, `${signal}: stopping.`);
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
