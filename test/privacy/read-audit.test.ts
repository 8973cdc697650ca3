// Everything that leaves the database is audited: who, what, how many rows.
// Through the commands, and through the function `npm run export` runs.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../src/export/export-to-disk.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
let out: string;
const db = () => bot.database.db;

beforeAll(async () => {
  bot = await startTestBot();
  out = await mkdtemp(join(tmpdir(), 'export-'));
  await bot.say('aroha', "/contact Perry's Garden Centre f2f for SJ-14");
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await bot.close();
});

async function lastAudit(action: string) {
  return db().auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: 'desc' } });
}

describe('reads that take data out of the database', () => {
  it.each([
    ['aroha', '/client show SJ-14', 'client.show'],
    ['aroha', '/client list', 'caseload.read'],
    ['dana', '/ips summary', 'summary.read'],
    ['dana', '/ips agenda', 'agenda.read'],
    ['dana', '/ips week 1', 'summary.read'],
    ['dana', '/ips export 2026-10-01 2026-12-31', 'export.create'],
    ['dana', '/ips refs', 'refs.read'],
  ])('%s: %s leaves %s with who and how many rows', async (handle, line, action) => {
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind, text).toBe('message');
    const audit = await lastAudit(action);
    expect(audit.actorId).toBe((await db().staff.findUniqueOrThrow({ where: { handle } })).id);
    expect(audit.platform).toBe('console');
    expect((audit.details as { rows: number }).rows).toBeGreaterThan(0);
  });

  it('npm run export writes the files and records who ran it, where, and how many rows', async () => {
    const unit = await db().vocationalUnit.findUniqueOrThrow({ where: { key: 'harbour' } });
    const written = await writeExport(db(), {
      unit,
      range: { from: '2026-10-01', to: '2026-12-31' },
      out,
      now: bot.clock.now(),
      by: 'ig-lead',
    });
    expect((await readdir(out)).sort()).toEqual(written.map((f) => f.path.slice(out.length + 1)).sort());
    const audit = await lastAudit('export.disk');
    expect(audit).toMatchObject({ platform: 'cli', entity: 'VocationalUnit', entityId: String(unit.id) });
    // The audit's total is the files' rows; the contact log's one row is the contact logged above.
    const rows = written.reduce((n, f) => n + f.rows, 0);
    expect(audit.details).toMatchObject({ by: 'ig-lead', from: '2026-10-01', to: '2026-12-31', folder: out, rows });
    expect(written.find((f) => f.title === 'Employer contact log')!.rows).toBe(1);
  });
});
