// npm run bench -- start: the terminal bot as a person starts it, with
// `/ips me` typed in: the first reply on a first start (a new data folder:
// initdb, migrations, the demo roster) and on a later start, the time from
// the end of input to the process's exit, and the memory of the idle bot
// (RSS 3 s after the reply, and at rest: 30 s after it, once V8's memory
// reducer has run; it runs when the process has allocated little for several
// seconds, and on our machine gave back 25–35 MB about 15 s after the reply:
// the young generation shrunk and free pages returned). From TypeScript sources
// (`node --import tsx main.ts`, what `npm start` runs, without npm's own
// process) and, when dist/main.js exists, compiled.
// Several runs each; medians. Targets: first start ≤ 4 s, later ≤ 1 s, exit
// ≤ 0.3 s, idle RSS ≤ 200 MB.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procMemoryMb } from './_proc-memory.js';
import { median, round, type BenchFigures } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = 3;
const settleMs = 3_000;
const restMs = 30_000;
/** The first line of `/ips me`'s reply. */
const replyMark = 'Your week';

interface StartFigures {
  firstReplySeconds: number;
  exitSeconds: number;
  /** RSS 3 s after the reply. */
  settlingRssMb: number;
  /** RSS 30 s after the reply (later starts only: NaN on a first start). */
  idleRssMb: number;
  peakRssMb: number;
}

/**
 * One start: type `/ips me`, wait for the reply, read the bot's memory as it
 * settles and (when `untilRest`) at rest, end the input, time the exit.
 */
function startOnce(args: string[], dataDir: string, untilRest: boolean): Promise<StartFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, IPS_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    let firstReply = NaN;
    let inputEnded = NaN;
    let settling = { rss: NaN, peak: NaN };
    let atRest = { rss: NaN, peak: NaN };
    const readMemory = async () => {
      await sleep(settleMs);
      settling = await procMemoryMb(child.pid!);
      if (!untilRest) return;
      await sleep(restMs - settleMs);
      atRest = await procMemoryMb(child.pid!);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (Number.isNaN(firstReply) && output.includes(replyMark)) {
        firstReply = performance.now() - started;
        readMemory()
          .catch(reject)
          .finally(() => {
            inputEnded = performance.now();
            child.stdin.end();
          });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || Number.isNaN(inputEnded)) {
        reject(new Error(`the bot exited with ${code} before its reply:\n${output}`));
        return;
      }
      resolve({
        firstReplySeconds: firstReply / 1000,
        exitSeconds: (performance.now() - inputEnded) / 1000,
        settlingRssMb: settling.rss,
        idleRssMb: atRest.rss,
        peakRssMb: Math.max(settling.peak, atRest.peak || 0),
      });
    });
    child.stdin.write('/ips me\n');
  });
}

function summarise(label: string, samples: StartFigures[]): StartFigures {
  const m = (key: keyof StartFigures) => median(samples.map((s) => s[key]));
  const result = {
    firstReplySeconds: m('firstReplySeconds'),
    exitSeconds: m('exitSeconds'),
    settlingRssMb: m('settlingRssMb'),
    idleRssMb: m('idleRssMb'),
    peakRssMb: m('peakRssMb'),
  };
  console.log(
    `| ${label} | ${result.firstReplySeconds.toFixed(2)} | ${result.exitSeconds.toFixed(2)} | ${result.settlingRssMb.toFixed(0)} | ${Number.isNaN(result.idleRssMb) ? '' : result.idleRssMb.toFixed(0)} | ${result.peakRssMb.toFixed(0)} | ${samples.map((s) => s.firstReplySeconds.toFixed(2)).join(', ')} |`,
  );
  return result;
}

export default async function run(): Promise<BenchFigures> {
  const figures: BenchFigures = { bench: 'start' };
  const modes: [string, string[]][] = [['Tsx', ['--import', 'tsx', 'main.ts']]];
  if (existsSync(join(root, 'dist/main.js'))) modes.push(['Compiled', ['dist/main.js']]);
  console.log(`${runs} runs each, medians; RSS ${settleMs / 1000} s after the reply, and at rest ${restMs / 1000} s after it`);
  console.log('| start | first reply s | exit after input ends s | RSS at 3 s MB | idle RSS MB | peak RSS MB | first replies s |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const [mode, args] of modes) {
    const first: StartFigures[] = [];
    const later: StartFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = await mkdtemp(join(tmpdir(), 'ips-start-'));
      try {
        first.push(await startOnce(args, join(dir, 'pglite'), false));
        later.push(await startOnce(args, join(dir, 'pglite'), true));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    const f = summarise(`${mode}, first start`, first);
    const l = summarise(`${mode}, later start`, later);
    const suffix = mode === 'Tsx' ? '' : mode;
    Object.assign(figures, {
      [`firstStartSeconds${suffix}`]: round(f.firstReplySeconds),
      [`laterStartSeconds${suffix}`]: round(l.firstReplySeconds),
      [`exitSeconds${suffix}`]: round(median([...first, ...later].map((s) => s.exitSeconds))),
      [`settlingRssMb${suffix}`]: round(l.settlingRssMb, 0),
      [`idleRssMb${suffix}`]: round(l.idleRssMb, 0),
      [`peakRssMb${suffix}`]: round(l.peakRssMb, 0),
      [`firstStartPeakRssMb${suffix}`]: round(f.peakRssMb, 0),
    });
  }
  return figures;
}
