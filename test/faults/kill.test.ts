// The terminal bot killed at random moments during a stream of /contact
// commands, three times per database (bench/kill.ts does it twenty times and
// prints the figures): every confirmed command is stored exactly once and
// nothing is half-written.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { killRuns, pgliteTarget, postgresTarget, type KillTarget } from '../support/kill-run.js';
import { serverUrl } from '../support/test-database.js';

const kills = { runs: 3, commandsPerRun: 8, maxDelayMs: 80 };

async function killAndCount(target: KillTarget) {
  try {
    return await killRuns(target, kills);
  } finally {
    await target.dispose();
  }
}

describe('the terminal bot killed with SIGKILL in the middle of /contact commands', () => {
  it('keeps every confirmed command exactly once on PGlite', { timeout: 300_000 }, async () => {
    const template = new Blob([await readFile(inject('pgliteSnapshot'))]);
    const figures = await killAndCount(await pgliteTarget(template));
    expect(figures).toMatchObject({ runs: 3, sent: 24, lost: 0, duplicated: 0, halfWritten: 0 });
  });

  it.skipIf(!serverUrl)('keeps every confirmed command exactly once on PostgreSQL', { timeout: 300_000 }, async () => {
    const figures = await killAndCount(await postgresTarget(serverUrl!));
    expect(figures).toMatchObject({ runs: 3, sent: 24, lost: 0, duplicated: 0, halfWritten: 0 });
  });
});
