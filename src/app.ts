// Wires the platform-neutral core together. The composition root (main.ts)
// and the tests build the bot through here, so both run the same wiring.
import type { Clock } from './core/clock.js';
import type { Core } from './core/core.js';
import type { EventSubscriber } from './core/events.js';
import { silentLogger, type Logger } from './core/logger.js';
import type { AdapterServices, HttpMount } from './core/platform-adapter.js';
import type { Database } from './db/database.js';
import { commands } from './commands/index.js';
import { createRegistry } from './commands/registry.js';
import { createRouter } from './commands/router.js';
import type { Settings } from './commands/settings.js';
import { createFileLinks, loadLinkKey } from './files/file-links.js';
import { readStoredFile } from './files/file-store.js';
import { mountFileRoute } from './http/file-route.js';
import { createDispatcher, type DispatcherOptions } from './outbox/dispatcher.js';
import { enqueue } from './outbox/outbox.js';
import { scheduledJobs } from './scheduling/jobs.js';
import type { RetentionSettings } from './scheduling/retention.js';
import { createScheduler } from './scheduling/scheduler.js';
import { celebrateJobStarts } from './celebrations/job-start-subscriber.js';
import { celebrationRenderKind } from './celebrations/celebration-spec.js';
import { celebrationRenderer } from './celebrations/send-time.js';
import { agendaRenderKind, agendaRenderer } from './digests/agenda-render.js';
import { createConversationDirectory } from './services/conversation-directory.js';
import { createPeopleDirectory } from './services/people-directory.js';

export const defaultSettings: Settings = { undoWindowMinutes: 30, fileKeepHours: 7 * 24 };

/** Domain event subscribers (celebrations, referral messages), registered once here. */
const subscribers: readonly EventSubscriber[] = [celebrateJobStarts];

/** The registry of every command, built once: it checks the declarations as it builds. */
export const registry = createRegistry(commands);

export interface ServeOptions {
  /** The bot's one HTTP server, when it serves HTTP (platform webhooks, file links, health). */
  http?: HttpMount;
  /** The https address the bot is reached at, for links to pictures it serves. */
  publicUrl?: string;
  /** How long a picture link works. */
  linkHours?: number;
}

export function createCore(deps: {
  /** The database, with how many commands may hold a transaction on it at once (its connections). */
  database: Pick<Database, 'db' | 'connections' | 'location'>;
  clock: Clock;
  log?: Logger;
  settings?: Partial<Settings>;
  outbox?: Partial<DispatcherOptions>;
  catchUpHours?: number;
  retention?: RetentionSettings;
}): Core {
  const { clock } = deps;
  const { db } = deps.database;
  const log = deps.log ?? silentLogger;
  const settings = { ...defaultSettings, ...deps.settings };
  const outbox = createDispatcher({
    db,
    clock,
    options: deps.outbox,
    logger: log,
    renderers: { [celebrationRenderKind]: celebrationRenderer(db), [agendaRenderKind]: agendaRenderer(db) },
  });
  const router = createRouter({
    db,
    clock,
    settings,
    registry,
    log,
    subscribers,
    onEnqueued: () => outbox.wake(),
    transactionSlots: deps.database.connections,
  });
  const jobs = scheduledJobs({
    db,
    clock,
    settings,
    outbox,
    catchUpHours: deps.catchUpHours ?? 24,
    log,
    connections: deps.database.connections,
    embedded: deps.database.location !== 'postgres',
    ...(deps.retention ? { retention: deps.retention } : {}),
  });
  const scheduler = createScheduler({ clock, jobs, logger: log });

  async function adapterServices(options: ServeOptions = {}): Promise<AdapterServices> {
    const links = createFileLinks(await loadLinkKey(db), options.publicUrl, (options.linkHours ?? 72) * 3600_000);
    if (options.http) mountFileRoute(options.http.app, { db, clock, links });
    return {
      registry,
      handle: (invocation) => router.handle(invocation),
      clock,
      log,
      files: {
        read: (id) => readStoredFile(db, id, clock.now()),
        link: (file) => links.link(file, clock.now()),
      },
      people: createPeopleDirectory(db),
      conversations: createConversationDirectory(db),
      async sendLater(to, message, key) {
        const queued = await db.$transaction((tx) => enqueue(tx, { dedupeKey: `late-reply:${key}`, to, message }, clock.now()));
        if (queued) outbox.wake();
      },
      drainOutbox: async () => {
        await outbox.drain();
      },
      ...(options.http ? { http: options.http } : {}),
    };
  }

  return { db, clock, router, outbox, scheduler, adapterServices };
}
