// npm run bench [-- <name>…] [--json]: runs bench/<name>.ts (all of them when
// none is named). Each prints its own tables and returns its figures; with
// --json each bench's figures follow its tables as one JSON line, and a run
// of several ends with one object holding them all, so that the last line is
// always the whole run's figures. Nothing here asserts a timing.
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
const all: Record<string, BenchFigures> = {};
for (const name of names) {
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(`${here}/${name}.ts`).href)) as { default: () => Promise<BenchFigures> };
  all[name] = await mod.default();
  if (json) console.log(JSON.stringify(all[name]));
}
if (json && names.length > 1) console.log(JSON.stringify({ bench: names.join(' '), ...all }));
