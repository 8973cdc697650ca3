// npm run bench [-- <name>…]: runs bench/<name>.ts (all of them when none is named).
// Each prints its own figures; nothing here asserts a timing.
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = (await readdir(here)).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_')).map((f) => f.slice(0, -3));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : available;
for (const name of names) {
  if (!available.includes(name)) {
    console.error(`No benchmark "${name}". Available: ${available.join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}`);
  const mod = (await import(pathToFileURL(`${here}/${name}.ts`).href)) as { default: () => Promise<void> };
  await mod.default();
}
