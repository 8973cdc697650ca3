// The composition root: config → database → core → adapters → scheduler.
// A platform is one line in `platforms`: its adapter is loaded only when its
// settings are present, so the terminal never loads Bolt or Teams AI. The
// rest of the bot is loaded while the database opens (the embedded one opens
// in its own thread, in about a second): that took half a second off a start.
import { parseArgs } from 'node:util';
import { systemClock } from './core/clock.js';
import type { PlatformAdapter, PlatformModule } from './core/platform-adapter.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { lockDataDir, type DataDirLock } from './db/data-dir-lock.js';
import { openDatabase } from './db/database.js';
import type { ShutdownStep } from './lifecycle/shutdown.js';
import { logger } from './observability/logger.js';

interface PlatformEntry {
  /** The adapter module and its settings, when its settings are present. */
  load(config: Config): Promise<{ module: PlatformModule<unknown>; settings: unknown } | undefined>;
}

function platform<C>(settings: (config: Config) => C | undefined, load: () => Promise<PlatformModule<C>>): PlatformEntry {
  return {
    async load(config) {
      const found = settings(config);
      return found === undefined ? undefined : { module: await load(), settings: found };
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' }, http: { type: 'boolean' } }, allowPositionals: false });
  const config = loadConfig();
  logger.level = config.logLevel;
  const embeddedDir = config.database.kind === 'pglite' && !config.database.dataDir.includes('://') ? config.database.dataDir : undefined;
  const lock: DataDirLock | undefined = embeddedDir ? await lockDataDir(embeddedDir) : undefined;
  const demo = import('./demo/demo-roster.js');
  const [database, { createCore }, { createConsoleAdapter }, { demoDefaultHandle }, lifecycle] = await Promise.all([
    openDatabase(config.database, {
      prepare: async (db) => {
        const { isEmpty, loadDemoRoster } = await demo;
        if (!config.demo || !(await isEmpty(db))) return;
        const { loadDemoHistory } = await import('./demo/demo-history.js');
        await loadDemoRoster(db, systemClock.now());
        await loadDemoHistory(db, systemClock.now());
        logger.info({ event: 'demo.loaded' }, 'Loaded the demo roster (Harbour IPS) into the embedded database.');
      },
    }),
    import('./app.js'),
    import('../adapters/console/index.js'),
    demo,
    import('./lifecycle/shutdown.js'),
  ]);
  const { db } = database;
  const core = createCore({
    database,
    clock: systemClock,
    log: logger,
    settings: { undoWindowMinutes: config.undoWindowMinutes, fileKeepHours: config.fileKeepHours },
    catchUpHours: config.catchUpHours,
    retention: config.retention,
  });

  const configured = (await Promise.all(platforms.map((p) => p.load(config)))).filter((p) => p !== undefined);
  const terminal = configured.length === 0;
  // The terminal serves HTTP only when asked (--http): health checks for a container running it.
  const http =
    !terminal || values.http
      ? (await import('./http/server.js')).createHttpServer({ ...config.http, logger, yieldToDoor: true })
      : undefined;
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
        interactive: process.stdin.isTTY,
      })
    : undefined;
  if (terminalAdapter) adapters.push(terminalAdapter);
  for (const adapter of adapters) core.outbox.register(adapter.messenger);

  if (http) {
    const { opsRoutes } = await import('./http/ops-routes.js');
    http.app.use(
      opsRoutes({
        db,
        clock: systemClock,
        maxOutboxLagSeconds: config.readyMaxOutboxLagSeconds,
        platforms: adapters.map((adapter) => ({
          name: adapter.platform,
          status: () => {
            const status = adapter.status();
            return status.state === 'ready' ? { ok: true } : { ok: false, detail: status.detail };
          },
        })),
      }),
    );
    await http.listen();
  }
  // A platform that cannot be reached yet does not hold the start: its adapter keeps trying.
  for (const adapter of adapters) await adapter.start();
  core.outbox.start(5_000);
  core.outbox.wake();
  core.scheduler.start();
  void core.scheduler.tick();

  // In order: take no new work, finish what is in flight, then let go of the database.
  const steps: ShutdownStep[] = [
    ...(http ? [{ name: 'http', run: () => http.close() }] : []),
    ...adapters.map((adapter) => ({ name: adapter.platform, run: () => adapter.stop() })),
    { name: 'commands in flight', run: () => core.router.settled() },
    { name: 'scheduler', run: () => core.scheduler.stop() },
    { name: 'outbox', run: () => core.outbox.stop() },
    { name: 'database', run: () => database.close() },
    ...(lock ? [{ name: 'data folder lock', run: () => lock.release() }] : []),
  ];

  if (terminalAdapter && !http) {
    await terminalAdapter.done;
    // The terminal is done when its input is: nothing else keeps the process alive.
    await lifecycle.runShutdown(steps);
    return;
  }
  // Serving HTTP (a platform, or the terminal with --http in a container): until told to stop.
  lifecycle.exitOnStopSignals(steps);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
