// The whole bot as a container runs it (`main.ts --http`, the terminal on
// stdin, the embedded database in a folder): health and readiness answer
// JSON, and SIGTERM in the middle of a stream of commands exits 0 within
// 10 s with every confirmed command in the database and the folder free to
// open again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { startBotProcess } from '../support/bot-process.js';
import { freePort } from '../support/free-port.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ips-stop-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

describe('stopping the bot with SIGTERM', () => {
  it('answers /healthz and /readyz, then exits 0 within 10 s keeping every confirmed command', async () => {
    const port = await freePort();
    const bot = startBotProcess(['--http'], { IPS_DATA_DIR: dataDir, PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    await bot.untilAnswering(`${base}/readyz`);

    const health = await getJson(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    const ready = await getJson(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready' });

    // Forty contacts in one write; the signal arrives after the first is confirmed, with the rest still coming in.
    const employers = Array.from({ length: 40 }, (_, i) => `Stop Test Employer ${i + 1}`);
    bot.write(employers.map((name) => `/contact ${name} f2f\n`).join(''));
    await bot.untilOutput('Employer contact logged');
    const signalled = Date.now();
    bot.kill('SIGTERM');
    const code = await bot.exited;
    const tookMs = Date.now() - signalled;

    expect({ code, stderr: bot.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(tookMs).toBeLessThan(10_000);
    const confirmed = bot.stdout().split('Employer contact logged').length - 1;
    expect(confirmed).toBeGreaterThanOrEqual(1);

    // The folder opens again (its lock was released) and holds every confirmed contact.
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const stored = await database.db.employerContact.count({ where: { employer: { name: { startsWith: 'Stop Test Employer' } } } });
      expect(stored).toBeGreaterThanOrEqual(confirmed);
    } finally {
      await database.close();
    }
  }, 120_000);
});
