// Generates the Prisma client offline. `prisma generate` does not use the native
// schema engine, but the CLI tries to download it first and fails where Prisma's
// binary host is out of reach. Only there do we point the CLI at a stand-in
// that fails loudly if anything ever runs it; where the engine was downloaded,
// nothing is changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const enginesDir = dirname(createRequire(import.meta.url).resolve('@prisma/engines/package.json'));
const hasNativeEngine = readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));

const env = { ...process.env };
if (!hasNativeEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = resolve(root, 'scripts/schema-engine-unavailable.sh');
}
const prismaCli = resolve(root, 'node_modules/prisma/build/index.js');
if (!existsSync(prismaCli)) {
  console.error('prisma is not installed: run npm install first.');
  process.exit(1);
}
const result = spawnSync(process.execPath, [prismaCli, 'generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
