// The terminal adapter as a new user meets it: `npm start` as a child process,
// fed commands on stdin, on a fresh embedded database in a temporary folder.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
let dataDir: string;

function runBot(args: string[], input: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, IPS_DATA_DIR: dataDir, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ips-console-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the terminal adapter', () => {
  it('loads the demo roster on first start and logs a contact from piped input', async () => {
    const { code, stdout, stderr } = await runBot(
      [],
      "/contact Perry's Garden Centre f2f for SJ-14 next tue met the manager\n/contact list\n",
    );
    expect(code).toBe(0);
    // Said on the log (standard error), not in the conversation.
    expect(stderr).toContain('Loaded the demo roster');
    expect(stdout).toContain("aroha> /contact Perry's Garden Centre");
    expect(stdout).toContain('Employer contact logged');
    // The demo's history has visits to Perry's already: the number follows them.
    expect(stdout).toMatch(/Cup of tea\s+#\d+ with this employer/);
    expect(stdout).toContain('Your employer contacts this week');
  }, 60_000);

  it('keeps the data between starts, never reloads the demo, and runs as another member with --as', async () => {
    const own = { IPS_DATA_DIR: join(dataDir, 'two-starts') };
    expect((await runBot([], '', own)).stderr).toContain('Loaded the demo roster');
    const { code, stdout, stderr } = await runBot(
      ['--as', 'ben'],
      "/contact perrys garden centre visit\n/contact Perry's f2f next blah\n",
      own,
    );
    expect(code).toBe(0);
    expect(stderr).not.toContain('Loaded the demo roster');
    expect(stdout).toContain('ben> /contact perrys garden centre visit');
    expect(stdout).toContain("Perry's Garden Centre\n"); // matched, not new
    expect(stdout).toContain('✗ I couldn\'t read a date after "next"');
  }, 60_000);

  it('keeps known harmless warnings off the terminal', async () => {
    // /ips me reads in a transaction where Prisma runs independent reads at
    // once: pg warned about queueing them on every start.
    const { code, stdout, stderr } = await runBot([], '/ips me\n', { IPS_DATA_DIR: join(dataDir, 'warnings') });
    expect(code).toBe(0);
    expect(stdout).toContain('Your week');
    expect(stderr).not.toMatch(/Warning/);
  }, 60_000);

  it('stops at start with a message naming a bad setting', async () => {
    const { code, stderr } = await runBot([], '', { DATABASE_URL: 'mysql://nope' });
    expect(code).toBe(2);
    expect(stderr).toContain('DATABASE_URL: must start with postgres://');
  }, 60_000);
});
