// The core knows nothing of chat platforms, and only the config module reads
// the environment: checked by reading every source file's imports.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes('/generated/'));
}

describe('architecture boundaries', () => {
  it('src/ imports no platform SDK (only the composition root may import adapters)', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(join(root, 'src'))) {
      const text = await readFile(file, 'utf8');
      const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
      for (const spec of imports) {
        const platformSdk = /^(@slack\/|@microsoft\/|botbuilder)/.test(spec);
        const adapter = spec.includes('/adapters/') && !file.endsWith('src/main.ts');
        if (platformSdk || adapter) offenders.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('an adapter reaches the core only through its port: no other adapter, no database client, no service', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(join(root, 'adapters'))) {
      const own = relative(join(root, 'adapters'), file).split('/')[0]!;
      const text = await readFile(file, 'utf8');
      const imports = [...text.matchAll(/from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
      for (const spec of imports) {
        const target = spec.startsWith('.') ? relative(root, join(dirname(file), spec)) : spec;
        const otherAdapter = target.startsWith('adapters/') && target.split('/')[1] !== own;
        const database = /^(src\/db\/|src\/generated\/prisma\/client|@prisma\/client|pg$)/.test(target);
        const beyondThePort = /^src\/(services|outbox|scheduling|digests|export|files|celebrations|nudges|reminders)\//.test(target);
        if (otherAdapter || database || beyondThePort) offenders.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('nothing but src/config.ts reads process.env in src/ and adapters/', async () => {
    const files = [...(await sourceFiles(join(root, 'src'))), ...(await sourceFiles(join(root, 'adapters')))];
    const readers: string[] = [];
    for (const file of files) {
      if ((await readFile(file, 'utf8')).includes('process.env') && !file.endsWith('src/config.ts')) {
        readers.push(relative(root, file));
      }
    }
    expect(readers).toEqual([]);
  });
});
