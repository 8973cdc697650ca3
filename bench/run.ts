// npm run bench [-- <name>…] [--json]: runs bench/<name>.ts (all of them when
// none is named). Each prints its own tables and returns its figures; with
// --json each bench's figures follow its tables as one JSON line, and a run
// of several ends with one object holding them all, so that the last line is
// always the whole run's figures. Several benches run one after another, each
// in a process of its own, so that none starts from another's heap, threads,
// thread priorities or open connections. Nothing here asserts a timing.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileWebAssemblyOnce } from '../src/lifecycle/wasm-compiler.js';
import type { BenchFigures } from './stats.js';

// As the bot runs (main.ts).
compileWebAssemblyOnce();

const here = dirname(fileURLToPath(import.meta.url));
const available = (await readdir(here)).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_')).map((f) => f.slice(0, -3));
const json = process.argv.includes('--json');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : available;
const unknown = names.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(`No benchmark ${unknown.map((n) => `"${n}"`).join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
/**
 * Runs one bench in a child process and passes its output through; resolves
 * with its figures, its last line (printed too only when --json was asked for).
 */
function runAlone(name: string): Promise<BenchFigures> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name, '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Everything but the latest line goes straight out: the last line is the figures.
  let held = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    held += chunk;
    const lastLineStart = held.lastIndexOf('\n', held.length - 2) + 1;
    process.stdout.write(held.slice(0, lastLineStart));
    held = held.slice(lastLineStart);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const figures = held.trim();
      if (code !== 0) {
        reject(new Error(`bench ${name} ended with exit code ${code}`));
        return;
      }
      if (json) console.log(figures);
      resolve(JSON.parse(figures) as BenchFigures);
    });
  });
}

if (names.length === 1) {
  const [name] = names as [string];
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(`${here}/${name}.ts`).href)) as { default: () => Promise<BenchFigures> };
  const figures = await mod.default();
  if (json) console.log(JSON.stringify(figures));
} else {
  const all: Record<string, BenchFigures> = {};
  for (const name of names) all[name] = await runAlone(name);
  if (json) console.log(JSON.stringify({ bench: names.join(' '), ...all }));
}
