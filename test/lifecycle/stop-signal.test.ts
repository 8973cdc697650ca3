// The whole bot as a container runs it (`main.ts --http`, the terminal on
// stdin, the embedded database in a folder): health and readiness answer
// JSON, and SIGTERM in the middle of a stream of commands exits 0 within
// 10 s with every confirmed command in the database and the folder free to
// open again.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { freePort } from '../support/free-port.js';

const root = join(import.meta.dirname, '../..');
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

async function untilReady(url: string, child: ChildProcessWithoutNullStreams): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(url).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the bot was not ready within 60 s');
}

describe('stopping the bot with SIGTERM', () => {
  it('answers /healthz and /readyz, then exits 0 within 10 s keeping every confirmed command', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts', '--http'], {
      cwd: root,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, IPS_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    await untilReady(`${base}/readyz`, child);

    const health = await getJson(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    const ready = await getJson(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready' });

    // Forty contacts in one write; the signal arrives after the first is confirmed, with the rest still coming in.
    const employers = Array.from({ length: 40 }, (_, i) => `Stop Test Employer ${i + 1}`);
    child.stdin.write(employers.map((name) => `/contact ${name} f2f\n`).join(''));
    while (!stdout.includes('Employer contact logged')) await new Promise((resolve) => setTimeout(resolve, 20));
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const tookMs = Date.now() - signalled;

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(tookMs).toBeLessThan(10_000);
    const confirmed = stdout.split('Employer contact logged').length - 1;
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
