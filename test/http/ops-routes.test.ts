// GET /healthz, /readyz and /metrics on the shared server, against a real
// database: what an orchestrator and Prometheus see.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../src/core/reply.js';
import { opsRoutes, type PlatformStatus } from '../../src/http/ops-routes.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/observability/logger.js';
import { recordCommand } from '../../src/observability/metrics.js';
import { enqueue } from '../../src/outbox/outbox.js';
import { recordingMessenger } from '../digests/recording-messenger.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
let server: HttpServer;
let base: string;
const slackUp: PlatformStatus = { ok: true, detail: 'authenticated' };
let slack: PlatformStatus | 'hang' = slackUp;

beforeAll(async () => {
  bot = await startTestBot({ demo: false });
  const logger = createLogger({ level: 'silent' });
  server = createHttpServer({ host: '127.0.0.1', port: 0, logger });
  server.app.use(
    opsRoutes({
      db: bot.database.db,
      clock: bot.clock,
      maxOutboxLagSeconds: 300,
      logger,
      platforms: [{ name: 'slack', status: () => (slack === 'hang' ? new Promise<PlatformStatus>(() => undefined) : slack) }],
    }),
  );
  base = `http://127.0.0.1:${(await server.listen()).port}`;
});
afterAll(async () => {
  await server.close();
  await bot.close();
});
// Every test starts with Slack up; one that takes it down does so itself.
beforeEach(() => {
  slack = slackUp;
});

async function get(path: string) {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

async function readiness() {
  const { status, text } = await get('/readyz');
  return { status, body: JSON.parse(text) as { status: string; checks: Record<string, Record<string, unknown>> } };
}

async function enqueueAt(key: string, at: Date) {
  const to = {
    kind: 'conversation' as const,
    conversation: { platform: 'console' as const, workspace: 'local', channelId: key, isDirect: false },
  };
  await bot.database.db.$transaction((tx) => enqueue(tx, { dedupeKey: key, to, message: message([{ kind: 'paragraph', text: key }]) }, at));
}

describe('ops routes', () => {
  it('/healthz answers while the process runs', async () => {
    const { status, text } = await get('/healthz');
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ status: 'ok' });
  });

  it('/readyz is ready with the database migrated, the platform up and the outbox keeping up', async () => {
    const { status, body } = await readiness();
    expect(body).toEqual({
      status: 'ready',
      checks: {
        database: { ok: true },
        migrations: { ok: true, unapplied: [] },
        outbox: { ok: true, depth: 0, oldestDueAgeSeconds: 0, maxLagSeconds: 300 },
        platforms: { slack: { ok: true, detail: 'authenticated' } },
      },
    });
    expect(status).toBe(200);
  });

  it('/readyz is not ready while a platform is down or does not answer', async () => {
    slack = { ok: false, detail: 'reconnecting' };
    let { status, body } = await readiness();
    expect(status).toBe(503);
    expect(body.status).toBe('not ready');
    expect(body.checks.platforms).toEqual({ slack: { ok: false, detail: 'reconnecting' } });
    slack = 'hang';
    ({ status, body } = await readiness());
    expect(status).toBe(503);
    expect(body.checks.platforms).toEqual({ slack: { ok: false, error: 'did not answer' } });
  });

  it('/readyz is not ready when a migration this code needs is not applied', async () => {
    const db = bot.database.db;
    const [latest] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest!.id}`;
    try {
      const { status, body } = await readiness();
      expect(status).toBe(503);
      expect(body.checks.migrations).toEqual({ ok: false, unapplied: [latest!.migration_name] });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest!.id}`;
    }
  });

  it('/readyz is not ready when a due message has waited longer than the threshold; /metrics shows the backlog', async () => {
    const now = bot.clock.now();
    await enqueueAt('lagging', new Date(now.getTime() - 10 * 60_000));
    await enqueueAt('for-tomorrow', new Date(now.getTime() + 24 * 3600_000));
    try {
      const { status, body } = await readiness();
      expect(status).toBe(503);
      expect(body.checks.outbox).toEqual({ ok: false, depth: 2, oldestDueAgeSeconds: 600, maxLagSeconds: 300 });
      const metrics = await get('/metrics');
      expect(metrics.type).toMatch(/^text\/plain/);
      expect(metrics.text).toMatch(/^ips_outbox_depth 2$/m);
      expect(metrics.text).toMatch(/^ips_outbox_oldest_due_age_seconds 600$/m);
    } finally {
      await bot.database.db.outboxMessage.deleteMany({ where: { dedupeKey: { in: ['lagging', 'for-tomorrow'] } } });
    }
  });

  it('/metrics counts commands by name and outcome, their latency, and outbox deliveries', async () => {
    recordCommand('contact', 'ok', 0.02);
    recordCommand('contact', 'refused', 0.004);
    const platform = recordingMessenger();
    bot.core.outbox.register(platform);
    await enqueueAt('delivered-now', bot.clock.now());
    await bot.core.outbox.drain();
    expect(platform.delivered).toHaveLength(1);

    const { text } = await get('/metrics');
    expect(text).toMatch(/^ips_commands_total\{command="contact",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^ips_commands_total\{command="contact",outcome="refused"\} 1$/m);
    expect(text).toMatch(/^ips_command_duration_seconds_count\{command="contact"\} 2$/m);
    expect(text).toMatch(/^ips_outbox_deliveries_total\{outcome="sent"\} 1$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});
