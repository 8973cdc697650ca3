// The routes an operator and an orchestrator use: GET /healthz (the process
// answers), GET /readyz (it can do its work: database, migrations, platforms,
// outbox keeping up) and GET /metrics (Prometheus). Bodies are JSON, and say
// what failed without saying more than an unauthenticated caller should know
// (details go to the log, once, when readiness changes).
import { Router, type Request, type Response } from 'express';
import type { Clock } from '../core/clock.js';
import type { Db } from '../db/database.js';
import { unappliedMigrations } from '../db/migrations.js';
import { errorFields } from '../core/error-fields.js';
import type { Logger } from '../core/logger.js';
import { logger as processLogger } from '../observability/logger.js';
import { outboxDepth, outboxOldestDueAge, registry } from '../observability/metrics.js';
import { outboxBacklog } from '../outbox/backlog.js';

export interface PlatformStatus {
  ok: boolean;
  /** Said in the readiness body: e.g. "authenticated as U123", "reconnecting". */
  detail?: string;
}

/** A platform adapter's answer to "are you connected and authenticated?". */
export interface PlatformCheck {
  name: string;
  status(): PlatformStatus | Promise<PlatformStatus>;
}

export interface OpsRoutesOptions {
  db: Db;
  clock: Clock;
  /** Read on every request, so adapters started later can add theirs. */
  platforms: readonly PlatformCheck[];
  /** Not ready when the oldest due outbox message has waited longer than this. */
  maxOutboxLagSeconds: number;
  /** A check that takes longer than this fails (a database that does not answer). */
  checkTimeoutMs?: number;
  logger?: Logger;
}

interface CheckResult {
  ok: boolean;
  [detail: string]: unknown;
}

function within<T>(ms: number, work: () => Promise<T> | T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    Promise.resolve()
      .then(work)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

export function opsRoutes(options: OpsRoutesOptions): Router {
  const logger = options.logger ?? processLogger;
  const timeoutMs = options.checkTimeoutMs ?? 2_000;
  const { db } = options;
  let wasReady: boolean | undefined;

  async function readiness(): Promise<{ ready: boolean; checks: Record<string, unknown> }> {
    const now = options.clock.now();
    const causes: Record<string, string> = {};
    /** Runs one check; a failure is answered with `failure`, its cause kept for the log. */
    async function check(name: string, work: () => Promise<CheckResult>, failure: string): Promise<CheckResult> {
      try {
        return await within(timeoutMs, work);
      } catch (error) {
        causes[name] = error instanceof Error ? error.message : String(error);
        return { ok: false, error: failure };
      }
    }
    const [database, migrations, outbox, ...platforms] = await Promise.all([
      check(
        'database',
        async () => {
          await db.$queryRaw`SELECT 1`;
          return { ok: true };
        },
        'unreachable',
      ),
      check(
        'migrations',
        async () => {
          const unapplied = await unappliedMigrations(db);
          return { ok: unapplied.length === 0, unapplied };
        },
        'could not be read',
      ),
      check(
        'outbox',
        async () => {
          const backlog = await outboxBacklog(db, now);
          return { ok: backlog.oldestDueAgeSeconds <= options.maxOutboxLagSeconds, ...backlog, maxLagSeconds: options.maxOutboxLagSeconds };
        },
        'could not be read',
      ),
      ...options.platforms.map((p) => check(p.name, async () => ({ ...(await p.status()) }), 'did not answer')),
    ]);
    const checks: Record<string, unknown> = {
      database,
      migrations,
      outbox,
      platforms: Object.fromEntries(options.platforms.map((p, i) => [p.name, platforms[i]])),
    };
    const ready = [database, migrations, outbox, ...platforms].every((c) => c.ok);
    if (ready !== wasReady) {
      if (ready) logger.info({ event: 'ready' }, 'ready');
      else logger.warn({ code: 'READY.NOT_READY', checks, causes }, 'not ready');
      wasReady = ready;
    }
    return { ready, checks };
  }

  const router = Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    const { ready, checks } = await readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  router.get('/metrics', async (_req: Request, res: Response) => {
    // The outbox gauges are read from the database at scrape time; the rest still answers when it is down.
    try {
      const backlog = await within(timeoutMs, () => outboxBacklog(db, options.clock.now()));
      outboxDepth.set(backlog.depth);
      outboxOldestDueAge.set(backlog.oldestDueAgeSeconds);
    } catch (error) {
      logger.debug({ code: 'METRICS.OUTBOX_UNREADABLE', ...errorFields(error, true) }, 'outbox gauges not updated');
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
