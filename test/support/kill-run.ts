// The terminal bot killed (SIGKILL) at random moments while it logs a stream
// of /contact commands, then its database opened again from outside the bot
// and counted: every command the terminal confirmed must be there exactly
// once. The bot is started as a user starts it (main.ts with piped input),
// on the same data each time, so each run also proves it starts again after
// the previous kill.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.js';
import { loadDemoRoster } from '../../src/demo/demo-roster.js';
import { countLedger, ledgerCommand, type LedgerCommand, type LedgerFigures, type Sql } from './contact-ledger.js';
import { createScratchDatabase } from './scratch-database.js';

const root = resolve(import.meta.dirname, '../..');
// `node --import tsx`, not `npx tsx`: a wrapper process would take the kill and leave the bot running.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface KillTarget {
  database: 'pglite' | 'postgres';
  /** What the bot is started with to use this database. */
  env: Record<string, string>;
  /** Opens the database from outside the bot, after a kill. */
  open(): Promise<{ sql: Sql; close(): Promise<void> }>;
  dispose(): Promise<void>;
}

/** `seed`: a copy of a migrated database to start from, saving the bot's first initdb. */
export async function pgliteTarget(seed?: Blob): Promise<KillTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'ips-kill-'));
  const dataDir = join(dir, 'pglite');
  if (seed) await (await PGlite.create({ dataDir, loadDataDir: seed })).close();
  return {
    database: 'pglite',
    env: { IPS_DATA_DIR: dataDir },
    async open() {
      const db = await PGlite.create(dataDir);
      return { sql: async (text) => (await db.query<Record<string, unknown>>(text)).rows, close: () => db.close() };
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function postgresTarget(serverUrl: string): Promise<KillTarget> {
  const scratch = await createScratchDatabase(serverUrl, 'ips_kill');
  // The bot loads the demo roster into an embedded database only; a server gets it here.
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  await loadDemoRoster(database.db, new Date());
  await database.close();
  return {
    database: 'postgres',
    env: { DATABASE_URL: scratch.url },
    async open() {
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      return { sql: async (text) => (await client.query(text)).rows, close: () => client.end() };
    },
    dispose: () => scratch.drop(),
  };
}

const confirmation = 'Employer contact logged';

/**
 * Starts the bot with `lines` piped in, kills it `delayMs` after it confirmed
 * `confirmations` commands (0: once the first is on its way), and returns
 * what it printed.
 */
async function runBot(
  target: KillTarget,
  cwd: string,
  lines: string[],
  killAfter: { confirmations: number; delayMs: number },
): Promise<string> {
  const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'main.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...target.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  let why: 'killed' | 'hung' | undefined;
  let scheduled = false;
  const kill = (reason: 'killed' | 'hung') => {
    if (why || child.exitCode !== null || child.signalCode !== null) return;
    why = reason;
    process.kill(-child.pid!, 'SIGKILL');
  };
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const seen = stdout.includes('> /contact') ? stdout.split(`\n${confirmation}\n`).length - 1 : -1;
    if (seen >= killAfter.confirmations && !scheduled) {
      scheduled = true;
      setTimeout(() => kill('killed'), killAfter.delayMs);
    }
  });
  child.stdin.on('error', () => undefined); // the kill closes the pipe under a pending write
  // The input stays open: at its end the bot would stop by itself.
  child.stdin.write(lines.map((l) => `${l}\n`).join(''));
  const watchdog = setTimeout(() => kill('hung'), 120_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.once('close', (c, s) => done([c, s])));
  clearTimeout(watchdog);
  if (why !== 'killed') {
    throw new Error(
      `the bot ${why === 'hung' ? 'confirmed nothing for 2 minutes' : `stopped by itself (${code ?? signal})`}:\n${stderr.slice(-2000)}`,
    );
  }
  return stdout;
}

/** What the terminal printed: the notes of the commands it confirmed, and whether the last one was still on its way. */
function readTerminal(stdout: string): { confirmed: string[]; midCommand: boolean } {
  const confirmed: string[] = [];
  let current: string | undefined;
  for (const line of stdout.split('\n')) {
    const echoed = /^\S+> \/contact .* (ledger-\S+)$/.exec(line);
    if (echoed) current = echoed[1];
    else if (line === confirmation && current) confirmed.push(current);
  }
  return { confirmed, midCommand: current !== undefined && !confirmed.includes(current) };
}

export interface KillFigures extends LedgerFigures {
  database: string;
  runs: number;
  /** Runs killed while a command was on its way (its reply not printed yet), rather than between two. */
  killedMidCommand: number;
  seconds: number;
}

export interface KillOptions {
  runs: number;
  commandsPerRun: number;
  /** The longest wait after a confirmation before the kill, so that it lands inside a command as often as between two. */
  maxDelayMs: number;
}

export async function killRuns(target: KillTarget, options: KillOptions): Promise<KillFigures> {
  const started = performance.now();
  const cwd = await mkdtemp(join(tmpdir(), 'ips-kill-cwd-'));
  try {
    const sent: LedgerCommand[] = [];
    const confirmed = new Set<string>();
    let figures: LedgerFigures | undefined;
    let killedMidCommand = 0;
    for (let run = 0; run < options.runs; run++) {
      const commands = Array.from({ length: options.commandsPerRun }, (_, n) => ledgerCommand(`k${run}`, n));
      const killAfter = {
        confirmations: Math.floor(Math.random() * options.commandsPerRun),
        delayMs: Math.floor(Math.random() * options.maxDelayMs),
      };
      const stdout = await runBot(
        target,
        cwd,
        commands.map((c) => c.line),
        killAfter,
      );
      sent.push(...commands);
      const terminal = readTerminal(stdout);
      for (const note of terminal.confirmed) confirmed.add(note);
      if (terminal.midCommand) killedMidCommand++;
      const database = await target.open();
      try {
        figures = await countLedger(database.sql, sent, confirmed);
      } finally {
        await database.close();
      }
    }
    return { database: target.database, runs: options.runs, killedMidCommand, ...figures!, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}
